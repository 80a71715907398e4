#!/bin/sh
# Install the frozen Prosjektark (PyInstaller's dist/prosjektark-VERSION/) with its menu
# entry, AppStream metadata, the .asice file type and the icons.
#
#   sudo ./install.sh                 # /opt/prosjektark, launcher and menu entry in /usr/local
#   ./install.sh --user               # ~/.local/opt/prosjektark, ~/.local/bin, ~/.local/share
#   sudo ./install.sh --prefix /srv/prosjektark --bindir /usr/bin --datadir /usr/share
#   DESTDIR=/tmp/stage ./install.sh   # stage for a package; paths inside files stay final
#
# Run it from the unpacked tarball (dist/prosjektark-VERSION-linux-x86_64.tar.gz), or from
# packaging/linux/ in a source tree after `pyinstaller build.spec`. `--app-dir DIR` names
# the frozen folder when it is elsewhere. Installing again replaces the program (an update);
# uninstall.sh (copied into the program folder) removes it. User data is never touched:
# the database, identity, backups and logs stay in the user's own folders.
set -eu

APP_ID=no.prosjektark.Prosjektark
MIME_ICON=application-vnd.etsi.asic-e+zip   # the icon of application/vnd.etsi.asic-e+zip
MANIFEST=.installed-files   # in the program folder: every file installed outside it

here=$(cd "$(dirname "$0")" && pwd)

usage() {
    cat <<'TEXT'
Installerer Prosjektark (det frosne programmet) med menyoppføring, filtypen .asice og ikoner.

  sudo ./install.sh            programmet i /opt/prosjektark, resten i /usr/local
  ./install.sh --user          bare for deg: ~/.local/opt/prosjektark, ~/.local/bin, ~/.local/share

Valg:
  --prefix MAPPE    hvor programmet legges (standard /opt/prosjektark)
  --bindir MAPPE    hvor startkommandoen legges (standard /usr/local/bin)
  --datadir MAPPE   hvor menyoppføring, filtype og ikoner legges (standard /usr/local/share)
  --user            installer bare for deg selv, uten root
  --app-dir MAPPE   det frosne programmet (dist/prosjektark-VERSJON) når det ligger et annet sted
  DESTDIR=MAPPE     forbered en pakke: alt skrives under MAPPE, stiene i filene er de endelige

Å installere på nytt erstatter programmet. uninstall.sh i programmappen fjerner det.
Brukernes data (database, identitet, sikkerhetskopier, logger) røres aldri.
TEXT
}

die() {
    echo "install.sh: $*" >&2
    exit 1
}

user=0
prefix=
bindir=
datadir=
app_dir=
while [ $# -gt 0 ]; do
    case $1 in
        --user) user=1 ;;
        --prefix) [ $# -ge 2 ] || die "--prefix trenger en mappe"; prefix=$2; shift ;;
        --prefix=*) prefix=${1#*=} ;;
        --bindir) [ $# -ge 2 ] || die "--bindir trenger en mappe"; bindir=$2; shift ;;
        --bindir=*) bindir=${1#*=} ;;
        --datadir) [ $# -ge 2 ] || die "--datadir trenger en mappe"; datadir=$2; shift ;;
        --datadir=*) datadir=${1#*=} ;;
        --app-dir) [ $# -ge 2 ] || die "--app-dir trenger en mappe"; app_dir=$2; shift ;;
        --app-dir=*) app_dir=${1#*=} ;;
        -h|--help) usage; exit 0 ;;
        *) die "ukjent valg «$1» (se --help)" ;;
    esac
    shift
done

if [ "$user" = 1 ]; then
    : "${HOME:?HOME is not set}"
    data_home=${XDG_DATA_HOME:-$HOME/.local/share}
    prefix=${prefix:-$HOME/.local/opt/prosjektark}
    bindir=${bindir:-$HOME/.local/bin}
    datadir=${datadir:-$data_home}
else
    prefix=${prefix:-/opt/prosjektark}
    bindir=${bindir:-/usr/local/bin}
    datadir=${datadir:-/usr/local/share}
fi
for dir in "$prefix" "$bindir" "$datadir"; do
    case $dir in
        /*) ;;
        *) die "«$dir» er ikke en fullstendig sti (den må begynne med /)" ;;
    esac
done
case $prefix in
    /|/usr|/usr/local|/opt|"${HOME:-/}"|"${HOME:-}/.local") die "«$prefix» er ikke en egen mappe for programmet; velg for eksempel /opt/prosjektark" ;;
esac
# The menu entry starts the program by its full path (a user's ~/.local/bin need not be on
# PATH); the Exec key quotes it, and these characters would need escapes there.
case $prefix in
    *[\"\`\$\\%]*) die "«$prefix» har et tegn som menyoppføringen ikke kan ha (\" \` \$ \\ %)" ;;
esac
dest=${DESTDIR:-}

# --- what to install --------------------------------------------------------------------
find_app() {
    for candidate in "$here"/prosjektark-*/ "$here"/../../dist/prosjektark-*/; do
        [ -x "${candidate}prosjektark" ] && { (cd "$candidate" && pwd); return 0; }
    done
    return 1
}
if [ -z "$app_dir" ]; then
    app_dir=$(find_app) || die "fant ikke det frosne programmet: kjør \`pyinstaller build.spec\` først, eller oppgi det med --app-dir"
