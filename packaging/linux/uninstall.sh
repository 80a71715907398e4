#!/bin/sh
# Remove Prosjektark as install.sh installed it: the program folder, the launchers, the menu
# entry, the metadata, the .asice file type and the icons. User data stays: the database,
# identity, backups and logs in each user's own folders (see the README).
#
#   sudo /opt/prosjektark/uninstall.sh          # the copy install.sh puts in the program folder
#   ~/.local/opt/prosjektark/uninstall.sh
#   ./uninstall.sh --user | --prefix DIR        # from the tarball, with install.sh's options
set -eu

MANIFEST=.installed-files

die() {
    echo "uninstall.sh: $*" >&2
    exit 1
}

here=$(cd "$(dirname "$0")" && pwd)
prefix=
user=0
while [ $# -gt 0 ]; do
    case $1 in
        --user) user=1 ;;
        --prefix) [ $# -ge 2 ] || die "--prefix trenger en mappe"; prefix=$2; shift ;;
        --prefix=*) prefix=${1#*=} ;;
        -h|--help)
            echo "Fjerner Prosjektark slik install.sh installerte det. Brukernes data blir liggende."
            echo "Kjør $0 i programmappen, eller oppgi den med --prefix MAPPE (eller --user)."
            exit 0 ;;
        *) die "ukjent valg «$1» (se --help)" ;;
    esac
    shift
done
dest=${DESTDIR:-}

if [ -z "$prefix" ]; then
    if [ -f "$here/$MANIFEST" ]; then
        prefix=${here#"$dest"}                # run from the installed program folder
    elif [ "$user" = 1 ]; then
        prefix=${HOME:?HOME is not set}/.local/opt/prosjektark
    else
        prefix=/opt/prosjektark
    fi
fi
target=$dest$prefix
[ -f "$target/$MANIFEST" ] || die "«$target» har ingen Prosjektark installert av install.sh"

datadir=
while IFS= read -r line; do
    case $line in
        "#datadir "*) datadir=${line#"#datadir "} ;;
        ""|"#"*) ;;
        *) rm -f "$dest$line" ;;
    esac
done < "$target/$MANIFEST"
rm -rf "$target"

# The caches, as install.sh left them (not when staging: see install.sh).
if [ -n "$datadir" ] && [ -z "$dest" ]; then
    if command -v update-mime-database >/dev/null 2>&1 && [ -d "$datadir/mime" ]; then
        update-mime-database "$datadir/mime" || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$datadir/applications" ]; then
        update-desktop-database -q "$datadir/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$datadir/icons/hicolor" ]; then
        gtk-update-icon-cache -q -f -t "$datadir/icons/hicolor" || true
    fi
fi
echo "Prosjektark er fjernet fra $prefix. Brukernes prosjektark, identitet, sikkerhetskopier og logger er beholdt."