fi
[ -x "$app_dir/prosjektark" ] || die "«$app_dir» har ikke programfilen «prosjektark»"
app_dir=$(cd "$app_dir" && pwd)

if [ -d "$here/icons/hicolor" ]; then
    icons=$here/icons/hicolor             # the tarball
else
    icons=$here/../icons/hicolor          # the source tree
fi
[ -f "$icons/48x48/apps/$APP_ID.png" ] || die "fant ikke ikonene i «$icons» (packaging/icons/render.py lager dem)"
for file in "$APP_ID.desktop" "$APP_ID.metainfo.xml" "$APP_ID.mime.xml" uninstall.sh; do
    [ -f "$here/$file" ] || die "«$here/$file» mangler"
done

# --- the program --------------------------------------------------------------------------
target=$dest$prefix
if [ -e "$target" ]; then
    [ -f "$target/$MANIFEST" ] || [ -z "$(ls -A "$target" 2>/dev/null)" ] ||
        die "«$target» finnes og er ikke installert av dette skriptet; velg en annen --prefix"
    if [ -f "$target/$MANIFEST" ]; then
        # An update: take the old files away first, so nothing of the old version lingers.
        while IFS= read -r old; do
            case $old in
                ""|"#"*) ;;
                *) rm -f "$dest$old" ;;
            esac
        done < "$target/$MANIFEST"
    fi
    rm -rf "$target"
fi
mkdir -p "$(dirname "$target")"
cp -R "$app_dir" "$target"
chmod -R u+rwX,go+rX,go-w "$target"
install -m 755 "$here/uninstall.sh" "$target/uninstall.sh"

# The manifest: the folders the caches were built in, then every file outside the program
# folder, as final paths (without DESTDIR); uninstall.sh reads it.
installed="#datadir $datadir
"
record() { installed="$installed$1
"; }

# --- launchers ----------------------------------------------------------------------------
mkdir -p "$dest$bindir"
for name in prosjektark prosjektark-cli; do
    [ -x "$target/$name" ] || continue
    ln -sfn "$prefix/$name" "$dest$bindir/$name"
    record "$bindir/$name"
done

# --- menu entry, metadata, file type, icons ------------------------------------------------
case $prefix in
    *" "*) exec_path="\"$prefix/prosjektark\"" ;;
    *) exec_path=$prefix/prosjektark ;;
esac
mkdir -p "$dest$datadir/applications"
sed -e "s|^Exec=prosjektark |Exec=$exec_path |" -e "/^# install.sh /d" \
    -e "s|^TryExec=prosjektark\$|TryExec=$prefix/prosjektark|" \
    "$here/$APP_ID.desktop" > "$dest$datadir/applications/$APP_ID.desktop"
chmod 644 "$dest$datadir/applications/$APP_ID.desktop"
record "$datadir/applications/$APP_ID.desktop"

install -D -m 644 "$here/$APP_ID.metainfo.xml" "$dest$datadir/metainfo/$APP_ID.metainfo.xml"
record "$datadir/metainfo/$APP_ID.metainfo.xml"
install -D -m 644 "$here/$APP_ID.mime.xml" "$dest$datadir/mime/packages/$APP_ID.xml"
record "$datadir/mime/packages/$APP_ID.xml"

for icon in "$icons"/*/apps/"$APP_ID".png "$icons"/*/apps/"$APP_ID".svg \
            "$icons"/*/mimetypes/"$MIME_ICON".png "$icons"/*/mimetypes/"$MIME_ICON".svg; do
    [ -f "$icon" ] || continue
    relative=${icon#"$icons"/}
    install -D -m 644 "$icon" "$dest$datadir/icons/hicolor/$relative"
    record "$datadir/icons/hicolor/$relative"
done

printf '%s' "$installed" > "$target/$MANIFEST"

# --- the desktop's caches (when the tools are there) --------------------------------------
# Not when staging (DESTDIR): the caches belong to the target system, whose package
# triggers rebuild them.
if [ -n "$dest" ]; then
    echo "Lagt klar i $dest; skrivebordets mellomlagre oppdateres på målsystemet."
else
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$datadir/mime" || echo "install.sh: update-mime-database feilet" >&2
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$datadir/applications" ||
            echo "install.sh: update-desktop-database feilet" >&2
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        # -t: /usr/local/share/icons/hicolor and ~/.local/share/icons/hicolor have no index.theme
        gtk-update-icon-cache -q -f -t "$datadir/icons/hicolor" ||
            echo "install.sh: gtk-update-icon-cache feilet" >&2
    fi
fi

echo "Prosjektark er installert i $prefix."
echo "Start det fra menyen eller med «$bindir/prosjektark». Signerte pakker (.asice) åpnes i det."
if [ "$user" = 1 ]; then
    case ":${PATH:-}:" in
        *":$bindir:"*) ;;
        *) echo "Merk: $bindir er ikke i PATH; menyoppføringen virker likevel." ;;
    esac
fi
echo "Fjern det med: $prefix/uninstall.sh"
