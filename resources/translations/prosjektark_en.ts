<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
<context>
    <name>about_dialog</name>
    <message>
        <source>Om Prosjektark</source>
        <translation>About Prosjektark</translation>
    </message>
    <message>
        <source>Fant ikke lisensfilene i {folder}. Installasjonen er ufullstendig.</source>
        <translation>The licence files were not found in {folder}. The installation is incomplete.</translation>
    </message>
    <message>
        <source>Versjon {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Prosjektark for byvekstavtalene: fyll ut, sjekk mot programmets regler og send signert til sekretariatet.</source>
        <translation>Project sheets for the urban growth agreements: fill in, check against the programme&apos;s rules and send signed to the secretariat.</translation>
    </message>
    <message>
        <source>Prosjektark er fri programvare under MIT-lisensen. Programmet bruker komponentene under, hver med sin egen lisens. Velg en komponent for å se lisensteksten.</source>
        <translation>Prosjektark is free software under the MIT licence. It uses the components below, each under its own licence. Choose a component to see its licence text.</translation>
    </message>
    <message>
        <source>Tredjepartslisenser</source>
        <translation>Third-party licences</translation>
    </message>
    <message>
        <source>Navn eller lisens</source>
        <translation>Name or licence</translation>
    </message>
    <message>
        <source>&amp;Søk:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Komponenter</source>
        <translation>Components</translation>
    </message>
    <message>
        <source>Komponent</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Lisens</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Lisenstekst</source>
        <translation>Licence text</translation>
    </message>
    <message>
        <source>Om &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Lukk</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Lisensteksten til {name} mangler i lisensfilene.</source>
        <translation>The licence text of {name} is missing from the licence files.</translation>
    </message>
    <message>
        <source>Ingen komponenter passer til søket.</source>
        <translation>No components match the search.</translation>
    </message>
</context>
<context>
    <name>add</name>
    <message>
        <source>(uten tittel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>«{title}» ({id}) ligger i papirkurven. Gjenopprett det i vinduet før du legger inn filen på nytt.</source>
        <translation>“{title}” ({id}) is in the bin. Restore it in the window before you add the file again.</translation>
    </message>
    <message>
        <source>«{title}» er levert hit og signert av {signer}. Arket endres bare av en ny pakke fra dem.</source>
        <translation>“{title}” was delivered here, signed by {signer}. Only a new package from them changes the sheet.</translation>
    </message>
    <message>
        <source>arbeidsgruppen</source>
        <translation>the working group</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Prosjektark kan ikke starte</source>
        <translation>Prosjektark cannot start</translation>
    </message>
    <message>
        <source>Databasen kan ikke åpnes</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <source>Maskinoppsettet har feil – se Verktøy → Innstillinger.</source>
        <translation>The machine configuration has errors – see Tools → Settings.</translation>
    </message>
    <message>
        <source>Prosjektark er allerede åpent</source>
        <translation>Prosjektark is already open</translation>
    </message>
    <message>
        <source>Prosjektark er allerede åpent med den samme datamappen, i et annet vindu på denne maskinen. Bare ett vindu kan endre arkene om gangen, så ingen endringer går tapt.</source>
        <translation>Prosjektark is already open with the same data folder, in another window on this computer. Only one window can change the sheets at a time, so that no changes are lost.</translation>
    </message>
    <message>
        <source>Bruk det andre vinduet for å redigere. Du kan åpne dette vinduet skrivebeskyttet for å se på arkene.</source>
        <translation>Use the other window to edit. You can open this window read-only to look at the sheets.</translation>
    </message>
    <message>
        <source>Åpne &amp;skrivebeskyttet</source>
        <translation>Open &amp;read-only</translation>
    </message>
    <message>
        <source>&amp;Avslutt</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Prosjektark bruker en delt database på en server. Sjekk at maskinen er koblet til nettverket (eller VPN) og prøv igjen; virker det fortsatt ikke, kontakt IT med meldingen over. Adressen kommer fra innstillingene dine eller fra maskinoppsettet IT har laget.</source>
        <translation>Prosjektark uses a shared database on a server. Check that this computer is connected to the network (or VPN) and try again; if it still does not work, contact IT with the message above. The address comes from your settings or from the machine configuration IT has set up.</translation>
    </message>
    <message>
        <source>Databaseserveren {database} krever passord for {user}.</source>
        <translation>The database server {database} requires a password for {user}.</translation>
    </message>
    <message>
        <source>Databaseserveren {database} krever passord.</source>
        <translation>The database server {database} requires a password.</translation>
    </message>
    <message>
        <source>Passordet ble ikke godtatt.</source>
        <translation>The password was not accepted.</translation>
    </message>
    <message>
        <source>Passordet brukes bare mens Prosjektark er åpent, og lagres ikke. For å slippe spørsmålet kan IT legge det i en passordfil (pgpass) eller en tjenestefil.</source>
        <translation>The password is only used while Prosjektark is open, and is not saved. To spare you the question, IT can put it in a password file (pgpass) or a service file.</translation>
    </message>
    <message>
        <source>Passord til databasen</source>
        <translation>Database password</translation>
    </message>
    <message>
        <source>Database: {server}</source>
        <translation>Database: {server}</translation>
    </message>
    <message>
        <source>Prosjektarkene ligger på en databaseserver som deles med andre. Endre den i Verktøy → Innstillinger.</source>
        <translation>The project sheets are on a database server shared with others. Change it in Tools → Settings.</translation>
    </message>
    <message>
        <source>Kopien av den skadde filen ligger i «{path}».</source>
        <translation>The copy of the damaged file is in «{path}».</translation>
    </message>
    <message>
        <source>Ark som fortsatt kan leses fra den skadde filen og er nyere, hentes inn i tillegg.</source>
        <translation>Sheets that can still be read from the damaged file and are newer are brought in as well.</translation>
    </message>
    <message>
        <source>Den nyeste sikkerhetskopien er fra {time}.</source>
        <translation>The newest backup is from {time}.</translation>
    </message>
    <message>
        <source>Den nyeste sikkerhetskopien er fra {time} og har {count} prosjektark.</source>
        <translation>The newest backup is from {time} and holds {count} project sheets.</translation>
    </message>
    <message>
        <source>Vil du gjenopprette?</source>
        <translation>Do you want to restore it?</translation>
    </message>
    <message>
        <source>&amp;Gjenopprett fra sikkerhetskopien</source>
        <translation>&amp;Restore from the backup</translation>
    </message>
    <message>
        <source>Det finnes ingen sikkerhetskopi.</source>
        <translation>There is no backup.</translation>
    </message>
    <message>
        <source>&amp;Start med en tom database</source>
        <translation>&amp;Start with an empty database</translation>
    </message>
    <message>
        <source>Databasen er skadet</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>Databasen med prosjektarkene dine er skadet. Den er ikke endret, og en kopi av den er tatt vare på.</source>
        <translation>The database with your project sheets is damaged. It has not been changed, and a copy of it has been kept.</translation>
    </message>
    <message>
        <source>Velkommen til Prosjektark</source>
        <translation>Welcome to Prosjektark</translation>
    </message>
    <message>
        <source>Du har ingen prosjektark ennå. Vil du legge inn tre eksempelark å se på (sykkelveg i Trondheim, kollektivprioritering i Bergen og en skolevegpakke)? De er tydelig merket som eksempler og kan slettes.</source>
        <translation>You have no project sheets yet. Would you like to add three example sheets to look at (a cycle path in Trondheim, public transport priority in Bergen and a package of safe routes to school)? They are clearly marked as examples and can be deleted.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>bruk: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>argumenter</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>valg</source>
        <translation>options</translation>
    </message>
    <message>
        <source>vis denne hjelpen og avslutt</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>disse argumentene mangler: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>ukjente argumenter: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>ugyldig valg: %(value)r (velg blant %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>forventet én verdi</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>forventet høyst én verdi</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>forventet minst én verdi</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>ett av argumentene %s må være med</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>kan ikke brukes sammen med %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>ugyldig %(type)s-verdi: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>tvetydig valg: %(option)s kan være %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>argumentet %r ble ignorert</source>
        <translation>ignored explicit argument %r</translation>
    </message>
</context>
<context>
    <name>attachments_widget</name>
    <message>
        <source>Vedlegget er ikke lagt til. Kontroller at det er riktig fil, eller gi den en filendelse som passer innholdet.</source>
        <translation>The attachment has not been added. Check that it is the right file, or give it a file extension that matches its content.</translation>
    </message>
    <message>
        <source>Ingen vedlegg ennå.</source>
        <translation>No attachments yet.</translation>
    </message>
    <message>
        <source>Legg til vedlegg …</source>
        <translation>Add attachment …</translation>
    </message>
    <message>
        <source>Åpne</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Fjern valgt vedlegg</source>
        <translation>Remove selected attachment</translation>
    </message>
    <message>
        <source>Vedlegg kan ikke legges til eller åpnes her.</source>
        <translation>Attachments cannot be added or opened here.</translation>
    </message>
    <message>
        <source>Beskrivelse av valgt vedlegg</source>
        <translation>Description of the selected attachment</translation>
    </message>
    <message>
        <source>For eksempel «Situasjonsplan, skisse 1:500»</source>
        <translation>For example “Site plan, sketch 1:500”</translation>
    </message>
    <message>
        <source>Hva vedlegget viser; teksten følger med i eksporten.</source>
        <translation>What the attachment shows; the text is included in the export.</translation>
    </message>
    <message>
        <source>Legg til vedlegg</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <source>Alle filer (*);;PDF (*.pdf);;Bilder (*.png *.jpg *.jpeg);;Kart og tegninger (*.pdf *.dwg *.svg)</source>
        <translation>All files (*);;PDF (*.pdf);;Images (*.png *.jpg *.jpeg);;Maps and drawings (*.pdf *.dwg *.svg)</translation>
    </message>
    <message>
        <source>Kunne ikke legge til vedlegg</source>
        <translation>Could not add the attachment</translation>
    </message>
    <message>
        <source>Kunne ikke åpne vedlegget</source>
        <translation>Could not open the attachment</translation>
    </message>
</context>
<context>
    <name>autosave</name>
    <message>
        <source>Kunne ikke lagre: {error}</source>
        <translation>Could not save: {error}</translation>
    </message>
</context>
<context>
    <name>background</name>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>Kunne ikke opprette mappen for sikkerhetskopier «{folder}»: {error}</source>
        <translation>Could not create the folder for backups «{folder}»: {error}</translation>
    </message>
    <message>
        <source>Kunne ikke ta sikkerhetskopi av databasen «{database}» til «{folder}»: {error}. Databasen er ikke endret.</source>
        <translation>Could not back up the database «{database}» to «{folder}»: {error}. The database has not been changed.</translation>
    </message>
    <message>
        <source>Kunne ikke fjerne den skadde databasen «{database}»: {error}.</source>
        <translation>Could not remove the damaged database «{database}»: {error}.</translation>
    </message>
    <message>
        <source>Kunne ikke gjenopprette databasen fra «{backup}»: {error}. Kopien av den skadde filen er ikke endret.</source>
        <translation>Could not restore the database from «{backup}»: {error}. The copy of the damaged file has not been changed.</translation>
    </message>
</context>
<context>
    <name>base</name>
    <message>
        <source>{first} og {second}</source>
        <translation>{first} and {second}</translation>
    </message>
    <message>
        <source>{first} eller {second}</source>
        <translation>{first} or {second}</translation>
    </message>
    <message>
        <source>{items} og {last}</source>
        <translation>{items} and {last}</translation>
    </message>
    <message>
        <source>Må fylles ut.</source>
        <translation>Required.</translation>
    </message>
</context>
<context>
    <name>batch_export</name>
    <message>
        <source>Eksporten ble avbrutt. Ark som var ferdige før det, er beholdt.</source>
        <translation>The export was cancelled. Sheets finished before that have been kept.</translation>
    </message>
    <message>
        <source>1 ark er eksportert.</source>
        <translation>1 sheet has been exported.</translation>
    </message>
    <message>
        <source>{n} ark er eksportert.</source>
        <translation>{n} sheets have been exported.</translation>
    </message>
    <message>
        <source>Ingen ark ble eksportert.</source>
        <translation>No sheets were exported.</translation>
    </message>
    <message>
        <source>Hoppet over fordi arket ikke har status Klar (feil som må rettes eller advarsler som ikke er kvittert ut):</source>
        <translation>Skipped because the sheet does not have the status Ready (errors to be corrected or warnings not acknowledged):</translation>
    </message>
    <message>
        <source>(og {n} til)</source>
        <translation>(and {n} more)</translation>
    </message>
    <message>
        <source>Kunne ikke eksporteres:</source>
        <translation>Could not be exported:</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>Eksporterer – Prosjektark</source>
        <translation>Exporting – Prosjektark</translation>
    </message>
    <message>
        <source>Forbereder eksport …</source>
        <translation>Preparing the export …</translation>
    </message>
    <message>
        <source>Avbryter etter gjeldende steg …</source>
        <translation>Cancelling after the current step …</translation>
    </message>
</context>
<context>
    <name>cades</name>
    <message>
        <source>Signaturfilen er ikke en gyldig CMS-signatur (DER).</source>
        <translation>The signature file is not a valid CMS signature (DER).</translation>
    </message>
    <message>
        <source>Signaturfilen må inneholde nøyaktig én signatur.</source>
        <translation>The signature file must hold exactly one signature.</translation>
    </message>
    <message>
        <source>Signaturen er ikke løsrevet (detached), som ASiC-E krever.</source>
        <translation>The signature is not detached, as ASiC-E requires.</translation>
    </message>
    <message>
        <source>Kunne ikke kontrollere signaturen: {reason}</source>
        <translation>Could not check the signature: {reason}</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>Fristen for innspill til {programme} var {deadline}. Arket regnes som innspill til neste handlingsprogram.</source>
        <translation>The deadline for submissions to {programme} was {deadline}. The sheet counts as a submission to the next action programme.</translation>
    </message>
    <message>
        <source>Den politiske behandlingen {date} ({body}) er etter fristen {deadline} og regnes som innspill til neste handlingsprogram, ikke til {programme}.</source>
        <translation>The political consideration on {date} ({body}) is after the deadline of {deadline} and counts as a submission to the next action programme, not to {programme}.</translation>
    </message>
    <message>
        <source>Den politiske behandlingen {date} er etter fristen {deadline} og regnes som innspill til neste handlingsprogram, ikke til {programme}.</source>
        <translation>The political consideration on {date} is after the deadline of {deadline} and counts as a submission to the next action programme, not to {programme}.</translation>
    </message>
    <message>
        <source>Midlene ble bevilget {date}, for minst ett år siden, og utbyggingen har ikke startet. Prosjektet må vurderes på nytt og kan tas ut av porteføljen.</source>
        <translation>The funds were granted on {date}, at least one year ago, and construction has not started. The project must be reassessed and may be taken out of the portfolio.</translation>
    </message>
    <message>
        <source>Midlene ble bevilget {date}, for minst {years} år siden, og utbyggingen har ikke startet. Prosjektet må vurderes på nytt og kan tas ut av porteføljen.</source>
        <translation>The funds were granted on {date}, at least {years} years ago, and construction has not started. The project must be reassessed and may be taken out of the portfolio.</translation>
    </message>
</context>
<context>
    <name>case_history</name>
    <message>
        <source>(ingen identitet)</source>
        <translation>(no identity)</translation>
    </message>
    <message>
        <source>{event}: {state}</source>
        <translation>{event}: {state}</translation>
    </message>
    <message>
        <source>{event} (revisjon {revision})</source>
        <translation>{event} (revision {revision})</translation>
    </message>
</context>
<context>
    <name>caseflow</name>
    <message>
        <source>Opprettet</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Versjon lagret</source>
        <translation>Version saved</translation>
    </message>
    <message>
        <source>Signert</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Eksportert</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Sendt til sekretariatet</source>
        <translation>Sent to the secretariat</translation>
    </message>
    <message>
        <source>Mottatt</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Ny saksstatus</source>
        <translation>New case state</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Merknader sendt</source>
        <translation>Remarks sent</translation>
    </message>
    <message>
        <source>Merknader mottatt</source>
        <translation>Remarks received</translation>
    </message>
    <message>
        <source>Svar på merknad</source>
        <translation>Answer to remark</translation>
    </message>
    <message>
        <source>Svar levert</source>
        <translation>Answers delivered</translation>
    </message>
    <message>
        <source>Overført</source>
        <translation>Reassigned</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Rettet i revisjon</source>
        <translation>Fixed in revision</translation>
    </message>
    <message>
        <source>Uenig</source>
        <translation>Disagree</translation>
    </message>
    <message>
        <source>Ukjent type svar «{kind}». Bruk svar, rettet eller uenig.</source>
        <translation>Unknown kind of answer «{kind}». Use reply, fixed or disagree.</translation>
    </message>
    <message>
        <source>Oppgi revisjonen merknaden er rettet i.</source>
        <translation>Give the revision the remark was fixed in.</translation>
    </message>
    <message>
        <source>Skriv svaret.</source>
        <translation>Write the answer.</translation>
    </message>
    <message>
        <source>En uenighet må begrunnes: skriv hvorfor.</source>
        <translation>A disagreement needs a reason: write why.</translation>
    </message>
    <message>
        <source>{programme} har ikke saksbehandlingstilstander i avtaleprofilen.</source>
        <translation>{programme} has no case states in its agreement profile.</translation>
    </message>
    <message>
        <source>«{target}» er ikke en saksstatus i programmet. Kjente: {known}.</source>
        <translation>«{target}» is not a case state of the programme. Known: {known}.</translation>
    </message>
    <message>
        <source>Arket har allerede saksstatusen «{state}».</source>
        <translation>The sheet already has the case state «{state}».</translation>
    </message>
    <message>
        <source>Fra «{state}» kan saksstatusen ikke endres.</source>
        <translation>From «{state}» the case state cannot be changed.</translation>
    </message>
    <message>
        <source>Fra «{state}» kan arket gå til {options}, ikke til «{target}».</source>
        <translation>From «{state}» the sheet can go to {options}, not to «{target}».</translation>
    </message>
    <message>
        <source>Saksstatusen er endret av en annen i mellomtiden. Last inn på nytt og prøv igjen.</source>
        <translation>Someone else has changed the case state in the meantime. Reload and try again.</translation>
    </message>
    <message>
        <source>Saksstatusen er endret av en annen i mellomtiden (nå «{state}»). Last inn på nytt og prøv igjen.</source>
        <translation>Someone else has changed the case state in the meantime (now «{state}»). Reload and try again.</translation>
    </message>
    <message>
        <source>En av merknadene er slettet av en annen i mellomtiden, så ingen av dem er markert som sendt. Last inn på nytt og send merknadene igjen.</source>
        <translation>Someone else has deleted one of the remarks in the meantime, so none of them has been marked as sent. Reload and send the remarks again.</translation>
    </message>
    <message>
        <source>En sendt merknad kan ikke slettes. Skriv en ny merknad som retter den.</source>
        <translation>A remark that has been sent cannot be deleted. Write a new remark that corrects it.</translation>
    </message>
    <message>
        <source>Merknaden er sendt i mellomtiden, og en sendt merknad kan ikke slettes. Last inn på nytt, og skriv heller en ny merknad som retter den.</source>
        <translation>The remark has been sent in the meantime, and a remark that has been sent cannot be deleted. Reload, and write a new remark that corrects it instead.</translation>
    </message>
    <message>
        <source>Fant ikke merknaden; den er kanskje slettet av en annen i mellomtiden. Last inn på nytt.</source>
        <translation>The remark was not found; someone else may have deleted it in the meantime. Reload.</translation>
    </message>
    <message>
        <source>Fant ikke merknaden.</source>
        <translation>The remark was not found.</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>{file}: avtaleprofilen blir ikke brukt, og den som fulgte med programmet gjelder. {error}</source>
        <translation>{file}: the agreement profile is not used, and the one supplied with the program applies. {error}</translation>
    </message>
    <message>
        <source>{file}: programme = «{value}» er ingen avtaleprofil (kjente: {known}). Nye ark får {default}.</source>
        <translation>{file}: programme = “{value}” is not an agreement profile (known: {known}). New sheets get {default}.</translation>
    </message>
    <message>
        <source>Ukjent avtaleprofil «{profile}». Kjente: {known}</source>
        <translation>Unknown agreement profile «{profile}». Known: {known}</translation>
    </message>
    <message>
        <source>Kunne ikke lese {file}: {error}</source>
        <translation>Could not read {file}: {error}</translation>
    </message>
    <message>
        <source>Ingen avtaleprofiler funnet i resources/profiles/</source>
        <translation>No agreement profiles found in resources/profiles/</translation>
    </message>
    <message>
        <source>{file}: default_profile må være id-en til en avtaleprofil (kjente: {known}), ikke {value}.</source>
        <translation>{file}: default_profile must be the id of an agreement profile (known: {known}), not {value}.</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>Feil</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Advarsel</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>{title} – fase {phase}</source>
        <translation>{title} – phase {phase}</translation>
    </message>
    <message>
        <source>Arket</source>
        <translation>The sheet</translation>
    </message>
    <message>
        <source>{errors}, {warnings}, {infos}. Status: {status}.</source>
        <translation>{errors}, {warnings}, {infos}. Status: {status}.</translation>
    </message>
    <message>
        <source>1 feil</source>
        <translation>1 error</translation>
    </message>
    <message>
        <source>{n} feil</source>
        <translation>{n} errors</translation>
    </message>
    <message>
        <source>1 advarsel</source>
        <translation>1 warning</translation>
    </message>
    <message>
        <source>{n} advarsler</source>
        <translation>{n} warnings</translation>
    </message>
    <message>
        <source>{n} info</source>
        <translation>{n} info</translation>
    </message>
    <message>
        <source>Klar</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
</context>
<context>
    <name>checklist_widget</name>
    <message>
        <source>Begrunnelse</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Begrunnelse: {question}</source>
        <translation>Justification: {question}</translation>
    </message>
    <message>
        <source>Forklar svaret. «Ikke relevant» må alltid begrunnes.</source>
        <translation>Explain the answer. “Not relevant” must always be justified.</translation>
    </message>
    <message>
        <source>Fant ikke sjekklisten «{checklist}».</source>
        <translation>Could not find the checklist “{checklist}”.</translation>
    </message>
</context>
<context>
    <name>checklists</name>
    <message>
        <source>{checklist}: «{question}» er ikke besvart.</source>
        <translation>{checklist}: “{question}” has not been answered.</translation>
    </message>
    <message>
        <source>{checklist}: «{answer}» er ikke et gyldig svar på «{question}».</source>
        <translation>{checklist}: “{answer}” is not a valid answer to “{question}”.</translation>
    </message>
    <message>
        <source>Ikke relevant</source>
        <translation>Not relevant</translation>
    </message>
    <message>
        <source>{checklist}: svaret «{answer}» på «{question}» må begrunnes.</source>
        <translation>{checklist}: the answer “{answer}” to “{question}” must be justified.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>prosjektark: feil i kommandolinjen: {message}</source>
        <translation>prosjektark: error on the command line: {message}</translation>
    </message>
    <message>
        <source>«{text}» er ikke en gyldig UUID.</source>
        <translation>“{text}” is not a valid UUID.</translation>
    </message>
    <message>
        <source>Prosjektark for byvekstavtaler.</source>
        <translation>Project sheets for urban growth agreements.</translation>
    </message>
    <message>
        <source>åpne hovedvinduet og ett ark, lukk, skriv én JSON-linje og avslutt</source>
        <translation>open the main window and one sheet, close, write one JSON line and exit</translation>
    </message>
    <message>
        <source>sjekk et prosjektark mot programmets regler</source>
        <translation>check a project sheet against the programme&apos;s rules</translation>
    </message>
    <message>
        <source>prosjektark i JSON (prosjektark/1.x)</source>
        <translation>project sheet in JSON (prosjektark/1.x)</translation>
    </message>
    <message>
        <source>avtaleprofil (f.eks. miljopakken, miljoloftet)</source>
        <translation>agreement profile (e.g. miljopakken, miljoloftet)</translation>
    </message>
    <message>
        <source>skriv eksempelarkene som JSON</source>
        <translation>write the example sheets as JSON</translation>
    </message>
    <message>
        <source>mappe å skrive til</source>
        <translation>folder to write to</translation>
    </message>
    <message>
        <source>eksporter et ark som PDF, Excel og/eller pakke</source>
        <translation>export a sheet as PDF, Excel and/or package</translation>
    </message>
    <message>
        <source>prosjektark i JSON</source>
        <translation>project sheet in JSON</translation>
    </message>
    <message>
        <source>UUID for et ark i den lokale databasen</source>
        <translation>UUID of a sheet in the local database</translation>
    </message>
    <message>
        <source>PDF (uten formatvalg: PDF, Excel og JSON)</source>
        <translation>PDF (without a format option: PDF, Excel and JSON)</translation>
    </message>
    <message>
        <source>Excel-arbeidsbok</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>signert pakke (.asice)</source>
        <translation>signed package (.asice)</translation>
    </message>
    <message>
        <source>PKCS#12-fil (standard: din egen identitet)</source>
        <translation>PKCS#12 file (default: your own identity)</translation>
    </message>
    <message>
        <source>navnet på miljøvariabelen med passordet (gir også signert pakke)</source>
        <translation>name of the environment variable holding the passphrase (also gives a signed package)</translation>
    </message>
    <message>
        <source>verifiser en signert pakke (.asice)</source>
        <translation>verify a signed package (.asice)</translation>
    </message>
    <message>
        <source>PEM-fil eller mappe med sertifikater</source>
        <translation>PEM file or folder of certificates</translation>
    </message>
    <message>
        <source>importer signerte pakker (sekretariatet)</source>
        <translation>import signed packages (the secretariat)</translation>
    </message>
    <message>
        <source>«prosjektark FIL.asice» åpner vinduet og kontrollerer den signerte pakken. En fil med samme navn som en kommando skrives med mappe foran, for eksempel ./check.</source>
        <translation>“prosjektark FILE.asice” opens the window and verifies the signed package. Write a file that has the same name as a command with its folder in front, for example ./check.</translation>
    </message>
    <message>
        <source>PEM-fil eller mappe med sertifikater (i tillegg til maskinens tillitsliste)</source>
        <translation>PEM file or folder of certificates (in addition to the machine&apos;s trust list)</translation>
    </message>
    <message>
        <source>pakker (.asice), eller mapper med pakker</source>
        <translation>packages (.asice), or folders of packages</translation>
    </message>
    <message>
        <source>overfør et levert ark til en annen avsender (sekretariatet)</source>
        <translation>hand a delivered sheet over to another sender (the secretariat)</translation>
    </message>
    <message>
        <source>UUID for prosjektarket</source>
        <translation>UUID of the project sheet</translation>
    </message>
    <message>
        <source>FINGERAVTRYKK</source>
        <translation>FINGERPRINT</translation>
    </message>
    <message>
        <source>SHA-256-fingeravtrykket til sertifikatet til den nye eieren</source>
        <translation>SHA-256 fingerprint of the new owner&apos;s certificate</translation>
    </message>
    <message>
        <source>vis eieren og alle overføringer</source>
        <translation>show the owner and every handover</translation>
    </message>
    <message>
        <source>NAVN</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>navnet på den nye eieren (med --to)</source>
        <translation>name of the new owner (with --to)</translation>
    </message>
    <message>
        <source>TEKST</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>hvorfor arket overføres (med --to)</source>
        <translation>why the sheet is handed over (with --to)</translation>
    </message>
    <message>
        <source>legg et prosjektark (JSON) inn i den lokale databasen</source>
        <translation>add a project sheet (JSON) to the local database</translation>
    </message>
    <message>
        <source>prosjektark i JSON; arket beholder sin UUID</source>
        <translation>project sheet in JSON; the sheet keeps its UUID</translation>
    </message>
    <message>
        <source>endre saksstatusen til et levert ark (sekretariatet)</source>
        <translation>change the case state of a delivered sheet (the secretariat)</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>id-en til saksstatusen</source>
        <translation>id of the case state</translation>
    </message>
    <message>
        <source>kommentar i sakshistorikken</source>
        <translation>comment in the case history</translation>
    </message>
    <message>
        <source>skriv en merknad til et levert ark (sekretariatet)</source>
        <translation>write a remark on a delivered sheet (the secretariat)</translation>
    </message>
    <message>
        <source>STI</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>feltet merknaden gjelder</source>
        <translation>the field the remark is about</translation>
    </message>
    <message>
        <source>merknaden</source>
        <translation>the remark</translation>
    </message>
    <message>
        <source>send og motta signerte merknader</source>
        <translation>send and receive signed remarks</translation>
    </message>
    <message>
        <source>lag en signert merknadspakke (sekretariatet)</source>
        <translation>make a signed remarks package (the secretariat)</translation>
    </message>
    <message>
        <source>miljøvariabelen med passordet</source>
        <translation>the environment variable holding the passphrase</translation>
    </message>
    <message>
        <source>importer en signert merknadspakke (arbeidsgruppen)</source>
        <translation>import a signed remarks package (the working group)</translation>
    </message>
    <message>
        <source>vis sakshistorikken til et ark</source>
        <translation>show a sheet&apos;s case history</translation>
    </message>
    <message>
        <source>utboksen: eksporterte pakker</source>
        <translation>the outbox: exported packages</translation>
    </message>
    <message>
        <source>vis pakkene i utboksen</source>
        <translation>show the packages in the outbox</translation>
    </message>
    <message>
        <source>kopier pakkene som er klare til leveringsmappen</source>
        <translation>copy the packages that are ready to the delivery folder</translation>
    </message>
    <message>
        <source>MAPPE</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>leveringsmappen</source>
        <translation>the delivery folder</translation>
    </message>
    <message>
        <source>vis hva som er endret mellom to versjoner av et ark</source>
        <translation>show what changed between two versions of a sheet</translation>
    </message>
    <message>
        <source>den eldre versjonen (revisjonsnummer)</source>
        <translation>the older version (revision number)</translation>
    </message>
    <message>
        <source>den nyere versjonen: et revisjonsnummer, eller «working» for arbeidskopien (standard)</source>
        <translation>the newer version: a revision number, or “working” for the working copy (default)</translation>
    </message>
    <message>
        <source>skriv porteføljen til Excel</source>
        <translation>write the portfolio to Excel</translation>
    </message>
    <message>
        <source>bare ark i denne avtaleprofilen</source>
        <translation>only sheets in this agreement profile</translation>
    </message>
    <message>
        <source>scenarioer og forslag til handlingsprogram (sekretariatet)</source>
        <translation>scenarios and action programme proposals (the secretariat)</translation>
    </message>
    <message>
        <source>lag et scenario av porteføljen til et program</source>
        <translation>make a scenario of a programme&apos;s portfolio</translation>
    </message>
    <message>
        <source>scenarioets navn</source>
        <translation>the scenario&apos;s name</translation>
    </message>
    <message>
        <source>vis scenarioene</source>
        <translation>show the scenarios</translation>
    </message>
    <message>
        <source>bare scenarioer i denne avtaleprofilen</source>
        <translation>only scenarios in this agreement profile</translation>
    </message>
    <message>
        <source>skriv forslaget til handlingsprogram som PDF og Excel</source>
        <translation>write the action programme proposal as PDF and Excel</translation>
    </message>
    <message>
        <source>avtaleprofilen, når flere programmer har et scenario med navnet</source>
        <translation>the agreement profile, when several programmes have a scenario of that name</translation>
    </message>
    <message>
        <source>miljøvariabelen med passordet (gir signert forslag)</source>
        <translation>the environment variable holding the passphrase (gives a signed proposal)</translation>
    </message>
    <message>
        <source>erstatt filer med samme navn i mappen; uten dette skrives ingenting over</source>
        <translation>replace files of the same name in the folder; without it nothing is overwritten</translation>
    </message>
    <message>
        <source>programmets rammer per år og kilde, som CSV</source>
        <translation>the programme&apos;s frames per year and source, as CSV</translation>
    </message>
    <message>
        <source>erstatt rammene med linjene i en CSV-fil</source>
        <translation>replace the frames with the lines of a CSV file</translation>
    </message>
    <message>
        <source>FIL</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>CSV: år;kilde;part;beløp_mnok</source>
        <translation>CSV: år;kilde;part;beløp_mnok (year;source;party;amount in MNOK)</translation>
    </message>
    <message>
        <source>avtaleprofil (standard: programmets standardprofil)</source>
        <translation>agreement profile (default: the programme&apos;s default profile)</translation>
    </message>
    <message>
        <source>skriv rammene til en CSV-fil som Excel åpner</source>
        <translation>write the frames to a CSV file that Excel opens</translation>
    </message>
    <message>
        <source>filen å skrive</source>
        <translation>the file to write</translation>
    </message>
    <message>
        <source>databasen: status, oppgradering av serveren og kopiering</source>
        <translation>the database: status, upgrading the server and copying</translation>
    </message>
    <message>
        <source>en annen database: en SQLite-fil eller en postgresql://-adresse (uten passord)</source>
        <translation>another database: an SQLite file or a postgresql:// address (without a password)</translation>
    </message>
    <message>
        <source>vis hvor databasen er og hvilken skjemaversjon den har</source>
        <translation>show where the database is and which schema version it has</translation>
    </message>
    <message>
        <source>ADRESSE</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>oppgrader databasen på serveren til dette programmets skjema</source>
        <translation>upgrade the database on the server to the schema of this program</translation>
    </message>
    <message>
        <source>kopier alt fra én database til en ny, tom, og kontroller</source>
        <translation>copy everything from one database to a new, empty one, and verify</translation>
    </message>
    <message>
        <source>KILDE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>SQLite-fil eller postgresql://-adresse å kopiere fra</source>
        <translation>SQLite file or postgresql:// address to copy from</translation>
    </message>
    <message>
        <source>MÅL</source>
        <translation>TARGET</translation>
    </message>
    <message>
        <source>ny SQLite-fil eller tom PostgreSQL-database å kopiere til</source>
        <translation>new SQLite file or empty PostgreSQL database to copy to</translation>
    </message>
    <message>
        <source>vedleggsmappen til en SQLite-kilde (standard: vedlegg ved filen)</source>
        <translation>the attachments folder of an SQLite source (default: vedlegg next to the file)</translation>
    </message>
    <message>
        <source>vedleggsmappen til et SQLite-mål (standard: vedlegg ved filen)</source>
        <translation>the attachments folder of an SQLite target (default: vedlegg next to the file)</translation>
    </message>
    <message>
        <source>signeringsidentitet</source>
        <translation>signing identity</translation>
    </message>
    <message>
        <source>lag ny identitet</source>
        <translation>make a new identity</translation>
    </message>
    <message>
        <source>erstatt en eksisterende identitet</source>
        <translation>replace an existing identity</translation>
    </message>
    <message>
        <source>importer PKCS#12 fra organisasjonen</source>
        <translation>import a PKCS#12 file from your organisation</translation>
    </message>
    <message>
        <source>miljøvariabelen med filens passord</source>
        <translation>the environment variable holding the file&apos;s passphrase</translation>
    </message>
    <message>
        <source>miljøvariabelen med et nytt passord for identiteten (når filens er for svakt)</source>
        <translation>the environment variable holding a new passphrase for the identity (when the file&apos;s is too weak)</translation>
    </message>
    <message>
        <source>vis sertifikat og fingeravtrykk</source>
        <translation>show certificate and fingerprint</translation>
    </message>
    <message>
        <source>skriv sertifikatet (PEM) til denne filen</source>
        <translation>write the certificate (PEM) to this file</translation>
    </message>
    <message>
        <source>prosjektark: «{path}» er en mappe, ikke en pakke (.asice).</source>
        <translation>prosjektark: “{path}” is a folder, not a package (.asice).</translation>
    </message>
    <message>
        <source>prosjektark: fant ikke filen «{path}».</source>
        <translation>prosjektark: file “{path}” not found.</translation>
    </message>
    <message>
        <source>prosjektark: kommandoen «{command}» finnes ikke i denne versjonen.</source>
        <translation>prosjektark: the command “{command}” does not exist in this version.</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Feil passord.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <source>Passord for {user} på {database}: </source>
        <translation>Password for {user} on {database}: </translation>
    </message>
    <message>
        <source>Passord for {database}: </source>
        <translation>Password for {database}: </translation>
    </message>
    <message>
        <source>finner ikke filen {path}</source>
        <translation>cannot find the file {path}</translation>
    </message>
    <message>
        <source>kan ikke lese {path}: {reason}</source>
        <translation>cannot read {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} er ikke et gyldig prosjektark.</source>
        <translation>{path} is not a valid project sheet.</translation>
    </message>
</context>
<context>
    <name>compare_dialog</name>
    <message>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Plass A</source>
        <translation>Place A</translation>
    </message>
    <message>
        <source>Plass B</source>
        <translation>Place B</translation>
    </message>
    <message>
        <source>Med i A</source>
        <translation>In A</translation>
    </message>
    <message>
        <source>Med i B</source>
        <translation>In B</translation>
    </message>
    <message>
        <source>Flyttet A</source>
        <translation>Shifted A</translation>
    </message>
    <message>
        <source>Flyttet B</source>
        <translation>Shifted B</translation>
    </message>
    <message>
        <source>Revisjon A</source>
        <translation>Revision A</translation>
    </message>
    <message>
        <source>Revisjon B</source>
        <translation>Revision B</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Ramme</source>
        <translation>Frame</translation>
    </message>
    <message>
        <source>Brukt A</source>
        <translation>Used A</translation>
    </message>
    <message>
        <source>Igjen A</source>
        <translation>Left A</translation>
    </message>
    <message>
        <source>Brukt B</source>
        <translation>Used B</translation>
    </message>
    <message>
        <source>Igjen B</source>
        <translation>Left B</translation>
    </message>
    <message>
        <source>{amount} (over)</source>
        <translation>{amount} (over)</translation>
    </message>
    <message>
        <source>Ikke med i scenarioet</source>
        <translation>Not in the scenario</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Ja: {reason}</source>
        <translation>Yes: {reason}</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Nei: {reason}</source>
        <translation>No: {reason}</translation>
    </message>
    <message>
        <source>Sammenlign scenarioer – {programme}</source>
        <translation>Compare scenarios – {programme}</translation>
    </message>
    <message>
        <source>Scenario &amp;A:</source>
        <translation>Scenario &amp;A:</translation>
    </message>
    <message>
        <source>Scenario &amp;B:</source>
        <translation>Scenario &amp;B:</translation>
    </message>
    <message>
        <source>Ark som er ulike i de to scenarioene:</source>
        <translation>Sheets that differ between the two scenarios:</translation>
    </message>
    <message>
        <source>Balanse mot rammene per år og kilde (MNOK):</source>
        <translation>Balance against the frames per year and source (MNOK):</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Kunne ikke lese scenarioene: {error}</source>
        <translation>Could not read the scenarios: {error}</translation>
    </message>
    <message>
        <source>Sum alle kilder</source>
        <translation>Total, all sources</translation>
    </message>
    <message>
        <source>over: ingen ramme</source>
        <translation>over: no frame</translation>
    </message>
    <message>
        <source>Velg to ulike scenarioer.</source>
        <translation>Choose two different scenarios.</translation>
    </message>
    <message>
        <source>Ett ark er ulikt. Over rammen: {over_a} linjer i «{a}», {over_b} i «{b}».</source>
        <translation>One sheet differs. Lines over the frame: {over_a} in «{a}», {over_b} in «{b}».</translation>
    </message>
    <message>
        <source>{n} ark er ulike. Over rammen: {over_a} linjer i «{a}», {over_b} i «{b}».</source>
        <translation>{n} sheets differ. Lines over the frame: {over_a} in «{a}», {over_b} in «{b}».</translation>
    </message>
</context>
<context>
    <name>completeness</name>
    <message>
        <source>«{field}» mangler. Prosjektutviklingen skal dokumentere dette.</source>
        <translation>“{field}” is missing. Project development must document it.</translation>
    </message>
    <message>
        <source>«{field}» må fylles ut i fasen {phase}.</source>
        <translation>“{field}” must be filled in in the {phase} phase.</translation>
    </message>
    <message>
        <source>Begrunnelse: {question}</source>
        <translation>Justification: {question}</translation>
    </message>
    <message>
        <source>{count} mangler</source>
        <translation>{count} missing</translation>
    </message>
    <message>
        <source>✓ utfylt</source>
        <translation>✓ complete</translation>
    </message>
    <message>
        <source>valgfritt</source>
        <translation>optional</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <source>Last inn på nytt</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>cost</name>
    <message>
        <source>Oppgitt forventet kostnad ({stated} MNOK) avviker {deviation} fra den beregnede fra kostnadspostene ({computed} MNOK).</source>
        <translation>The stated expected cost ({stated} MNOK) differs by {deviation} from the one calculated from the cost items ({computed} MNOK).</translation>
    </message>
    <message>
        <source>post {number}</source>
        <translation>item {number}</translation>
    </message>
    <message>
        <source>Kostnadsposten «{item}» mangler lav, mest sannsynlig eller høy verdi.</source>
        <translation>The cost item “{item}” lacks a low, most likely or high value.</translation>
    </message>
    <message>
        <source>Kostnadsposten «{item}»: lav ({low}) ≤ mest sannsynlig ({most_likely}) ≤ høy ({high}) må gjelde.</source>
        <translation>The cost item “{item}”: low ({low}) ≤ most likely ({most_likely}) ≤ high ({high}) must hold.</translation>
    </message>
    <message>
        <source>Standardavviket {std_dev} (beregnet fra kostnadspostene) er over båndet for {kind} ({span}): anslaget er ikke modent nok for fasen.</source>
        <translation>The standard deviation of {std_dev} (calculated from the cost items) is above the band for a {kind} ({span}): the estimate is not mature enough for the phase.</translation>
    </message>
    <message>
        <source>Standardavviket {std_dev} er over båndet for {kind} ({span}): anslaget er ikke modent nok for fasen.</source>
        <translation>The standard deviation of {std_dev} is above the band for a {kind} ({span}): the estimate is not mature enough for the phase.</translation>
    </message>
    <message>
        <source>Standardavviket {std_dev} (beregnet fra kostnadspostene) er under båndet for {kind} ({span}): uvanlig presist for estimattypen. Begrunn eller kvitter ut.</source>
        <translation>The standard deviation of {std_dev} (calculated from the cost items) is below the band for a {kind} ({span}): unusually precise for the estimate type. Justify it or acknowledge it.</translation>
    </message>
    <message>
        <source>Standardavviket {std_dev} er under båndet for {kind} ({span}): uvanlig presist for estimattypen. Begrunn eller kvitter ut.</source>
        <translation>The standard deviation of {std_dev} is below the band for a {kind} ({span}): unusually precise for the estimate type. Justify it or acknowledge it.</translation>
    </message>
    <message>
        <source>{kind} hører til fasen {phases}; i fasen {phase} trengs et modnere anslag.</source>
        <translation>{kind} belongs to the {phases} phase; the {phase} phase needs a more mature estimate.</translation>
    </message>
    <message>
        <source>{kind} hører til fasen {phases}, ikke {phase}. Sjekk estimattypen.</source>
        <translation>{kind} belongs to the {phases} phase, not {phase}. Check the estimate type.</translation>
    </message>
    <message>
        <source>Prosjektet har lange eller kompliserte planprosesser: det skal settes et styringsmål etter at prosjektet er avklart i PU-fasen, eller tidlig i detaljplanleggingen.</source>
        <translation>The project has long or complicated planning processes: a cost target is to be set once the project has been clarified in the PU phase, or early in detailed planning.</translation>
    </message>
    <message>
        <source>Prosjektet har lange eller kompliserte planprosesser, og da skal det settes et styringsmål, men det mangler. Styringsmålet settes etter at prosjektet er avklart i PU-fasen, eller tidlig i detaljplanleggingen.</source>
        <translation>The project has long or complicated planning processes, so a cost target is to be set, but it is missing. The cost target is set once the project has been clarified in the PU phase, or early in detailed planning.</translation>
    </message>
    <message>
        <source>Forventet kostnad er {cost} MNOK, over {threshold} MNOK: kostnadsanslaget skal gjøres etter Anslagsmetoden.</source>
        <translation>The expected cost is {cost} MNOK, above {threshold} MNOK: the cost estimate must be made with the Anslag method.</translation>
    </message>
    <message>
        <source>Forventet kostnad er {cost} MNOK, over {threshold} MNOK: det er anbefalt å sette et styringsmål.</source>
        <translation>The expected cost is {cost} MNOK, above {threshold} MNOK: setting a cost target is recommended.</translation>
    </message>
    <message>
        <source>Forventet kostnad er {cost} MNOK, over {threshold} MNOK: det er anbefalt å sette et styringsmål etter prosjektutviklingen eller tidlig i detaljplanleggingen.</source>
        <translation>The expected cost is {cost} MNOK, above {threshold} MNOK: setting a cost target after project development or early in detailed planning is recommended.</translation>
    </message>
    <message>
        <source>Tallene er i {year}-kroner; programmet bruker {target}-kroner.</source>
        <translation>The figures are at the {year} price level; the programme uses the {target} price level.</translation>
    </message>
    <message>
        <source>Indeksjustert blir forventet kostnad {adjusted} MNOK ({cost} × indeks {target} / indeks {year}).</source>
        <translation>Adjusted by the price index, the expected cost is {adjusted} MNOK ({cost} × index {target} / index {year}).</translation>
    </message>
    <message>
        <source>Prisindeksen for {year} må være større enn null.</source>
        <translation>The price index for {year} must be greater than zero.</translation>
    </message>
    <message>
        <source>Prisindeksen mangler {years}; kan ikke regne om fra {source}- til {target}-kroner. Kjente år: ingen. Legg inn indeksen i avtaleprofilen.</source>
        <translation>The price index lacks {years}; cannot convert from the {source} to the {target} price level. Known years: none. Add the index to the agreement profile.</translation>
    </message>
    <message>
        <source>Prisindeksen mangler {years}; kan ikke regne om fra {source}- til {target}-kroner. Kjente år: {known}. Legg inn indeksen i avtaleprofilen.</source>
        <translation>The price index lacks {years}; cannot convert from the {source} to the {target} price level. Known years: {known}. Add the index to the agreement profile.</translation>
    </message>
</context>
<context>
    <name>costmath</name>
    <message>
        <source>Lav og høy leses som P10 og P90, mest sannsynlig som modus.</source>
        <translation>Low and high are read as P10 and P90, most likely as the mode.</translation>
    </message>
    <message>
        <source>Per post: forventning = (lav + {mode_weight} × mest sannsynlig + høy) / {weight_sum}; standardavvik = (høy − lav) / {span}.</source>
        <translation>Per item: mean = (low + {mode_weight} × most likely + high) / {weight_sum}; standard deviation = (high − low) / {span}.</translation>
    </message>
    <message>
        <source>{item}: forventning {mean}, standardavvik {std_dev}</source>
        <translation>{item}: mean {mean}, standard deviation {std_dev}</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Postene antas uavhengige: forventningene og variansene summeres.</source>
        <translation>The items are taken to be independent: the means and the variances are added up.</translation>
    </message>
    <message>
        <source>Sum: forventet kostnad {expected}, standardavvik {std_dev} ({percent}).</source>
        <translation>Total: expected cost {expected}, standard deviation {std_dev} ({percent}).</translation>
    </message>
    <message>
        <source>Normaltilnærming av summen: P50 = {p50}, P85 = forventning + {z} × standardavvik = {p85}.</source>
        <translation>Normal approximation of the total: P50 = {p50}, P85 = mean + {z} × standard deviation = {p85}.</translation>
    </message>
    <message>
        <source>post {number}</source>
        <translation>item {number}</translation>
    </message>
    <message>
        <source>Kostnadsposten «{item}» mangler lav, mest sannsynlig eller høy verdi.</source>
        <translation>The cost item «{item}» lacks a low, most likely or high value.</translation>
    </message>
    <message>
        <source>Kostnadsposten «{item}»: lav ({low}) ≤ mest sannsynlig ({most_likely}) ≤ høy ({high}) må gjelde.</source>
        <translation>The cost item «{item}»: low ({low}) ≤ most likely ({most_likely}) ≤ high ({high}) must hold.</translation>
    </message>
    <message>
        <source>Ingen kostnadsposter å beregne.</source>
        <translation>No cost items to calculate.</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{first} og {second}</source>
        <translation>{first} and {second}</translation>
    </message>
    <message>
        <source>Prisindeksen mangler {years}; kan ikke regne om fra {from_year}- til {to_year}-kroner. Kjente år: {known}. Legg inn indeksen i avtaleprofilen.</source>
        <translation>The price index lacks {years}; cannot convert from {from_year} to {to_year} kroner. Known years: {known}. Add the index to the agreement profile.</translation>
    </message>
    <message>
        <source>Prisindeksen for {year} må være større enn null.</source>
        <translation>The price index for {year} must be greater than zero.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Uventet feil</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>&lt;b&gt;Det oppstod en uventet feil i Prosjektark.&lt;/b&gt;&lt;br&gt;Arbeidet ditt er lagret automatisk, og du kan fortsette. Send gjerne detaljene under til brukerstøtte.</source>
        <translation>&lt;b&gt;An unexpected error occurred in Prosjektark.&lt;/b&gt;&lt;br&gt;Your work has been saved automatically, and you can carry on. Please send the details below to user support.</translation>
    </message>
    <message>
        <source>Loggfil: {path}</source>
        <translation>Log file: {path}</translation>
    </message>
    <message>
        <source>Feildetaljer</source>
        <translation>Error details</translation>
    </message>
    <message>
        <source>Kopier detaljer</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <source>filen er tom (0 byte), men her har det vært en database</source>
        <translation>the file is empty (0 bytes), but there has been a database here</translation>
    </message>
    <message>
        <source>Filen «{file}» er ikke en Prosjektark-database (mangler skjemaversjon).</source>
        <translation>The file «{file}» is not a Prosjektark database (no schema version).</translation>
    </message>
    <message>
        <source>Kunne ikke lese databasen «{database}»: {error}</source>
        <translation>Could not read the database «{database}»: {error}</translation>
    </message>
    <message>
        <source>Databasen «{database}» er skadet. Filen er ikke endret.</source>
        <translation>The database «{database}» is damaged. The file has not been changed.</translation>
    </message>
    <message>
        <source>En kopi av den skadde filen ligger i «{copy}».</source>
        <translation>A copy of the damaged file is in «{copy}».</translation>
    </message>
    <message>
        <source>Den nyeste sikkerhetskopien er «{backup}»; åpne Prosjektark for å gjenopprette fra den.</source>
        <translation>The newest backup is «{backup}»; open Prosjektark to restore from it.</translation>
    </message>
    <message>
        <source>Det finnes ingen sikkerhetskopi; åpne Prosjektark for å starte med en tom database og hente inn det som kan leses fra den skadde filen.</source>
        <translation>There is no backup; open Prosjektark to start with an empty database and bring in what can be read from the damaged file.</translation>
    </message>
    <message>
        <source>(Teknisk: {reason}.)</source>
        <translation>(Technical: {reason}.)</translation>
    </message>
    <message>
        <source>Kunne ikke opprette mappen «{folder}»: {error}</source>
        <translation>Could not create the folder «{folder}»: {error}</translation>
    </message>
    <message>
        <source>Databasen «{database}» er laget av en nyere versjon av Prosjektark (skjemaversjon {schema}). Oppdater programmet for å åpne den. Filen er ikke endret.</source>
        <translation>The database «{database}» was made by a newer version of Prosjektark (schema version {schema}). Update the program to open it. The file has not been changed.</translation>
    </message>
    <message>
        <source>Databasen «{database}» er laget av en nyere versjon av Prosjektark (skjemaversjon {schema}). Oppdater programmet for å åpne den.</source>
        <translation>The database “{database}” was made by a newer version of Prosjektark (schema version {schema}). Update the program to open it.</translation>
    </message>
    <message>
        <source>Databasen «{database}» er laget av Prosjektark {version} (skjemaversjon {schema}), som er nyere enn dette programmet. Installer Prosjektark {version} eller nyere for å åpne den. Filen er ikke endret.</source>
        <translation>The database “{database}” was made by Prosjektark {version} (schema version {schema}), which is newer than this program. Install Prosjektark {version} or newer to open it. The file has not been changed.</translation>
    </message>
    <message>
        <source>Databasen «{database}» er laget av Prosjektark {version} (skjemaversjon {schema}), som er nyere enn dette programmet. Installer Prosjektark {version} eller nyere for å åpne den.</source>
        <translation>The database “{database}” was made by Prosjektark {version} (schema version {schema}), which is newer than this program. Install Prosjektark {version} or newer to open it.</translation>
    </message>
    <message>
        <source>Databasen «{database}» har ingen Prosjektark-tabeller ennå. Be den som drifter databasen om å kjøre «prosjektark db upgrade» for å opprette dem.</source>
        <translation>The database “{database}” has no Prosjektark tables yet. Ask whoever manages the database to run “prosjektark db upgrade” to create them.</translation>
    </message>
    <message>
        <source>Databasen «{database}» har skjemaversjon {schema}, men denne versjonen av Prosjektark bruker {head}. Be den som drifter databasen om å kjøre «prosjektark db upgrade».</source>
        <translation>The database “{database}” has schema version {schema}, but this version of Prosjektark uses {head}. Ask whoever manages the database to run “prosjektark db upgrade”.</translation>
    </message>
    <message>
        <source>Kunne ikke koble til databasen «{database}»: {error}</source>
        <translation>Could not connect to the database “{database}”: {error}</translation>
    </message>
    <message>
        <source>Kunne ikke oppgradere databasen «{database}»: {error}.</source>
        <translation>Could not upgrade the database «{database}»: {error}.</translation>
    </message>
    <message>
        <source>En sikkerhetskopi ligger i «{backup}».</source>
        <translation>A backup is in «{backup}».</translation>
    </message>
    <message>
        <source>Databaseadressen kan ikke leses. Den skrives slik: postgresql://bruker@tjener:5432/database</source>
        <translation>The database address cannot be read. It is written like this: postgresql://user@server:5432/database</translation>
    </message>
</context>
<context>
    <name>db</name>
    <message>
        <source>Kunne ikke lese databasen «{database}»: {error}</source>
        <translation>Could not read the database “{database}”: {error}</translation>
    </message>
    <message>
        <source>PostgreSQL-server</source>
        <translation>PostgreSQL server</translation>
    </message>
    <message>
        <source>SQLite-fil på denne maskinen</source>
        <translation>SQLite file on this computer</translation>
    </message>
    <message>
        <source>Database: {location} ({kind})</source>
        <translation>Database: {location} ({kind})</translation>
    </message>
    <message>
        <source>Skjemaversjon: {revision} (sist oppgradert av Prosjektark {app})</source>
        <translation>Schema version: {revision} (last upgraded by Prosjektark {app})</translation>
    </message>
    <message>
        <source>Skjemaversjon: {revision}</source>
        <translation>Schema version: {revision}</translation>
    </message>
    <message>
        <source>Dette programmet: Prosjektark {version}, skjemaversjon {head}</source>
        <translation>This program: Prosjektark {version}, schema version {head}</translation>
    </message>
    <message>
        <source>Databasen kan brukes av dette programmet.</source>
        <translation>The database can be used by this program.</translation>
    </message>
    <message>
        <source>Filen finnes ikke ennå; Prosjektark lager den ved første start.</source>
        <translation>The file does not exist yet; Prosjektark creates it the first time it starts.</translation>
    </message>
    <message>
        <source>Databasen er laget av en nyere versjon av Prosjektark. Installer Prosjektark {app} eller nyere.</source>
        <translation>The database was made by a newer version of Prosjektark. Install Prosjektark {app} or newer.</translation>
    </message>
    <message>
        <source>Databasen er laget av en nyere versjon av Prosjektark. Installer en nyere versjon.</source>
        <translation>The database was made by a newer version of Prosjektark. Install a newer version.</translation>
    </message>
    <message>
        <source>Filen oppgraderes når Prosjektark åpner den, eller med «prosjektark db upgrade».</source>
        <translation>The file is upgraded when Prosjektark opens it, or with “prosjektark db upgrade”.</translation>
    </message>
    <message>
        <source>Databasen har ingen tabeller fra Prosjektark ennå. Den som drifter databasen lager dem med «prosjektark db upgrade».</source>
        <translation>The database has no Prosjektark tables yet. Whoever manages the database creates them with “prosjektark db upgrade”.</translation>
    </message>
    <message>
        <source>Databasen må oppgraderes før dette programmet kan bruke den. Den som drifter databasen gjør det med «prosjektark db upgrade».</source>
        <translation>The database must be upgraded before this program can use it. Whoever manages the database does this with “prosjektark db upgrade”.</translation>
    </message>
    <message>
        <source>Databasen er filen {file} på denne maskinen; Prosjektark oppgraderer den ved hver start.</source>
        <translation>The database is the file {file} on this computer; Prosjektark upgrades it every time it starts.</translation>
    </message>
    <message>
        <source>{database}: skjemaversjon {revision}, ingenting å oppgradere.</source>
        <translation>{database}: schema version {revision}, nothing to upgrade.</translation>
    </message>
    <message>
        <source>{database}: skjemaversjon {before} → {after}.</source>
        <translation>{database}: schema version {before} → {after}.</translation>
    </message>
    <message>
        <source>Kopien er kontrollert: alle tabeller og vedlegg er like i {target}.</source>
        <translation>The copy has been verified: all tables and attachments are the same in {target}.</translation>
    </message>
    <message>
        <source>likt</source>
        <translation>same</translation>
    </message>
    <message>
        <source>ULIKT</source>
        <translation>DIFFERENT</translation>
    </message>
    <message>
        <source>Tabell</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>vedlegg</source>
        <translation>attachments</translation>
    </message>
    <message>
        <source>Innhold</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Søkeindeksen er bygget på nytt i målet ({count} tekster).</source>
        <translation>The search index has been rebuilt in the target ({count} texts).</translation>
    </message>
    <message>
        <source>tabellen {table}: {source} rader i kilden, {target} i målet{hash}</source>
        <translation>table {table}: {source} rows in the source, {target} in the target{hash}</translation>
    </message>
    <message>
        <source>, ulikt innhold</source>
        <translation>, different content</translation>
    </message>
    <message>
        <source>vedlegg som mangler i kilden: {digests}</source>
        <translation>attachments missing from the source: {digests}</translation>
    </message>
    <message>
        <source>vedlegg som mangler eller er ulike i målet: {digests}</source>
        <translation>attachments missing or different in the target: {digests}</translation>
    </message>
    <message>
        <source>Kopien stemmer ikke med kilden: {what}.</source>
        <translation>The copy does not match the source: {what}.</translation>
    </message>
</context>
<context>
    <name>db_copy</name>
    <message>
        <source>«{value}» er verken en fil eller en PostgreSQL-adresse (postgresql://…).</source>
        <translation>“{value}” is neither a file nor a PostgreSQL address (postgresql://…).</translation>
    </message>
    <message>
        <source>Feil i databasen «{database}»: {error}</source>
        <translation>Error in the database “{database}”: {error}</translation>
    </message>
    <message>
        <source>Fant ikke databasefilen «{file}».</source>
        <translation>The database file “{file}” was not found.</translation>
    </message>
    <message>
        <source>Målet «{database}» er ikke tomt (tabeller med innhold: {tables}). Kopier bare til en ny, tom database; ingenting er kopiert.</source>
        <translation>The target “{database}” is not empty (tables with content: {tables}). Copy only to a new, empty database; nothing has been copied.</translation>
    </message>
    <message>
        <source>«{file}» er ikke en fil.</source>
        <translation>“{file}” is not a file.</translation>
    </message>
    <message>
        <source>Kunne ikke opprette vedleggsmappen «{folder}»: {error}</source>
        <translation>Could not create the attachments folder “{folder}”: {error}</translation>
    </message>
    <message>
        <source>Målet «{database}» har skjemaversjon {schema}, som er nyere enn denne versjonen av Prosjektark. Ingenting er kopiert.</source>
        <translation>The target “{database}” has schema version {schema}, which is newer than this version of Prosjektark. Nothing has been copied.</translation>
    </message>
    <message>
        <source>Målet «{database}» har tabeller som ikke er Prosjektarks ({tables}). Kopier bare til en ny, tom database; ingenting er kopiert.</source>
        <translation>The target “{database}” has tables that do not belong to Prosjektark ({tables}). Copy only to a new, empty database; nothing has been copied.</translation>
    </message>
    <message>
        <source>Kilden og målet er den samme databasen ({database}).</source>
        <translation>The source and the target are the same database ({database}).</translation>
    </message>
    <message>
        <source>Kontrollerer kopien …</source>
        <translation>Verifying the copy …</translation>
    </message>
    <message>
        <source>Bygger søkeindeksen på nytt …</source>
        <translation>Rebuilding the search index …</translation>
    </message>
    <message>
        <source>{table}: {rows} rader</source>
        <translation>{table}: {rows} rows</translation>
    </message>
    <message>
        <source>vedlegg: {done} av {total}</source>
        <translation>attachments: {done} of {total}</translation>
    </message>
</context>
<context>
    <name>decision</name>
    <message>
        <source>forventet kostnad «{typed}» er ikke et gyldig beløp</source>
        <translation>the expected cost “{typed}” is not a valid amount</translation>
    </message>
    <message>
        <source>forventet kostnad er ikke et endelig tall</source>
        <translation>the expected cost is not a finite number</translation>
    </message>
    <message>
        <source>forventet kostnad er negativ ({cost} MNOK)</source>
        <translation>the expected cost is negative ({cost} MNOK)</translation>
    </message>
    <message>
        <source>forventet kostnad ({cost} MNOK) er over profilens grense for et troverdig prosjekt ({limit} MNOK)</source>
        <translation>the expected cost ({cost} MNOK) is above the profile&apos;s limit for a plausible project ({limit} MNOK)</translation>
    </message>
    <message>
        <source>{transition}: {problem}. Rett kostnaden før det kan avgjøres hvem som skal behandle overgangen.</source>
        <translation>{transition}: {problem}. Correct the cost before it can be decided who is to consider the transition.</translation>
    </message>
    <message>
        <source>{transition}: forventet kostnad mangler, så det kan ikke avgjøres hvem som skal behandle overgangen.</source>
        <translation>{transition}: the expected cost is missing, so it cannot be decided who is to consider the transition.</translation>
    </message>
    <message>
        <source>{transition}: {programme} har ingen beslutningsregel som passer et prosjekt på {cost} MNOK.</source>
        <translation>{transition}: {programme} has no decision rule that fits a project of {cost} MNOK.</translation>
    </message>
    <message>
        <source>{transition} for et prosjekt på {cost} MNOK: {body}. «{reason}»</source>
        <translation>{transition} for a project of {cost} MNOK: {body}. «{reason}»</translation>
    </message>
    <message>
        <source>{transition} for et prosjekt på {cost} MNOK: {body} (politisk behandling). «{reason}»</source>
        <translation>{transition} for a project of {cost} MNOK: {body} (political consideration). «{reason}»</translation>
    </message>
    <message>
        <source>{transition} for et prosjekt på {cost} MNOK: {body} (administrativ behandling). «{reason}»</source>
        <translation>{transition} for a project of {cost} MNOK: {body} (administrative consideration). «{reason}»</translation>
    </message>
    <message>
        <source>Forutsetter at forutsetninger og finansiering ikke avviker fra det som er politisk behandlet; ellers kreves politisk behandling.</source>
        <translation>This assumes that the assumptions and the funding do not deviate from what the political bodies have considered; otherwise political consideration is required.</translation>
    </message>
    <message>
        <source>{transition}: {body}. «{quote}» Prosjektet er merket som et prosjekt der løsningen er av stor politisk interesse, så overgangen skal behandles politisk uansett kostnad.</source>
        <translation>{transition}: {body}. «{quote}» The project is marked as one whose solution is of great political interest, so the transition is to be considered by the political bodies whatever the cost.</translation>
    </message>
    <message>
        <source>{transition}: {body} (politisk behandling). «{quote}» Prosjektet er merket som et prosjekt der løsningen er av stor politisk interesse, så overgangen skal behandles politisk uansett kostnad.</source>
        <translation>{transition}: {body} (political consideration). «{quote}» The project is marked as one whose solution is of great political interest, so the transition is to be considered by the political bodies whatever the cost.</translation>
    </message>
    <message>
        <source>politisk</source>
        <translation>political</translation>
    </message>
    <message>
        <source>administrativ</source>
        <translation>administrative</translation>
    </message>
    <message>
        <source>{transition} for et prosjekt på {cost} MNOK krever politisk behandling hos partene, men ingen er registrert. «{reason}»</source>
        <translation>{transition} for a project of {cost} MNOK requires consideration by the parties&apos; political bodies, but none is recorded. «{reason}»</translation>
    </message>
    <message>
        <source>{transition}: prosjektet er merket som et prosjekt der løsningen er av stor politisk interesse, og da skal overgangen behandles politisk uansett kostnad. Registrert er bare behandling i {registered}, som ikke er politisk. Registrer den politiske behandlingen. «{quote}»</source>
        <translation>{transition}: the project is marked as one whose solution is of great political interest, so the transition is to be considered by the political bodies whatever the cost. The only consideration recorded is by {registered}, which is not political. Record the political consideration. «{quote}»</translation>
    </message>
    <message>
        <source>{transition}: prosjektet er merket som et prosjekt der løsningen er av stor politisk interesse, og da skal overgangen behandles politisk uansett kostnad. Ingen politisk behandling av den er registrert. Registrer den politiske behandlingen. «{quote}»</source>
        <translation>{transition}: the project is marked as one whose solution is of great political interest, so the transition is to be considered by the political bodies whatever the cost. No political consideration of it is recorded. Record the political consideration. «{quote}»</translation>
    </message>
    <message>
        <source>{transition}: prosjektet kan ikke gå hele veien fra prosjektutvikling til utbygging uten politisk behandling, og overgangen til detaljplanlegging ble ikke behandlet politisk. Registrer den politiske behandlingen. «{reason}»</source>
        <translation>{transition}: the project cannot go all the way from project development to construction without political consideration, and the transition to detailed planning was not considered by the political bodies. Record the political consideration. «{reason}»</translation>
    </message>
    <message>
        <source>Prosjektet kan ikke gå hele veien fra prosjektutvikling til utbygging uten politisk behandling: finansieringen av enten detaljplanlegging eller utbygging må behandles politisk. Registrer den politiske behandlingen.</source>
        <translation>The project cannot go all the way from project development to construction without political consideration: the funding of either detailed planning or construction must be considered by the political bodies. Record the political consideration.</translation>
    </message>
</context>
<context>
    <name>delivery</name>
    <message>
        <source>{package}: sendt – {message}</source>
        <translation>{package}: sent – {message}</translation>
    </message>
    <message>
        <source>{package}: ikke sendt – {message} Pakken ligger fortsatt i utboksen som klar.</source>
        <translation>{package}: not sent – {message} The package is still in the outbox as ready.</translation>
    </message>
    <message>
        <source>Leveringsmappen {folder} kan ikke leses: {error}.</source>
        <translation>The delivery folder {folder} cannot be read: {error}.</translation>
    </message>
    <message>
        <source>Leveringsmappen {folder} er ikke en mappe.</source>
        <translation>The delivery folder {folder} is not a folder.</translation>
    </message>
    <message>
        <source>Leveringsmappen {folder} finnes ikke. Kontroller at nettverksstasjonen eller den synkroniserte mappen er tilgjengelig, eller velg en annen mappe.</source>
        <translation>The delivery folder {folder} does not exist. Check that the network drive or the synced folder is available, or choose another folder.</translation>
    </message>
    <message>
        <source>Sender {package} …</source>
        <translation>Sending {package} …</translation>
    </message>
    <message>
        <source>Pakken er kopiert til {target}, men utboksen kunne ikke oppdateres: {error}</source>
        <translation>The package has been copied to {target}, but the outbox could not be updated: {error}</translation>
    </message>
    <message>
        <source>Kopiert til {folder}.</source>
        <translation>Copied to {folder}.</translation>
    </message>
    <message>
        <source>Kopiert til {folder} som «{target}», fordi en annen fil med navnet «{source}» lå der fra før.</source>
        <translation>Copied to {folder} as «{target}», because another file named «{source}» was already there.</translation>
    </message>
    <message>
        <source>Pakkefilen {source} finnes ikke lenger. Eksporter arket på nytt.</source>
        <translation>The package file {source} no longer exists. Export the sheet again.</translation>
    </message>
    <message>
        <source>Fant ikke et ledig filnavn for {name}</source>
        <translation>Could not find a free file name for {name}</translation>
    </message>
    <message>
        <source>Det er ikke plass til pakken i {folder} (disken eller lagringskvoten er full). Frigjør plass eller velg en annen mappe.</source>
        <translation>There is no room for the package in {folder} (the disk or the storage quota is full). Free some space or choose another folder.</translation>
    </message>
    <message>
        <source>Leveringsmappen {folder} er skrivebeskyttet, eller du har ikke skrivetilgang til den.</source>
        <translation>The delivery folder {folder} is read-only, or you do not have write access to it.</translation>
    </message>
    <message>
        <source>Leveringsmappen {folder} finnes ikke.</source>
        <translation>The delivery folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>Pakken kunne ikke kopieres til {folder}: {error}.</source>
        <translation>The package could not be copied to {folder}: {error}.</translation>
    </message>
    <message>
        <source>Levert {time}</source>
        <translation>Delivered {time}</translation>
    </message>
    <message>
        <source>Levert {time} til {folder}</source>
        <translation>Delivered {time} to {folder}</translation>
    </message>
</context>
<context>
    <name>diff</name>
    <message>
        <source>Endret</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Ny</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Fjernet</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>{option} «{text}» er ikke et versjonsnummer (et heltall fra 1) eller «{working}».</source>
        <translation>{option} “{text}” is not a version number (a whole number from 1) or “{working}”.</translation>
    </message>
    <message>
        <source>«{title}» ({id}): {older} → {newer}</source>
        <translation>“{title}” ({id}): {older} → {newer}</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Fant ikke prosjektarket {id} i den lokale databasen.</source>
        <translation>Project sheet {id} is not in the local database.</translation>
    </message>
    <message>
        <source>Lagrede versjoner: {versions}.</source>
        <translation>Saved versions: {versions}.</translation>
    </message>
    <message>
        <source>Arket har ingen lagrede versjoner ennå.</source>
        <translation>The sheet has no saved versions yet.</translation>
    </message>
    <message>
        <source>Fant ikke versjon {revision} av prosjektarket {id}.</source>
        <translation>Version {revision} of project sheet {id} was not found.</translation>
    </message>
    <message>
        <source>arbeidskopien</source>
        <translation>the working copy</translation>
    </message>
    <message>
        <source>versjon {revision}</source>
        <translation>version {revision}</translation>
    </message>
    <message>
        <source>Ingen endringer.</source>
        <translation>No changes.</translation>
    </message>
    <message>
        <source>1 endring.</source>
        <translation>1 change.</translation>
    </message>
    <message>
        <source>{n} endringer.</source>
        <translation>{n} changes.</translation>
    </message>
    <message>
        <source>Før</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Etter</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Utenfor skjemaet</source>
        <translation>Outside the form</translation>
    </message>
    <message>
        <source>fjernet fra skjemaet</source>
        <translation>removed from the form</translation>
    </message>
    <message>
        <source>skrevet tekst</source>
        <translation>typed text</translation>
    </message>
    <message>
        <source>{label} ({mark})</source>
        <translation>{label} ({mark})</translation>
    </message>
    <message>
        <source>Opprinnelig beløp før omregning</source>
        <translation>Original amount before conversion</translation>
    </message>
    <message>
        <source>Arkets språk</source>
        <translation>Language of the sheet</translation>
    </message>
    <message>
        <source>{amount} i {year}-kroner</source>
        <translation>{amount} in {year} kroner</translation>
    </message>
    <message>
        <source>{label}: Begrunnelse</source>
        <translation>{label}: Justification</translation>
    </message>
    <message>
        <source>Kostnadspost</source>
        <translation>Cost item</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Lav</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Mest sannsynlig</source>
        <translation>Most likely</translation>
    </message>
    <message>
        <source>Høy</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Risiko</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Sannsynlighet</source>
        <translation>Probability</translation>
    </message>
    <message>
        <source>Konsekvens</source>
        <translation>Consequence</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Mitigation</translation>
    </message>
    <message>
        <source>Milepæl</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Nådd</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Behandling</source>
        <translation>Consideration</translation>
    </message>
    <message>
        <source>Organ</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Faseovergang</source>
        <translation>Phase transition</translation>
    </message>
    <message>
        <source>Politisk</source>
        <translation>Political</translation>
    </message>
    <message>
        <source>Vedtak</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>{label}: Poeng</source>
        <translation>{label}: Points</translation>
    </message>
    <message>
        <source>Poeng: {score}</source>
        <translation>Points: {score}</translation>
    </message>
    <message>
        <source>Poeng: {score}; Begrunnelse: {justification}</source>
        <translation>Points: {score}; Justification: {justification}</translation>
    </message>
    <message>
        <source>Finansiering {year}, {source}</source>
        <translation>Funding {year}, {source}</translation>
    </message>
    <message>
        <source>Fil: {filename}</source>
        <translation>File: {filename}</translation>
    </message>
    <message>
        <source>Beskrivelse: {description}</source>
        <translation>Description: {description}</translation>
    </message>
    <message>
        <source>Vedlegg</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Filnavn</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Kvittering: {code}</source>
        <translation>Acknowledgement: {code}</translation>
    </message>
</context>
<context>
    <name>editor_page</name>
    <message>
        <source>ubesvart</source>
        <translation>unanswered</translation>
    </message>
    <message>
        <source>besvart</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>utkast</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>sendt</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>← Alle ark</source>
        <translation>← All sheets</translation>
    </message>
    <message>
        <source>Tilbake til listen (Alt+Venstre)</source>
        <translation>Back to the list (Alt+Left)</translation>
    </message>
    <message>
        <source>Lagre versjon</source>
        <translation>Save version</translation>
    </message>
    <message>
        <source>Lagrer en fast, uforanderlig versjon av arket (Ctrl+S). Arbeidskopien lagres automatisk uansett.</source>
        <translation>Saves a fixed, unchangeable version of the sheet (Ctrl+S). The working copy is saved automatically in any case.</translation>
    </message>
    <message>
        <source>Vis steg&amp;listen</source>
        <translation>Show step &amp;list</translation>
    </message>
    <message>
        <source>Vis &amp;hjelpen</source>
        <translation>Show &amp;help</translation>
    </message>
    <message>
        <source>Vis funn og &amp;merknader</source>
        <translation>Show findings and &amp;remarks</translation>
    </message>
    <message>
        <source>Skjul eller vis ({keys}). Valget huskes til neste gang.</source>
        <translation>Hide or show ({keys}). The choice is remembered for next time.</translation>
    </message>
    <message>
        <source>✎ Merknad fra sekretariatet ({state}): {text}</source>
        <translation>✎ Remark from the secretariat ({state}): {text}</translation>
    </message>
    <message>
        <source>(uten tittel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>({count} kvittert ut)</source>
        <translation>({count} acknowledged)</translation>
    </message>
    <message>
        <source>({count} ikke sendt)</source>
        <translation>({count} not sent)</translation>
    </message>
    <message>
        <source>revisjon {revision}</source>
        <translation>revision {revision}</translation>
    </message>
    <message>
        <source>ingen lagrede versjoner</source>
        <translation>no saved versions</translation>
    </message>
    <message>
        <source>Signert</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>EKSEMPEL</source>
        <translation>EXAMPLE</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>{errors} å rette og {warnings} å kvittere ut</source>
        <translation>{errors} to fix and {warnings} to acknowledge</translation>
    </message>
    <message>
        <source>{errors} å rette</source>
        <translation>{errors} to fix</translation>
    </message>
    <message>
        <source>{warnings} å kvittere ut</source>
        <translation>{warnings} to acknowledge</translation>
    </message>
    <message>
        <source>Igjen: {left} (se funnene nederst). Arket blir «Klar» når alle feil er rettet og alle advarsler er kvittert ut: velg advarselen og trykk «Kvitter ut advarsel…».</source>
        <translation>Left: {left} (see the findings at the bottom). The sheet becomes “Ready” when every error is fixed and every warning is acknowledged: select the warning and press “Acknowledge warning …”.</translation>
    </message>
    <message>
        <source>Ingen feil, og alle advarsler er kvittert ut.</source>
        <translation>No errors, and every warning is acknowledged.</translation>
    </message>
    <message>
        <source>Merknader fra sekretariatet</source>
        <translation>Remarks from the secretariat</translation>
    </message>
    <message>
        <source>{remarks} til arbeidsgruppen: {drafts} ikke sendt, {answered} besvart.</source>
        <translation>{remarks} to the working group: {drafts} not sent, {answered} answered.</translation>
    </message>
    <message>
        <source>Alle merknader fra sekretariatet er besvart ({count}).</source>
        <translation>Every remark from the secretariat is answered ({count}).</translation>
    </message>
    <message>
        <source>{waiting} av {total}. Svar på dem før du leverer neste revisjon: velg merknaden i listen «Merknader» nederst og trykk «Svar …». Svarene leveres sammen med revisjonen.</source>
        <translation>{waiting} of {total}. Answer them before you deliver the next revision: select the remark in the “Remarks” list at the bottom and press “Answer …”. The answers are delivered with the revision.</translation>
    </message>
    <message>
        <source>1 merknad</source>
        <translation>1 remark</translation>
    </message>
    <message>
        <source>{count} merknader</source>
        <translation>{count} remarks</translation>
    </message>
    <message>
        <source>1 ubesvart merknad</source>
        <translation>1 unanswered remark</translation>
    </message>
    <message>
        <source>{count} ubesvarte merknader</source>
        <translation>{count} unanswered remarks</translation>
    </message>
    <message>
        <source>Hvem behandler neste faseovergang</source>
        <translation>Who considers the next phase transition</translation>
    </message>
    <message>
        <source>Arket gjelder utbygging, den siste fasen: det er ingen flere faseoverganger å behandle.</source>
        <translation>The sheet concerns construction, the last phase: there are no more phase transitions to consider.</translation>
    </message>
    <message>
        <source>{body} (politisk behandling)</source>
        <translation>{body} (considered by the political bodies)</translation>
    </message>
    <message>
        <source>{body} (administrativ behandling)</source>
        <translation>{body} (handled administratively)</translation>
    </message>
    <message>
        <source>Overgang</source>
        <translation>Transition</translation>
    </message>
    <message>
        <source>Behandles av</source>
        <translation>Considered by</translation>
    </message>
    <message>
        <source>Grunnlag</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>forventet kostnad {cost}</source>
        <translation>expected cost {cost}</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Merk</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Måloppnåelse</source>
        <translation>Goal achievement</translation>
    </message>
    <message>
        <source>Ingen mål har fått poeng ennå (steget Måloppnåelse).</source>
        <translation>No goal has been given points yet (the Goal achievement step).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{total} av {maximum} poeng&lt;/b&gt; ({scored} av {goals} mål har poeng).</source>
        <translation>&lt;b&gt;{total} of {maximum} points&lt;/b&gt; ({scored} of {goals} goals have points).</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>Arket har ingen avtaleprofil. Reglene er kjørt med {programme}.</source>
        <translation>The sheet has no agreement profile. The rules were run with {programme}.</translation>
    </message>
    <message>
        <source>Ukjent avtaleprofil «{profile}». Kjente: {known}. Reglene er kjørt med {programme}.</source>
        <translation>Unknown agreement profile “{profile}”. Known: {known}. The rules were run with {programme}.</translation>
    </message>
    <message>
        <source>Regelgruppen «{group}» feilet: {error}</source>
        <translation>The rule group “{group}” failed: {error}</translation>
    </message>
</context>
<context>
    <name>examples</name>
    <message>
        <source>mappen eller en av mappene over den finnes ikke</source>
        <translation>the folder or one of the folders above it does not exist</translation>
    </message>
    <message>
        <source>mangler skrivetilgang</source>
        <translation>no permission to write</translation>
    </message>
    <message>
        <source>filsystemet er skrivebeskyttet</source>
        <translation>the file system is read-only</translation>
    </message>
    <message>
        <source>ikke nok ledig plass</source>
        <translation>not enough free space</translation>
    </message>
    <message>
        <source>stien er ikke en mappe</source>
        <translation>the path is not a folder</translation>
    </message>
    <message>
        <source>stien finnes og er ikke en mappe</source>
        <translation>the path exists and is not a folder</translation>
    </message>
    <message>
        <source>prosjektark: kunne ikke skrive eksempelarkene til «{out}»: {reason}.</source>
        <translation>prosjektark: could not write the example sheets to “{out}”: {reason}.</translation>
    </message>
    <message>
        <source>Skrev {path}</source>
        <translation>Wrote {path}</translation>
    </message>
    <message>
        <source>{n} eksempelark skrevet til {out}.</source>
        <translation>{n} example sheets written to {out}.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>«{path}» finnes og er ikke en mappe.</source>
        <translation>“{path}” exists and is not a folder.</translation>
    </message>
    <message>
        <source>Skrev {path}</source>
        <translation>Wrote {path}</translation>
    </message>
    <message>
        <source>Klar</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Revisjon {revision}. Status: {status} ({errors}, {warnings}).</source>
        <translation>Revision {revision}. Status: {status} ({errors}, {warnings}).</translation>
    </message>
    <message>
        <source>1 feil</source>
        <translation>1 error</translation>
    </message>
    <message>
        <source>{n} feil</source>
        <translation>{n} errors</translation>
    </message>
    <message>
        <source>1 advarsel</source>
        <translation>1 warning</translation>
    </message>
    <message>
        <source>{n} advarsler</source>
        <translation>{n} warnings</translation>
    </message>
    <message>
        <source>Pakken er signert og klar til å sendes til sekretariatet: {name}</source>
        <translation>The package is signed and ready to send to the secretariat: {name}</translation>
    </message>
    <message>
        <source>En signert pakke krever passordet til identiteten: oppgi --passphrase-env med navnet på en miljøvariabel som holder det.</source>
        <translation>A signed package needs the identity&apos;s passphrase: give --passphrase-env with the name of an environment variable holding it.</translation>
    </message>
    <message>
        <source>Miljøvariabelen {var} er ikke satt eller er tom; den skal holde passordet.</source>
        <translation>The environment variable {var} is not set or is empty; it should hold the passphrase.</translation>
    </message>
    <message>
        <source>Fant ikke identitetsfilen {path}.</source>
        <translation>The identity file {path} was not found.</translation>
    </message>
    <message>
        <source>Du har ingen signeringsidentitet ennå. Lag en med «prosjektark identity new» eller oppgi en PKCS#12-fil med --identity.</source>
        <translation>You have no signing identity yet. Make one with “prosjektark identity new” or give a PKCS#12 file with --identity.</translation>
    </message>
    <message>
        <source>Finner ikke filen {path}.</source>
        <translation>Cannot find the file {path}.</translation>
    </message>
    <message>
        <source>Kan ikke lese {path}: {reason}</source>
        <translation>Cannot read {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} er ikke et gyldig prosjektark.</source>
        <translation>{path} is not a valid project sheet.</translation>
    </message>
    <message>
        <source>«{text}» er ikke en gyldig UUID.</source>
        <translation>“{text}” is not a valid UUID.</translation>
    </message>
    <message>
        <source>Eksporten ble avbrutt. Ingen filer er skrevet.</source>
        <translation>The export was cancelled. No files have been written.</translation>
    </message>
    <message>
        <source>Du må ha en signeringsidentitet for å lage en signert pakke.</source>
        <translation>You need a signing identity to make a signed package.</translation>
    </message>
    <message>
        <source>Arket har {count} feil og kan ikke signeres før de er rettet:</source>
        <translation>The sheet has {count} error(s) and cannot be signed until they are corrected:</translation>
    </message>
    <message>
        <source>Disse advarslene må også kvitteres ut (eller rettes) før signering:</source>
        <translation>These warnings must also be acknowledged (or corrected) before signing:</translation>
    </message>
    <message>
        <source>Arket kan ikke signeres før alle advarsler er kvittert ut (eller rettet). Denne er ikke kvittert ut:</source>
        <translation>The sheet cannot be signed until every warning is acknowledged (or corrected). This one is not acknowledged:</translation>
    </message>
    <message>
        <source>Arket kan ikke signeres før alle advarsler er kvittert ut (eller rettet). Disse er ikke kvittert ut:</source>
        <translation>The sheet cannot be signed until every warning is acknowledged (or corrected). These are not acknowledged:</translation>
    </message>
    <message>
        <source>Arket kan ikke signeres.</source>
        <translation>The sheet cannot be signed.</translation>
    </message>
    <message>
        <source>Velg minst ett format å eksportere.</source>
        <translation>Choose at least one format to export.</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Kontrollerer «{title}»</source>
        <translation>Checking «{title}»</translation>
    </message>
    <message>
        <source>Lager PDF</source>
        <translation>Making the PDF</translation>
    </message>
    <message>
        <source>Lager Excel-arbeidsbok</source>
        <translation>Making the Excel workbook</translation>
    </message>
    <message>
        <source>Samler vedlegg</source>
        <translation>Collecting attachments</translation>
    </message>
    <message>
        <source>Signerer</source>
        <translation>Signing</translation>
    </message>
    <message>
        <source>Kunne ikke signere pakken: {error}</source>
        <translation>Could not sign the package: {error}</translation>
    </message>
    <message>
        <source>Skriver filer</source>
        <translation>Writing files</translation>
    </message>
    <message>
        <source>Ferdig</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Vedlegget «{name}» er endret eller skadet siden det ble lagt ved (sjekksummen stemmer ikke). Legg det ved på nytt.</source>
        <translation>The attachment «{name}» has been changed or damaged since it was attached (the checksum does not match). Attach it again.</translation>
    </message>
    <message>
        <source>{problem} Pakken kan ikke lages med dette vedlegget: fjern det og legg ved riktig fil.</source>
        <translation>{problem} The package cannot be made with this attachment: remove it and attach the right file.</translation>
    </message>
    <message>
        <source>Fant ikke disse vedleggene, så pakken kan ikke lages: {names}.</source>
        <translation>These attachments were not found, so the package cannot be made: {names}.</translation>
    </message>
    <message>
        <source>Kunne ikke opprette mappen «{folder}»: {error}</source>
        <translation>Could not create the folder «{folder}»: {error}</translation>
    </message>
    <message>
        <source>Kunne ikke skrive «{file}»: {error}</source>
        <translation>Could not write «{file}»: {error}</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>Eksporter «{title}»</source>
        <translation>Export «{title}»</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>&amp;Signert pakke til sekretariatet (.asice)</source>
        <translation>&amp;Signed package to the secretariat (.asice)</translation>
    </message>
    <message>
        <source>Pakken låser versjonen: endrer du arket etterpå, blir det en ny versjon. Bare ark med status Klar (ingen feil, alle advarsler kvittert ut) kan signeres.</source>
        <translation>The package locks the version: if you change the sheet afterwards, it becomes a new version. Only sheets with the status Ready (no errors, all warnings acknowledged) can be signed.</translation>
    </message>
    <message>
        <source>Også som egne filer:</source>
        <translation>Also as separate files:</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>&amp;Excel (.xlsx)</source>
        <translation>&amp;Excel (.xlsx)</translation>
    </message>
    <message>
        <source>&amp;JSON (prosjektark-format)</source>
        <translation>&amp;JSON (project sheet format)</translation>
    </message>
    <message>
        <source>Arket må ha status Klar før det kan signeres.</source>
        <translation>The sheet must have the status Ready before it can be signed.</translation>
    </message>
    <message>
        <source>Du kan fortsatt lage en PDF; den merkes UTKAST og er ikke signert.</source>
        <translation>You can still make a PDF; it is marked DRAFT and is not signed.</translation>
    </message>
    <message>
        <source>Hvorfor arket ikke kan signeres</source>
        <translation>Why the sheet cannot be signed</translation>
    </message>
    <message>
        <source>&amp;Velg mappe …</source>
        <translation>&amp;Choose folder …</translation>
    </message>
    <message>
        <source>&amp;Mappe:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Signer og eksporter</source>
        <translation>Sign and export</translation>
    </message>
    <message>
        <source>Signer og eksporter – Prosjektark</source>
        <translation>Sign and export – Prosjektark</translation>
    </message>
    <message>
        <source>Eksporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Eksporter – Prosjektark</source>
        <translation>Export – Prosjektark</translation>
    </message>
    <message>
        <source>Velg mappe</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <source>Skrevet til {folder}:</source>
        <translation>Written to {folder}:</translation>
    </message>
    <message>
        <source>Pakken ligger i utboksen til du markerer den som levert.</source>
        <translation>The package stays in the outbox until you mark it as delivered.</translation>
    </message>
    <message>
        <source>Ikke eksportert</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <source>Eksportert</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>&amp;Åpne mappe</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>Kunne ikke åpne mappen</source>
        <translation>Could not open the folder</translation>
    </message>
    <message>
        <source>Filene ligger i {folder}.</source>
        <translation>The files are in {folder}.</translation>
    </message>
</context>
<context>
    <name>field_widgets</name>
    <message>
        <source>— velg —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>{value} (ukjent verdi)</source>
        <translation>{value} (unknown value)</translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.yyyy</translation>
    </message>
</context>
<context>
    <name>file_dialogs</name>
    <message>
        <source>Alle filer (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Finner ikke «{path}».

Kontroller at stien er skrevet riktig.</source>
        <translation>Cannot find “{path}”.

Check that the path is spelt correctly.</translation>
    </message>
</context>
<context>
    <name>filetypes</name>
    <message>
        <source>en PDF</source>
        <translation>a PDF</translation>
    </message>
    <message>
        <source>et PNG-bilde</source>
        <translation>a PNG image</translation>
    </message>
    <message>
        <source>et JPEG-bilde</source>
        <translation>a JPEG image</translation>
    </message>
    <message>
        <source>et GIF-bilde</source>
        <translation>a GIF image</translation>
    </message>
    <message>
        <source>et TIFF-bilde</source>
        <translation>a TIFF image</translation>
    </message>
    <message>
        <source>et WebP-bilde</source>
        <translation>a WebP image</translation>
    </message>
    <message>
        <source>et Word-dokument</source>
        <translation>a Word document</translation>
    </message>
    <message>
        <source>en Excel-arbeidsbok</source>
        <translation>an Excel workbook</translation>
    </message>
    <message>
        <source>en PowerPoint-presentasjon</source>
        <translation>a PowerPoint presentation</translation>
    </message>
    <message>
        <source>et OpenDocument-dokument</source>
        <translation>an OpenDocument document</translation>
    </message>
    <message>
        <source>et OpenDocument-regneark</source>
        <translation>an OpenDocument spreadsheet</translation>
    </message>
    <message>
        <source>en ZIP-fil</source>
        <translation>a ZIP file</translation>
    </message>
    <message>
        <source>et eldre Office-dokument</source>
        <translation>an older Office document</translation>
    </message>
    <message>
        <source>en DWG-tegning</source>
        <translation>a DWG drawing</translation>
    </message>
    <message>
        <source>en SVG-tegning</source>
        <translation>an SVG drawing</translation>
    </message>
    <message>
        <source>en tekstfil</source>
        <translation>a text file</translation>
    </message>
    <message>
        <source>et program (kjørbar fil)</source>
        <translation>a program (executable file)</translation>
    </message>
    <message>
        <source>«{filename}» er oppgitt som {kind}, men filen er tom.</source>
        <translation>«{filename}» is given as {kind}, but the file is empty.</translation>
    </message>
    <message>
        <source>«{filename}» er oppgitt som {kind}, men innholdet er ikke {kind_with_article} (ukjent innhold).</source>
        <translation>«{filename}» is given as {kind}, but the content is not {kind_with_article} (unknown content).</translation>
    </message>
    <message>
        <source>«{filename}» er oppgitt som {kind}, men innholdet er ikke {kind_with_article}: det er {found}.</source>
        <translation>«{filename}» is given as {kind}, but the content is not {kind_with_article}: it is {found}.</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>Feil</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Advarsel</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>findings_panel</name>
    <message>
        <source>Feil ({count})</source>
        <translation>Errors ({count})</translation>
    </message>
    <message>
        <source>Advarsler ({count})</source>
        <translation>Warnings ({count})</translation>
    </message>
    <message>
        <source>Info ({count})</source>
        <translation>Info ({count})</translation>
    </message>
    <message>
        <source>Feil</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Advarsel</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>1 feil</source>
        <translation>1 error</translation>
    </message>
    <message>
        <source>{count} feil</source>
        <translation>{count} errors</translation>
    </message>
    <message>
        <source>1 advarsel</source>
        <translation>1 warning</translation>
    </message>
    <message>
        <source>{count} advarsler</source>
        <translation>{count} warnings</translation>
    </message>
    <message>
        <source>{count} info</source>
        <translation>{count} info</translation>
    </message>
    <message>
        <source>Kvitter ut advarsel</source>
        <translation>Acknowledge warning</translation>
    </message>
    <message>
        <source>Begrunn hvorfor advarselen kan kvitteres ut:</source>
        <translation>Explain why the warning can be acknowledged:</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>{keys} kvitterer ut advarselen.</source>
        <translation>{keys} acknowledges the warning.</translation>
    </message>
    <message>
        <source>Enter gir ny linje, {keys} kvitterer ut.</source>
        <translation>Enter starts a new line, {keys} acknowledges.</translation>
    </message>
    <message>
        <source>Kvitter ut</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Funn fra regelsjekken</source>
        <translation>Findings from the rule check</translation>
    </message>
    <message>
        <source>Funn gruppert etter steg og alvorlighet</source>
        <translation>Findings grouped by step and severity</translation>
    </message>
    <message>
        <source>Enter eller klikk går til feltet. Kontekstmenyen kvitterer ut en advarsel. F6 og Shift+F6 går til neste og forrige rute.</source>
        <translation>Enter or a click goes to the field. The context menu acknowledges a warning. F6 and Shift+F6 go to the next and previous pane.</translation>
    </message>
    <message>
        <source>Kvitter ut advarsel …</source>
        <translation>Acknowledge warning …</translation>
    </message>
    <message>
        <source>Kvitter ut valgt advarsel</source>
        <translation>Acknowledge the selected warning</translation>
    </message>
    <message>
        <source>Kvitter ut den valgte advarselen med en begrunnelse ({keys}). Hvem og når lagres i arket.</source>
        <translation>Acknowledge the selected warning with a justification ({keys}). Who and when are saved in the sheet.</translation>
    </message>
    <message>
        <source>Advarsler ({count}, {acknowledged} kvittert ut)</source>
        <translation>Warnings ({count}, {acknowledged} acknowledged)</translation>
    </message>
    <message>
        <source>Ingen advarsel er valgt. Velg advarselen du vil kvittere ut i funnlisten (eller stå i feltet den gjelder).</source>
        <translation>No warning is selected. Select the warning you want to acknowledge in the list of findings (or stand in the field it concerns).</translation>
    </message>
    <message>
        <source>(kvittert ut)</source>
        <translation>(acknowledged)</translation>
    </message>
    <message>
        <source>{severity}, kvittert ut</source>
        <translation>{severity}, acknowledged</translation>
    </message>
    <message>
        <source>Felt: {field}</source>
        <translation>Field: {field}</translation>
    </message>
    <message>
        <source>Kilde: «{source}»</source>
        <translation>Source: “{source}”</translation>
    </message>
    <message>
        <source>Arket</source>
        <translation>The sheet</translation>
    </message>
    <message>
        <source>Ingen funn: arket oppfyller reglene.</source>
        <translation>No findings: the sheet meets the rules.</translation>
    </message>
    <message>
        <source>({count} kvittert ut)</source>
        <translation>({count} acknowledged)</translation>
    </message>
    <message>
        <source>Gå til feltet</source>
        <translation>Go to the field</translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <source>ugyldige migreringer ([[migrations]]): {problems}</source>
        <translation>invalid migrations ([[migrations]]): {problems}</translation>
    </message>
    <message>
        <source>{step}: {path} er ikke et spørsmål i sjekklisten</source>
        <translation>{step}: {path} is not a question in the checklist</translation>
    </message>
    <message>
        <source>{step} følges av {next}: versjonene henger ikke sammen</source>
        <translation>{step} is followed by {next}: the versions do not connect</translation>
    </message>
    <message>
        <source>siste steg går til {version}, ikke til skjemaets versjon {form_version}</source>
        <translation>the last step goes to {version}, not to the form&apos;s version {form_version}</translation>
    </message>
    <message>
        <source>versjon {versions} forekommer flere ganger (en sirkel)</source>
        <translation>version {versions} occurs more than once (a cycle)</translation>
    </message>
    <message>
        <source>{step}: {path} flyttes flere ganger</source>
        <translation>{step}: {path} is moved more than once</translation>
    </message>
    <message>
        <source>{step}: {path} er nevnt flere ganger</source>
        <translation>{step}: {path} is named more than once</translation>
    </message>
    <message>
        <source>{step}: {path} flyttes til seg selv</source>
        <translation>{step}: {path} is moved to itself</translation>
    </message>
    <message>
        <source>{step}: {source} og {target} har ikke samme slags verdi</source>
        <translation>{step}: {source} and {target} do not hold the same kind of value</translation>
    </message>
    <message>
        <source>{step}: {path} er ikke et felt i skjemaet {version}</source>
        <translation>{step}: {path} is not a field in form {version}</translation>
    </message>
    <message>
        <source>{step}: {path} er ikke en sti i prosjektarket</source>
        <translation>{step}: {path} is not a path in the project sheet</translation>
    </message>
</context>
<context>
    <name>form_migration</name>
    <message>
        <source>Fjernet fra skjemaet</source>
        <translation>Removed from the form</translation>
    </message>
    <message>
        <source>Arket er fylt ut med skjemaversjon {sheet_version}, som er nyere enn skjemaet i denne versjonen av programmet ({form_version}). Arket vises som det er, og ingen verdier går tapt, men felt dette skjemaet ikke kjenner, vises ikke.</source>
        <translation>The sheet was filled in with form version {sheet_version}, which is newer than the form in this version of the program ({form_version}). The sheet is shown as it is and no values are lost, but fields this form does not know are not shown.</translation>
    </message>
    <message>
        <source>Arket er fylt ut med skjemaversjon «{sheet_version}», som dette programmet ikke kjenner (skjemaet her er {form_version}). Arket vises som det er, og ingen verdier går tapt.</source>
        <translation>The sheet was filled in with form version «{sheet_version}», which this program does not know (the form here is {form_version}). The sheet is shown as it is and no values are lost.</translation>
    </message>
    <message>
        <source>Arket er fylt ut med skjemaversjon {sheet_version} og vises nå i skjemaversjon {form_version}.</source>
        <translation>The sheet was filled in with form version {sheet_version} and is now shown in form version {form_version}.</translation>
    </message>
    <message>
        <source>Arket er fylt ut med et eldre skjema og vises nå i skjemaversjon {form_version}.</source>
        <translation>The sheet was filled in with an older form and is now shown in form version {form_version}.</translation>
    </message>
    <message>
        <source>1 verdi er flyttet til et nytt felt.</source>
        <translation>1 value has been moved to a new field.</translation>
    </message>
    <message>
        <source>{count} verdier er flyttet til nye felt.</source>
        <translation>{count} values have been moved to new fields.</translation>
    </message>
    <message>
        <source>1 verdi fra felt skjemaet ikke lenger har, vises skrivebeskyttet under «{heading}».</source>
        <translation>1 value from a field the form no longer has is shown read-only under «{heading}».</translation>
    </message>
    <message>
        <source>{count} verdier fra felt skjemaet ikke lenger har, vises skrivebeskyttet under «{heading}».</source>
        <translation>{count} values from fields the form no longer has are shown read-only under «{heading}».</translation>
    </message>
    <message>
        <source>{label} (tidligere felt)</source>
        <translation>{label} (former field)</translation>
    </message>
    <message>
        <source>Kunne ikke flyttes til «{label}», som allerede var fylt ut.</source>
        <translation>Could not be moved to «{label}», which was already filled in.</translation>
    </message>
    <message>
        <source>Spørsmål som ikke er i sjekklisten ({question})</source>
        <translation>Question not in the checklist ({question})</translation>
    </message>
    <message>
        <source>Svar: {answer}</source>
        <translation>Answer: {answer}</translation>
    </message>
    <message>
        <source>Begrunnelse: {justification}</source>
        <translation>Justification: {justification}</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>Ukjent format {tag}: et prosjektark har formatet «prosjektark/HOVED.MINDRE», for eksempel «prosjektark/1.1».</source>
        <translation>Unknown format {tag}: a project sheet has the format «prosjektark/MAJOR.MINOR», for example «prosjektark/1.1».</translation>
    </message>
    <message>
        <source>Arket er i formatet {sheet_format}, men denne versjonen av Prosjektark leser {major}.x (til og med {newest}). Oppdater Prosjektark for å åpne det.</source>
        <translation>The sheet is in the format {sheet_format}, but this version of Prosjektark reads {major}.x (up to {newest}). Update Prosjektark to open it.</translation>
    </message>
    <message>
        <source>Arket er i formatet {sheet_format}, som denne versjonen av Prosjektark ikke kan oppgradere til {newest}.</source>
        <translation>The sheet is in the format {sheet_format}, which this version of Prosjektark cannot upgrade to {newest}.</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>Ikke utfylt</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <source>{size} byte</source>
        <translation>{size} bytes</translation>
    </message>
    <message>
        <source>Kvittert av {who} {date}</source>
        <translation>Acknowledged by {who} {date}</translation>
    </message>
    <message>
        <source>Kvittert {date}</source>
        <translation>Acknowledged {date}</translation>
    </message>
    <message>
        <source>Ikke besvart</source>
        <translation>Not answered</translation>
    </message>
</context>
<context>
    <name>frames</name>
    <message>
        <source>«{path}» er en mappe; oppgi rammefilen (CSV).</source>
        <translation>“{path}” is a folder; give the frames file (CSV).</translation>
    </message>
    <message>
        <source>Fant ikke filen «{path}».</source>
        <translation>The file “{path}” was not found.</translation>
    </message>
    <message>
        <source>Kunne ikke lese «{path}»: {reason}</source>
        <translation>Could not read “{path}”: {reason}</translation>
    </message>
    <message>
        <source>{file} ble ikke tatt inn (én linje må rettes); rammene er ikke endret.</source>
        <translation>{file} was not imported (one line must be corrected); the frames are unchanged.</translation>
    </message>
    <message>
        <source>{file} ble ikke tatt inn ({n} linjer må rettes); rammene er ikke endret.</source>
        <translation>{file} was not imported ({n} lines must be corrected); the frames are unchanged.</translation>
    </message>
    <message>
        <source>{file} har ingen rammelinjer under overskriften; rammene er ikke endret. Fyll inn én linje per år, kilde og eventuelt part.</source>
        <translation>{file} has no frame lines below the header; the frames are unchanged. Fill in one line per year, source and, where needed, party.</translation>
    </message>
    <message>
        <source>{reason} Rammene er ikke endret; prøv igjen.</source>
        <translation>{reason} The frames are unchanged; try again.</translation>
    </message>
    <message>
        <source>erstattet {n}</source>
        <translation>replaced {n}</translation>
    </message>
    <message>
        <source>ingen rammer fra før</source>
        <translation>no frames before</translation>
    </message>
    <message>
        <source>Tok inn {count} for {programme} fra {file} ({replaced}; versjon {version}).</source>
        <translation>Imported {count} for {programme} from {file} ({replaced}; version {version}).</translation>
    </message>
    <message>
        <source>«{path}» er en mappe; oppgi et filnavn, f.eks. rammer.csv.</source>
        <translation>“{path}” is a folder; give a file name, e.g. rammer.csv.</translation>
    </message>
    <message>
        <source>Mappen «{path}» finnes ikke.</source>
        <translation>The folder “{path}” does not exist.</translation>
    </message>
    <message>
        <source>Skrev {path}. {programme} har ingen rammer ennå, så filen har bare overskriften: fyll den ut og ta den inn med «prosjektark frames import».</source>
        <translation>Wrote {path}. {programme} has no frames yet, so the file has only the header: fill it in and import it with “prosjektark frames import”.</translation>
    </message>
    <message>
        <source>Skrev {path} ({count} for {programme}).</source>
        <translation>Wrote {path} ({count} for {programme}).</translation>
    </message>
    <message>
        <source>1 rammelinje</source>
        <translation>1 frame line</translation>
    </message>
    <message>
        <source>{n} rammelinjer</source>
        <translation>{n} frame lines</translation>
    </message>
    <message>
        <source>Linje {line}: {reason}</source>
        <translation>Line {line}: {reason}</translation>
    </message>
    <message>
        <source>Filen er tom. Første linje skal være overskriften «{header}».</source>
        <translation>The file is empty. The first line must be the header “{header}”.</translation>
    </message>
    <message>
        <source>filen er ikke lagret som UTF-8. Lagre den i Excel som «CSV UTF-8 (kommadelt)», eller velg UTF-8 i programmet du lagrer med.</source>
        <translation>the file is not saved as UTF-8. In Excel, save it as “CSV UTF-8 (Comma delimited)”, or choose UTF-8 in the program you save it with.</translation>
    </message>
    <message>
        <source>beløpet «{amount}» er ikke et tall.</source>
        <translation>the amount “{amount}” is not a number.</translation>
    </message>
    <message>
        <source>beløpet {amount} er negativt; en ramme kan ikke være under null.</source>
        <translation>the amount {amount} is negative; a frame cannot be below zero.</translation>
    </message>
    <message>
        <source>beløpet har mer enn {decimals} desimaler; rammer oppgis i millioner kroner, med hele tusen kroner som minste enhet.</source>
        <translation>the amount has more than {decimals} decimals; frames are given in millions of kroner, with whole thousands of kroner as the smallest unit.</translation>
    </message>
    <message>
        <source>i {year} kan bare {only} finansiere tiltak («{quote}»), så det kan ikke være en ramme for {source} det året.</source>
        <translation>in {year} only {only} may fund measures (“{quote}”), so there cannot be a frame for {source} that year.</translation>
    </message>
    <message>
        <source>samme år, kilde og part som linje {line}.</source>
        <translation>the same year, source and party as line {line}.</translation>
    </message>
    <message>
        <source>samme år, kilde og part står to ganger.</source>
        <translation>the same year, source and party appear twice.</translation>
    </message>
    <message>
        <source>linjen kan ikke leses som CSV: et anførselstegn er ikke lukket før filen slutter.</source>
        <translation>the line cannot be read as CSV: a quotation mark is not closed before the file ends.</translation>
    </message>
    <message>
        <source>linjen kan ikke leses som CSV: etter et lukket anførselstegn kommer mer tekst i samme felt. Sett hele feltet i anførselstegn, og skriv et anførselstegn inni feltet som to (&quot;&quot;).</source>
        <translation>the line cannot be read as CSV: more text follows a closing quotation mark in the same field. Put the whole field in quotation marks, and write a quotation mark inside the field as two (&quot;&quot;).</translation>
    </message>
    <message>
        <source>linjen kan ikke leses som CSV: et felt er lengre enn {limit} tegn.</source>
        <translation>the line cannot be read as CSV: a field is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>linjen kan ikke leses som CSV: se etter et anførselstegn som ikke er lukket, eller som står inni et felt.</source>
        <translation>the line cannot be read as CSV: look for a quotation mark that is not closed, or that stands inside a field.</translation>
    </message>
    <message>
        <source>overskriften mangler. Første linje skal være «{header}».</source>
        <translation>the header is missing. The first line must be “{header}”.</translation>
    </message>
    <message>
        <source>overskriften er «{found}», men skal være «{header}».</source>
        <translation>the header is “{found}”, but must be “{header}”.</translation>
    </message>
    <message>
        <source>linjen har {found} felt, men skal ha {wanted} ({header}). En tom part skrives som to semikolon etter hverandre.</source>
        <translation>the line has {found} fields, but must have {wanted} ({header}). An empty party is written as two semicolons in a row.</translation>
    </message>
    <message>
        <source>linjen har {found} felt, men skal ha {wanted} ({header}). En tom part skrives som to komma etter hverandre.</source>
        <translation>the line has {found} fields, but must have {wanted} ({header}). An empty party is written as two commas in a row.</translation>
    </message>
    <message>
        <source>kilden mangler. {known}</source>
        <translation>the source is missing. {known}</translation>
    </message>
    <message>
        <source>året mangler.</source>
        <translation>the year is missing.</translation>
    </message>
    <message>
        <source>«{text}» er ikke et årstall.</source>
        <translation>“{text}” is not a year.</translation>
    </message>
    <message>
        <source>beløpet mangler.</source>
        <translation>the amount is missing.</translation>
    </message>
    <message>
        <source>«{text}» kan leses både som {plain} og {typed}. Skriv tallet uten punktum ({plain}), eller med komma som desimaltegn ({typed}).</source>
        <translation>“{text}” can be read both as {plain} and as {typed}. Write the number without a full stop ({plain}), or with a comma as the decimal mark ({typed}).</translation>
    </message>
    <message>
        <source>«{text}» kan leses både som {plain} og {typed}. Skriv tallet uten komma ({plain}), eller med punktum som desimaltegn ({typed}).</source>
        <translation>“{text}” can be read both as {plain} and as {typed}. Write the number without a comma ({plain}), or with a decimal point ({typed}).</translation>
    </message>
    <message>
        <source>beløpet «{text}» er ikke et tall i millioner kroner.</source>
        <translation>the amount “{text}” is not a number in millions of kroner.</translation>
    </message>
    <message>
        <source>beløpet «{text}» er ikke et tall i millioner kroner. Bruk komma som desimaltegn: {fixed}.</source>
        <translation>the amount “{text}” is not a number in millions of kroner. Use a comma as the decimal mark: {fixed}.</translation>
    </message>
    <message>
        <source>beløpet «{text}» er ikke et tall i millioner kroner. Bruk punktum som desimaltegn: {fixed}.</source>
        <translation>the amount “{text}” is not a number in millions of kroner. Use a decimal point: {fixed}.</translation>
    </message>
    <message>
        <source>Avtaleprofilen {profile} har ingen programperiode (period_start og period_end), så det finnes ingen år å sette rammer for.</source>
        <translation>The agreement profile {profile} has no programme period (period_start and period_end), so there are no years to set frames for.</translation>
    </message>
    <message>
        <source>året {year} er utenfor programperioden {first}–{last}.</source>
        <translation>the year {year} is outside the programme period {first}–{last}.</translation>
    </message>
    <message>
        <source>ukjent finansieringskilde «{source}». {known}</source>
        <translation>unknown funding source “{source}”. {known}</translation>
    </message>
    <message>
        <source>ukjent part «{party}». {known}</source>
        <translation>unknown party “{party}”. {known}</translation>
    </message>
    <message>
        <source>Kjente kilder i {profile}: {known}.</source>
        <translation>Known sources in {profile}: {known}.</translation>
    </message>
    <message>
        <source>Kjente parter i {profile}: {known}. Tom part er hele programmets ramme.</source>
        <translation>Known parties in {profile}: {known}. An empty party is the whole programme&apos;s frame.</translation>
    </message>
    <message>
        <source>Rammen for {year}, {source}, hele programmet</source>
        <translation>The frame for {year}, {source}, whole programme</translation>
    </message>
    <message>
        <source>Rammen for {year}, {source}, {party}</source>
        <translation>The frame for {year}, {source}, {party}</translation>
    </message>
</context>
<context>
    <name>frames_dialog</name>
    <message>
        <source>Hele programmet</source>
        <translation>Whole programme</translation>
    </message>
    <message>
        <source>Rammer – {programme}</source>
        <translation>Frames – {programme}</translation>
    </message>
    <message>
        <source>Pengene {programme} har til rådighet per år og finansieringskilde, i millioner kroner. Velg en part når avtalen setter av en pott til en part eller kommune; «Hele programmet» er programmets egen ramme.</source>
        <translation>The money {programme} has available per year and funding source, in millions of kroner. Choose a party when the agreement sets a pot aside for a party or municipality; «Whole programme» is the programme&apos;s own frame.</translation>
    </message>
    <message>
        <source>Rammer</source>
        <translation>Frames</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Beløp (MNOK)</source>
        <translation>Amount (MNOK)</translation>
    </message>
    <message>
        <source>Problemer med rammene</source>
        <translation>Problems with the frames</translation>
    </message>
    <message>
        <source>&amp;Legg til linje</source>
        <translation>&amp;Add line</translation>
    </message>
    <message>
        <source>&amp;Fjern linje</source>
        <translation>&amp;Remove line</translation>
    </message>
    <message>
        <source>&amp;Importer …</source>
        <translation>&amp;Import …</translation>
    </message>
    <message>
        <source>&amp;Eksporter …</source>
        <translation>&amp;Export …</translation>
    </message>
    <message>
        <source>La&amp;gre</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Last inn på &amp;nytt</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>Bruk mine tall igjen</source>
        <translation>Use my figures again</translation>
    </message>
    <message>
        <source>Sett inn igjen rammene du ikke fikk lagret; «Lagre» lagrer dem over de nye.</source>
        <translation>Put back the frames you could not save; “Save” saves them over the new ones.</translation>
    </message>
    <message>
        <source>Kunne ikke lese rammene: {error}</source>
        <translation>Could not read the frames: {error}</translation>
    </message>
    <message>
        <source>Sist lagret av {who} {when} (versjon {version}).</source>
        <translation>Last saved by {who} {when} (version {version}).</translation>
    </message>
    <message>
        <source>ukjent</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Rammene er ikke lagt inn ennå.</source>
        <translation>The frames have not been entered yet.</translation>
    </message>
    <message>
        <source>Tallene dine som ikke ble lagret, er tatt vare på: «Bruk mine tall igjen» setter dem inn i tabellen.</source>
        <translation>Your figures that were not saved have been kept: “Use my figures again” puts them into the table.</translation>
    </message>
    <message>
        <source>Tallene dine står i tabellen igjen. «Lagre» lagrer dem i stedet for de som er lagret nå.</source>
        <translation>Your figures are back in the table. “Save” saves them instead of the ones saved now.</translation>
    </message>
    <message>
        <source>Beløp i millioner kroner</source>
        <translation>Amount in millions of kroner</translation>
    </message>
    <message>
        <source>Linje {line}: {error}</source>
        <translation>Line {line}: {error}</translation>
    </message>
    <message>
        <source>Importer rammer</source>
        <translation>Import frames</translation>
    </message>
    <message>
        <source>CSV-filer (*.csv);;Alle filer (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Kunne ikke lese «{file}»: {error}</source>
        <translation>Could not read «{file}»: {error}</translation>
    </message>
    <message>
        <source>«{file}» ble ikke importert. Rett disse linjene i filen og prøv igjen (linje 1 er overskriften):</source>
        <translation>«{file}» was not imported. Correct these lines in the file and try again (line 1 is the heading):</translation>
    </message>
    <message>
        <source>Importert 1 linje fra «{file}». Trykk «Lagre» for å ta den i bruk.</source>
        <translation>Imported 1 line from «{file}». Press «Save» to use it.</translation>
    </message>
    <message>
        <source>Importert {n} linjer fra «{file}». Trykk «Lagre» for å ta dem i bruk.</source>
        <translation>Imported {n} lines from «{file}». Press «Save» to use them.</translation>
    </message>
    <message>
        <source>Eksporter rammer</source>
        <translation>Export frames</translation>
    </message>
    <message>
        <source>CSV-filer (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Rammene kan ikke eksporteres før disse er rettet:</source>
        <translation>The frames cannot be exported until these are corrected:</translation>
    </message>
    <message>
        <source>Kunne ikke skrive «{file}»: {error}</source>
        <translation>Could not write «{file}»: {error}</translation>
    </message>
    <message>
        <source>Eksportert til «{file}».</source>
        <translation>Exported to «{file}».</translation>
    </message>
    <message>
        <source>Rammene er ikke lagret. Rett dette først:</source>
        <translation>The frames have not been saved. Correct this first:</translation>
    </message>
    <message>
        <source>{error}
Tallene i tabellen står her fortsatt. «Last inn på nytt» viser de lagrede, og «Bruk mine tall igjen» setter dine inn igjen etterpå.</source>
        <translation>{error}
The figures in the table are still here. “Reload” shows the saved ones, and “Use my figures again” puts yours back afterwards.</translation>
    </message>
    <message>
        <source>Rammene er ikke lagret: {error}</source>
        <translation>The frames have not been saved: {error}</translation>
    </message>
    <message>
        <source>Lagret (versjon {version}).</source>
        <translation>Saved (version {version}).</translation>
    </message>
    <message>
        <source>Rammene i tabellen er ikke lagret. Lukke uten å lagre?</source>
        <translation>The frames in the table have not been saved. Close without saving?</translation>
    </message>
</context>
<context>
    <name>funding</name>
    <message>
        <source>Bekreft at midlene er en ekstra innsats som ikke erstatter andre offentlige eller private bevilgninger.</source>
        <translation>Confirm that the funds are an additional effort that does not replace other public or private grants.</translation>
    </message>
    <message>
        <source>Vegeier må ha forpliktet seg til å drifte og vedlikeholde anlegget.</source>
        <translation>The road owner must have committed to operating and maintaining the facility.</translation>
    </message>
    <message>
        <source>Drift og vedlikehold finansieres ikke. Velg unntaket søknaden faller inn under ({exceptions}), eller ta driften ut.</source>
        <translation>Operation and maintenance are not funded. Choose the exception the application falls under ({exceptions}), or take operation out.</translation>
    </message>
    <message>
        <source>Drift og vedlikehold finansieres ikke. {programme} har ingen unntak; ta driften ut av søknaden.</source>
        <translation>Operation and maintenance are not funded. {programme} has no exceptions; take operation out of the application.</translation>
    </message>
    <message>
        <source>Beskriv merverdien for trafikanten: hvordan ombyggingen blir funksjonelt forskjellig fra det opprinnelige anlegget (f.eks. større bredde, rød asfalt, sykkelveg med fortau).</source>
        <translation>Describe the added value for road users: how the rebuilt facility will differ in function from the original one (e.g. greater width, red asphalt, a cycle path with a pavement).</translation>
    </message>
    <message>
        <source>Registreringer og planer for å avklare behov finansieres normalt ikke. Begrunn eller ta dem ut av søknaden.</source>
        <translation>Surveys and plans to clarify needs are normally not funded. Justify them or take them out of the application.</translation>
    </message>
    <message>
        <source>En prosjektpakke skal være knyttet til én kommune; arket har {count} ({municipalities}).</source>
        <translation>A project package must belong to one municipality; the sheet has {count} ({municipalities}).</translation>
    </message>
    <message>
        <source>En prosjektpakke skal ha én ansvarlig etat; «{agency}» er ikke én av etatene i {programme}.</source>
        <translation>A project package must have one responsible agency; “{agency}” is not one of the agencies in {programme}.</translation>
    </message>
    <message>
        <source>En sekkepost skal ha én ansvarlig etat; «{agency}» er ikke én av etatene i {programme}.</source>
        <translation>A pooled allocation must have one responsible agency; “{agency}” is not one of the agencies in {programme}.</translation>
    </message>
    <message>
        <source>Sekkeposten dekker {count} kommuner ({municipalities}), men bare sekkeposter der {agencies} er ansvarlig etat kan finansiere tiltak i flere kommuner. Del den opp per kommune, eller rett ansvarlig etat. «{quote}»</source>
        <translation>The pooled allocation covers {count} municipalities ({municipalities}), but only pooled allocations for which {agencies} is the responsible agency can fund measures in several municipalities. Split it by municipality, or correct the responsible agency. «{quote}»</translation>
    </message>
    <message>
        <source>Sekkeposten har {amount} MNOK i {year}; grensen er {cap} MNOK per sekkepost per år.</source>
        <translation>The pooled allocation has {amount} MNOK in {year}; the limit is {cap} MNOK per pooled allocation per year.</translation>
    </message>
    <message>
        <source>Legg inn finansiering per år og kilde (minst ett beløp over null).</source>
        <translation>Enter funding per year and source (at least one amount above zero).</translation>
    </message>
    <message>
        <source>{amount} MNOK i {year} fra «{source}»: det året kan bare «{only}» finansiere. Flytt beløpet til et annet år eller en annen kilde. «{quote}»</source>
        <translation>{amount} MNOK in {year} from “{source}”: that year, only “{only}” can fund. Move the amount to another year or another source. «{quote}»</translation>
    </message>
    <message>
        <source>Beløpet for {year} ligger utenfor {programme} ({start}–{end}).</source>
        <translation>The amount for {year} lies outside {programme} ({start}–{end}).</translation>
    </message>
</context>
<context>
    <name>goals</name>
    <message>
        <source>Målet «{goal}» finnes ikke i {programme}.</source>
        <translation>The goal “{goal}” does not exist in {programme}.</translation>
    </message>
    <message>
        <source>Målet «{goal}» har {score} poeng uten begrunnelse.</source>
        <translation>The goal “{goal}” is scored {score} without a justification.</translation>
    </message>
    <message>
        <source>Gi poeng (1–{max}) med begrunnelse for minst ett av programmets mål.</source>
        <translation>Score at least one of the programme&apos;s goals (1–{max}) with a justification.</translation>
    </message>
</context>
<context>
    <name>handover</name>
    <message>
        <source>oppgi --name med navnet på den nye eieren (som i sertifikatet).</source>
        <translation>give --name with the new owner&apos;s name (as in the certificate).</translation>
    </message>
    <message>
        <source>Prosjektarket {id} er overført fra {previous} (SHA-256 {from_fingerprint}) til {name} (SHA-256 {to_fingerprint}).</source>
        <translation>Project sheet {id} is handed over from {previous} (SHA-256 {from_fingerprint}) to {name} (SHA-256 {to_fingerprint}).</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Registrert av {who}.</source>
        <translation>Recorded by {who}.</translation>
    </message>
    <message>
        <source>Pakker fra den nye eieren tas nå imot; pakker fra den forrige avvises.</source>
        <translation>Packages from the new owner are now accepted; packages from the previous one are refused.</translation>
    </message>
    <message>
        <source>Fant ikke prosjektarket {id}, og ingen pakke for det er levert hit.</source>
        <translation>Project sheet {id} was not found, and no package for it has been delivered here.</translation>
    </message>
    <message>
        <source>Eier: ingen ennå. Den første gyldige pakken for arket gjør avsenderen til eier.</source>
        <translation>Owner: none yet. The first valid package for the sheet makes its sender the owner.</translation>
    </message>
    <message>
        <source>Eier: {name} (SHA-256 {fingerprint}), siden {since}.</source>
        <translation>Owner: {name} (SHA-256 {fingerprint}), since {since}.</translation>
    </message>
    <message>
        <source>Overføringer: ingen.</source>
        <translation>Handovers: none.</translation>
    </message>
    <message>
        <source>Overføringer:</source>
        <translation>Handovers:</translation>
    </message>
    <message>
        <source>{when}: fra SHA-256 {from_fingerprint} til {name} (SHA-256 {to_fingerprint}), av {who}.</source>
        <translation>{when}: from SHA-256 {from_fingerprint} to {name} (SHA-256 {to_fingerprint}), by {who}.</translation>
    </message>
    <message>
        <source>Begrunnelse: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <source>{name} (uten sertifikat)</source>
        <translation>{name} (no certificate)</translation>
    </message>
</context>
<context>
    <name>help_panel</name>
    <message>
        <source>Gå til et felt for å se hjelpeteksten for det.</source>
        <translation>Go to a field to see its help text.</translation>
    </message>
    <message>
        <source>Gå til et felt i skjemaet for å se hjelpeteksten og kilden for det.</source>
        <translation>Go to a field in the form to see its help text and source.</translation>
    </message>
    <message>
        <source>Kilde: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>{programme}: «{text}» Kilde: {document}.</source>
        <translation>{programme}: “{text}” Source: {document}.</translation>
    </message>
    <message>
        <source>Hjelp</source>
        <translation>Help</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Sakshistorikk for «{title}» ({id}), eldste først:</source>
        <translation>Case history of “{title}” ({id}), oldest first:</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Ingen hendelser er registrert.</source>
        <translation>No events are recorded.</translation>
    </message>
    <message>
        <source>Fant ikke prosjektarket {id} i den lokale databasen.</source>
        <translation>Project sheet {id} is not in the local database.</translation>
    </message>
    <message>
        <source>Viser saksstatusene med id-ene sine: {reason}</source>
        <translation>Showing the case states by their ids: {reason}</translation>
    </message>
</context>
<context>
    <name>history_view</name>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Hendelse</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Revisjon</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Saksstatus</source>
        <translation>Case state</translation>
    </message>
    <message>
        <source>Utført av</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Sakshistorikk</source>
        <translation>Case history</translation>
    </message>
    <message>
        <source>Alt som har skjedd med arket, nyeste først. Piltastene flytter mellom hendelsene; Ctrl+C kopierer de valgte.</source>
        <translation>Everything that has happened to the sheet, newest first. The arrow keys move between the events; Ctrl+C copies the selected ones.</translation>
    </message>
    <message>
        <source>Kunne ikke lese sakshistorikken: {error}</source>
        <translation>Could not read the case history: {error}</translation>
    </message>
    <message>
        <source>SHA-256-fingeravtrykk: {fingerprint}</source>
        <translation>SHA-256 fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>1 hendelse, nyeste først. Ctrl+C kopierer de valgte radene.</source>
        <translation>1 event, newest first. Ctrl+C copies the selected rows.</translation>
    </message>
    <message>
        <source>{count} hendelser, nyeste først. Ctrl+C kopierer de valgte radene.</source>
        <translation>{count} events, newest first. Ctrl+C copies the selected rows.</translation>
    </message>
    <message>
        <source>Ingen hendelser er registrert for dette arket ennå.</source>
        <translation>No events have been recorded for this sheet yet.</translation>
    </message>
    <message>
        <source>Sakshistorikk – {title}</source>
        <translation>Case history – {title}</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>&amp;Kopier</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Kopier de valgte hendelsene (alle når ingen er valgt)</source>
        <translation>Copy the selected events (all when none is selected)</translation>
    </message>
    <message>
        <source>&amp;Oppdater</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Les sakshistorikken på nytt</source>
        <translation>Read the case history again</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>identity</name>
    <message>
        <source>Miljøvariabelen {var} er ikke satt eller er tom; den skal holde passordet.</source>
        <translation>The environment variable {var} is not set or is empty; it should hold the passphrase.</translation>
    </message>
    <message>
        <source>Det finnes allerede en identitet i {folder}. Flytt eller slett {file} først; ellers mister du nøkkelen din.</source>
        <translation>There is already an identity in {folder}. Move or delete {file} first; otherwise you lose your key.</translation>
    </message>
    <message>
        <source>Navn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>E-post:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Organisasjon:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Gyldig:</source>
        <translation>Valid:</translation>
    </message>
    <message>
        <source>Ny identitet lagret i {path}</source>
        <translation>New identity saved in {path}</translation>
    </message>
    <message>
        <source>Fant ikke filen {path}.</source>
        <translation>The file {path} was not found.</translation>
    </message>
    <message>
        <source>Identitet importert til {path}</source>
        <translation>Identity imported to {path}</translation>
    </message>
    <message>
        <source>1 sertifikat</source>
        <translation>1 certificate</translation>
    </message>
    <message>
        <source>{n} sertifikater</source>
        <translation>{n} certificates</translation>
    </message>
    <message>
        <source>Kjede:</source>
        <translation>Chain:</translation>
    </message>
    <message>
        <source>Kunne ikke skrive {path}: {reason}</source>
        <translation>Could not write {path}: {reason}</translation>
    </message>
    <message>
        <source>Sertifikatet (PEM) er skrevet til {path}</source>
        <translation>The certificate (PEM) is written to {path}</translation>
    </message>
    <message>
        <source>Kunne ikke lagre identiteten i {path}: {reason}</source>
        <translation>Could not save the identity in {path}: {reason}</translation>
    </message>
    <message>
        <source>Navn må fylles ut.</source>
        <translation>Name must be filled in.</translation>
    </message>
    <message>
        <source>Oppgi en gyldig e-postadresse.</source>
        <translation>Give a valid e-mail address.</translation>
    </message>
    <message>
        <source>Feil passord, eller filen er ikke en gyldig PKCS#12-fil: {path}</source>
        <translation>Wrong passphrase, or the file is not a valid PKCS#12 file: {path}</translation>
    </message>
    <message>
        <source>Kunne ikke lese PKCS#12-filen {path}: {reason}</source>
        <translation>Could not read the PKCS#12 file {path}: {reason}</translation>
    </message>
    <message>
        <source>PKCS#12-filen {path} mangler privat nøkkel eller sertifikat.</source>
        <translation>The PKCS#12 file {path} lacks a private key or a certificate.</translation>
    </message>
    <message>
        <source>Nøkkeltypen støttes ikke (bare EC og RSA).</source>
        <translation>The key type is not supported (only EC and RSA).</translation>
    </message>
    <message>
        <source>Nøkkelen er en RSA-PSS-nøkkel, som ikke støttes. Be om et sertifikat med EC-nøkkel eller vanlig RSA-nøkkel.</source>
        <translation>The key is an RSA-PSS key, which is not supported. Ask for a certificate with an EC key or a plain RSA key.</translation>
    </message>
    <message>
        <source>Sertifikatet i PKCS#12-filen hører ikke til den private nøkkelen.</source>
        <translation>The certificate in the PKCS#12 file does not belong to the private key.</translation>
    </message>
    <message>
        <source>Fant ingen identitet i {path}.</source>
        <translation>No identity found in {path}.</translation>
    </message>
    <message>
        <source>Kunne ikke lese {path}: {reason}</source>
        <translation>Could not read {path}: {reason}</translation>
    </message>
    <message>
        <source>Passordet til filen er ikke godt nok til å beskytte nøkkelen på denne maskinen. {hint} Velg et nytt passord for identiteten. {advice}</source>
        <translation>The file&apos;s passphrase is not good enough to protect the key on this computer. {hint} Choose a new passphrase for the identity. {advice}</translation>
    </message>
    <message>
        <source>Identiteten er ikke lagret ennå, så passordet kan ikke byttes.</source>
        <translation>The identity is not saved yet, so its passphrase cannot be changed.</translation>
    </message>
    <message>
        <source>Du har ingen signeringsidentitet ennå. Lag en med «prosjektark identity new».</source>
        <translation>You have no signing identity yet. Make one with “prosjektark identity new”.</translation>
    </message>
    <message>
        <source>Kunne ikke lese sertifikatet i {path}.</source>
        <translation>Could not read the certificate in {path}.</translation>
    </message>
</context>
<context>
    <name>identity_wizard</name>
    <message>
        <source>Passordet er det eneste som står mellom en kopi av identitetsfilen (fra en stjålet PC eller en sikkerhetskopi) og en signatur i ditt navn. Den som har filen, kan prøve millioner av passord uten at noen merker det. Bruk minst 12 tegn, helst fire eller flere vanlige ord som ikke hører sammen. Unngå kjente passord, navnet ditt og årstall. Glemmer du passordet, må du lage en ny identitet.</source>
        <translation>The passphrase is the only thing between a copy of the identity file (from a stolen PC or a backup) and a signature in your name. Whoever has the file can try millions of passphrases without anyone noticing. Use at least 12 characters, preferably four or more ordinary words that do not belong together. Avoid well-known passwords, your name and years. If you forget the passphrase, you must make a new identity.</translation>
    </message>
    <message>
        <source>Eksporter sertifikat</source>
        <translation>Export certificate</translation>
    </message>
    <message>
        <source>Sertifikat (*.pem)</source>
        <translation>Certificate (*.pem)</translation>
    </message>
    <message>
        <source>Kunne ikke eksportere</source>
        <translation>Could not export</translation>
    </message>
    <message>
        <source>Kunne ikke skrive {path}: {error}</source>
        <translation>Could not write {path}: {error}</translation>
    </message>
    <message>
        <source>SHA-256-fingeravtrykk</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
        <source>Navn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>E-post:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Organisasjon:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Gyldig:</source>
        <translation>Valid:</translation>
    </message>
    <message>
        <source>Kopier fingeravtrykk</source>
        <translation>Copy fingerprint</translation>
    </message>
    <message>
        <source>Eksporter sertifikat (PEM) …</source>
        <translation>Export certificate (PEM) …</translation>
    </message>
    <message>
        <source>Signeringsidentitet</source>
        <translation>Signing identity</translation>
    </message>
    <message>
        <source>For å signere prosjektark trenger du en personlig identitet: en nøkkel som bare du har, og et sertifikat som viser hvem du er.</source>
        <translation>To sign project sheets you need a personal identity: a key that only you have, and a certificate that shows who you are.</translation>
    </message>
    <message>
        <source>Lag en ny identitet (anbefalt)</source>
        <translation>Make a new identity (recommended)</translation>
    </message>
    <message>
        <source>Importer identitet fra organisasjonen (PKCS#12-fil, .p12/.pfx)</source>
        <translation>Import an identity from your organisation (PKCS#12 file, .p12/.pfx)</translation>
    </message>
    <message>
        <source>Identiteten lagres kryptert på denne maskinen og beskyttes av et passord du velger. Sekretariatet trenger sertifikatet ditt (ikke passordet) for å kunne stole på pakkene du sender.</source>
        <translation>The identity is stored encrypted on this machine and protected by a passphrase you choose. The secretariat needs your certificate (not the passphrase) to be able to trust the packages you send.</translation>
    </message>
    <message>
        <source>Du har allerede en identitet. Lager eller importerer du en ny, erstattes den gamle, og pakker signert med den må sekretariatet fortsatt godta med det gamle sertifikatet.</source>
        <translation>You already have an identity. If you make or import a new one, the old one is replaced, and the secretariat must still accept packages signed with it using the old certificate.</translation>
    </message>
    <message>
        <source>Ja, erstatt den eksisterende identiteten</source>
        <translation>Yes, replace the existing identity</translation>
    </message>
    <message>
        <source>&amp;Passord:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Gjenta passord:</source>
        <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <source>Passordene er ikke like.</source>
        <translation>The passphrases do not match.</translation>
    </message>
    <message>
        <source>Skriv det en gang til i feltet under.</source>
        <translation>Type it once more in the field below.</translation>
    </message>
    <message>
        <source>Ny identitet</source>
        <translation>New identity</translation>
    </message>
    <message>
        <source>Navn, e-post og organisasjon står i sertifikatet og vises i signaturen på PDF-en.</source>
        <translation>Name, email and organisation are in the certificate and shown in the signature on the PDF.</translation>
    </message>
    <message>
        <source>Fornavn Etternavn</source>
        <translation>First name Last name</translation>
    </message>
    <message>
        <source>navn@kommune.no</source>
        <translation>name@organisation.no</translation>
    </message>
    <message>
        <source>For eksempel Trondheim kommune</source>
        <translation>For example Trondheim kommune</translation>
    </message>
    <message>
        <source>N&amp;avn:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>&amp;E-post:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Organisasjon:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Navn og e-post er hentet fra kontaktpersonen i arket «{title}». Rett dem hvis sertifikatet skal stå på en annen.</source>
        <translation>Name and email were taken from the contact person in the sheet «{title}». Correct them if the certificate is to be in someone else&apos;s name.</translation>
    </message>
    <message>
        <source>Navn og e-post er hentet fra kontaktpersonen i arket. Rett dem hvis sertifikatet skal stå på en annen.</source>
        <translation>Name and email were taken from the contact person in the sheet. Correct them if the certificate is to be in someone else&apos;s name.</translation>
    </message>
    <message>
        <source>Navn er hentet fra kontaktpersonen i arket «{title}». Rett dem hvis sertifikatet skal stå på en annen.</source>
        <translation>The name was taken from the contact person in the sheet «{title}». Correct it if the certificate is to be in someone else&apos;s name.</translation>
    </message>
    <message>
        <source>Navn er hentet fra kontaktpersonen i arket. Rett dem hvis sertifikatet skal stå på en annen.</source>
        <translation>The name was taken from the contact person in the sheet. Correct it if the certificate is to be in someone else&apos;s name.</translation>
    </message>
    <message>
        <source>E-post er hentet fra kontaktpersonen i arket «{title}». Rett dem hvis sertifikatet skal stå på en annen.</source>
        <translation>The email was taken from the contact person in the sheet «{title}». Correct it if the certificate is to be in someone else&apos;s name.</translation>
    </message>
    <message>
        <source>E-post er hentet fra kontaktpersonen i arket. Rett dem hvis sertifikatet skal stå på en annen.</source>
        <translation>The email was taken from the contact person in the sheet. Correct it if the certificate is to be in someone else&apos;s name.</translation>
    </message>
    <message>
        <source>Importer identitet</source>
        <translation>Import identity</translation>
    </message>
    <message>
        <source>Velg PKCS#12-filen (.p12 eller .pfx) du har fått fra organisasjonen, og skriv passordet til den. Du kan gi identiteten et nytt passord her.</source>
        <translation>Choose the PKCS#12 file (.p12 or .pfx) you received from your organisation, and type its passphrase. You can give the identity a new passphrase here.</translation>
    </message>
    <message>
        <source>Velg fil …</source>
        <translation>Choose file …</translation>
    </message>
    <message>
        <source>Passord til filen</source>
        <translation>Passphrase of the file</translation>
    </message>
    <message>
        <source>&amp;Fil:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Passord til filen:</source>
        <translation>&amp;Passphrase of the file:</translation>
    </message>
    <message>
        <source>&amp;Velg et nytt passord for identiteten på denne maskinen</source>
        <translation>&amp;Choose a new passphrase for the identity on this machine</translation>
    </message>
    <message>
        <source>N&amp;ytt passord:</source>
        <translation>N&amp;ew passphrase:</translation>
    </message>
    <message>
        <source>&amp;Gjenta nytt passord:</source>
        <translation>&amp;Repeat new passphrase:</translation>
    </message>
    <message>
        <source>Velg PKCS#12-fil</source>
        <translation>Choose PKCS#12 file</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx);;Alle filer (*)</source>
        <translation>PKCS#12 (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <source>Identiteten er klar</source>
        <translation>The identity is ready</translation>
    </message>
    <message>
        <source>Send sertifikatet til sekretariatet, så kan de kontrollere at pakkene kommer fra deg. Sammenlign gjerne fingeravtrykket med dem på telefon.</source>
        <translation>Send the certificate to the secretariat so that they can check that the packages come from you. Feel free to compare the fingerprint with them by phone.</translation>
    </message>
    <message>
        <source>Sertifikatet er lagret i {path}</source>
        <translation>The certificate has been saved in {path}</translation>
    </message>
    <message>
        <source>Signeringsidentitet – Prosjektark</source>
        <translation>Signing identity – Prosjektark</translation>
    </message>
    <message>
        <source>&amp;Neste &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Tilbake</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Ferdig</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Min identitet – Prosjektark</source>
        <translation>My identity – Prosjektark</translation>
    </message>
    <message>
        <source>Bytt passord …</source>
        <translation>Change passphrase …</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Du har ingen signeringsidentitet ennå. Lag en for å kunne signere prosjektark.</source>
        <translation>You have no signing identity yet. Make one to be able to sign project sheets.</translation>
    </message>
    <message>
        <source>Lag identitet …</source>
        <translation>Make identity …</translation>
    </message>
    <message>
        <source>Dette er sertifikatet pakkene dine signeres med. Send det til sekretariatet («Eksporter sertifikat») og oppgi fingeravtrykket hvis de spør.</source>
        <translation>This is the certificate your packages are signed with. Send it to the secretariat («Export certificate») and give them the fingerprint if they ask.</translation>
    </message>
    <message>
        <source>Ny eller importert identitet …</source>
        <translation>New or imported identity …</translation>
    </message>
    <message>
        <source>Skriv passordet identiteten har nå.</source>
        <translation>Type the identity&apos;s current passphrase.</translation>
    </message>
    <message>
        <source>Lås opp</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Bytt passord – Prosjektark</source>
        <translation>Change passphrase – Prosjektark</translation>
    </message>
</context>
<context>
    <name>importer</name>
    <message>
        <source>oppgi --trust med sertifikatet (PEM) til avsenderen, eller en mappe med sertifikatene du stoler på. Uten tillitsliste importeres ingenting.</source>
        <translation>give --trust with the sender&apos;s certificate (PEM), or a folder of the certificates you trust. Without a trust list nothing is imported.</translation>
    </message>
    <message>
        <source>{file}: hoppet over – filen er ikke komplett (den kopieres fortsatt, eller er skadet) og importeres ikke nå.</source>
        <translation>{file}: skipped – the file is not complete (it is still being copied, or is damaged) and is not imported now.</translation>
    </message>
    <message>
        <source>Ingen pakker (.asice) i {path}.</source>
        <translation>No packages (.asice) in {path}.</translation>
    </message>
</context>
<context>
    <name>index_adjustment</name>
    <message>
        <source>Legg inn året under Verktøy → Prisindeks …, eller velg et annet år.</source>
        <translation>Add the year under Tools → Price index …, or choose another year.</translation>
    </message>
    <message>
        <source>Har du et beløp i et annet års kroner, regner du det om til programmets prisnivå med prisindeksen i avtaleprofilen: beløp × indeks(programmets år) / indeks(beløpets år). Tabellen kan du rette under Verktøy → Prisindeks …. «Bruk som forventet kostnad» setter forventet kostnad og prisnivå, og tar vare på det opprinnelige beløpet.</source>
        <translation>If you have an amount in another year’s kroner, convert it to the programme’s price level with the price index in the agreement profile: amount × index(programme year) / index(amount’s year). You can correct the table under Tools → Price index …. “Use as expected cost” sets the expected cost and the price level, and keeps the original amount.</translation>
    </message>
    <message>
        <source>Omregn fra annet kroneår</source>
        <translation>Convert from another price year</translation>
    </message>
    <message>
        <source>Samme kroneår som programmet: ingen omregning.</source>
        <translation>Same price year as the programme: no conversion.</translation>
    </message>
    <message>
        <source>{amount} × {to_index} (indeks {to_year}) / {from_index} (indeks {from_year}) = {result} MNOK</source>
        <translation>{amount} × {to_index} (index {to_year}) / {from_index} (index {from_year}) = {result} MNOK</translation>
    </message>
    <message>
        <source>{programme} har ennå ikke fastsatt et prisnivå (kroneår).</source>
        <translation>{programme} has not set a price level (price year) yet.</translation>
    </message>
    <message>
        <source>Prisindeksen har ikke tall for {year}.</source>
        <translation>The price index has no figure for {year}.</translation>
    </message>
    <message>
        <source>Prisindeksen har ikke tall for {first} og {second}.</source>
        <translation>The price index has no figures for {first} and {second}.</translation>
    </message>
    <message>
        <source>f.eks. 12,5</source>
        <translation>e.g. 12.5</translation>
    </message>
    <message>
        <source>Beløp i annet kroneår</source>
        <translation>Amount in another price year</translation>
    </message>
    <message>
        <source>Kroneår for beløpet</source>
        <translation>Price year of the amount</translation>
    </message>
    <message>
        <source>&amp;Beløp</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <source>i kr&amp;oneår</source>
        <translation>in price &amp;year</translation>
    </message>
    <message>
        <source>Bruk som forventet kostnad</source>
        <translation>Use as expected cost</translation>
    </message>
    <message>
        <source>Setter forventet kostnad til det omregnede beløpet og prisnivået til programmets kroneår. Det opprinnelige beløpet og året tas vare på.</source>
        <translation>Sets the expected cost to the converted amount and the price level to the programme’s price year. The original amount and year are kept.</translation>
    </message>
    <message>
        <source>Har du et beløp i et annet års kroner? Regn det om til programmets prisnivå ({year}-kroner) med prisindeksen i avtaleprofilen.</source>
        <translation>Do you have an amount in another year’s kroner? Convert it to the programme’s price level ({year} kroner) with the price index in the agreement profile.</translation>
    </message>
    <message>
        <source>{programme} har ennå ikke fastsatt et prisnivå (kroneår), så beløp kan ikke regnes om ennå.</source>
        <translation>{programme} has not set a price level (price year) yet, so amounts cannot be converted yet.</translation>
    </message>
    <message>
        <source>Velg hvilket år beløpet er i kroner for.</source>
        <translation>Choose the year whose kroner the amount is in.</translation>
    </message>
    <message>
        <source>{amount} MNOK i {from_year}-kroner = {result} MNOK i {to_year}-kroner</source>
        <translation>{amount} MNOK in {from_year} kroner = {result} MNOK in {to_year} kroner</translation>
    </message>
    <message>
        <source>Lagret i arket: forventet kostnad er regnet om fra {amount} MNOK i {year}-kroner.</source>
        <translation>Saved in the sheet: the expected cost is converted from {amount} MNOK in {year} kroner.</translation>
    </message>
</context>
<context>
    <name>inputs</name>
    <message>
        <source>lav</source>
        <translation>low</translation>
    </message>
    <message>
        <source>mest sannsynlig</source>
        <translation>most likely</translation>
    </message>
    <message>
        <source>høy</source>
        <translation>high</translation>
    </message>
    <message>
        <source>«{text}» er ikke en gyldig dato: datoen finnes ikke. Skriv en dato som dd.mm.åååå.</source>
        <translation>“{text}” is not a valid date: the date does not exist. Enter a date as dd.mm.yyyy.</translation>
    </message>
    <message>
        <source>«{text}» er ikke lagret som dato. Skriv datoen på nytt.</source>
        <translation>“{text}” has not been saved as a date. Enter the date again.</translation>
    </message>
    <message>
        <source>«{text}» er ikke en dato. Skriv datoen som dd.mm.åååå, for eksempel 01.06.2026.</source>
        <translation>“{text}” is not a date. Enter the date as dd.mm.yyyy, for example 01.06.2026.</translation>
    </message>
    <message>
        <source>«{text}» har for mange desimaler: bruk høyst {places}.</source>
        <translation>“{text}” has too many decimals: use at most {places}.</translation>
    </message>
    <message>
        <source>«{text}» er ikke et heltall.</source>
        <translation>“{text}” is not a whole number.</translation>
    </message>
    <message>
        <source>«{text}» er for stort: høyst {limit}.</source>
        <translation>“{text}” is too large: at most {limit}.</translation>
    </message>
    <message>
        <source>«{text}» er for lite: minst {limit}.</source>
        <translation>“{text}” is too small: at least {limit}.</translation>
    </message>
    <message>
        <source>«{text}» er ikke et gyldig tall for feltet.</source>
        <translation>“{text}” is not a valid number for the field.</translation>
    </message>
    <message>
        <source>«{text}» er ikke lagret som tall. Skriv tallet på nytt.</source>
        <translation>“{text}” has not been saved as a number. Enter the number again.</translation>
    </message>
    <message>
        <source>«{text}» er ikke et tall. Skriv et heltall, for eksempel 2027.</source>
        <translation>“{text}” is not a number. Enter a whole number, for example 2027.</translation>
    </message>
    <message>
        <source>«{text}» er ikke et tall. Skriv et tall, for eksempel 12,5.</source>
        <translation>“{text}” is not a number. Enter a number, for example 12.5.</translation>
    </message>
    <message>
        <source>«{text}» er ikke et endelig tall. Skriv et heltall, for eksempel 2027.</source>
        <translation>“{text}” is not a finite number. Enter a whole number, for example 2027.</translation>
    </message>
    <message>
        <source>«{text}» er ikke et endelig tall. Skriv et tall, for eksempel 12,5.</source>
        <translation>“{text}” is not a finite number. Enter a number, for example 12.5.</translation>
    </message>
    <message>
        <source>«{text}» er et negativt beløp. Beløp kan ikke være negative.</source>
        <translation>“{text}” is a negative amount. Amounts cannot be negative.</translation>
    </message>
    <message>
        <source>«{text}»</source>
        <translation>“{text}”</translation>
    </message>
    <message>
        <source>{amount} MNOK er over grensen for et troverdig prosjekt, {limit} MNOK ({programme}s grense i avtaleprofilen). Beløp skrives i millioner kroner: sjekk at det ikke er skrevet i kroner eller tusen kroner.</source>
        <translation>{amount} MNOK is above the limit for a plausible project, {limit} MNOK ({programme}&apos;s limit in the agreement profile). Amounts are entered in millions of kroner: check that it has not been entered in kroner or thousands of kroner.</translation>
    </message>
    <message>
        <source>«{text}» kan ikke brukes i feltet {path}.</source>
        <translation>“{text}” cannot be used in the field {path}.</translation>
    </message>
    <message>
        <source>Finansiering {year}, {source}</source>
        <translation>Funding {year}, {source}</translation>
    </message>
    <message>
        <source>Kostnadspost {number}, {value}</source>
        <translation>Cost item {number}, {value}</translation>
    </message>
    <message>
        <source>Milepæl {number}, dato</source>
        <translation>Milestone {number}, date</translation>
    </message>
    <message>
        <source>Behandling {number}, dato</source>
        <translation>Consideration {number}, date</translation>
    </message>
    <message>
        <source>Opprinnelig beløp</source>
        <translation>Original amount</translation>
    </message>
    <message>
        <source>«{email}» er ikke en gyldig e-postadresse. Skriv den som navn@domene.no.</source>
        <translation>“{email}” is not a valid e-mail address. Enter it as name@domain.no.</translation>
    </message>
    <message>
        <source>{field}: {amount} MNOK er et negativt beløp. Beløp kan ikke være negative.</source>
        <translation>{field}: {amount} MNOK is a negative amount. Amounts cannot be negative.</translation>
    </message>
</context>
<context>
    <name>intake</name>
    <message>
        <source>Importert</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Oppdatert</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Uendret</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Avvist</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>1 pakke</source>
        <translation>1 package</translation>
    </message>
    <message>
        <source>{n} pakker</source>
        <translation>{n} packages</translation>
    </message>
    <message>
        <source>{packages}: {imported} importert, {updated} oppdatert, {unchanged} uendret, {refused} avvist.</source>
        <translation>{packages}: {imported} imported, {updated} updated, {unchanged} unchanged, {refused} refused.</translation>
    </message>
    <message>
        <source>Pakken kunne ikke behandles på grunn av en programfeil og er ikke importert.</source>
        <translation>The package could not be handled because of a program error and has not been imported.</translation>
    </message>
    <message>
        <source>Fant ikke filen.</source>
        <translation>The file was not found.</translation>
    </message>
    <message>
        <source>Fant ikke {path}.</source>
        <translation>{path} was not found.</translation>
    </message>
    <message>
        <source>Kan ikke leses; ingenting er importert.</source>
        <translation>Cannot be read; nothing has been imported.</translation>
    </message>
    <message>
        <source>Pakken besto ikke kontrollen og er ikke importert.</source>
        <translation>The package failed the check and has not been imported.</translation>
    </message>
    <message>
        <source>Pakken er gyldig signert, men prosjektark.json er ikke et prosjektark denne versjonen av programmet kan lese.</source>
        <translation>The package is validly signed, but prosjektark.json is not a project sheet this version of the program can read.</translation>
    </message>
    <message>
        <source>Pakkefilen ble endret mens den ble importert; den er ikke importert.</source>
        <translation>The package file was changed while it was being imported; it has not been imported.</translation>
    </message>
    <message>
        <source>Pakken er gyldig, men kunne ikke lagres i databasen.</source>
        <translation>The package is valid, but could not be saved in the database.</translation>
    </message>
    <message>
        <source>Pakken er gyldig signert, men {answers} (svarene på merknadene) kan ikke leses. Ingenting er importert.</source>
        <translation>The package is validly signed, but {answers} (the answers to the remarks) cannot be read. Nothing has been imported.</translation>
    </message>
    <message>
        <source>Arket ligger i papirkurven.</source>
        <translation>The sheet is in the bin.</translation>
    </message>
    <message>
        <source>«{title}»: du har allerede revisjon {stored}, som er nyere enn pakkens revisjon {package}. Ingenting er endret.</source>
        <translation>«{title}»: you already have revision {stored}, which is newer than the package&apos;s revision {package}. Nothing has been changed.</translation>
    </message>
    <message>
        <source>«{title}» revisjon {stored} er allerede importert.</source>
        <translation>«{title}» revision {stored} has already been imported.</translation>
    </message>
    <message>
        <source>«{title}»: revisjon {stored} finnes allerede med et annet innhold enn i pakken. Ingenting er endret; be avsenderen lagre en ny versjon og sende pakken på nytt.</source>
        <translation>«{title}»: revision {stored} already exists with content different from the package&apos;s. Nothing has been changed; ask the sender to save a new version and send the package again.</translation>
    </message>
    <message>
        <source>«{title}» revisjon {revision} lagt inn, signert av {signer} ({errors}, {warnings}).</source>
        <translation>«{title}» revision {revision} added, signed by {signer} ({errors}, {warnings}).</translation>
    </message>
    <message>
        <source>«{title}» revisjon {revision} oppdatert fra revisjon {stored}, signert av {signer} ({errors}, {warnings}).</source>
        <translation>«{title}» revision {revision} updated from revision {stored}, signed by {signer} ({errors}, {warnings}).</translation>
    </message>
    <message>
        <source>1 feil</source>
        <translation>1 error</translation>
    </message>
    <message>
        <source>{n} feil</source>
        <translation>{n} errors</translation>
    </message>
    <message>
        <source>1 advarsel</source>
        <translation>1 warning</translation>
    </message>
    <message>
        <source>{n} advarsler</source>
        <translation>{n} warnings</translation>
    </message>
    <message>
        <source>Vedlegg som mangler i pakken: {names}.</source>
        <translation>Attachments missing from the package: {names}.</translation>
    </message>
    <message>
        <source>Tok imot 1 svar på merknader.</source>
        <translation>Received 1 answer to remarks.</translation>
    </message>
    <message>
        <source>Tok imot {n} svar på merknader.</source>
        <translation>Received {n} answers to remarks.</translation>
    </message>
    <message>
        <source>«{title}» tilhører en annen avsender, {owner}. Ingenting er endret.</source>
        <translation>«{title}» belongs to another sender, {owner}. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Arket tilhører {owner} (SHA-256 {fingerprint}), som leverte det hit først eller har fått det overført.</source>
        <translation>The sheet belongs to {owner} (SHA-256 {fingerprint}), who delivered it here first or has had it handed over.</translation>
    </message>
    <message>
        <source>Pakken er signert av {sender} (SHA-256 {fingerprint}).</source>
        <translation>The package is signed by {sender} (SHA-256 {fingerprint}).</translation>
    </message>
    <message>
        <source>Skal {sender} overta arket, kan sekretariatet overføre det med «{command}» eller med «Overfør arket …» i importvinduet, og så importere pakken på nytt.</source>
        <translation>If {sender} is to take over the sheet, the secretariat can hand it over with «{command}» or with «Overfør arket …» in the import window, and then import the package again.</translation>
    </message>
    <message>
        <source>Vedlegget «{name}» ble skadet under lagring.</source>
        <translation>The attachment «{name}» was damaged while being saved.</translation>
    </message>
</context>
<context>
    <name>intake_dialogs</name>
    <message>
        <source>Signerte pakker (*.asice);;Alle filer (*)</source>
        <translation>Signed packages (*.asice);;All files (*)</translation>
    </message>
    <message>
        <source>Sertifikater og fingeravtrykk (*.pem *.crt *.cer *.sha256 *.txt);;Alle filer (*)</source>
        <translation>Certificates and fingerprints (*.pem *.crt *.cer *.sha256 *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>{n} importert</source>
        <translation>{n} imported</translation>
    </message>
    <message>
        <source>{n} oppdatert</source>
        <translation>{n} updated</translation>
    </message>
    <message>
        <source>{n} uendret</source>
        <translation>{n} unchanged</translation>
    </message>
    <message>
        <source>{n} avvist</source>
        <translation>{n} rejected</translation>
    </message>
    <message>
        <source>ingen pakker behandlet</source>
        <translation>no packages handled</translation>
    </message>
    <message>
        <source>Resultat: {result}.</source>
        <translation>Result: {result}.</translation>
    </message>
    <message>
        <source>Importen ble avbrutt; 1 pakke ble ikke behandlet. Det som var importert før det, er beholdt.</source>
        <translation>The import was cancelled; 1 package was not handled. What had been imported before that has been kept.</translation>
    </message>
    <message>
        <source>Importen ble avbrutt; {n} pakker ble ikke behandlet. Det som var importert før det, er beholdt.</source>
        <translation>The import was cancelled; {n} packages were not handled. What had been imported before that has been kept.</translation>
    </message>
    <message>
        <source>Avviste pakker er ikke lagret; velg en rad for å se hvorfor.</source>
        <translation>Rejected packages have not been saved; choose a row to see why.</translation>
    </message>
    <message>
        <source>Et ark som tilhører en annen avsender, kan du overføre med «Overfør arket …» når raden er valgt.</source>
        <translation>A sheet that belongs to another sender can be transferred with «Transfer the sheet …» when the row is chosen.</translation>
    </message>
    <message>
        <source>Kontrollerer og importerer {file} …</source>
        <translation>Checking and importing {file} …</translation>
    </message>
    <message>
        <source>Pakken kunne ikke behandles på grunn av en programfeil og er ikke importert.</source>
        <translation>The package could not be handled because of a program error and has not been imported.</translation>
    </message>
    <message>
        <source>Importerer pakker – Prosjektark</source>
        <translation>Importing packages – Prosjektark</translation>
    </message>
    <message>
        <source>Forbereder import …</source>
        <translation>Preparing the import …</translation>
    </message>
    <message>
        <source>Avbryter etter pakken som importeres nå …</source>
        <translation>Cancelling after the package being imported now …</translation>
    </message>
    <message>
        <source>Importer pakker – Prosjektark</source>
        <translation>Import packages – Prosjektark</translation>
    </message>
    <message>
        <source>Velg signerte pakker (.asice) fra arbeidsgruppene og sertifikatene til avsenderne du stoler på. Hver pakke kontrolleres før noe lagres: en pakke som ikke består kontrollen, blir ikke lagt inn. En eldre eller lik revisjon overskriver aldri det du har.</source>
        <translation>Choose signed packages (.asice) from the working groups and the certificates of the senders you trust. Each package is checked before anything is saved: a package that fails the check is not added. An older or equal revision never overwrites what you have.</translation>
    </message>
    <message>
        <source>Legg til pakker …</source>
        <translation>Add packages …</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Sertifikat (.pem), fingeravtrykk (.sha256) eller mappe</source>
        <translation>Certificate (.pem), fingerprints (.sha256) or folder</translation>
    </message>
    <message>
        <source>Fil …</source>
        <translation>File …</translation>
    </message>
    <message>
        <source>Mappe …</source>
        <translation>Folder …</translation>
    </message>
    <message>
        <source>&amp;Pakker:</source>
        <translation>&amp;Packages:</translation>
    </message>
    <message>
        <source>&amp;Stol på:</source>
        <translation>&amp;Trust:</translation>
    </message>
    <message>
        <source>Pakke</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Prosjektark</source>
        <translation>Project sheet</translation>
    </message>
    <message>
        <source>&amp;Overfør arket …</source>
        <translation>Tr&amp;ansfer the sheet …</translation>
    </message>
    <message>
        <source>Gi arket til avsenderen av den valgte pakken, og importer pakken på nytt</source>
        <translation>Give the sheet to the sender of the chosen package, and import the package again</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Velg pakker</source>
        <translation>Choose packages</translation>
    </message>
    <message>
        <source>Velg sertifikat</source>
        <translation>Choose certificate</translation>
    </message>
    <message>
        <source>Velg mappe med sertifikater</source>
        <translation>Choose a folder of certificates</translation>
    </message>
    <message>
        <source>Tillitslisten kan ikke brukes: {error}</source>
        <translation>The trust list cannot be used: {error}</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>{title} (rev. {revision})</source>
        <translation>{title} (rev. {revision})</translation>
    </message>
    <message>
        <source>– Ikke behandlet</source>
        <translation>– Not handled</translation>
    </message>
    <message>
        <source>Importen ble avbrutt.</source>
        <translation>The import was cancelled.</translation>
    </message>
    <message>
        <source>Importen ble avbrutt før denne pakken.</source>
        <translation>The import was cancelled before this package.</translation>
    </message>
    <message>
        <source>Overfør arket</source>
        <translation>Transfer the sheet</translation>
    </message>
    <message>
        <source>Arket ble ikke overført.</source>
        <translation>The sheet was not transferred.</translation>
    </message>
    <message>
        <source>Overfør arket – Prosjektark</source>
        <translation>Transfer the sheet – Prosjektark</translation>
    </message>
    <message>
        <source>«{title}» tilhører &lt;b&gt;{owner}&lt;/b&gt; (SHA-256 {owner_fingerprint}).&lt;br&gt;Pakken {package} er signert av &lt;b&gt;{sender}&lt;/b&gt; (SHA-256 {sender_fingerprint}).&lt;br&gt;&lt;br&gt;Vil du overføre arket til {sender}? Overføringen registreres med ditt navn, tidspunktet og begrunnelsen, og kan ikke endres eller slettes. Etterpå tas pakker fra {sender} imot, pakker fra {owner} avvises, og denne pakken importeres på nytt.</source>
        <translation>«{title}» belongs to &lt;b&gt;{owner}&lt;/b&gt; (SHA-256 {owner_fingerprint}).&lt;br&gt;The package {package} is signed by &lt;b&gt;{sender}&lt;/b&gt; (SHA-256 {sender_fingerprint}).&lt;br&gt;&lt;br&gt;Do you want to transfer the sheet to {sender}? The transfer is recorded with your name, the time and the reason, and cannot be changed or deleted. Afterwards, packages from {sender} are accepted, packages from {owner} are rejected, and this package is imported again.</translation>
    </message>
    <message>
        <source>F.eks. ny prosjektleder hos Statens vegvesen</source>
        <translation>E.g. a new project manager at Statens vegvesen</translation>
    </message>
    <message>
        <source>&amp;Begrunnelse:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Overfør</source>
        <translation>&amp;Transfer</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kan ikke leses</source>
        <translation>Cannot be read</translation>
    </message>
    <message>
        <source>Signert av: {signer}</source>
        <translation>Signed by: {signer}</translation>
    </message>
    <message>
        <source>Portefølje {date}.xlsx</source>
        <translation>Portfolio {date}.xlsx</translation>
    </message>
    <message>
        <source>Portefølje til Excel</source>
        <translation>Portfolio to Excel</translation>
    </message>
    <message>
        <source>Excel-arbeidsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Porteføljen ble ikke skrevet.</source>
        <translation>The portfolio was not written.</translation>
    </message>
</context>
<context>
    <name>intake_folder</name>
    <message>
        <source>Inntaksmappen {folder} er ikke en mappe.</source>
        <translation>The intake folder {folder} is not a folder.</translation>
    </message>
    <message>
        <source>Inntaksmappen {folder} finnes ikke. Kontroller at nettverksstasjonen eller den synkroniserte mappen er tilgjengelig.</source>
        <translation>The intake folder {folder} does not exist. Check that the network drive or the synced folder is available.</translation>
    </message>
    <message>
        <source>Inntaksmappen {folder} kan ikke leses: {error}.</source>
        <translation>The intake folder {folder} cannot be read: {error}.</translation>
    </message>
</context>
<context>
    <name>intake_model</name>
    <message>
        <source>Arbeidsgruppe</source>
        <translation>Working group</translation>
    </message>
    <message>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Tiltaksområde</source>
        <translation>Action area</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>MNOK</source>
        <translation>MNOK</translation>
    </message>
    <message>
        <source>Signert av</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Signert</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Mottatt</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <source>Saksstatus</source>
        <translation>Case state</translation>
    </message>
    <message>
        <source>Dager</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Merknader</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Forventet kostnad i millioner kroner</source>
        <translation>Expected cost in millions of kroner</translation>
    </message>
    <message>
        <source>Når arbeidsgruppen signerte pakken. «(mottatt)»: signeringstiden er ikke lagret, og tiden pakken ble mottatt vises i stedet.</source>
        <translation>When the working group signed the package. «(received)»: the signing time was not stored, and the time the package was received is shown instead.</translation>
    </message>
    <message>
        <source>Revisjonen som sist ble levert</source>
        <translation>The revision delivered last</translation>
    </message>
    <message>
        <source>Dager i saksstatusen: siden arket fikk saksstatusen det har nå</source>
        <translation>Days in the case state: since the sheet got the state it has now</translation>
    </message>
    <message>
        <source>Åpne merknader: sendt til arbeidsgruppen og ikke besvart ennå</source>
        <translation>Open remarks: sent to the working group and not answered yet</translation>
    </message>
    <message>
        <source>ny revisjon</source>
        <translation>new revision</translation>
    </message>
    <message>
        <source> (mottatt)</source>
        <translation> (received)</translation>
    </message>
    <message>
        <source>Ingen gruppering</source>
        <translation>No grouping</translation>
    </message>
    <message>
        <source>(uten arbeidsgruppe)</source>
        <translation>(no working group)</translation>
    </message>
    <message>
        <source>(uten tiltaksområde)</source>
        <translation>(no action area)</translation>
    </message>
    <message>
        <source>(uten tittel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Signert {when}</source>
        <translation>Signed {when}</translation>
    </message>
    <message>
        <source>Mottatt {when}. Signeringstiden er ikke lagret for denne leveringen, så tiden pakken ble mottatt vises i stedet.</source>
        <translation>Received {when}. The signing time was not stored for this delivery, so the time the package was received is shown instead.</translation>
    </message>
    <message>
        <source>Mottatt {when}</source>
        <translation>Received {when}</translation>
    </message>
    <message>
        <source>En ny revisjon er levert siden saksstatusen sist ble endret.</source>
        <translation>A new revision has been delivered since the case state was last changed.</translation>
    </message>
    <message>
        <source>{group} (1 ark)</source>
        <translation>{group} (1 sheet)</translation>
    </message>
    <message>
        <source>{group} ({n} ark)</source>
        <translation>{group} ({n} sheets)</translation>
    </message>
</context>
<context>
    <name>intake_page</name>
    <message>
        <source>Alle saksstatuser</source>
        <translation>All case states</translation>
    </message>
    <message>
        <source>Importer &amp;nye pakker</source>
        <translation>Import &amp;new packages</translation>
    </message>
    <message>
        <source>Innkommende &amp;mappe …</source>
        <translation>Incoming &amp;folder …</translation>
    </message>
    <message>
        <source>Ingen innkommende mappe er valgt. Velg mappen arbeidsgruppene leverer til.</source>
        <translation>No incoming folder has been chosen. Choose the folder the working groups deliver to.</translation>
    </message>
    <message>
        <source>Innkommende mappe «{folder}»: {problem}</source>
        <translation>Incoming folder «{folder}»: {problem}</translation>
    </message>
    <message>
        <source>1 ny pakke i «{folder}», klar til import.</source>
        <translation>1 new package in «{folder}», ready to import.</translation>
    </message>
    <message>
        <source>{n} nye pakker i «{folder}», klar til import.</source>
        <translation>{n} new packages in «{folder}», ready to import.</translation>
    </message>
    <message>
        <source>Ingen nye pakker i «{folder}». Mappen følges med.</source>
        <translation>No new packages in «{folder}». The folder is being watched.</translation>
    </message>
    <message>
        <source>Innkomne prosjektark</source>
        <translation>Incoming project sheets</translation>
    </message>
    <message>
        <source>Filtrer på tittel, arbeidsgruppe, kommune, signert av …</source>
        <translation>Filter by title, working group, municipality, signed by …</translation>
    </message>
    <message>
        <source>Filtrer innkomne ark</source>
        <translation>Filter incoming sheets</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;lter:</translation>
    </message>
    <message>
        <source>Vis bare saksstatus</source>
        <translation>Show only case state</translation>
    </message>
    <message>
        <source>S&amp;aksstatus:</source>
        <translation>C&amp;ase state:</translation>
    </message>
    <message>
        <source>&amp;Gruppér:</source>
        <translation>&amp;Group by:</translation>
    </message>
    <message>
        <source>Ege&amp;n rekkefølge</source>
        <translation>Ow&amp;n order</translation>
    </message>
    <message>
        <source>Vis arkene i din egen rekkefølge. Flytt et ark ved å dra det dit du vil ha det, eller med Alt+Pil opp / Alt+Pil ned.</source>
        <translation>Show the sheets in your own order. Move a sheet by dragging it where you want it, or with Alt+Up / Alt+Down.</translation>
    </message>
    <message>
        <source>&amp;Endre saksstatus …</source>
        <translation>Ch&amp;ange case state …</translation>
    </message>
    <message>
        <source>Enter eller dobbeltklikk åpner arket (skrivebeskyttet: det er signert av arbeidsgruppen).
Flytt arket i din egen rekkefølge med Alt+Pil opp / Alt+Pil ned, eller dra det dit du vil ha det når listen verken er sortert eller gruppert.</source>
        <translation>Enter or a double click opens the sheet (read-only: it is signed by the working group).
Move the sheet in your own order with Alt+Up / Alt+Down, or drag it where you want it when the list is neither sorted nor grouped.</translation>
    </message>
    <message>
        <source>F5 leser listen inn på nytt, med det andre i sekretariatet har endret.</source>
        <translation>F5 reloads the list, with what others in the secretariat have changed.</translation>
    </message>
    <message>
        <source>Les inn på nytt</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Kunne ikke lese de innkomne arkene: {error}</source>
        <translation>Could not read the incoming sheets: {error}</translation>
    </message>
    <message>
        <source>{shown} av {total} ark</source>
        <translation>{shown} of {total} sheets</translation>
    </message>
    <message>
        <source>1 ark</source>
        <translation>1 sheet</translation>
    </message>
    <message>
        <source>{total} ark</source>
        <translation>{total} sheets</translation>
    </message>
    <message>
        <source>Ingen leverte ark ennå.
Importer pakkene fra arbeidsgruppene med «Sekretariat → Importer pakker …».</source>
        <translation>No sheets delivered yet.
Import the packages from the working groups with «Secretariat → Import packages …».</translation>
    </message>
    <message>
        <source>Ingen ark passer filteret.</source>
        <translation>No sheets match the filter.</translation>
    </message>
    <message>
        <source>Rekkefølgen kunne ikke lagres: {error}</source>
        <translation>The order could not be saved: {error}</translation>
    </message>
    <message>
        <source>«{title}» hører til et program uten saksstatuser i avtaleprofilen.</source>
        <translation>«{title}» belongs to a programme without case states in the agreement profile.</translation>
    </message>
    <message>
        <source>Fra «{state}» kan saksstatusen ikke endres.</source>
        <translation>The case state cannot be changed from «{state}».</translation>
    </message>
    <message>
        <source>Kunne ikke endre saksstatusen til «{title}»: {error}</source>
        <translation>Could not change the case state of «{title}»: {error}</translation>
    </message>
    <message>
        <source>«{title}» har nå saksstatusen «{state}».</source>
        <translation>«{title}» now has the case state «{state}».</translation>
    </message>
    <message>
        <source>Kommentaren din er tatt vare på og står ferdig når du velger «Endre saksstatus …» igjen.</source>
        <translation>Your comment has been kept and will be ready when you choose “Change case state …” again.</translation>
    </message>
</context>
<context>
    <name>intake_watcher</name>
    <message>
        <source>Inntaksmappen {folder} kunne ikke gjennomgås: {error}</source>
        <translation>The intake folder {folder} could not be read: {error}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>list_page</name>
    <message>
        <source>Filtrer på tittel, kommune, tiltaksområde, fase …</source>
        <translation>Filter by title, municipality, action area, phase …</translation>
    </message>
    <message>
        <source>Filtrer prosjektark</source>
        <translation>Filter project sheets</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Treff i innholdet</source>
        <translation>Matches in the content</translation>
    </message>
    <message>
        <source>Prosjektark</source>
        <translation>Project sheets</translation>
    </message>
    <message>
        <source>Dobbeltklikk eller trykk Enter for å åpne et ark.</source>
        <translation>Double-click or press Enter to open a sheet.</translation>
    </message>
    <message>
        <source>Skriv minst tre tegn for å søke i teksten i arkene.</source>
        <translation>Type at least three characters to search the text of the sheets.</translation>
    </message>
    <message>
        <source>Kunne ikke søke i teksten i arkene: {error}</source>
        <translation>Could not search the text of the sheets: {error}</translation>
    </message>
    <message>
        <source>Treff i teksten i arkene ({count} eller flere): Pil ned for å velge, Enter åpner arket der teksten står.</source>
        <translation>Matches in the text of the sheets ({count} or more): Down arrow to choose, Enter opens the sheet where the text is.</translation>
    </message>
    <message>
        <source>Treff i teksten i arkene ({count}): Pil ned for å velge, Enter åpner arket der teksten står.</source>
        <translation>Matches in the text of the sheets ({count}): Down arrow to choose, Enter opens the sheet where the text is.</translation>
    </message>
    <message>
        <source>Ingen treff i teksten i arkene for «{text}».</source>
        <translation>No matches in the text of the sheets for “{text}”.</translation>
    </message>
    <message>
        <source>Ingen ark passer filteret «{filter}».</source>
        <translation>No sheet matches the filter “{filter}”.</translation>
    </message>
    <message>
        <source>Papirkurven er tom.</source>
        <translation>The bin is empty.</translation>
    </message>
    <message>
        <source>Ingen prosjektark ennå.
Velg «Nytt ark» (Ctrl+N) for å begynne.</source>
        <translation>No project sheets yet.
Choose “New sheet” (Ctrl+N) to begin.</translation>
    </message>
    <message>
        <source>{shown} av {total} ark</source>
        <translation>{shown} of {total} sheets</translation>
    </message>
    <message>
        <source>{total} ark</source>
        <translation>{total} sheets</translation>
    </message>
    <message>
        <source>Velg et ark og «Gjenopprett» for å redigere det igjen.</source>
        <translation>Select a sheet and “Restore” to edit it again.</translation>
    </message>
</context>
<context>
    <name>logs</name>
    <message>
        <source>Uventet feil ({detail}). Detaljene kunne ikke skrives til loggfilen: {reason}.</source>
        <translation>Unexpected error ({detail}). The details could not be written to the log file: {reason}.</translation>
    </message>
    <message>
        <source>Uventet feil ({detail}). Detaljer er skrevet til loggfilen {path}.</source>
        <translation>Unexpected error ({detail}). Details are written to the log file {path}.</translation>
    </message>
</context>
<context>
    <name>machine_config</name>
    <message>
        <source>{file} kan ikke leses, og maskinoppsettet brukes ikke: {error}</source>
        <translation>{file} cannot be read, and the computer’s configuration is not used: {error}</translation>
    </message>
    <message>
        <source>{file} er ikke gyldig TOML, og maskinoppsettet brukes ikke: {error}</source>
        <translation>{file} is not valid TOML, and the computer’s configuration is not used: {error}</translation>
    </message>
    <message>
        <source>{file}: «{key}» er ingen innstilling og blir ikke brukt. Innstillingene er: {known}.</source>
        <translation>{file}: “{key}” is not a setting and is not used. The settings are: {known}.</translation>
    </message>
    <message>
        <source>{file}: «{key}» må være en tekst i anførselstegn og blir ikke brukt.</source>
        <translation>{file}: “{key}” must be text in quotation marks and is not used.</translation>
    </message>
    <message>
        <source>{file}: «{key}» er tom og blir ikke brukt.</source>
        <translation>{file}: “{key}” is empty and is not used.</translation>
    </message>
    <message>
        <source>{file}: «locked» må være en liste med navn på innstillinger, for eksempel [&quot;role&quot;, &quot;delivery_folder&quot;]. Ingen innstilling er låst.</source>
        <translation>{file}: “locked” must be a list of setting names, for example [&quot;role&quot;, &quot;delivery_folder&quot;]. No setting is locked.</translation>
    </message>
    <message>
        <source>{file}: «locked» nevner «{key}», som ikke er en innstilling. Innstillingene er: {known}.</source>
        <translation>{file}: “locked” names “{key}”, which is not a setting. The settings are: {known}.</translation>
    </message>
    <message>
        <source>{file}: role = «{value}» er ingen rolle og blir ikke brukt. Bruk «arbeidsgruppe» eller «sekretariat».</source>
        <translation>{file}: role = “{value}” is not a role and is not used. Use “arbeidsgruppe” or “sekretariat”.</translation>
    </message>
    <message>
        <source>{file}: language = «{value}» er ikke et språk programmet har, og blir ikke brukt. Bruk {known}.</source>
        <translation>{file}: language = “{value}” is not a language the program has, and is not used. Use {known}.</translation>
    </message>
    <message>
        <source>{file}: {key} = «{value}» bruker miljøvariabelen {variable}, som ikke finnes for denne brukeren. Innstillingen blir ikke brukt.</source>
        <translation>{file}: {key} = “{value}” uses the environment variable {variable}, which does not exist for this user. The setting is not used.</translation>
    </message>
    <message>
        <source>{file}: {key} = «{value}» er ikke en fullstendig sti (for eksempel %APPDATA%\Prosjektark). Innstillingen blir ikke brukt.</source>
        <translation>{file}: {key} = “{value}” is not a full path (for example %APPDATA%\Prosjektark). The setting is not used.</translation>
    </message>
    <message>
        <source>{file}: database_url inneholder et passord. Alle brukere kan lese maskinoppsettet, så innstillingen blir ikke brukt; bruk en tjenestefil (service=…) eller en passordfil i stedet.</source>
        <translation>{file}: database_url contains a password. Every user can read the computer’s configuration, so the setting is not used; use a service file (service=…) or a password file instead.</translation>
    </message>
    <message>
        <source>{file}: database_url = «{value}» er ikke en database-adresse (for eksempel postgresql+psycopg:///prosjektark?service=prosjektark) og blir ikke brukt.</source>
        <translation>{file}: database_url = “{value}” is not a database address (for example postgresql+psycopg:///prosjektark?service=prosjektark) and is not used.</translation>
    </message>
    <message>
        <source>«{key}» er satt av IT-avdelingen for denne maskinen ({file}) og kan ikke endres her.</source>
        <translation>“{key}” is set by the IT department for this computer ({file}) and cannot be changed here.</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Papirkurv</source>
        <translation>Bin</translation>
    </message>
    <message>
        <source>Skrivebeskyttet: et annet Prosjektark-vindu bruker den samme datamappen. Rediger arket der; dette vinduet viser det bare.</source>
        <translation>Read-only: another Prosjektark window uses the same data folder. Edit the sheet there; this window only shows it.</translation>
    </message>
    <message>
        <source>Ingen ark er åpent.</source>
        <translation>No sheet is open.</translation>
    </message>
    <message>
        <source>Prosjektark</source>
        <translation>Prosjektark</translation>
    </message>
    <message>
        <source>Sekretariat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <source>Portefølje</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Alle prosjektark i den lokale databasen</source>
        <translation>All project sheets in the local database</translation>
    </message>
    <message>
        <source>Innkomne ark fra arbeidsgruppene og saksstatusen deres</source>
        <translation>Incoming sheets from the working groups and their case states</translation>
    </message>
    <message>
        <source>Prioritering: scenarioer, rangering og balanse mot rammene</source>
        <translation>Prioritisation: scenarios, ranking and balance against the frames</translation>
    </message>
    <message>
        <source>Skrivebeskyttet</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>Et annet Prosjektark-vindu bruker den samme datamappen. Dette vinduet kan vise ark, men ikke endre dem, så ingen endringer kan gå tapt.</source>
        <translation>Another Prosjektark window uses the same data folder. This window can show sheets but not change them, so no changes can be lost.</translation>
    </message>
    <message>
        <source>{title} – Prosjektark (skrivebeskyttet)</source>
        <translation>{title} – Prosjektark (read-only)</translation>
    </message>
    <message>
        <source>Prosjektark (skrivebeskyttet)</source>
        <translation>Prosjektark (read-only)</translation>
    </message>
    <message>
        <source>{title} – Prosjektark</source>
        <translation>{title} – Prosjektark</translation>
    </message>
    <message>
        <source>&amp;Nytt ark</source>
        <translation>&amp;New sheet</translation>
    </message>
    <message>
        <source>&amp;Dupliser</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <source>Lag en kopi av arket</source>
        <translation>Make a copy of the sheet</translation>
    </message>
    <message>
        <source>&amp;Slett</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Flytt til papirkurven</source>
        <translation>Move to the bin</translation>
    </message>
    <message>
        <source>&amp;Angre sletting</source>
        <translation>&amp;Undo deletion</translation>
    </message>
    <message>
        <source>Hent tilbake det du nettopp slettet (Ctrl+Z i listen)</source>
        <translation>Bring back what you just deleted (Ctrl+Z in the list)</translation>
    </message>
    <message>
        <source>&amp;Gjenopprett</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Flytt arket ut av papirkurven</source>
        <translation>Move the sheet out of the bin</translation>
    </message>
    <message>
        <source>Vis &amp;papirkurv</source>
        <translation>Show &amp;bin</translation>
    </message>
    <message>
        <source>&amp;Filtrer listen</source>
        <translation>&amp;Filter the list</translation>
    </message>
    <message>
        <source>Lagre &amp;versjon</source>
        <translation>Save &amp;version</translation>
    </message>
    <message>
        <source>&amp;Importer JSON …</source>
        <translation>&amp;Import JSON …</translation>
    </message>
    <message>
        <source>&amp;Eksporter JSON …</source>
        <translation>&amp;Export JSON …</translation>
    </message>
    <message>
        <source>Legg inn &amp;eksempelark</source>
        <translation>Add &amp;example sheets</translation>
    </message>
    <message>
        <source>Lagre endringene som &amp;kopi</source>
        <translation>Save the changes as a &amp;copy</translation>
    </message>
    <message>
        <source>Arket er endret et annet sted: lagre endringene dine som et nytt ark</source>
        <translation>The sheet was changed elsewhere: save your changes as a new sheet</translation>
    </message>
    <message>
        <source>&amp;Last inn arket på nytt</source>
        <translation>&amp;Reload the sheet</translation>
    </message>
    <message>
        <source>Vis arket slik det er lagret (endringer som ikke er lagret, forkastes)</source>
        <translation>Show the sheet as it is saved (changes not saved are discarded)</translation>
    </message>
    <message>
        <source>&amp;Forhåndsvis utskrift …</source>
        <translation>Print previe&amp;w …</translation>
    </message>
    <message>
        <source>Se hvordan arket blir på papir: som PDF-en, side for side</source>
        <translation>See how the sheet looks on paper: as the PDF, page by page</translation>
    </message>
    <message>
        <source>Skriv &amp;ut …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <source>Skriv ut arket slik det står i PDF-en, med endringer som ikke er lagret ennå</source>
        <translation>Print the sheet as it appears in the PDF, with changes not saved yet</translation>
    </message>
    <message>
        <source>&amp;Avslutt</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Om Prosjektark</source>
        <translation>&amp;About Prosjektark</translation>
    </message>
    <message>
        <source>&amp;Hurtigtaster</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Signer og eksporter …</source>
        <translation>&amp;Sign and export …</translation>
    </message>
    <message>
        <source>Lag PDF, Excel og en signert pakke til sekretariatet</source>
        <translation>Make the PDF, the Excel workbook and a signed package for the secretariat</translation>
    </message>
    <message>
        <source>&amp;Utboks …</source>
        <translation>&amp;Outbox …</translation>
    </message>
    <message>
        <source>Eksporterte pakker</source>
        <translation>Exported packages</translation>
    </message>
    <message>
        <source>&amp;Verifiser pakke …</source>
        <translation>&amp;Verify package …</translation>
    </message>
    <message>
        <source>Sjekk signaturen på en pakke</source>
        <translation>Check the signature on a package</translation>
    </message>
    <message>
        <source>Min &amp;identitet …</source>
        <translation>My &amp;identity …</translation>
    </message>
    <message>
        <source>Sertifikat og fingeravtrykk</source>
        <translation>Certificate and fingerprint</translation>
    </message>
    <message>
        <source>Importer &amp;pakker …</source>
        <translation>Import &amp;packages …</translation>
    </message>
    <message>
        <source>Kontroller og legg inn signerte pakker fra arbeidsgruppene</source>
        <translation>Check and add signed packages from the working groups</translation>
    </message>
    <message>
        <source>Portefølje til E&amp;xcel …</source>
        <translation>Portfolio to E&amp;xcel …</translation>
    </message>
    <message>
        <source>Skriv alle ark utenom papirkurven til en Excel-arbeidsbok</source>
        <translation>Write every sheet outside the bin to an Excel workbook</translation>
    </message>
    <message>
        <source>&amp;Prisindeks …</source>
        <translation>&amp;Price index …</translation>
    </message>
    <message>
        <source>Rett prisindeksen for omregning av kroneår</source>
        <translation>Correct the price index used to convert between price years</translation>
    </message>
    <message>
        <source>&amp;Innstillinger …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <source>Velg rollen du arbeider i: arbeidsgruppe eller sekretariat</source>
        <translation>Choose the role you work in: working group or secretariat</translation>
    </message>
    <message>
        <source>&amp;Innkomne ark</source>
        <translation>&amp;Incoming sheets</translation>
    </message>
    <message>
        <source>Leverte prosjektark fra arbeidsgruppene, med saksstatus</source>
        <translation>Delivered project sheets from the working groups, with their case state</translation>
    </message>
    <message>
        <source>&amp;Endre saksstatus …</source>
        <translation>&amp;Change case state …</translation>
    </message>
    <message>
        <source>Flytt det valgte arket til neste saksstatus i programmet</source>
        <translation>Move the selected sheet to the next case state in the programme</translation>
    </message>
    <message>
        <source>Importer &amp;nye pakker</source>
        <translation>Import &amp;new packages</translation>
    </message>
    <message>
        <source>Importer pakkene som har kommet i den innkommende mappen</source>
        <translation>Import the packages that have arrived in the incoming folder</translation>
    </message>
    <message>
        <source>Innkommende &amp;mappe …</source>
        <translation>Incoming fol&amp;der …</translation>
    </message>
    <message>
        <source>Mappen arbeidsgruppene leverer pakker til</source>
        <translation>The folder the working groups deliver packages to</translation>
    </message>
    <message>
        <source>Endret siden forrige le&amp;vering …</source>
        <translation>Changed since last deli&amp;very …</translation>
    </message>
    <message>
        <source>Hva arbeidsgruppen har endret mellom de to siste leverte revisjonene</source>
        <translation>What the working group changed between the two latest delivered revisions</translation>
    </message>
    <message>
        <source>Sa&amp;ksmappe (PDF) …</source>
        <translation>Case fi&amp;le (PDF) …</translation>
    </message>
    <message>
        <source>Arket, saksstatusen, merknadene med svar og sakshistorikken i én PDF til et møte</source>
        <translation>The sheet, its case state, the remarks with answers and the case history in one PDF for a meeting</translation>
    </message>
    <message>
        <source>Importer &amp;merknader …</source>
        <translation>Import &amp;remarks …</translation>
    </message>
    <message>
        <source>Ta inn en signert merknadspakke fra sekretariatet</source>
        <translation>Take in a signed remarks package from the secretariat</translation>
    </message>
    <message>
        <source>Send me&amp;rknader …</source>
        <translation>Send re&amp;marks …</translation>
    </message>
    <message>
        <source>Signer arkets usendte merknader i en merknadspakke til arbeidsgruppen</source>
        <translation>Sign the sheet’s unsent remarks into a remarks package for the working group</translation>
    </message>
    <message>
        <source>P&amp;ortefølje og scenarioer</source>
        <translation>Portf&amp;olio and scenarios</translation>
    </message>
    <message>
        <source>Prioritering: scenarioer, rangering og balanse mot programmets rammer</source>
        <translation>Prioritisation: scenarios, ranking and balance against the programme’s frames</translation>
    </message>
    <message>
        <source>R&amp;ammer …</source>
        <translation>Fr&amp;ames …</translation>
    </message>
    <message>
        <source>Programmets rammer per år, kilde og part: legg inn, importer eller eksporter</source>
        <translation>The programme’s frames by year, source and party: enter, import or export</translation>
    </message>
    <message>
        <source>&amp;Sammenlign scenarioer …</source>
        <translation>Compare &amp;scenarios …</translation>
    </message>
    <message>
        <source>To lagrede scenarioer side om side: arkene som er ulike, og balansene</source>
        <translation>Two saved scenarios side by side: the sheets that differ, and the balances</translation>
    </message>
    <message>
        <source>Hvem endret hva i scenarioet …</source>
        <translation>Who changed what in the scenario …</translation>
    </message>
    <message>
        <source>Hvem som har endret scenarioet, når og hva</source>
        <translation>Who has changed the scenario, when and what</translation>
    </message>
    <message>
        <source>Eksporter &amp;forslag til handlingsprogram …</source>
        <translation>Export action p&amp;rogramme proposal …</translation>
    </message>
    <message>
        <source>Det lagrede scenarioet som signert PDF og Excel: balanse, rangering og utelatte</source>
        <translation>The saved scenario as a signed PDF and Excel workbook: balance, ranking and what is left out</translation>
    </message>
    <message>
        <source>&amp;Versjoner og endringer …</source>
        <translation>&amp;Versions and changes …</translation>
    </message>
    <message>
        <source>Lagrede versjoner av arket: vis en skrivebeskyttet, eller se hva som er endret</source>
        <translation>Saved versions of the sheet: show one read-only, or see what has changed</translation>
    </message>
    <message>
        <source>&amp;Sakshistorikk …</source>
        <translation>&amp;Case history …</translation>
    </message>
    <message>
        <source>Alt som har skjedd med arket: hva, når, hvem og hvilken revisjon</source>
        <translation>Everything that has happened to the sheet: what, when, who and which revision</translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Signering</source>
        <translation>&amp;Signing</translation>
    </message>
    <message>
        <source>Se&amp;kretariat</source>
        <translation>Secre&amp;tariat</translation>
    </message>
    <message>
        <source>Verk&amp;tøy</source>
        <translation>T&amp;ools</translation>
    </message>
    <message>
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Verktøy</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Nytt prosjektark</source>
        <translation>New project sheet</translation>
    </message>
    <message>
        <source>Hvilket program gjelder arket?</source>
        <translation>Which programme is the sheet for?</translation>
    </message>
    <message>
        <source>Kunne ikke opprette arket</source>
        <translation>Could not create the sheet</translation>
    </message>
    <message>
        <source>Skrivebeskyttet: arket er levert og signert av arbeidsgruppen. Sekretariatet endrer ikke arket; skriv heller en merknad som arbeidsgruppen svarer på.</source>
        <translation>Read-only: the sheet was delivered and signed by the working group. The secretariat does not change the sheet; write a remark for the working group to answer instead.</translation>
    </message>
    <message>
        <source>Skrivebeskyttet: arket er levert og signert av {who}. Sekretariatet endrer ikke arket; skriv heller en merknad som arbeidsgruppen svarer på.</source>
        <translation>Read-only: the sheet was delivered and signed by {who}. The secretariat does not change the sheet; write a remark for the working group to answer instead.</translation>
    </message>
    <message>
        <source>Gjenopprett arket fra papirkurven for å redigere det.</source>
        <translation>Restore the sheet from the bin to edit it.</translation>
    </message>
    <message>
        <source>Kunne ikke åpne arket</source>
        <translation>Could not open the sheet</translation>
    </message>
    <message>
        <source>Sist lagret {time}</source>
        <translation>Last saved {time}</translation>
    </message>
    <message>
        <source>Nytt ark</source>
        <translation>New sheet</translation>
    </message>
    <message>
        <source>Ikke lagret!</source>
        <translation>Not saved!</translation>
    </message>
    <message>
        <source>{message}. Endringene er beholdt i minnet, og programmet prøver igjen om litt og ved neste endring.</source>
        <translation>{message}. The changes are kept in memory, and the program tries again shortly and at the next change.</translation>
    </message>
    <message>
        <source>Ikke lagret: endret et annet sted</source>
        <translation>Not saved: changed elsewhere</translation>
    </message>
    <message>
        <source>Arket er lastet inn på nytt.</source>
        <translation>The sheet has been reloaded.</translation>
    </message>
    <message>
        <source>Arket er endret et annet sted</source>
        <translation>The sheet was changed elsewhere</translation>
    </message>
    <message>
        <source>Endringene du har gjort her er ikke lagret. Du kan lagre dem som et nytt ark (ingenting blir overskrevet), eller forkaste dem og beholde arket slik det er lagret.</source>
        <translation>The changes you made here are not saved. You can save them as a new sheet (nothing is overwritten), or discard them and keep the sheet as it is saved.</translation>
    </message>
    <message>
        <source>Lagre mine endringer som kopi</source>
        <translation>Save my changes as a copy</translation>
    </message>
    <message>
        <source>Forkast mine endringer</source>
        <translation>Discard my changes</translation>
    </message>
    <message>
        <source>{title} (mine endringer)</source>
        <translation>{title} (my changes)</translation>
    </message>
    <message>
        <source>Uten tittel</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>Kunne ikke lagre kopien</source>
        <translation>Could not save the copy</translation>
    </message>
    <message>
        <source>Endringene dine er lagret som «{title}». Det opprinnelige arket er som det ble lagret et annet sted.</source>
        <translation>Your changes are saved as “{title}”. The original sheet is as it was saved elsewhere.</translation>
    </message>
    <message>
        <source>Lagre versjon</source>
        <translation>Save version</translation>
    </message>
    <message>
        <source>Kort merknad til versjonen (valgfritt):</source>
        <translation>Short note on the version (optional):</translation>
    </message>
    <message>
        <source>Kunne ikke lagre versjonen</source>
        <translation>Could not save the version</translation>
    </message>
    <message>
        <source>Versjon {revision} er lagret.</source>
        <translation>Version {revision} is saved.</translation>
    </message>
    <message>
        <source>Kunne ikke duplisere</source>
        <translation>Could not duplicate</translation>
    </message>
    <message>
        <source>{title} (kopi)</source>
        <translation>{title} (copy)</translation>
    </message>
    <message>
        <source>Arket er duplisert.</source>
        <translation>The sheet has been duplicated.</translation>
    </message>
    <message>
        <source>Kunne ikke slette</source>
        <translation>Could not delete</translation>
    </message>
    <message>
        <source>Flyttet arket til papirkurven. Angre med Ctrl+Z.</source>
        <translation>Moved the sheet to the bin. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Flyttet {count} ark til papirkurven. Angre med Ctrl+Z.</source>
        <translation>Moved {count} sheets to the bin. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Slettingen er angret.</source>
        <translation>The deletion is undone.</translation>
    </message>
    <message>
        <source>Gjenopprettet fra papirkurven.</source>
        <translation>Restored from the bin.</translation>
    </message>
    <message>
        <source>Eksporter som JSON</source>
        <translation>Export as JSON</translation>
    </message>
    <message>
        <source>Prosjektark (*.json)</source>
        <translation>Project sheets (*.json)</translation>
    </message>
    <message>
        <source>Kunne ikke skrive filen</source>
        <translation>Could not write the file</translation>
    </message>
    <message>
        <source>Eksportert til {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <source>Importer prosjektark</source>
        <translation>Import project sheet</translation>
    </message>
    <message>
        <source>Kunne ikke importere arket</source>
        <translation>Could not import the sheet</translation>
    </message>
    <message>
        <source>La inn {count} eksempelark.</source>
        <translation>Added {count} example sheets.</translation>
    </message>
    <message>
        <source>Prisindeksen er lagret.</source>
        <translation>The price index is saved.</translation>
    </message>
    <message>
        <source>Velg innkommende mappe</source>
        <translation>Choose the incoming folder</translation>
    </message>
    <message>
        <source>Kunne ikke lese tillitslisten</source>
        <translation>Could not read the trust list</translation>
    </message>
    <message>
        <source>Importer merknader</source>
        <translation>Import remarks</translation>
    </message>
    <message>
        <source>Merknadspakker (*.asice)</source>
        <translation>Remarks packages (*.asice)</translation>
    </message>
    <message>
        <source>Sekretariatets sertifikat (som du stoler på)</source>
        <translation>The secretariat’s certificate (which you trust)</translation>
    </message>
    <message>
        <source>Sertifikater (*.pem *.crt *.cer);;Alle filer (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Kunne ikke lese sekretariatets sertifikat</source>
        <translation>Could not read the secretariat’s certificate</translation>
    </message>
    <message>
        <source>Merknadspakken er avvist</source>
        <translation>The remarks package is rejected</translation>
    </message>
    <message>
        <source>Merknadene ble ikke sendt.</source>
        <translation>The remarks were not sent.</translation>
    </message>
    <message>
        <source>Kunne ikke sende merknadene</source>
        <translation>Could not send the remarks</translation>
    </message>
    <message>
        <source>1 merknad til «{title}» er signert og lagret i {path}. Send filen til arbeidsgruppen.</source>
        <translation>1 remark on “{title}” is signed and saved in {path}. Send the file to the working group.</translation>
    </message>
    <message>
        <source>{count} merknader til «{title}» er signert og lagret i {path}. Send filen til arbeidsgruppen.</source>
        <translation>{count} remarks on “{title}” are signed and saved in {path}. Send the file to the working group.</translation>
    </message>
    <message>
        <source>Kunne ikke sammenligne leveringene</source>
        <translation>Could not compare the deliveries</translation>
    </message>
    <message>
        <source>Arket er levert bare én gang: det er ingenting å sammenligne med ennå.</source>
        <translation>The sheet has been delivered only once: there is nothing to compare with yet.</translation>
    </message>
    <message>
        <source>Kunne ikke vise versjonene</source>
        <translation>Could not show the versions</translation>
    </message>
    <message>
        <source>Kunne ikke lage saksmappen</source>
        <translation>Could not make the case file</translation>
    </message>
    <message>
        <source>Lagre saksmappe</source>
        <translation>Save case file</translation>
    </message>
    <message>
        <source>Kunne ikke lagre saksmappen</source>
        <translation>Could not save the case file</translation>
    </message>
    <message>
        <source>Saksmappen er lagret: {path}</source>
        <translation>The case file is saved: {path}</translation>
    </message>
    <message>
        <source>Innstillingene er lagret.</source>
        <translation>The settings are saved.</translation>
    </message>
    <message>
        <source>Porteføljen ({count} prosjektark) er skrevet til {path}.</source>
        <translation>The portfolio ({count} project sheets) is written to {path}.</translation>
    </message>
    <message>
        <source>Tilbake til listen</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <source>Neste / forrige felt</source>
        <translation>Next / previous field</translation>
    </message>
    <message>
        <source>Gå til et felt</source>
        <translation>Go to a field</translation>
    </message>
    <message>
        <source>Alt + understreket bokstav</source>
        <translation>Alt + underlined letter</translation>
    </message>
    <message>
        <source>Neste / forrige steg</source>
        <translation>Next / previous step</translation>
    </message>
    <message>
        <source>Neste / forrige rute (steg, skjema, funn, hjelp)</source>
        <translation>Next / previous pane (steps, form, findings, help)</translation>
    </message>
    <message>
        <source>Gå til feltet et funn gjelder</source>
        <translation>Go to the field a finding concerns</translation>
    </message>
    <message>
        <source>Enter i funnlisten</source>
        <translation>Enter in the list of findings</translation>
    </message>
    <message>
        <source>Gå til feltet en merknad gjelder</source>
        <translation>Go to the field a remark concerns</translation>
    </message>
    <message>
        <source>Enter i merknadslisten</source>
        <translation>Enter in the list of remarks</translation>
    </message>
    <message>
        <source>Hurtigtaster</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Lager utskriften …</source>
        <translation>Preparing the printout …</translation>
    </message>
    <message>
        <source>Kunne ikke skrive ut arket</source>
        <translation>Could not print the sheet</translation>
    </message>
    <message>
        <source>Arket er skrevet til {path}</source>
        <translation>The sheet is written to {path}</translation>
    </message>
    <message>
        <source>Arket er sendt til skriveren {name}.</source>
        <translation>The sheet is sent to the printer {name}.</translation>
    </message>
    <message>
        <source>Arket er sendt til skriveren.</source>
        <translation>The sheet is sent to the printer.</translation>
    </message>
    <message>
        <source>Kan ikke eksportere forslaget ennå</source>
        <translation>Cannot export the proposal yet</translation>
    </message>
    <message>
        <source>Velg mappe for forslaget</source>
        <translation>Choose a folder for the proposal</translation>
    </message>
    <message>
        <source>Erstatte forslaget?</source>
        <translation>Replace the proposal?</translation>
    </message>
    <message>
        <source>Vil du erstatte filene med dette forslaget?</source>
        <translation>Do you want to replace the files with this proposal?</translation>
    </message>
    <message>
        <source>Kunne ikke eksportere forslaget</source>
        <translation>Could not export the proposal</translation>
    </message>
    <message>
        <source>Forslaget er signert og skrevet til {folder}: {names}.</source>
        <translation>The proposal is signed and written to {folder}: {names}.</translation>
    </message>
    <message>
        <source>Ikke lagret</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Siste endringer kunne ikke lagres. Vil du avslutte likevel?</source>
        <translation>The latest changes could not be saved. Do you want to quit anyway?</translation>
    </message>
    <message>
        <source>Et nytt ark med endringene dine (Ctrl+Shift+S)</source>
        <translation>A new sheet with your changes (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Last inn på nytt (forkast mine endringer)</source>
        <translation>Reload (discard my changes)</translation>
    </message>
    <message>
        <source>{error} Du kan skrive videre; det du skriver, blir ikke lagret før du velger.</source>
        <translation>{error} You can go on typing; what you type is not saved until you choose.</translation>
    </message>
</context>
<context>
    <name>outbox</name>
    <message>
        <source>Utboksen er tom.</source>
        <translation>The outbox is empty.</translation>
    </message>
    <message>
        <source>Levert {when} til {folder}</source>
        <translation>Delivered {when} to {folder}</translation>
    </message>
    <message>
        <source>Levert {when}</source>
        <translation>Delivered {when}</translation>
    </message>
    <message>
        <source>{id}: {title}, revisjon {revision}, eksportert {exported} – {state}</source>
        <translation>{id}: {title}, revision {revision}, exported {exported} – {state}</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>{path} (filen mangler)</source>
        <translation>{path} (the file is missing)</translation>
    </message>
    <message>
        <source>Ingen pakker er klare til å sendes; utboksen har ingen pakker merket klar.</source>
        <translation>No packages are ready to send; the outbox has no packages marked ready.</translation>
    </message>
    <message>
        <source>{sent} av {total} pakker er sendt til {folder}.</source>
        <translation>{sent} of {total} packages are sent to {folder}.</translation>
    </message>
    <message>
        <source>Klar til opplasting</source>
        <translation>Ready for upload</translation>
    </message>
    <message>
        <source>Levert</source>
        <translation>Delivered</translation>
    </message>
</context>
<context>
    <name>outbox_dialog</name>
    <message>
        <source>Prosjektark</source>
        <translation>Project sheet</translation>
    </message>
    <message>
        <source>Revisjon</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Eksportert</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Tilstand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>{file} (filen mangler)</source>
        <translation>{file} (file missing)</translation>
    </message>
    <message>
        <source>Eksporter flere ark – Prosjektark</source>
        <translation>Export several sheets – Prosjektark</translation>
    </message>
    <message>
        <source>Velg arkene som skal signeres og eksporteres som pakker. Ark med feil hoppes over; du får vite hvilke til slutt.</source>
        <translation>Choose the sheets to sign and export as packages. Sheets with errors are skipped; you are told which at the end.</translation>
    </message>
    <message>
        <source>{title}   –   r{revision}, {status}</source>
        <translation>{title}   –   r{revision}, {status}</translation>
    </message>
    <message>
        <source>Velg alle</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Velg ingen</source>
        <translation>Select none</translation>
    </message>
    <message>
        <source>Signer og eksporter</source>
        <translation>Sign and export</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Marker som levert</source>
        <translation>&amp;Mark as delivered</translation>
    </message>
    <message>
        <source>&amp;Marker som ikke levert</source>
        <translation>&amp;Mark as not delivered</translation>
    </message>
    <message>
        <source>&amp;Send til sekretariatet …</source>
        <translation>&amp;Send to the secretariat …</translation>
    </message>
    <message>
        <source>Leveringsmappe: ikke valgt ennå (du blir spurt første gang du sender)</source>
        <translation>Delivery folder: not chosen yet (you will be asked the first time you send)</translation>
    </message>
    <message>
        <source>{sent} av 1 pakke er sendt til {folder}.</source>
        <translation>{sent} of 1 package sent to {folder}.</translation>
    </message>
    <message>
        <source>{sent} av {n} pakker er sendt til {folder}.</source>
        <translation>{sent} of {n} packages sent to {folder}.</translation>
    </message>
    <message>
        <source>Pakkene som ikke ble sendt, ligger fortsatt i utboksen som klare.</source>
        <translation>The packages that were not sent are still in the outbox as ready.</translation>
    </message>
    <message>
        <source>Sendingen ble avbrutt; resten er ikke sendt.</source>
        <translation>Sending was cancelled; the rest has not been sent.</translation>
    </message>
    <message>
        <source>{mark} {title} (rev. {revision}): {message}</source>
        <translation>{mark} {title} (rev. {revision}): {message}</translation>
    </message>
    <message>
        <source>Utboks – Prosjektark</source>
        <translation>Outbox – Prosjektark</translation>
    </message>
    <message>
        <source>Signerte pakker du har eksportert. «Send til sekretariatet» kopierer pakkene som er klare, eller dem du har valgt, til sekretariatets leveringsmappe. Sender du en pakke på en annen måte, kan du markere den som levert her.</source>
        <translation>Signed packages you have exported. «Send to the secretariat» copies the packages that are ready, or the ones you have chosen, to the secretariat&apos;s delivery folder. If you send a package some other way, you can mark it as delivered here.</translation>
    </message>
    <message>
        <source>&amp;Bytt leveringsmappe …</source>
        <translation>&amp;Change delivery folder …</translation>
    </message>
    <message>
        <source>Utboksen er tom. Signerte pakker du eksporterer, vises her.</source>
        <translation>The outbox is empty. Signed packages you export are shown here.</translation>
    </message>
    <message>
        <source>&amp;Åpne mappe</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>&amp;Fjern fra listen</source>
        <translation>&amp;Remove from the list</translation>
    </message>
    <message>
        <source>Glemmer pakken i utboksen; filen blir liggende.</source>
        <translation>Forgets the package in the outbox; the file stays where it is.</translation>
    </message>
    <message>
        <source>&amp;Eksporter flere …</source>
        <translation>&amp;Export several …</translation>
    </message>
    <message>
        <source>Kopierer pakkene som er klare til leveringsmappen og markerer dem som levert. Velger du rader selv, sendes bare de valgte.</source>
        <translation>Copies the packages that are ready to the delivery folder and marks them as delivered. If you choose rows yourself, only the chosen ones are sent.</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Leveringsmappe: {folder}</source>
        <translation>Delivery folder: {folder}</translation>
    </message>
    <message>
        <source>&amp;Send valgte ({n}) til sekretariatet …</source>
        <translation>&amp;Send chosen ({n}) to the secretariat …</translation>
    </message>
    <message>
        <source>&amp;Send alle klare ({n}) til sekretariatet …</source>
        <translation>&amp;Send all ready ({n}) to the secretariat …</translation>
    </message>
    <message>
        <source>IT-avdelingen har valgt leveringsmappen for denne maskinen.</source>
        <translation>The IT department has chosen the delivery folder for this machine.</translation>
    </message>
    <message>
        <source>Velg sekretariatets leveringsmappe</source>
        <translation>Choose the secretariat&apos;s delivery folder</translation>
    </message>
    <message>
        <source>Ingen pakker er klare til å sendes.</source>
        <translation>No packages are ready to be sent.</translation>
    </message>
    <message>
        <source>Sender til sekretariatet – Prosjektark</source>
        <translation>Sending to the secretariat – Prosjektark</translation>
    </message>
    <message>
        <source>Forbereder sending …</source>
        <translation>Preparing to send …</translation>
    </message>
    <message>
        <source>Avbryter etter pakken som sendes nå …</source>
        <translation>Cancelling after the package being sent now …</translation>
    </message>
    <message>
        <source>Mappen {folder} finnes ikke lenger.</source>
        <translation>The folder {folder} no longer exists.</translation>
    </message>
    <message>
        <source>Kunne ikke åpne mappen. Pakken ligger i {folder}.</source>
        <translation>Could not open the folder. The package is in {folder}.</translation>
    </message>
    <message>
        <source>Velg mappe for pakkene</source>
        <translation>Choose a folder for the packages</translation>
    </message>
</context>
<context>
    <name>ownership</name>
    <message>
        <source>«{value}» er ikke et SHA-256-fingeravtrykk (64 heksadesimale tegn).</source>
        <translation>«{value}» is not a SHA-256 fingerprint (64 hexadecimal characters).</translation>
    </message>
    <message>
        <source>Prosjektarket {id} er ikke levert hit ennå, så det har ingen eier å overføre fra. Den første gyldige pakken for arket gjør avsenderen til eier.</source>
        <translation>Project sheet {id} has not been delivered here yet, so it has no owner to hand over from. The first valid package for the sheet makes its sender the owner.</translation>
    </message>
    <message>
        <source>Prosjektarket eies allerede av {owner} (SHA-256 {fingerprint}).</source>
        <translation>The project sheet is already owned by {owner} (SHA-256 {fingerprint}).</translation>
    </message>
    <message>
        <source>Prosjektarket eies allerede av denne signataren (SHA-256 {fingerprint}).</source>
        <translation>The project sheet is already owned by this signer (SHA-256 {fingerprint}).</translation>
    </message>
    <message>
        <source>Prosjektarket ble overført av en annen i mellomtiden (nå til {owner}). Last inn på nytt og prøv igjen.</source>
        <translation>Someone else has handed over the project sheet in the meantime (now to {owner}). Reload and try again.</translation>
    </message>
</context>
<context>
    <name>package</name>
    <message>
        <source>Ukjent fil i pakken: «{name}». Vedlegg må ligge under vedlegg/.</source>
        <translation>Unknown file in the package: «{name}». Attachments must be under vedlegg/.</translation>
    </message>
    <message>
        <source>Ugyldig vedleggsnavn: «{name}».</source>
        <translation>Invalid attachment name: «{name}».</translation>
    </message>
    <message>
        <source>PDF-filen kan ikke leses.</source>
        <translation>The PDF file cannot be read.</translation>
    </message>
    <message>
        <source>Pakken mangler {name}.</source>
        <translation>The package lacks {name}.</translation>
    </message>
    <message>
        <source>To filer i pakken har samme navn (uten hensyn til store/små bokstaver).</source>
        <translation>Two files in the package have the same name (ignoring upper/lower case).</translation>
    </message>
</context>
<context>
    <name>package_reader</name>
    <message>
        <source>Filen kan ikke leses som en pakke (ikke en ZIP-fil, eller den er avkortet/skadet).</source>
        <translation>The file cannot be read as a package (not a ZIP file, or it is truncated/damaged).</translation>
    </message>
    <message>
        <source>Manifestet ({manifest}) må være kodet som UTF-8; andre tegnkodinger godtas ikke.</source>
        <translation>The manifest ({manifest}) must be encoded as UTF-8; other character encodings are not accepted.</translation>
    </message>
    <message>
        <source>Manifestet inneholder DTD/entiteter, som ikke er tillatt.</source>
        <translation>The manifest contains a DTD/entities, which are not allowed.</translation>
    </message>
    <message>
        <source>Filen «{name}» i pakken er endret etter kontrollen (SHA-256 stemmer ikke med det signerte manifestet).</source>
        <translation>The file «{name}» in the package has changed since the check (SHA-256 does not match the signed manifest).</translation>
    </message>
    <message>
        <source>Filen «{name}» kan ikke leses fra pakken lenger; pakken er endret eller skadet etter kontrollen.</source>
        <translation>The file «{name}» can no longer be read from the package; the package has been changed or damaged since the check.</translation>
    </message>
    <message>
        <source>Pakken er for stor ({size} byte; grensen er {cap}).</source>
        <translation>The package is too large ({size} bytes; the limit is {cap}).</translation>
    </message>
    <message>
        <source>Kunne ikke lese {path}: {error}</source>
        <translation>Could not read {path}: {error}</translation>
    </message>
    <message>
        <source>Pakken har for mange filer ({count}; grensen er {cap}).</source>
        <translation>The package has too many files ({count}; the limit is {cap}).</translation>
    </message>
    <message>
        <source>Pakkens innholdsliste er for stor ({size} byte; grensen er {cap}): for mange filer eller for lange navn.</source>
        <translation>The package&apos;s table of contents is too large ({size} bytes; the limit is {cap}): too many files or names too long.</translation>
    </message>
    <message>
        <source>Ugyldig filnavn i pakken (omvendt skråstrek): «{name}».</source>
        <translation>Invalid file name in the package (backslash): «{name}».</translation>
    </message>
    <message>
        <source>Ugyldig filnavn i pakken (absolutt sti): «{name}».</source>
        <translation>Invalid file name in the package (absolute path): «{name}».</translation>
    </message>
    <message>
        <source>Ugyldig filnavn i pakken (peker utenfor pakken med «..»): «{name}».</source>
        <translation>Invalid file name in the package (points outside the package with «..»): «{name}».</translation>
    </message>
    <message>
        <source>Ugyldig filnavn i pakken (tom eller «.»-del): «{name}».</source>
        <translation>Invalid file name in the package (empty or «.» part): «{name}».</translation>
    </message>
    <message>
        <source>Ugyldig filnavn i pakken (kontrolltegn): {name}.</source>
        <translation>Invalid file name in the package (control character): {name}.</translation>
    </message>
    <message>
        <source>Manifestet er for stort ({size} byte; grensen er {cap}).</source>
        <translation>The manifest is too large ({size} bytes; the limit is {cap}).</translation>
    </message>
    <message>
        <source>Signaturfilen er for stor ({size} byte; grensen er {cap}).</source>
        <translation>The signature file is too large ({size} bytes; the limit is {cap}).</translation>
    </message>
    <message>
        <source>{name} er for stor ({size} byte; grensen er {cap}).</source>
        <translation>{name} is too large ({size} bytes; the limit is {cap}).</translation>
    </message>
    <message>
        <source>Pakken pakker ut til for mye data ({size} byte; grensen er {cap}).</source>
        <translation>The package unpacks to too much data ({size} bytes; the limit is {cap}).</translation>
    </message>
    <message>
        <source>Filen «{name}» er kryptert; krypterte filer godtas ikke.</source>
        <translation>The file «{name}» is encrypted; encrypted files are not accepted.</translation>
    </message>
    <message>
        <source>Filen «{name}» er en symbolsk lenke; lenker godtas ikke.</source>
        <translation>The file «{name}» is a symbolic link; links are not accepted.</translation>
    </message>
    <message>
        <source>Filen «{name}» bruker en komprimering som ikke støttes.</source>
        <translation>The file «{name}» uses a compression method that is not supported.</translation>
    </message>
    <message>
        <source>Filen «{name}» er mistenkelig hardt komprimert (forhold {ratio}:1; grensen er {cap}:1), mulig ZIP-bombe.</source>
        <translation>The file «{name}» is suspiciously highly compressed (ratio {ratio}:1; the limit is {cap}:1), possibly a ZIP bomb.</translation>
    </message>
    <message>
        <source>Pakken har to filer med samme navn: «{first}» og «{second}» (uten hensyn til store/små bokstaver og Unicode-normalisering).</source>
        <translation>The package has two files with the same name: «{first}» and «{second}» (ignoring upper/lower case and Unicode normalisation).</translation>
    </message>
    <message>
        <source>Filene «{first}» og «{second}» overlapper hverandre i ZIP-filen, mulig ZIP-bombe.</source>
        <translation>The files «{first}» and «{second}» overlap each other in the ZIP file, possibly a ZIP bomb.</translation>
    </message>
    <message>
        <source>Pakken mangler filen «mimetype»; den er ikke en ASiC-E-pakke.</source>
        <translation>The package lacks the file «mimetype»; it is not an ASiC-E package.</translation>
    </message>
    <message>
        <source>Filen «mimetype» må være den første i pakken.</source>
        <translation>The file «mimetype» must be the first in the package.</translation>
    </message>
    <message>
        <source>Filen «mimetype» må være lagret ukomprimert.</source>
        <translation>The file «mimetype» must be stored uncompressed.</translation>
    </message>
    <message>
        <source>Filen «mimetype» mangler eller er skadet.</source>
        <translation>The file «mimetype» is missing or damaged.</translation>
    </message>
    <message>
        <source>Filen «mimetype» må være den første i pakken, lagret ukomprimert.</source>
        <translation>The file «mimetype» must be the first in the package, stored uncompressed.</translation>
    </message>
    <message>
        <source>Filen «mimetype» skal ikke ha ekstrafelt i ZIP-hodet.</source>
        <translation>The file «mimetype» must not have an extra field in the ZIP header.</translation>
    </message>
    <message>
        <source>Filen «mimetype» må inneholde nøyaktig «{mimetype}».</source>
        <translation>The file «mimetype» must contain exactly «{mimetype}».</translation>
    </message>
    <message>
        <source>Filen «{name}» pakker ut til mer enn den oppgir.</source>
        <translation>The file «{name}» unpacks to more than it declares.</translation>
    </message>
    <message>
        <source>Filen «{name}» i pakken er skadet ({error}).</source>
        <translation>The file «{name}» in the package is damaged ({error}).</translation>
    </message>
    <message>
        <source>Manifestet ({manifest}) er ikke gyldig XML.</source>
        <translation>The manifest ({manifest}) is not valid XML.</translation>
    </message>
    <message>
        <source>{manifest} er ikke et ASiCManifest.</source>
        <translation>{manifest} is not an ASiCManifest.</translation>
    </message>
    <message>
        <source>Manifestet peker ikke på signaturen {signature}.</source>
        <translation>The manifest does not point to the signature {signature}.</translation>
    </message>
    <message>
        <source>Manifestet har en ufullstendig filreferanse.</source>
        <translation>The manifest has an incomplete file reference.</translation>
    </message>
    <message>
        <source>Manifestet nevner «{name}» mer enn én gang.</source>
        <translation>The manifest mentions «{name}» more than once.</translation>
    </message>
    <message>
        <source>Manifestet har en ugyldig sjekksum for «{name}».</source>
        <translation>The manifest has an invalid checksum for «{name}».</translation>
    </message>
    <message>
        <source>Filen «{name}» står i manifestet, men mangler i pakken.</source>
        <translation>The file «{name}» is in the manifest, but missing from the package.</translation>
    </message>
    <message>
        <source>Filen «{name}» ligger i pakken, men står ikke i manifestet (ikke signert).</source>
        <translation>The file «{name}» is in the package, but not in the manifest (not signed).</translation>
    </message>
    <message>
        <source>Manifestet bruker en sjekksumalgoritme som ikke støttes for «{name}».</source>
        <translation>The manifest uses an unsupported checksum algorithm for «{name}».</translation>
    </message>
    <message>
        <source>Pakken mangler {name}.</source>
        <translation>The package lacks {name}.</translation>
    </message>
    <message>
        <source>Signaturen stemmer ikke med manifestet; manifestet er endret.</source>
        <translation>The signature does not match the manifest; the manifest has been changed.</translation>
    </message>
    <message>
        <source>Signaturen over manifestet er ugyldig.</source>
        <translation>The signature over the manifest is invalid.</translation>
    </message>
    <message>
        <source>Fant ikke signeringssertifikatet i signaturen.</source>
        <translation>The signing certificate was not found in the signature.</translation>
    </message>
    <message>
        <source>Pakken er signert av {signer}, som ikke er i tillitslisten.</source>
        <translation>The package is signed by {signer}, who is not in the trust list.</translation>
    </message>
    <message>
        <source>PDF-en i pakken er ikke signert.</source>
        <translation>The PDF in the package is not signed.</translation>
    </message>
    <message>
        <source>PDF-signaturen er ugyldig; PDF-en er endret etter signering.</source>
        <translation>The PDF signature is invalid; the PDF has been changed after signing.</translation>
    </message>
    <message>
        <source>PDF-en er endret etter at den ble signert (tillegg etter signaturen).</source>
        <translation>The PDF has been changed after it was signed (additions after the signature).</translation>
    </message>
    <message>
        <source>PDF-en er signert av {pdf_signer}, men pakken av {package_signer}; de må være samme sertifikat.</source>
        <translation>The PDF is signed by {pdf_signer}, but the package by {package_signer}; they must be the same certificate.</translation>
    </message>
    <message>
        <source>PDF-ens signeringssertifikat er ikke i tillitslisten.</source>
        <translation>The PDF&apos;s signing certificate is not in the trust list.</translation>
    </message>
    <message>
        <source>Vedlegget {problem} Filen i pakken er {member}.</source>
        <translation>Attachment {problem} The file in the package is {member}.</translation>
    </message>
    <message>
        <source>Uventet feil under kontrollen av pakken: {error}</source>
        <translation>Unexpected error while checking the package: {error}</translation>
    </message>
    <message>
        <source>Pakken mangler manifestet {manifest}.</source>
        <translation>The package lacks the manifest {manifest}.</translation>
    </message>
    <message>
        <source>Pakken mangler signaturen {signature}.</source>
        <translation>The package lacks the signature {signature}.</translation>
    </message>
    <message>
        <source>Filene i pakken er ikke kontrollert videre, fordi signaturen over manifestet ikke kan godtas.</source>
        <translation>The files in the package have not been checked further, because the signature over the manifest cannot be accepted.</translation>
    </message>
    <message>
        <source>Filen «{name}» er endret etter signering (SHA-256 stemmer ikke med manifestet).</source>
        <translation>The file «{name}» has been changed after signing (SHA-256 does not match the manifest).</translation>
    </message>
    <message>
        <source>{name} er ikke gyldig JSON (UTF-8).</source>
        <translation>{name} is not valid JSON (UTF-8).</translation>
    </message>
</context>
<context>
    <name>pades</name>
    <message>
        <source>Signert av: {name}</source>
        <translation>Signed by: {name}</translation>
    </message>
    <message>
        <source>Tid: {time}</source>
        <translation>Time: {time}</translation>
    </message>
    <message>
        <source>Revisjon: {revision}</source>
        <translation>Revision: {revision}</translation>
    </message>
    <message>
        <source>Signaturstempelet kan ikke vise disse tegnene: {characters}.</source>
        <translation>The signature stamp cannot show these characters: {characters}.</translation>
    </message>
    <message>
        <source>Kunne ikke signere PDF-en: {reason}</source>
        <translation>Could not sign the PDF: {reason}</translation>
    </message>
    <message>
        <source>PDF-filen kan ikke leses.</source>
        <translation>The PDF file cannot be read.</translation>
    </message>
    <message>
        <source>PDF-en er ikke signert.</source>
        <translation>The PDF is not signed.</translation>
    </message>
    <message>
        <source>PDF-signaturen kunne ikke kontrolleres: {reason}</source>
        <translation>The PDF signature could not be checked: {reason}</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <source>Bruk minst {min} tegn, helst fire eller flere vanlige ord med mellomrom som ikke hører sammen.</source>
        <translation>Use at least {min} characters, preferably four or more common words, with spaces, that do not belong together.</translation>
    </message>
    <message>
        <source>Passordet kan ikke være tomt.</source>
        <translation>The passphrase cannot be empty.</translation>
    </message>
    <message>
        <source>Passordet er ikke godt nok. {hint} {advice}</source>
        <translation>The passphrase is not good enough. {hint} {advice}</translation>
    </message>
    <message>
        <source>For lett å gjette: det inneholder navnet, e-posten eller organisasjonen din.</source>
        <translation>Too easy to guess: it contains your name, e-mail or organisation.</translation>
    </message>
    <message>
        <source>For vanlig: det bygger på et mye brukt passord.</source>
        <translation>Too common: it is based on a widely used password.</translation>
    </message>
    <message>
        <source>For lett å gjette: det gjentar det samme flere ganger.</source>
        <translation>Too easy to guess: it repeats the same thing several times.</translation>
    </message>
    <message>
        <source>For lett å gjette: det er et mønster på tastaturet, som «qwerty».</source>
        <translation>Too easy to guess: it is a keyboard pattern, like “qwerty”.</translation>
    </message>
    <message>
        <source>For lett å gjette: det er en rekke, som «abc» eller «123».</source>
        <translation>Too easy to guess: it is a sequence, like “abc” or “123”.</translation>
    </message>
    <message>
        <source>For lett å gjette: det bygger på en dato eller et årstall.</source>
        <translation>Too easy to guess: it is based on a date or a year.</translation>
    </message>
    <message>
        <source>For lett å gjette: legg til et par ord til.</source>
        <translation>Too easy to guess: add a couple more words.</translation>
    </message>
    <message>
        <source>Bruk minst {min} tegn, helst fire eller flere ord.</source>
        <translation>Use at least {min} characters, preferably four or more words.</translation>
    </message>
    <message>
        <source>For kort: {missing} tegn til (minst {min}).</source>
        <translation>Too short: {missing} more characters (at least {min}).</translation>
    </message>
    <message>
        <source>Sterkt passord.</source>
        <translation>Strong passphrase.</translation>
    </message>
    <message>
        <source>Godkjent. Fire eller flere ord med mellomrom gjør det enda sterkere.</source>
        <translation>Accepted. Four or more words with spaces make it even stronger.</translation>
    </message>
</context>
<context>
    <name>passphrase_dialog</name>
    <message>
        <source>Signer – Prosjektark</source>
        <translation>Sign – Prosjektark</translation>
    </message>
    <message>
        <source>Skriv passordet til signeringsidentiteten din for å signere.</source>
        <translation>Type the passphrase of your signing identity to sign.</translation>
    </message>
    <message>
        <source>Passord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passord:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Lås opp og signer</source>
        <translation>Unlock and sign</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Feil passord. Prøv igjen.</source>
        <translation>Wrong passphrase. Try again.</translation>
    </message>
    <message>
        <source>Bytt passord – Prosjektark</source>
        <translation>Change passphrase – Prosjektark</translation>
    </message>
    <message>
        <source>Bytt passord</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>&amp;Nytt passord:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>&amp;Gjenta nytt passord:</source>
        <translation>&amp;Repeat new passphrase:</translation>
    </message>
    <message>
        <source>Svakt passord – Prosjektark</source>
        <translation>Weak passphrase – Prosjektark</translation>
    </message>
    <message>
        <source>Passordet til identiteten din er svakere enn det Prosjektark nå krever: minst 12 tegn og ikke et vanlig passord. Den som får tak i identitetsfilen, kan gjette et svakt passord raskt og signere i ditt navn.</source>
        <translation>The passphrase of your identity is weaker than Prosjektark now requires: at least 12 characters and not a common password. Whoever gets hold of the identity file can guess a weak passphrase quickly and sign in your name.</translation>
    </message>
    <message>
        <source>Vil du bytte til et sterkere passord nå?</source>
        <translation>Do you want to change to a stronger passphrase now?</translation>
    </message>
    <message>
        <source>&amp;Bytt passord …</source>
        <translation>&amp;Change passphrase …</translation>
    </message>
    <message>
        <source>&amp;Ikke nå</source>
        <translation>&amp;Not now</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>Plass for elektronisk signatur</source>
        <translation>Space for electronic signature</translation>
    </message>
    <message>
        <source>Ikke signert – denne PDF-en er ikke en signert leveranse</source>
        <translation>Not signed – this PDF is not a signed delivery</translation>
    </message>
    <message>
        <source>Ikke signert</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>Denne PDF-en er ikke en</source>
        <translation>This PDF is not a</translation>
    </message>
    <message>
        <source>signert leveranse.</source>
        <translation>signed delivery.</translation>
    </message>
    <message>
        <source>UTKAST</source>
        <translation>DRAFT</translation>
    </message>
    <message>
        <source>PDF-en kan ikke lages: skriften i PDF-en har ikke disse tegnene, og de blir ikke byttet ut med andre.
{characters}
Fjern tegnene eller skriv dem på en annen måte, og prøv igjen. Ingenting er signert.</source>
        <translation>The PDF cannot be made: the PDF&apos;s font does not have these characters, and they are not replaced with others.
{characters}
Remove the characters or write them another way, and try again. Nothing has been signed.</translation>
    </message>
    <message>
        <source>«{code}» (usynlig tegn: {name})</source>
        <translation>«{code}» (invisible character: {name})</translation>
    </message>
    <message>
        <source>«{code}» (usynlig tegn)</source>
        <translation>«{code}» (invisible character)</translation>
    </message>
    <message>
        <source>Dokumentet</source>
        <translation>The document</translation>
    </message>
    <message>
        <source>Side {page} av {total}</source>
        <translation>Page {page} of {total}</translation>
    </message>
    <message>
        <source>{section}: {column}, rad {row}</source>
        <translation>{section}: {column}, row {row}</translation>
    </message>
    <message>
        <source>Funn fra regelkontrollen</source>
        <translation>Findings of the rule check</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Finansieringsform</source>
        <translation>Type of funding</translation>
    </message>
    <message>
        <source>Tiltaksområde</source>
        <translation>Action area</translation>
    </message>
    <message>
        <source>Kommune(r)</source>
        <translation>Municipality(ies)</translation>
    </message>
    <message>
        <source>Ansvarlig etat</source>
        <translation>Responsible agency</translation>
    </message>
    <message>
        <source>Forventet kostnad</source>
        <translation>Expected cost</translation>
    </message>
    <message>
        <source>Revisjon</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>{revision}, sist endret {modified}</source>
        <translation>{revision}, last changed {modified}</translation>
    </message>
    <message>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Uten navn</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>PROSJEKTARK</source>
        <translation>PROJECT SHEET</translation>
    </message>
    <message>
        <source>{amount} ({year}-kroner)</source>
        <translation>{amount} ({year} kroner)</translation>
    </message>
    <message>
        <source>Krav til usikkerhet</source>
        <translation>Required uncertainty</translation>
    </message>
    <message>
        <source>{low}–{high} standardavvik for {estimate}</source>
        <translation>{low}–{high} standard deviation for {estimate}</translation>
    </message>
    <message>
        <source>Opprinnelig beløp</source>
        <translation>Original amount</translation>
    </message>
    <message>
        <source>{amount} i {year}-kroner</source>
        <translation>{amount} in {year} kroner</translation>
    </message>
    <message>
        <source>Ingen spørsmål for denne fasen.</source>
        <translation>No questions for this phase.</translation>
    </message>
    <message>
        <source>Spørsmål</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Ingen kostnadsposter er lagt inn.</source>
        <translation>No cost items have been entered.</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Lav (MNOK)</source>
        <translation>Low (MNOK)</translation>
    </message>
    <message>
        <source>Mest sannsynlig (MNOK)</source>
        <translation>Most likely (MNOK)</translation>
    </message>
    <message>
        <source>Høy (MNOK)</source>
        <translation>High (MNOK)</translation>
    </message>
    <message>
        <source>Lav og høy leses som P10 og P90.</source>
        <translation>Low and high are read as P10 and P90.</translation>
    </message>
    <message>
        <source>Ingen finansiering er lagt inn.</source>
        <translation>No funding has been entered.</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Beløp i MNOK, {year}-kroner.</source>
        <translation>Amounts in MNOK, {year} kroner.</translation>
    </message>
    <message>
        <source>Ingen mål er scoret.</source>
        <translation>No goals have been scored.</translation>
    </message>
    <message>
        <source>Sum poeng</source>
        <translation>Total points</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Poeng</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Poeng: 0 = ingen, 1 = lite, 2 = middels, 3 = stort bidrag til målet.</source>
        <translation>Points: 0 = no, 1 = small, 2 = medium, 3 = large contribution to the goal.</translation>
    </message>
    <message>
        <source>Ingen risikoer er registrert.</source>
        <translation>No risks have been recorded.</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Risiko</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>S</source>
        <translation>P</translation>
    </message>
    <message>
        <source>K</source>
        <translation>C</translation>
    </message>
    <message>
        <source>S × K</source>
        <translation>P × C</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>S = sannsynlighet, K = konsekvens, fra 1 (lav) til 5 (høy).</source>
        <translation>P = probability, C = consequence, from 1 (low) to 5 (high).</translation>
    </message>
    <message>
        <source>Ingen milepæler er registrert.</source>
        <translation>No milestones have been recorded.</translation>
    </message>
    <message>
        <source>Fullført</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Planlagt</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Milepæl</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Ingen behandling er registrert.</source>
        <translation>No consideration has been recorded.</translation>
    </message>
    <message>
        <source>Politisk</source>
        <translation>Political</translation>
    </message>
    <message>
        <source>Administrativ</source>
        <translation>Administrative</translation>
    </message>
    <message>
        <source>Organ</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Overgang</source>
        <translation>Transition</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Vedtak</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Ingen vedlegg.</source>
        <translation>No attachments.</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Størrelse</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>SHA-256 (start)</source>
        <translation>SHA-256 (start)</translation>
    </message>
    <message>
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Hele SHA-256-summen av hver fil står i prosjektark.json og i pakkens manifest.</source>
        <translation>The full SHA-256 sum of each file is in prosjektark.json and in the package&apos;s manifest.</translation>
    </message>
    <message>
        <source>Status og neste behandling</source>
        <translation>Status and next consideration</translation>
    </message>
    <message>
        <source>Neste faseovergang</source>
        <translation>Next phase transition</translation>
    </message>
    <message>
        <source>Ingen: utbygging er den siste fasen.</source>
        <translation>None: construction is the last phase.</translation>
    </message>
    <message>
        <source>{start} til {end} ({transition})</source>
        <translation>{start} to {end} ({transition})</translation>
    </message>
    <message>
        <source>{body} (politisk behandling)</source>
        <translation>{body} (considered by the political bodies)</translation>
    </message>
    <message>
        <source>{body} (administrativ)</source>
        <translation>{body} (administrative)</translation>
    </message>
    <message>
        <source>Behandles av</source>
        <translation>Considered by</translation>
    </message>
    <message>
        <source>Grunnlag</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Forventet kostnad {amount}</source>
        <translation>Expected cost {amount}</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Merk</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Måloppnåelse</source>
        <translation>Goal achievement</translation>
    </message>
    <message>
        <source>{points} av {maximum} poeng ({scored} av {goals} mål har poeng)</source>
        <translation>{points} of {maximum} points ({scored} of {goals} goals have points)</translation>
    </message>
    <message>
        <source>Ingen funn: regelkontrollen fant ingen mangler eller brudd.</source>
        <translation>No findings: the rule check found nothing missing or in breach.</translation>
    </message>
    <message>
        <source>{count} feil</source>
        <translation>{count} error(s)</translation>
    </message>
    <message>
        <source>{count} advarsel</source>
        <translation>{count} warning</translation>
    </message>
    <message>
        <source>{count} advarsler</source>
        <translation>{count} warnings</translation>
    </message>
    <message>
        <source>{count} til informasjon</source>
        <translation>{count} for information</translation>
    </message>
    <message>
        <source>{items} og {last}</source>
        <translation>{items} and {last}</translation>
    </message>
    <message>
        <source>Regelkontrollen fant {findings}. Feil må rettes før arket kan signeres.</source>
        <translation>The rule check found {findings}. Errors must be corrected before the sheet can be signed.</translation>
    </message>
    <message>
        <source>Regelkontrollen fant {findings}.</source>
        <translation>The rule check found {findings}.</translation>
    </message>
    <message>
        <source>Steg</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Verdier fra felt skjemaet ikke lenger har. De er med i arket slik de ble fylt ut.</source>
        <translation>Values of fields the form no longer has. They are kept in the sheet as they were filled in.</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Verdi</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Hele arket</source>
        <translation>The whole sheet</translation>
    </message>
    <message>
        <source>Saksbehandling</source>
        <translation>Case handling</translation>
    </message>
    <message>
        <source>Ikke mottatt til behandling ennå.</source>
        <translation>Not yet received for consideration.</translation>
    </message>
    <message>
        <source>Saksstatus</source>
        <translation>Case state</translation>
    </message>
    <message>
        <source>Betyr</source>
        <translation>Means</translation>
    </message>
    <message>
        <source>{date} ({days} dag)</source>
        <translation>{date} ({days} day)</translation>
    </message>
    <message>
        <source>{date} ({days} dager)</source>
        <translation>{date} ({days} days)</translation>
    </message>
    <message>
        <source>Siden</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Ny revisjon</source>
        <translation>New revision</translation>
    </message>
    <message>
        <source>Ja: en ny revisjon er mottatt siden saksstatusen sist ble endret.</source>
        <translation>Yes: a new revision has been received since the case state was last changed.</translation>
    </message>
    <message>
        <source>Revisjon av arket</source>
        <translation>Revision of the sheet</translation>
    </message>
    <message>
        <source>Saksmappen er laget</source>
        <translation>Case file made</translation>
    </message>
    <message>
        <source>Merknader fra sekretariatet</source>
        <translation>Remarks from the secretariat</translation>
    </message>
    <message>
        <source>Ingen merknader.</source>
        <translation>No remarks.</translation>
    </message>
    <message>
        <source>{count} merknad, {open} ikke besvart.</source>
        <translation>{count} remark, {open} not answered.</translation>
    </message>
    <message>
        <source>{count} merknad, alle besvart.</source>
        <translation>{count} remark, all answered.</translation>
    </message>
    <message>
        <source>{count} merknader, {open} ikke besvart.</source>
        <translation>{count} remarks, {open} not answered.</translation>
    </message>
    <message>
        <source>{count} merknader, alle besvart.</source>
        <translation>{count} remarks, all answered.</translation>
    </message>
    <message>
        <source>revisjon {revision}</source>
        <translation>revision {revision}</translation>
    </message>
    <message>
        <source>ikke sendt</source>
        <translation>not sent</translation>
    </message>
    <message>
        <source>levert med revisjon {revision}</source>
        <translation>delivered with revision {revision}</translation>
    </message>
    <message>
        <source>Ikke besvart</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>Gjelder</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Sakshistorikk</source>
        <translation>Case history</translation>
    </message>
    <message>
        <source>Ingen hendelser er registrert.</source>
        <translation>No events have been recorded.</translation>
    </message>
    <message>
        <source>Alt som er registrert om arket, eldste først, i lokal tid. «Utført av» er navnet og starten av SHA-256-fingeravtrykket til sertifikatet personen brukte.</source>
        <translation>Everything recorded about the sheet, oldest first, in local time. «Done by» is the name and the start of the SHA-256 fingerprint of the certificate the person used.</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Hendelse</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Utført av</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Klar</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Prosjektark</source>
        <translation>Project sheet</translation>
    </message>
    <message>
        <source>Saksmappe</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>Saksmappe: {title}</source>
        <translation>Case file: {title}</translation>
    </message>
    <message>
        <source>Prosjektark, {programme}, revisjon {revision}</source>
        <translation>Project sheet, {programme}, revision {revision}</translation>
    </message>
    <message>
        <source>Prosjektark-ID {id} · revisjon {revision}</source>
        <translation>Project sheet ID {id} · revision {revision}</translation>
    </message>
</context>
<context>
    <name>pdfa</name>
    <message>
        <source>En kryptert PDF kan ikke bli PDF/A.</source>
        <translation>An encrypted PDF cannot become PDF/A.</translation>
    </message>
    <message>
        <source>PDF-filen kan ikke leses: {error}</source>
        <translation>The PDF file cannot be read: {error}</translation>
    </message>
</context>
<context>
    <name>portfolio</name>
    <message>
        <source>«{path}» er en mappe; oppgi et filnavn, f.eks. portefolje.xlsx.</source>
        <translation>“{path}” is a folder; give a file name, e.g. portefolje.xlsx.</translation>
    </message>
    <message>
        <source>Mappen «{path}» finnes ikke.</source>
        <translation>The folder “{path}” does not exist.</translation>
    </message>
    <message>
        <source>Skrev {path} (1 prosjektark).</source>
        <translation>Wrote {path} (1 project sheet).</translation>
    </message>
    <message>
        <source>Skrev {path} ({n} prosjektark).</source>
        <translation>Wrote {path} ({n} project sheets).</translation>
    </message>
    <message>
        <source>Vektet målpoeng</source>
        <translation>Weighted goal points</translation>
    </message>
    <message>
        <source>Sum målpoeng</source>
        <translation>Total goal points</translation>
    </message>
    <message>
        <source>Kostnad per poeng</source>
        <translation>Cost per point</translation>
    </message>
    <message>
        <source>Ingen av programmets mål har poeng med begrunnelse.</source>
        <translation>None of the programme&apos;s goals has points with a justification.</translation>
    </message>
    <message>
        <source>Målpoeng uten begrunnelse for ett mål.</source>
        <translation>Goal points without a justification for one goal.</translation>
    </message>
    <message>
        <source>Målpoeng uten begrunnelse for {count} mål.</source>
        <translation>Goal points without a justification for {count} goals.</translation>
    </message>
    <message>
        <source>1 feil</source>
        <translation>1 error</translation>
    </message>
    <message>
        <source>{count} feil</source>
        <translation>{count} errors</translation>
    </message>
    <message>
        <source>1 advarsel som ikke er kvittert ut</source>
        <translation>1 unacknowledged warning</translation>
    </message>
    <message>
        <source>{count} advarsler som ikke er kvittert ut</source>
        <translation>{count} unacknowledged warnings</translation>
    </message>
    <message>
        <source>Arket har {errors} og {warnings}.</source>
        <translation>The sheet has {errors} and {warnings}.</translation>
    </message>
    <message>
        <source>Arket har {problems}.</source>
        <translation>The sheet has {problems}.</translation>
    </message>
    <message>
        <source>Kostnaden mangler prisår; programmet regner i {wanted}-kroner.</source>
        <translation>The cost has no price year; the programme calculates in {wanted} kroner.</translation>
    </message>
    <message>
        <source>Kostnaden er i {actual}-kroner; programmet regner i {wanted}-kroner.</source>
        <translation>The cost is in {actual} kroner; the programme calculates in {wanted} kroner.</translation>
    </message>
    <message>
        <source>Forventet kostnad mangler.</source>
        <translation>The expected cost is missing.</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Arket er ikke lenger levert (slettet eller i papirkurven).</source>
        <translation>The sheet is no longer delivered (deleted or in the bin).</translation>
    </message>
    <message>
        <source>Arket er trukket.</source>
        <translation>The sheet has been withdrawn.</translation>
    </message>
    <message>
        <source>Revisjon {delivered} er levert; scenarioet bruker revisjon {used}.</source>
        <translation>Revision {delivered} has been delivered; the scenario uses revision {used}.</translation>
    </message>
    <message>
        <source>Nytt navn «{new}» (var «{old}»)</source>
        <translation>New name «{new}» (was «{old}»)</translation>
    </message>
    <message>
        <source>La til {sheet}</source>
        <translation>Added {sheet}</translation>
    </message>
    <message>
        <source>Tok med {sheet}</source>
        <translation>Included {sheet}</translation>
    </message>
    <message>
        <source>Tok ut {sheet} ({reason})</source>
        <translation>Left out {sheet} ({reason})</translation>
    </message>
    <message>
        <source>Tok ut {sheet}</source>
        <translation>Left out {sheet}</translation>
    </message>
    <message>
        <source>Endret begrunnelsen for {sheet}</source>
        <translation>Changed the reason for {sheet}</translation>
    </message>
    <message>
        <source>Oppdaterte {sheet} til revisjon {revision}</source>
        <translation>Updated {sheet} to revision {revision}</translation>
    </message>
    <message>
        <source>Flyttet {sheet} fra plass {old} til {new}</source>
        <translation>Moved {sheet} from place {old} to {new}</translation>
    </message>
    <message>
        <source>Fjernet {sheet}</source>
        <translation>Removed {sheet}</translation>
    </message>
    <message>
        <source>Ingen endring.</source>
        <translation>No change.</translation>
    </message>
    <message>
        <source>Flyttet finansieringen av {sheet} tilbake til opprinnelige år</source>
        <translation>Moved the funding of {sheet} back to its original years</translation>
    </message>
    <message>
        <source>Flyttet finansieringen av {sheet} 1 år senere</source>
        <translation>Moved the funding of {sheet} 1 year later</translation>
    </message>
    <message>
        <source>Flyttet finansieringen av {sheet} 1 år tidligere</source>
        <translation>Moved the funding of {sheet} 1 year earlier</translation>
    </message>
    <message>
        <source>Flyttet finansieringen av {sheet} {years} år senere</source>
        <translation>Moved the funding of {sheet} {years} years later</translation>
    </message>
    <message>
        <source>Flyttet finansieringen av {sheet} {years} år tidligere</source>
        <translation>Moved the funding of {sheet} {years} years earlier</translation>
    </message>
    <message>
        <source>Portefølje</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Per tiltaksområde</source>
        <translation>By action area</translation>
    </message>
    <message>
        <source>Utskrift</source>
        <translation>Printout</translation>
    </message>
    <message>
        <source>(uten tiltaksområde)</source>
        <translation>(no action area)</translation>
    </message>
    <message>
        <source>Andre år (MNOK)</source>
        <translation>Other years (MNOK)</translation>
    </message>
    <message>
        <source>Sum finansiering (MNOK)</source>
        <translation>Total funding (MNOK)</translation>
    </message>
    <message>
        <source>Signert</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Signert av</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Fingeravtrykk</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Prosjektnavn</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>Kommune(r)</source>
        <translation>Municipality(ies)</translation>
    </message>
    <message>
        <source>Ansvarlig etat</source>
        <translation>Responsible agency</translation>
    </message>
    <message>
        <source>Tiltaksområde</source>
        <translation>Action area</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Finansieringsform</source>
        <translation>Type of funding</translation>
    </message>
    <message>
        <source>Forventet kostnad (MNOK)</source>
        <translation>Expected cost (MNOK)</translation>
    </message>
    <message>
        <source>Standardavvik (%)</source>
        <translation>Standard deviation (%)</translation>
    </message>
    <message>
        <source>Type estimat</source>
        <translation>Type of estimate</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Feil</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Advarsler</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Målpoeng</source>
        <translation>Goal points</translation>
    </message>
    <message>
        <source>Maks poeng</source>
        <translation>Max points</translation>
    </message>
    <message>
        <source>Neste beslutning</source>
        <translation>Next decision</translation>
    </message>
    <message>
        <source>Revisjon</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Prosjektark-ID</source>
        <translation>Project sheet ID</translation>
    </message>
    <message>
        <source>Portefølje – Prosjektark</source>
        <translation>Portfolio – Prosjektark</translation>
    </message>
    <message>
        <source>{transition}: uavklart (kostnaden må rettes)</source>
        <translation>{transition}: unresolved (the cost must be corrected)</translation>
    </message>
    <message>
        <source>{transition}: uavklart (forventet kostnad mangler)</source>
        <translation>{transition}: unresolved (expected cost missing)</translation>
    </message>
    <message>
        <source>{transition}: uavklart (ingen regel passer)</source>
        <translation>{transition}: unresolved (no rule applies)</translation>
    </message>
    <message>
        <source>{transition}: {body}</source>
        <translation>{transition}: {body}</translation>
    </message>
    <message>
        <source>{transition}: {body} (politisk)</source>
        <translation>{transition}: {body} (political)</translation>
    </message>
    <message>
        <source>{transition}: {body} (administrativ)</source>
        <translation>{transition}: {body} (administrative)</translation>
    </message>
    <message>
        <source>&amp;A – side &amp;P av &amp;N</source>
        <translation>&amp;A – page &amp;P of &amp;N</translation>
    </message>
    <message>
        <source>Antall ark</source>
        <translation>Number of sheets</translation>
    </message>
    <message>
        <source>Sum {programme}</source>
        <translation>Total {programme}</translation>
    </message>
    <message>
        <source>Laget {date} fra {count} prosjektark.</source>
        <translation>Made {date} from {count} project sheets.</translation>
    </message>
    <message>
        <source>Ark i papirkurven er ikke med.</source>
        <translation>Sheets in the bin are not included.</translation>
    </message>
    <message>
        <source>Utvalg: bare ark i {programme}.</source>
        <translation>Selection: only sheets in {programme}.</translation>
    </message>
    <message>
        <source>Hvert program summeres for seg; det er ingen sum på tvers av programmene.</source>
        <translation>Each programme is totalled on its own; there is no total across the programmes.</translation>
    </message>
    <message>
        <source>År utenfor et programs periode er tomme for det programmet; slike beløp står i «Andre år».</source>
        <translation>Years outside a programme&apos;s period are empty for that programme; such amounts are under «Other years».</translation>
    </message>
    <message>
        <source>«Signert» i arket Portefølje er når pakken ble signert (lokal tid), ikke når den ble importert.</source>
        <translation>«Signed» in the Portfolio worksheet is when the package was signed (local time), not when it was imported.</translation>
    </message>
    <message>
        <source>Kunne ikke lese revisjon {revision} av prosjektarket {id} fra databasen. {error}</source>
        <translation>Could not read revision {revision} of project sheet {id} from the database. {error}</translation>
    </message>
    <message>
        <source>Rammen for {year}, {source} står mer enn én gang. Slå linjene sammen og prøv igjen.</source>
        <translation>The frame for {year}, {source} appears more than once. Merge the lines and try again.</translation>
    </message>
    <message>
        <source>Rammene for {profile} ble endret av {who}, etter at du hentet dem. Endringene dine er ikke lagret. Last inn rammene på nytt og gjør endringene der.</source>
        <translation>The frames for {profile} were changed by {who} after you fetched them. Your changes have not been saved. Reload the frames and make the changes there.</translation>
    </message>
    <message>
        <source>Scenarioet «{name}» finnes allerede.</source>
        <translation>The scenario «{name}» already exists.</translation>
    </message>
    <message>
        <source>Fant ikke scenarioet. Det kan være slettet av en annen.</source>
        <translation>The scenario was not found. Someone else may have deleted it.</translation>
    </message>
    <message>
        <source>Det finnes et scenario som heter «{name}» i både {first} og {second}. Velg program (--profile).</source>
        <translation>There is a scenario called «{name}» in both {first} and {second}. Choose a programme (--profile).</translation>
    </message>
    <message>
        <source>Et rammebeløp i databasen er ikke et tall: «{value}».</source>
        <translation>A frame amount in the database is not a number: «{value}».</translation>
    </message>
    <message>
        <source>en annen</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>Scenarioet må ha et navn.</source>
        <translation>The scenario must have a name.</translation>
    </message>
    <message>
        <source>Det finnes allerede et scenario som heter «{name}» i {profile}. Velg et annet navn.</source>
        <translation>There is already a scenario called «{name}» in {profile}. Choose another name.</translation>
    </message>
    <message>
        <source>Prosjektarket {id} står mer enn én gang i scenarioet.</source>
        <translation>Project sheet {id} appears more than once in the scenario.</translation>
    </message>
    <message>
        <source>Scenarioet «{name}» er slettet av en annen mens du arbeidet med det. Endringene dine er ikke lagret.</source>
        <translation>The scenario «{name}» was deleted by someone else while you were working on it. Your changes have not been saved.</translation>
    </message>
    <message>
        <source>Scenarioet «{name}» ble lagret av {who}, etter at du åpnet det. Endringene dine er ikke lagret. Last inn scenarioet på nytt og gjør endringene der.</source>
        <translation>The scenario «{name}» was saved by {who} after you opened it. Your changes have not been saved. Reload the scenario and make the changes there.</translation>
    </message>
</context>
<context>
    <name>portfolio_model</name>
    <message>
        <source>Ingen gruppering</source>
        <translation>No grouping</translation>
    </message>
    <message>
        <source>Tiltaksområde</source>
        <translation>Action area</translation>
    </message>
    <message>
        <source>Arbeidsgruppe</source>
        <translation>Working group</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>(uten tiltaksområde)</source>
        <translation>(no action area)</translation>
    </message>
    <message>
        <source>(uten arbeidsgruppe)</source>
        <translation>(no working group)</translation>
    </message>
    <message>
        <source>(uten kommune)</source>
        <translation>(no municipality)</translation>
    </message>
    <message>
        <source>Kan ikke sammenlignes</source>
        <translation>Cannot be compared</translation>
    </message>
    <message>
        <source>Ikke i scenarioet</source>
        <translation>Not in the scenario</translation>
    </message>
    <message>
        <source>(arket finnes ikke lenger)</source>
        <translation>(the sheet no longer exists)</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Plass blant arkene som er med, i scenarioets rekkefølge (som i forslaget)</source>
        <translation>Place among the sheets that are in, in the scenario&apos;s order (as in the proposal)</translation>
    </message>
    <message>
        <source>Med</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Med i scenarioet (mellomrom tar med eller ut)</source>
        <translation>In the scenario (space takes it in or out)</translation>
    </message>
    <message>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Forhold</source>
        <translation>Issues</translation>
    </message>
    <message>
        <source>Hvorfor arket ikke kan sammenlignes, eller er endret</source>
        <translation>Why the sheet cannot be compared, or has changed</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Forventet</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Forventet kostnad, MNOK</source>
        <translation>Expected cost, MNOK</translation>
    </message>
    <message>
        <source>P50-kostnad, MNOK</source>
        <translation>P50 cost, MNOK</translation>
    </message>
    <message>
        <source>P85-kostnad, MNOK</source>
        <translation>P85 cost, MNOK</translation>
    </message>
    <message>
        <source>Usikkerhet</source>
        <translation>Uncertainty</translation>
    </message>
    <message>
        <source>Standardavvik i prosent</source>
        <translation>Standard deviation in per cent</translation>
    </message>
    <message>
        <source>Målpoeng for «{goal}» (vekt {weight})</source>
        <translation>Goal points for «{goal}» (weight {weight})</translation>
    </message>
    <message>
        <source>Sum poeng</source>
        <translation>Total points</translation>
    </message>
    <message>
        <source>Sum målpoeng</source>
        <translation>Total goal points</translation>
    </message>
    <message>
        <source>Vektet</source>
        <translation>Weighted</translation>
    </message>
    <message>
        <source>Vektet målpoeng (vektene står i avtaleprofilen)</source>
        <translation>Weighted goal points (the weights are in the agreement profile)</translation>
    </message>
    <message>
        <source>MNOK/poeng</source>
        <translation>MNOK/point</translation>
    </message>
    <message>
        <source>Forventet kostnad per målpoeng</source>
        <translation>Expected cost per goal point</translation>
    </message>
    <message>
        <source>Finansiering i {year}, MNOK, etter eventuell flytting</source>
        <translation>Funding in {year}, MNOK, after any shift</translation>
    </message>
    <message>
        <source>Flyttet</source>
        <translation>Shifted</translation>
    </message>
    <message>
        <source>Finansieringen flyttet så mange år (Ctrl+Høyre/Venstre)</source>
        <translation>Funding shifted by this many years (Ctrl+Right/Left)</translation>
    </message>
    <message>
        <source>Byggestart</source>
        <translation>Construction start</translation>
    </message>
    <message>
        <source>Neste milepæl</source>
        <translation>Next milestone</translation>
    </message>
    <message>
        <source>Milepæler</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>Milepæler nådd av alle</source>
        <translation>Milestones reached of all</translation>
    </message>
    <message>
        <source>Saksstatus</source>
        <translation>Case state</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Hvorfor arket er tatt ut</source>
        <translation>Why the sheet was taken out</translation>
    </message>
    <message>
        <source>+1 år</source>
        <translation>+1 year</translation>
    </message>
    <message>
        <source>{minus}1 år</source>
        <translation>{minus}1 year</translation>
    </message>
    <message>
        <source>+{n} år</source>
        <translation>+{n} years</translation>
    </message>
    <message>
        <source>{minus}{n} år</source>
        <translation>{minus}{n} years</translation>
    </message>
    <message>
        <source>Ikke i scenarioet.</source>
        <translation>Not in the scenario.</translation>
    </message>
    <message>
        <source>Kan ikke sammenlignes: {reasons}</source>
        <translation>Cannot be compared: {reasons}</translation>
    </message>
    <message>
        <source>Til ny vurdering: {reason}</source>
        <translation>For reassessment: {reason}</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{done} av {total}</source>
        <translation>{done} of {total}</translation>
    </message>
    <message>
        <source>{title} (revisjon {revision})</source>
        <translation>{title} (revision {revision})</translation>
    </message>
    <message>
        <source>Flyttet {shift} fra {year}.</source>
        <translation>Shifted {shift} from {year}.</translation>
    </message>
    <message>
        <source>{group} (1 ark, med: {used})</source>
        <translation>{group} (1 sheet, in: {used})</translation>
    </message>
    <message>
        <source>{group} ({n} ark, med: {used})</source>
        <translation>{group} ({n} sheets, in: {used})</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Ramme</source>
        <translation>Frame</translation>
    </message>
    <message>
        <source>Brukt</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Igjen</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ingen ramme</source>
        <translation>no frame</translation>
    </message>
    <message>
        <source>Hele programmet</source>
        <translation>Whole programme</translation>
    </message>
    <message>
        <source>Over: brukt uten ramme</source>
        <translation>Over: used without a frame</translation>
    </message>
    <message>
        <source>Over rammen med {amount}</source>
        <translation>Over the frame by {amount}</translation>
    </message>
    <message>
        <source>Rammen er brukt opp</source>
        <translation>The frame is used up</translation>
    </message>
    <message>
        <source>Under rammen, {amount} ledig</source>
        <translation>Under the frame, {amount} available</translation>
    </message>
    <message>
        <source>Sum alle kilder</source>
        <translation>Total, all sources</translation>
    </message>
    <message>
        <source>Det er ikke satt noen ramme for dette året og denne kilden (Rammer …).</source>
        <translation>No frame has been set for this year and this source (Frames …).</translation>
    </message>
    <message>
        <source>Millioner kroner</source>
        <translation>Millions of kroner</translation>
    </message>
</context>
<context>
    <name>portfolio_page</name>
    <message>
        <source>Nytt scenario</source>
        <translation>New scenario</translation>
    </message>
    <message>
        <source>Ikke lagret</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Uventet feil under innlesingen: {error}</source>
        <translation>Unexpected error while reading: {error}</translation>
    </message>
    <message>
        <source>Leser de leverte arkene …</source>
        <translation>Reading the delivered sheets …</translation>
    </message>
    <message>
        <source>Kontrollerer ark {n} av {total} …</source>
        <translation>Checking sheet {n} of {total} …</translation>
    </message>
    <message>
        <source>Leser revisjonene scenarioet bruker …</source>
        <translation>Reading the revisions the scenario uses …</translation>
    </message>
    <message>
        <source>Tiltak som har fått midler og ikke har startet bygging innen fristen avtaleprofilen setter</source>
        <translation>Measures that have received funds and have not started construction within the deadline the agreement profile sets</translation>
    </message>
    <message>
        <source>Tiltak som fikk midler for minst 1 år siden og ikke har startet bygging</source>
        <translation>Measures that received funds at least 1 year ago and have not started construction</translation>
    </message>
    <message>
        <source>Tiltak som fikk midler for minst {years} år siden og ikke har startet bygging</source>
        <translation>Measures that received funds at least {years} years ago and have not started construction</translation>
    </message>
    <message>
        <source>Ta med «{title}»</source>
        <translation>Take in «{title}»</translation>
    </message>
    <message>
        <source>Ta ut «{title}»</source>
        <translation>Take out «{title}»</translation>
    </message>
    <message>
        <source>Flytt «{title}»</source>
        <translation>Move «{title}»</translation>
    </message>
    <message>
        <source>Flytt finansieringen av «{title}»</source>
        <translation>Shift the funding of «{title}»</translation>
    </message>
    <message>
        <source>Bruk revisjon {revision} av «{title}»</source>
        <translation>Use revision {revision} of «{title}»</translation>
    </message>
    <message>
        <source>Ta ut av scenarioet</source>
        <translation>Take out of the scenario</translation>
    </message>
    <message>
        <source>Hvorfor tas «{title}» ut av scenarioet?</source>
        <translation>Why is «{title}» taken out of the scenario?</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Begrunnelsen står i forslaget til handlingsprogram. Ctrl+Enter tar ut.</source>
        <translation>The reason is printed in the proposed action programme. Ctrl+Enter takes it out.</translation>
    </message>
    <message>
        <source>Ta ut</source>
        <translation>Take out</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Hvem endret hva – {scenario}</source>
        <translation>Who changed what – {scenario}</translation>
    </message>
    <message>
        <source>Når</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Versjon</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Scenarioet er ikke lagret ennå.</source>
        <translation>The scenario has not been saved yet.</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Last inn på nytt</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Lagre mine endringer som nytt scenario …</source>
        <translation>Save my changes as a new scenario …</translation>
    </message>
    <message>
        <source>Bruk ny revisjon</source>
        <translation>Use new revision</translation>
    </message>
    <message>
        <source>Portefølje</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>S&amp;cenario:</source>
        <translation>S&amp;cenario:</translation>
    </message>
    <message>
        <source>&amp;Nytt scenario …</source>
        <translation>&amp;New scenario …</translation>
    </message>
    <message>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Lagre scenarioet (Ctrl+S)</source>
        <translation>Save the scenario (Ctrl+S)</translation>
    </message>
    <message>
        <source>Lagre s&amp;om …</source>
        <translation>Sa&amp;ve as …</translation>
    </message>
    <message>
        <source>Slett</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Endringer …</source>
        <translation>Changes …</translation>
    </message>
    <message>
        <source>Hvem som har endret scenarioet, når og hva</source>
        <translation>Who has changed the scenario, when and what</translation>
    </message>
    <message>
        <source>Sammenlign …</source>
        <translation>Compare …</translation>
    </message>
    <message>
        <source>Filtrer på tittel, kommune …</source>
        <translation>Filter by title, municipality …</translation>
    </message>
    <message>
        <source>Filtrer på tittel, kommune, arbeidsgruppe, tiltaksområde</source>
        <translation>Filter by title, municipality, working group, action area</translation>
    </message>
    <message>
        <source>Filtrer porteføljen</source>
        <translation>Filter the portfolio</translation>
    </message>
    <message>
        <source>Filt&amp;er:</source>
        <translation>Filt&amp;er:</translation>
    </message>
    <message>
        <source>Saksstatuser som vises</source>
        <translation>Case states shown</translation>
    </message>
    <message>
        <source>Saksstat&amp;us:</source>
        <translation>Case s&amp;tates:</translation>
    </message>
    <message>
        <source>&amp;Gruppér:</source>
        <translation>&amp;Group by:</translation>
    </message>
    <message>
        <source>R&amp;anger etter:</source>
        <translation>Ran&amp;k by:</translation>
    </message>
    <message>
        <source>Ranger</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Ordne scenarioet etter valgt mål. Ark som ikke kan sammenlignes, kommer til slutt.</source>
        <translation>Order the scenario by the chosen goal. Sheets that cannot be compared come last.</translation>
    </message>
    <message>
        <source>Bare til n&amp;y vurdering</source>
        <translation>Only for re&amp;assessment</translation>
    </message>
    <message>
        <source>&amp;Bruk ny revisjon</source>
        <translation>&amp;Use new revision</translation>
    </message>
    <message>
        <source>Porteføljens ark</source>
        <translation>The portfolio&apos;s sheets</translation>
    </message>
    <message>
        <source>Balanse mot rammene</source>
        <translation>Balance against the frames</translation>
    </message>
    <message>
        <source>Ra&amp;mmer …</source>
        <translation>Fra&amp;mes …</translation>
    </message>
    <message>
        <source>Les &amp;inn på nytt</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Les porteføljen, rammene og hva som er endret i arkene på nytt (F5). Endringer i scenarioet som ikke er lagret, beholdes.</source>
        <translation>Read the portfolio, the frames and what has changed in the sheets again (F5). Unsaved changes to the scenario are kept.</translation>
    </message>
    <message>
        <source>Balanse mot rammene, per år og kilde</source>
        <translation>Balance against the frames, per year and source</translation>
    </message>
    <message>
        <source>Mellomrom: med/ut · Alt+Pil opp/ned: flytt i rangeringen · Ctrl+Pil høyre/venstre: finansieringen et år senere/tidligere · Ctrl+Z angrer</source>
        <translation>Space: in/out · Alt+Up/Down: move in the ranking · Ctrl+Right/Left: funding a year later/earlier · Ctrl+Z undoes</translation>
    </message>
    <message>
        <source>&amp;Angre</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Gjør om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Lagre scenario</source>
        <translation>Save scenario</translation>
    </message>
    <message>
        <source>Les inn på nytt</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Porteføljen er lest inn på nytt.</source>
        <translation>The portfolio has been read again.</translation>
    </message>
    <message>
        <source>Kunne ikke sjekke om porteføljen er endret: {error}</source>
        <translation>Could not check whether the portfolio has changed: {error}</translation>
    </message>
    <message>
        <source>Kunne ikke lese rammene: {error}</source>
        <translation>Could not read the frames: {error}</translation>
    </message>
    <message>
        <source>programmet</source>
        <translation>the programme</translation>
    </message>
    <message>
        <source>Rammene for {programme} er endret siden porteføljen ble lest inn. Balansen viser nå rammene slik de er lagret.</source>
        <translation>The frames for {programme} have changed since the portfolio was read. The balance now shows the frames as they are saved.</translation>
    </message>
    <message>
        <source>Ingen avtaleprofil har porteføljeoppsett ([portfolio] i profilen).</source>
        <translation>No agreement profile has a portfolio set-up ([portfolio] in the profile).</translation>
    </message>
    <message>
        <source>Kunne ikke lese scenarioene: {error}</source>
        <translation>Could not read the scenarios: {error}</translation>
    </message>
    <message>
        <source>Portefølje – Prosjektark</source>
        <translation>Portfolio – Prosjektark</translation>
    </message>
    <message>
        <source>Leser porteføljen …</source>
        <translation>Reading the portfolio …</translation>
    </message>
    <message>
        <source>Avbryter innlesingen …</source>
        <translation>Cancelling the reading …</translation>
    </message>
    <message>
        <source>Innlesingen ble avbrutt. Porteføljen viser det som var lest inn før.</source>
        <translation>The reading was cancelled. The portfolio shows what had been read before.</translation>
    </message>
    <message>
        <source>Kunne ikke lese porteføljen: {error}</source>
        <translation>Could not read the portfolio: {error}</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <source>{n} av {total}</source>
        <translation>{n} of {total}</translation>
    </message>
    <message>
        <source>{scenario} (ikke lagret)</source>
        <translation>{scenario} (not saved)</translation>
    </message>
    <message>
        <source>Endringene i scenarioet er ikke lagret (Lagre).</source>
        <translation>The changes to the scenario have not been saved (Save).</translation>
    </message>
    <message>
        <source>Nytt, ikke lagret</source>
        <translation>New, not saved</translation>
    </message>
    <message>
        <source>Scenarioet er laget fra porteføljen, men ikke lagret.</source>
        <translation>The scenario was made from the portfolio, but has not been saved.</translation>
    </message>
    <message>
        <source>Lagret</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Versjon {version}, lagret av {who} {when}</source>
        <translation>Version {version}, saved by {who} {when}</translation>
    </message>
    <message>
        <source>… og {n} til.</source>
        <translation>… and {n} more.</translation>
    </message>
    <message>
        <source>1 ark i scenarioet er endret siden scenarioet ble laget. Scenarioet regner fortsatt med revisjonen det ble laget med; velg arket og «Bruk ny revisjon» for å ta inn den nye.</source>
        <translation>1 sheet in the scenario has changed since the scenario was made. The scenario still counts the revision it was made with; choose the sheet and «Use new revision» to take in the new one.</translation>
    </message>
    <message>
        <source>{n} ark i scenarioet er endret siden scenarioet ble laget. Scenarioet regner fortsatt med revisjonen det ble laget med; velg arket og «Bruk ny revisjon» for å ta inn den nye.</source>
        <translation>{n} sheets in the scenario have changed since the scenario was made. The scenario still counts the revision it was made with; choose the sheet and «Use new revision» to take in the new one.</translation>
    </message>
    <message>
        <source>{shown} av {total} ark vises · {included} av {entries} med</source>
        <translation>{shown} of {total} sheets shown · {included} of {entries} in</translation>
    </message>
    <message>
        <source>({hidden} som er med, er skjult av filteret)</source>
        <translation>({hidden} that are in are hidden by the filter)</translation>
    </message>
    <message>
        <source>finansiering med: {amount}</source>
        <translation>funding in: {amount}</translation>
    </message>
    <message>
        <source>Ingen rammer eller bruk ennå. Legg inn programmets rammer med «Rammer …».</source>
        <translation>No frames or use yet. Enter the programme&apos;s frames with «Frames …».</translation>
    </message>
    <message>
        <source>Alt er innenfor rammene.</source>
        <translation>Everything is within the frames.</translation>
    </message>
    <message>
        <source>over med {amount}</source>
        <translation>over by {amount}</translation>
    </message>
    <message>
        <source>{amount} uten ramme</source>
        <translation>{amount} without a frame</translation>
    </message>
    <message>
        <source>Over rammen ({n}): {lines} og {more} til.</source>
        <translation>Over the frame ({n}): {lines} and {more} more.</translation>
    </message>
    <message>
        <source>Over rammen ({n}): {lines}.</source>
        <translation>Over the frame ({n}): {lines}.</translation>
    </message>
    <message>
        <source>tilbake til opprinnelige år</source>
        <translation>back to the original years</translation>
    </message>
    <message>
        <source>Finansieringen av «{title}»: {moved}.</source>
        <translation>Funding of «{title}»: {moved}.</translation>
    </message>
    <message>
        <source>Scenarioet er allerede i denne rekkefølgen.</source>
        <translation>The scenario is already in this order.</translation>
    </message>
    <message>
        <source>Ranger etter {kind}</source>
        <translation>Rank by {kind}</translation>
    </message>
    <message>
        <source>Rangert etter {kind}. {flagged} ark som ikke kan sammenlignes, står til slutt (se «Forhold»).</source>
        <translation>Ranked by {kind}. {flagged} sheet(s) that cannot be compared are placed last (see «Issues»).</translation>
    </message>
    <message>
        <source>Velg et ark i scenarioet som har en nyere levert revisjon.</source>
        <translation>Choose a sheet in the scenario that has a newer delivered revision.</translation>
    </message>
    <message>
        <source>Endringene i «{scenario}» er ikke lagret.</source>
        <translation>The changes to «{scenario}» have not been saved.</translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Forkast endringene</source>
        <translation>Discard the changes</translation>
    </message>
    <message>
        <source>Endringene dine i scenarioet blir forkastet og den lagrede versjonen vises. Vil du heller beholde dem, velg «Lagre mine endringer som nytt scenario …».</source>
        <translation>Your changes to the scenario will be discarded and the saved version shown. To keep them instead, choose «Save my changes as a new scenario …».</translation>
    </message>
    <message>
        <source>«{scenario}» er lest inn på nytt: versjon {version}, lagret av {who}.</source>
        <translation>“{scenario}” has been reloaded: version {version}, saved by {who}.</translation>
    </message>
    <message>
        <source>{error} De er fortsatt her til du laster inn på nytt; vil du beholde dem, velg «Lagre mine endringer som nytt scenario …».</source>
        <translation>{error} They are still here until you reload; to keep them, choose “Save my changes as a new scenario …”.</translation>
    </message>
    <message>
        <source>Scenarioet ble ikke lagret: {error}</source>
        <translation>The scenario was not saved: {error}</translation>
    </message>
    <message>
        <source>Scenarioet «{scenario}» er lagret (versjon {version}).</source>
        <translation>The scenario «{scenario}» has been saved (version {version}).</translation>
    </message>
    <message>
        <source>Navn på scenarioet:</source>
        <translation>Name of the scenario:</translation>
    </message>
    <message>
        <source>{scenario} (kopi)</source>
        <translation>{scenario} (copy)</translation>
    </message>
    <message>
        <source>Lagre scenario som</source>
        <translation>Save scenario as</translation>
    </message>
    <message>
        <source>Lagret som kopi av «{scenario}» versjon {version} med endringer som ikke var lagret.</source>
        <translation>Saved as a copy of «{scenario}» version {version} with changes that had not been saved.</translation>
    </message>
    <message>
        <source>Lagret som kopi av «{scenario}» versjon {version}.</source>
        <translation>Saved as a copy of «{scenario}» version {version}.</translation>
    </message>
    <message>
        <source>Scenarioet «{scenario}» er lagret.</source>
        <translation>The scenario «{scenario}» has been saved.</translation>
    </message>
    <message>
        <source>Scenarioet ble ikke laget: {error}</source>
        <translation>The scenario was not created: {error}</translation>
    </message>
    <message>
        <source>Slett scenario</source>
        <translation>Delete scenario</translation>
    </message>
    <message>
        <source>Slette scenarioet «{scenario}» med alt som er registrert om hvem som endret hva? Dette kan ikke angres.</source>
        <translation>Delete the scenario «{scenario}» with everything recorded about who changed what? This cannot be undone.</translation>
    </message>
    <message>
        <source>Scenarioet «{scenario}» er slettet.</source>
        <translation>The scenario «{scenario}» has been deleted.</translation>
    </message>
    <message>
        <source>Det trengs to lagrede scenarioer for å sammenligne.</source>
        <translation>Two saved scenarios are needed to compare.</translation>
    </message>
    <message>
        <source>Porteføljen er ikke lest inn.</source>
        <translation>The portfolio has not been read.</translation>
    </message>
    <message>
        <source>Lagre scenarioet før forslaget eksporteres.</source>
        <translation>Save the scenario before the proposal is exported.</translation>
    </message>
    <message>
        <source>Scenarioet har endringer som ikke er lagret. Lagre før forslaget eksporteres.</source>
        <translation>The scenario has unsaved changes. Save before the proposal is exported.</translation>
    </message>
    <message>
        <source>Kunne ikke lese scenarioet: {error}</source>
        <translation>Could not read the scenario: {error}</translation>
    </message>
    <message>
        <source>Forslag – Prosjektark</source>
        <translation>Proposal – Prosjektark</translation>
    </message>
    <message>
        <source>Avbryter …</source>
        <translation>Cancelling …</translation>
    </message>
    <message>
        <source>Eksporten ble avbrutt; ingenting er skrevet.</source>
        <translation>The export was cancelled; nothing has been written.</translation>
    </message>
    <message>
        <source>Forslaget bruker de lagrede rammene.</source>
        <translation>The proposal uses the saved frames.</translation>
    </message>
    <message>
        <source>«{scenario}» er lagret i versjon {version} av {who} etter at du åpnet det. Forslaget er laget fra den lagrede versjonen; les inn på nytt (F5) for å se den.</source>
        <translation>«{scenario}» was saved in version {version} by {who} after you opened it. The proposal is made from the saved version; refresh (F5) to see it.</translation>
    </message>
    <message>
        <source>en annen</source>
        <translation>someone else</translation>
    </message>
</context>
<context>
    <name>price_index</name>
    <message>
        <source>Året {year} må ligge mellom {first} og {last}.</source>
        <translation>The year {year} must be between {first} and {last}.</translation>
    </message>
    <message>
        <source>Indeksen for {year} må være et positivt tall.</source>
        <translation>The index for {year} must be a positive number.</translation>
    </message>
    <message>
        <source>indeksen for {year} er ikke et tall</source>
        <translation>the index for {year} is not a number</translation>
    </message>
    <message>
        <source>ikke gyldig TOML ({error})</source>
        <translation>not valid TOML ({error})</translation>
    </message>
    <message>
        <source>mangler tabellen [{table}]</source>
        <translation>the table [{table}] is missing</translation>
    </message>
    <message>
        <source>«{key}» er ikke et årstall</source>
        <translation>“{key}” is not a year</translation>
    </message>
    <message>
        <source>Egen prisindeks for {profile} ({id}), skrevet av Prosjektark.</source>
        <translation>Own price index for {profile} ({id}), written by Prosjektark.</translation>
    </message>
    <message>
        <source>Årene her erstatter eller utvider programmets tabell.</source>
        <translation>The years here replace or extend the programme&apos;s table.</translation>
    </message>
    <message>
        <source>Kunne ikke lese {file}: {error}</source>
        <translation>Could not read {file}: {error}</translation>
    </message>
    <message>
        <source>Kunne ikke fjerne {file}: {error}</source>
        <translation>Could not remove {file}: {error}</translation>
    </message>
    <message>
        <source>Kunne ikke skrive {file}: {error}</source>
        <translation>Could not write {file}: {error}</translation>
    </message>
</context>
<context>
    <name>price_index_dialog</name>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Indeks</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Fyll inn året.</source>
        <translation>Fill in the year.</translation>
    </message>
    <message>
        <source>Rad {row}: {problem}</source>
        <translation>Row {row}: {problem}</translation>
    </message>
    <message>
        <source>Året {year} står to ganger.</source>
        <translation>The year {year} appears twice.</translation>
    </message>
    <message>
        <source>Fyll inn indeksen for {year}.</source>
        <translation>Fill in the index for {year}.</translation>
    </message>
    <message>
        <source>Prisindeks</source>
        <translation>Price index</translation>
    </message>
    <message>
        <source>Prisindeksen regner beløp om til programmets prisnivå: beløp × indeks(programmets år) / indeks(beløpets år). Du kan rette tallene og legge til år. Endringene lagres bare på denne maskinen.</source>
        <translation>The price index converts amounts to the programme&apos;s price level: amount × index(programme&apos;s year) / index(amount&apos;s year). You can correct the numbers and add years. The changes are saved on this machine only.</translation>
    </message>
    <message>
        <source>Avtaleprofil</source>
        <translation>Agreement profile</translation>
    </message>
    <message>
        <source>&amp;Avtaleprofil:</source>
        <translation>&amp;Agreement profile:</translation>
    </message>
    <message>
        <source>Prisindeks per år</source>
        <translation>Price index per year</translation>
    </message>
    <message>
        <source>Legg til å&amp;r</source>
        <translation>Add yea&amp;r</translation>
    </message>
    <message>
        <source>&amp;Fjern år</source>
        <translation>Re&amp;move year</translation>
    </message>
    <message>
        <source>&amp;Tilbakestill til programmets tabell</source>
        <translation>Rese&amp;t to the programme&apos;s table</translation>
    </message>
    <message>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{programme} bruker {year}-kroner.</source>
        <translation>{programme} uses {year} kroner.</translation>
    </message>
    <message>
        <source>{programme} har ennå ikke fastsatt et prisnivå (kroneår).</source>
        <translation>{programme} has not yet set a price level (price year).</translation>
    </message>
    <message>
        <source>Egen tabell: {path}</source>
        <translation>Own table: {path}</translation>
    </message>
    <message>
        <source>Den lagrede tabellen kunne ikke leses og brukes ikke ({problem}). Programmets tabell vises. Lagre for å erstatte filen.</source>
        <translation>The saved table could not be read and is not used ({problem}). The programme&apos;s table is shown. Save to replace the file.</translation>
    </message>
    <message>
        <source>Lagt til av deg</source>
        <translation>Added by you</translation>
    </message>
    <message>
        <source>Endret (programmet: {value})</source>
        <translation>Changed (programme: {value})</translation>
    </message>
    <message>
        <source>Programmet</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Tabellen for {names} har feil som må rettes før du kan lagre.</source>
        <translation>The table for {names} has errors that must be corrected before you can save.</translation>
    </message>
    <message>
        <source>Programmets år kan endres, men ikke fjernes.</source>
        <translation>The programme&apos;s years can be changed, but not removed.</translation>
    </message>
</context>
<context>
    <name>print_preview</name>
    <message>
        <source>Kunne ikke starte utskriften. Er skriveren tilgjengelig?</source>
        <translation>Could not start printing. Is the printer available?</translation>
    </message>
    <message>
        <source>Utskriften stoppet før alle sidene var skrevet ut.</source>
        <translation>Printing stopped before all the pages were printed.</translation>
    </message>
    <message>
        <source>Utskriften ble avbrutt.</source>
        <translation>Printing was cancelled.</translation>
    </message>
    <message>
        <source>Skriv ut</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Forhåndsvis utskrift – {title}</source>
        <translation>Print preview – {title}</translation>
    </message>
    <message>
        <source>Kunne ikke skrive ut</source>
        <translation>Could not print</translation>
    </message>
    <message>
        <source>Ingen ark er åpent.</source>
        <translation>No sheet is open.</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>saksstatusen «{state}» står to ganger</source>
        <translation>the case state “{state}” appears twice</translation>
    </message>
    <message>
        <source>ukjent saksstatus «{state}»</source>
        <translation>unknown case state “{state}”</translation>
    </message>
    <message>
        <source>overgangen {transition}: ukjent fase «{phase}»</source>
        <translation>transition {transition}: unknown phase “{phase}”</translation>
    </message>
    <message>
        <source>beslutningsregel: ukjent overgang «{transition}»</source>
        <translation>decision route: unknown transition “{transition}”</translation>
    </message>
    <message>
        <source>beslutningsregel: ukjent organ «{body}»</source>
        <translation>decision route: unknown body “{body}”</translation>
    </message>
    <message>
        <source>{band}: ukjent fase «{phase}»</source>
        <translation>{band}: unknown phase “{phase}”</translation>
    </message>
    <message>
        <source>source_limits {year}: ukjent finansieringskilde «{source}»</source>
        <translation>source_limits {year}: unknown funding source “{source}”</translation>
    </message>
</context>
<context>
    <name>proposal</name>
    <message>
        <source>Balanse</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Rangering</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Per tiltaksområde</source>
        <translation>By action area</translation>
    </message>
    <message>
        <source>Utelatt</source>
        <translation>Left out</translation>
    </message>
    <message>
        <source>Endret etter scenarioet</source>
        <translation>Changed since scenario</translation>
    </message>
    <message>
        <source>Til ny vurdering</source>
        <translation>For reassessment</translation>
    </message>
    <message>
        <source>(ingen grunn oppgitt)</source>
        <translation>(no reason given)</translation>
    </message>
    <message>
        <source>(uten tiltaksområde)</source>
        <translation>(no action area)</translation>
    </message>
    <message>
        <source>Hele programmet</source>
        <translation>Whole programme</translation>
    </message>
    <message>
        <source>Sum alle kilder</source>
        <translation>Total, all sources</translation>
    </message>
    <message>
        <source>IKKE SIGNERT</source>
        <translation>NOT SIGNED</translation>
    </message>
    <message>
        <source>Ikke signert. Denne utgaven er laget uten sekretariatets signeringsidentitet; den er et arbeidsdokument og ikke et signert forslag.</source>
        <translation>Not signed. This edition was made without the secretariat&apos;s signing identity; it is a working document and not a signed proposal.</translation>
    </message>
    <message>
        <source>Signert med sekretariatets identitet (se signaturfeltet). Excel-arbeidsboken med de samme tallene ligger sammen med denne PDF-en i en signert pakke (.asice).</source>
        <translation>Signed with the secretariat&apos;s identity (see the signature field). The Excel workbook with the same figures is with this PDF in a signed package (.asice).</translation>
    </message>
    <message>
        <source>Endret siden scenarioet ble laget</source>
        <translation>Changed since the scenario was made</translation>
    </message>
    <message>
        <source>Forslag til handlingsprogram</source>
        <translation>Proposed action programme</translation>
    </message>
    <message>
        <source>Forslag til handlingsprogram {first}–{last}</source>
        <translation>Proposed action programme {first}–{last}</translation>
    </message>
    <message>
        <source>ingen samlet ramme</source>
        <translation>no overall frame</translation>
    </message>
    <message>
        <source>over: ingen ramme</source>
        <translation>over: no frame</translation>
    </message>
    <message>
        <source>ingen ramme</source>
        <translation>no frame</translation>
    </message>
    <message>
        <source>over med {amount}</source>
        <translation>over by {amount}</translation>
    </message>
    <message>
        <source>i balanse</source>
        <translation>balanced</translation>
    </message>
    <message>
        <source>innenfor</source>
        <translation>within</translation>
    </message>
    <message>
        <source>Finansieringen er flyttet {years} år senere.</source>
        <translation>The funding has been moved {years} year(s) later.</translation>
    </message>
    <message>
        <source>Finansieringen er flyttet {years} år tidligere.</source>
        <translation>The funding has been moved {years} year(s) earlier.</translation>
    </message>
    <message>
        <source>Scenarioet «{scenario}» hører til {profile}, ikke {other}.</source>
        <translation>The scenario «{scenario}» belongs to {profile}, not {other}.</translation>
    </message>
    <message>
        <source>Et forslag gjelder ett program; disse arkene hører til et annet: {titles}</source>
        <translation>A proposal is for one programme; these sheets belong to another: {titles}</translation>
    </message>
    <message>
        <source>Skal vurderes på nytt (se «{heading}»).</source>
        <translation>To be reassessed (see «{heading}»).</translation>
    </message>
    <message>
        <source>Merknad: {remark}</source>
        <translation>Remark: {remark}</translation>
    </message>
    <message>
        <source>(ark {id})</source>
        <translation>(sheet {id})</translation>
    </message>
    <message>
        <source>Før {year}</source>
        <translation>Before {year}</translation>
    </message>
    <message>
        <source>Etter {year}</source>
        <translation>After {year}</translation>
    </message>
    <message>
        <source>Programmet har ingen rammer registrert, og ingen av tiltakene bruker midler.</source>
        <translation>The programme has no frames recorded, and none of the measures uses funds.</translation>
    </message>
    <message>
        <source>Forslaget holder seg innenfor alle rammene.</source>
        <translation>The proposal stays within all the frames.</translation>
    </message>
    <message>
        <source>• {where}: {amount} brukt uten ramme</source>
        <translation>• {where}: {amount} used without a frame</translation>
    </message>
    <message>
        <source>• {where}: over med {amount}</source>
        <translation>• {where}: over by {amount}</translation>
    </message>
    <message>
        <source>Én ramme er overskredet:</source>
        <translation>One frame is exceeded:</translation>
    </message>
    <message>
        <source>{count} rammer er overskredet:</source>
        <translation>{count} frames are exceeded:</translation>
    </message>
    <message>
        <source>{title}: {scenario}</source>
        <translation>{title}: {scenario}</translation>
    </message>
    <message>
        <source>Forside</source>
        <translation>Front page</translation>
    </message>
    <message>
        <source>{section}: {column}, rad {row}</source>
        <translation>{section}: {column}, row {row}</translation>
    </message>
    <message>
        <source>ikke lagret</source>
        <translation>not saved</translation>
    </message>
    <message>
        <source>{version}, sist endret {when} av {who}</source>
        <translation>{version}, last changed {when} by {who}</translation>
    </message>
    <message>
        <source>{version}, sist endret {when}</source>
        <translation>{version}, last changed {when}</translation>
    </message>
    <message>
        <source>MNOK i {year}-kroner</source>
        <translation>MNOK in {year} kroner</translation>
    </message>
    <message>
        <source>Versjon</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Tiltak med</source>
        <translation>Measures included</translation>
    </message>
    <message>
        <source>{included} av {count}</source>
        <translation>{included} of {count}</translation>
    </message>
    <message>
        <source>Forventet kostnad</source>
        <translation>Expected cost</translation>
    </message>
    <message>
        <source>{amount} for tiltakene som er med</source>
        <translation>{amount} for the measures included</translation>
    </message>
    <message>
        <source>Beløp</source>
        <translation>Amounts</translation>
    </message>
    <message>
        <source>Signatur</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Signert (se signaturfeltet)</source>
        <translation>Signed (see the signature field)</translation>
    </message>
    <message>
        <source>Ikke signert</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>PROSJEKTARK</source>
        <translation>PROJECT SHEET</translation>
    </message>
    <message>
        <source>Siden scenarioet ble laget, er ett ark trukket, levert på nytt eller borte. Forslaget viser tallene scenarioet bygger på; se «{heading}».</source>
        <translation>Since the scenario was made, one sheet has been withdrawn, delivered again or gone. The proposal shows the figures the scenario is built on; see «{heading}».</translation>
    </message>
    <message>
        <source>Siden scenarioet ble laget, er {count} ark trukket, levert på nytt eller borte. Forslaget viser tallene scenarioet bygger på; se «{heading}».</source>
        <translation>Since the scenario was made, {count} sheets have been withdrawn, delivered again or gone. The proposal shows the figures the scenario is built on; see «{heading}».</translation>
    </message>
    <message>
        <source>Balanse mot rammene per år</source>
        <translation>Balance against the frames per year</translation>
    </message>
    <message>
        <source>Rammen er pengene programmet har til rådighet; brukt er summen av finansieringen til tiltakene som er med, i årene scenarioet legger den i. Igjen er ramme minus brukt: et negativt tall betyr over rammen, og statusen sier det også med ord.</source>
        <translation>The frame is the money the programme has available; used is the sum of the funding of the measures included, in the years the scenario places it. Left is frame minus used: a negative number means over the frame, and the status says so in words too.</translation>
    </message>
    <message>
        <source>Ingen rammer og ingen finansiering å vise.</source>
        <translation>No frames and no funding to show.</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Ramme</source>
        <translation>Frame</translation>
    </message>
    <message>
        <source>Brukt</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Igjen</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rangerte tiltak per tiltaksområde</source>
        <translation>Ranked measures by action area</translation>
    </message>
    <message>
        <source>{count} tiltak er med, i scenarioets rekkefølge (nr. er plassen blant tiltakene som er med). Beløp i MNOK; finansiering per år etter eventuell flytting. Årene før og etter programperioden står samlet (arbeidsboken har hvert år). Tiltak som ikke kan sammenlignes rettferdig, står med grunnen under «Merknader».</source>
        <translation>{count} measures are included, in the scenario&apos;s order (no. is the place among the measures included). Amounts in MNOK; funding per year after any shift. The years before and after the programme period are shown together (the workbook has each year). Measures that cannot be compared fairly have the reason under «Remarks».</translation>
    </message>
    <message>
        <source>{count} tiltak er med, i scenarioets rekkefølge (nr. er plassen blant tiltakene som er med). Beløp i MNOK; finansiering per år etter eventuell flytting. Tiltak som ikke kan sammenlignes rettferdig, står med grunnen under «Merknader».</source>
        <translation>{count} measures are included, in the scenario&apos;s order (no. is the place among the measures included). Amounts in MNOK; funding per year after any shift. Measures that cannot be compared fairly have the reason under «Remarks».</translation>
    </message>
    <message>
        <source>Ingen tiltak er med i scenarioet.</source>
        <translation>No measures are included in the scenario.</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>P85</source>
        <translation>P85</translation>
    </message>
    <message>
        <source>Sum poeng</source>
        <translation>Total points</translation>
    </message>
    <message>
        <source>Vektet poeng</source>
        <translation>Weighted points</translation>
    </message>
    <message>
        <source>Kostnad per poeng</source>
        <translation>Cost per point</translation>
    </message>
    <message>
        <source>Merknader</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>{area} ({count} tiltak)</source>
        <translation>{area} ({count} measures)</translation>
    </message>
    <message>
        <source>Sum {area}</source>
        <translation>Total {area}</translation>
    </message>
    <message>
        <source>Tiltak som ikke er med</source>
        <translation>Measures not included</translation>
    </message>
    <message>
        <source>Alle tiltakene i scenarioet er med.</source>
        <translation>All the measures in the scenario are included.</translation>
    </message>
    <message>
        <source>Med grunnen som er registrert i scenarioet. Nr. er plassen i scenarioets rekkefølge.</source>
        <translation>With the reason recorded in the scenario. No. is the place in the scenario&apos;s order.</translation>
    </message>
    <message>
        <source>Tiltaksområde</source>
        <translation>Action area</translation>
    </message>
    <message>
        <source>Sum finansiering</source>
        <translation>Total funding</translation>
    </message>
    <message>
        <source>Grunn</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Ingen av arkene er trukket eller levert på nytt.</source>
        <translation>None of the sheets has been withdrawn or delivered again.</translation>
    </message>
    <message>
        <source>Scenarioet beholder revisjonen det ble laget med; tallene i forslaget er fra den. Arkene under bør ses på før forslaget vedtas.</source>
        <translation>The scenario keeps the revision it was made with; the figures in the proposal are from it. The sheets below should be looked at before the proposal is decided.</translation>
    </message>
    <message>
        <source>Revisjon i scenarioet</source>
        <translation>Revision in the scenario</translation>
    </message>
    <message>
        <source>Med i forslaget</source>
        <translation>In the proposal</translation>
    </message>
    <message>
        <source>Hva som har skjedd</source>
        <translation>What has happened</translation>
    </message>
    <message>
        <source>Ingen tiltak skal vurderes på nytt.</source>
        <translation>No measures are to be reassessed.</translation>
    </message>
    <message>
        <source>Byggestart</source>
        <translation>Construction start</translation>
    </message>
    <message>
        <source>Hvorfor</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>{title}, scenario «{scenario}»</source>
        <translation>{title}, scenario «{scenario}»</translation>
    </message>
    <message>
        <source>versjon {version}</source>
        <translation>version {version}</translation>
    </message>
    <message>
        <source>{programme} · scenario versjon {version} · laget {made}</source>
        <translation>{programme} · scenario version {version} · made {made}</translation>
    </message>
    <message>
        <source>Side {page} av {total}</source>
        <translation>Page {page} of {total}</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>No</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Ramme (MNOK)</source>
        <translation>Frame (MNOK)</translation>
    </message>
    <message>
        <source>Brukt (MNOK)</source>
        <translation>Used (MNOK)</translation>
    </message>
    <message>
        <source>Igjen (MNOK)</source>
        <translation>Left (MNOK)</translation>
    </message>
    <message>
        <source>Antall tiltak</source>
        <translation>Number of measures</translation>
    </message>
    <message>
        <source>Forventet kostnad (MNOK)</source>
        <translation>Expected cost (MNOK)</translation>
    </message>
    <message>
        <source>Sum finansiering (MNOK)</source>
        <translation>Total funding (MNOK)</translation>
    </message>
    <message>
        <source>Nr. i scenarioet</source>
        <translation>No. in the scenario</translation>
    </message>
    <message>
        <source>Revisjon</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Ark-ID</source>
        <translation>Sheet ID</translation>
    </message>
    <message>
        <source>{title} – {scenario}</source>
        <translation>{title} – {scenario}</translation>
    </message>
    <message>
        <source>Side &amp;P av &amp;N</source>
        <translation>Page &amp;P of &amp;N</translation>
    </message>
    <message>
        <source>P85 (MNOK)</source>
        <translation>P85 (MNOK)</translation>
    </message>
    <message>
        <source>Kostnad per poeng (MNOK)</source>
        <translation>Cost per point (MNOK)</translation>
    </message>
    <message>
        <source>P50 (MNOK)</source>
        <translation>P50 (MNOK)</translation>
    </message>
    <message>
        <source>Standardavvik (%)</source>
        <translation>Standard deviation (%)</translation>
    </message>
    <message>
        <source>Flyttet (år)</source>
        <translation>Shifted (years)</translation>
    </message>
    <message>
        <source>Poeng: {goal}</source>
        <translation>Points: {goal}</translation>
    </message>
    <message>
        <source>Arbeidsgruppe</source>
        <translation>Working group</translation>
    </message>
    <message>
        <source>Kommune(r)</source>
        <translation>Municipality(ies)</translation>
    </message>
    <message>
        <source>Saksstatus</source>
        <translation>Case state</translation>
    </message>
    <message>
        <source>{items} og {last}</source>
        <translation>{items} and {last}</translation>
    </message>
    <message>
        <source>Forslaget er ikke skrevet: {files} finnes allerede i «{folder}». Et forslag erstatter ikke en fil uten at du ber om det. Velg en annen mappe, eller flytt eller slett filen først.</source>
        <translation>The proposal has not been written: {files} already exists in «{folder}». A proposal does not replace a file unless you ask it to. Choose another folder, or move or delete the file first.</translation>
    </message>
    <message>
        <source>Kunne ikke signere forslaget: {error}</source>
        <translation>Could not sign the proposal: {error}</translation>
    </message>
    <message>
        <source>Kunne ikke opprette mappen «{folder}»: {error}</source>
        <translation>Could not create the folder «{folder}»: {error}</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>Databasen er gjenopprettet fra sikkerhetskopien «{backup}».</source>
        <translation>The database has been restored from the backup «{backup}».</translation>
    </message>
    <message>
        <source>Prosjektark startet med en tom database.</source>
        <translation>Prosjektark started with an empty database.</translation>
    </message>
    <message>
        <source>Ingen nyere ark kunne leses fra den skadde filen.</source>
        <translation>No newer sheets could be read from the damaged file.</translation>
    </message>
    <message>
        <source>Fra den skadde filen ble 1 ark hentet inn ({added} nye, {updated} nyere enn sikkerhetskopien).</source>
        <translation>1 sheet was brought in from the damaged file ({added} new, {updated} newer than the backup).</translation>
    </message>
    <message>
        <source>Fra den skadde filen ble {saved} ark hentet inn ({added} nye, {updated} nyere enn sikkerhetskopien).</source>
        <translation>{saved} sheets were brought in from the damaged file ({added} new, {updated} newer than the backup).</translation>
    </message>
</context>
<context>
    <name>remark</name>
    <message>
        <source>Merknaden er tom. Skriv hva arbeidsgruppen skal se på (--text).</source>
        <translation>The remark is empty. Write what the working group should look at (--text).</translation>
    </message>
    <message>
        <source>merknaden til «{field}» er lagret, men ikke sendt. Send den med «prosjektark remarks export --id {id} --out MAPPE --passphrase-env VAR».</source>
        <translation>the remark on “{field}” is saved but not sent. Send it with “prosjektark remarks export --id {id} --out FOLDER --passphrase-env VAR”.</translation>
    </message>
</context>
<context>
    <name>remarks</name>
    <message>
        <source>Miljøvariabelen {var} er ikke satt eller er tom; den skal holde passordet til identiteten din.</source>
        <translation>The environment variable {var} is not set or is empty; it should hold your identity&apos;s passphrase.</translation>
    </message>
    <message>
        <source>Du har ingen signeringsidentitet ennå. Lag en med «prosjektark identity new», eller importer organisasjonens med «prosjektark identity import».</source>
        <translation>You have no signing identity yet. Make one with “prosjektark identity new”, or import your organisation&apos;s with “prosjektark identity import”.</translation>
    </message>
    <message>
        <source>«{path}» finnes og er ikke en mappe.</source>
        <translation>“{path}” exists and is not a folder.</translation>
    </message>
    <message>
        <source>Ingen usendte merknader til dette arket; ingenting er skrevet. Skriv en merknad med «prosjektark remark» først (sendte merknader sendes ikke på nytt).</source>
        <translation>No unsent remarks on this sheet; nothing is written. Write a remark with “prosjektark remark” first (sent remarks are not sent again).</translation>
    </message>
    <message>
        <source>1 merknad til «{title}» er signert og markert som sendt. Send pakken til arbeidsgruppen.</source>
        <translation>1 remark on “{title}” is signed and marked as sent. Send the package to the working group.</translation>
    </message>
    <message>
        <source>{n} merknader til «{title}» er signert og markert som sendt. Send pakken til arbeidsgruppen.</source>
        <translation>{n} remarks on “{title}” are signed and marked as sent. Send the package to the working group.</translation>
    </message>
    <message>
        <source>Skrev {path}</source>
        <translation>Wrote {path}</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>remarks_package</name>
    <message>
        <source>Hele arket</source>
        <translation>The whole sheet</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>«{path}» er ikke et felt i skjemaet. Oppgi stien til et felt (for eksempel {examples}), eller ingen --field for en merknad til hele arket.</source>
        <translation>«{path}» is not a field in the form. Give the path of a field (for example {examples}), or no --field for a remark on the whole sheet.</translation>
    </message>
    <message>
        <source>{label}, rad {row}</source>
        <translation>{label}, row {row}</translation>
    </message>
    <message>
        <source>{name} er ikke gyldig JSON (UTF-8).</source>
        <translation>{name} is not valid JSON (UTF-8).</translation>
    </message>
    <message>
        <source>{name} er ikke et JSON-objekt.</source>
        <translation>{name} is not a JSON object.</translation>
    </message>
    <message>
        <source>{name} har formatet «{found}», som denne versjonen av programmet ikke kan lese (den leser {expected}).</source>
        <translation>{name} has the format «{found}», which this version of the program cannot read (it reads {expected}).</translation>
    </message>
    <message>
        <source>{key} mangler</source>
        <translation>{key} is missing</translation>
    </message>
    <message>
        <source>{key} har en ugyldig verdi</source>
        <translation>{key} has an invalid value</translation>
    </message>
    <message>
        <source>{name} følger ikke formatet {expected}: {problems}</source>
        <translation>{name} does not follow the format {expected}: {problems}</translation>
    </message>
    <message>
        <source>{name} gjelder arket {found}, men pakken inneholder arket {sheet}.</source>
        <translation>{name} is about sheet {found}, but the package contains sheet {sheet}.</translation>
    </message>
    <message>
        <source>{name}: svaret {answer} kan ikke brukes: {problem}</source>
        <translation>{name}: answer {answer} cannot be used: {problem}</translation>
    </message>
    <message>
        <source>Merknader fra sekretariatet</source>
        <translation>Remarks from the secretariat</translation>
    </message>
    <message>
        <source>Prosjektark: {title}</source>
        <translation>Project sheet: {title}</translation>
    </message>
    <message>
        <source>Ark-ID: {id}</source>
        <translation>Sheet ID: {id}</translation>
    </message>
    <message>
        <source>Revisjon: {revision}</source>
        <translation>Revision: {revision}</translation>
    </message>
    <message>
        <source>Sendt: {time}, signert av {signer}</source>
        <translation>Sent: {time}, signed by {signer}</translation>
    </message>
    <message>
        <source>Antall merknader: {n}</source>
        <translation>Number of remarks: {n}</translation>
    </message>
    <message>
        <source>Svar på hver merknad i Prosjektark (svar, rettet i revisjon N, eller uenig med begrunnelse); svarene følger med neste leverte revisjon.</source>
        <translation>Answer each remark in Prosjektark (answer, fixed in revision N, or disagree with reasons); the answers go with the next delivered revision.</translation>
    </message>
    <message>
        <source>En merknadspakke må ha minst én merknad.</source>
        <translation>A remarks package must have at least one remark.</translation>
    </message>
    <message>
        <source>«{title}» har ingen usendte merknader. Skriv en med «prosjektark remark» først; sendte merknader sendes ikke på nytt.</source>
        <translation>«{title}» has no unsent remarks. Write one with «prosjektark remark» first; remarks already sent are not sent again.</translation>
    </message>
    <message>
        <source>Kunne ikke signere merknadspakken: {error}</source>
        <translation>Could not sign the remarks package: {error}</translation>
    </message>
    <message>
        <source>Kunne ikke opprette mappen «{folder}»: {error}</source>
        <translation>Could not create the folder «{folder}»: {error}</translation>
    </message>
    <message>
        <source>importert</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>uendret</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>avvist</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>Merknadspakken kunne ikke behandles på grunn av en programfeil og er ikke importert.</source>
        <translation>The remarks package could not be handled because of a program error and has not been imported.</translation>
    </message>
    <message>
        <source>Fant ikke filen.</source>
        <translation>The file was not found.</translation>
    </message>
    <message>
        <source>Fant ikke {path}.</source>
        <translation>{path} was not found.</translation>
    </message>
    <message>
        <source>Kan ikke leses; ingenting er importert.</source>
        <translation>Cannot be read; nothing has been imported.</translation>
    </message>
    <message>
        <source>Merknadspakken besto ikke kontrollen og er ikke importert.</source>
        <translation>The remarks package failed the check and has not been imported.</translation>
    </message>
    <message>
        <source>Merknadspakken er gyldig signert, men merknadene kan ikke leses.</source>
        <translation>The remarks package is validly signed, but the remarks cannot be read.</translation>
    </message>
    <message>
        <source>Merknadene gjelder «{title}», som ikke finnes i databasen din. Ingenting er importert.</source>
        <translation>The remarks are about «{title}», which is not in your database. Nothing has been imported.</translation>
    </message>
    <message>
        <source>Fant ikke prosjektarket {id} her. Merknader kan bare tas imot for et ark du selv har levert.</source>
        <translation>Project sheet {id} was not found here. Remarks can only be received for a sheet you have delivered yourself.</translation>
    </message>
    <message>
        <source>Merknadspakken er gyldig, men kunne ikke lagres i databasen.</source>
        <translation>The remarks package is valid, but could not be saved in the database.</translation>
    </message>
    <message>
        <source>«{title}»: 1 merknad fra {signer} lagt inn. Hver merknad må besvares.</source>
        <translation>«{title}»: 1 remark from {signer} added. Each remark must be answered.</translation>
    </message>
    <message>
        <source>«{title}»: {n} merknader fra {signer} lagt inn. Hver merknad må besvares.</source>
        <translation>«{title}»: {n} remarks from {signer} added. Each remark must be answered.</translation>
    </message>
    <message>
        <source>«{title}»: merknadene i pakken er allerede importert.</source>
        <translation>«{title}»: the remarks in the package have already been imported.</translation>
    </message>
</context>
<context>
    <name>remarks_panel</name>
    <message>
        <source>Hele arket</source>
        <translation>Whole sheet</translation>
    </message>
    <message>
        <source>Ubesvart</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <source>Besvart</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Utkast, ikke sendt</source>
        <translation>Draft, not sent</translation>
    </message>
    <message>
        <source>Sendt</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Rettet i revisjon {revision}: {text}</source>
        <translation>Fixed in revision {revision}: {text}</translation>
    </message>
    <message>
        <source>Rettet i revisjon {revision}</source>
        <translation>Fixed in revision {revision}</translation>
    </message>
    <message>
        <source>{kind}: {text}</source>
        <translation>{kind}: {text}</translation>
    </message>
    <message>
        <source>Teksten din står her fortsatt.</source>
        <translation>Your text is still here.</translation>
    </message>
    <message>
        <source>Kunne ikke lese merknadene: {error}</source>
        <translation>Could not read the remarks: {error}</translation>
    </message>
    <message>
        <source>Merknadene er lest inn på nytt. Teksten din står her fortsatt; lagre den igjen når du er klar.</source>
        <translation>The remarks have been reloaded. Your text is still here; save it again when you are ready.</translation>
    </message>
    <message>
        <source>Skriv merknad</source>
        <translation>Write remark</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>{keys} lagrer merknaden.</source>
        <translation>{keys} saves the remark.</translation>
    </message>
    <message>
        <source>Skriv hva arbeidsgruppen skal se på. Enter gir ny linje, {keys} lagrer merknaden. Den sendes først når du sender merknadene; til da kan den slettes. En sendt merknad endres aldri.</source>
        <translation>Write what the working group should look at. Enter starts a new line, {keys} saves the remark. It is sent only when you send the remarks; until then it can be deleted. A sent remark is never changed.</translation>
    </message>
    <message>
        <source>Lagre merknad</source>
        <translation>Save remark</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Merknaden ble ikke lagret.</source>
        <translation>The remark was not saved.</translation>
    </message>
    <message>
        <source>Svar på merknad</source>
        <translation>Answer remark</translation>
    </message>
    <message>
        <source>Tidligere svar (blir stående): {answers}</source>
        <translation>Earlier answers (they remain): {answers}</translation>
    </message>
    <message>
        <source>&amp;Svar</source>
        <translation>&amp;Reply</translation>
    </message>
    <message>
        <source>R&amp;ettet i revisjon</source>
        <translation>&amp;Fixed in revision</translation>
    </message>
    <message>
        <source>&amp;Uenig (begrunn)</source>
        <translation>&amp;Disagree (give reasons)</translation>
    </message>
    <message>
        <source>Revisjonen merknaden er rettet i</source>
        <translation>The revision the remark is fixed in</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>{keys} lagrer svaret.</source>
        <translation>{keys} saves the answer.</translation>
    </message>
    <message>
        <source>Enter gir ny linje, {keys} lagrer svaret. Svaret leveres sammen med neste revisjon av arket, og endres ikke etterpå.</source>
        <translation>Enter starts a new line, {keys} saves the answer. The answer is delivered with the next revision of the sheet and is not changed afterwards.</translation>
    </message>
    <message>
        <source>Lagre svar</source>
        <translation>Save answer</translation>
    </message>
    <message>
        <source>Svaret ble ikke lagret.</source>
        <translation>The answer was not saved.</translation>
    </message>
    <message>
        <source>Svaret til sekretariatet</source>
        <translation>The answer to the secretariat</translation>
    </message>
    <message>
        <source>Hva som er rettet (valgfritt)</source>
        <translation>What has been fixed (optional)</translation>
    </message>
    <message>
        <source>Hvorfor dere er uenige (må fylles ut)</source>
        <translation>Why you disagree (required)</translation>
    </message>
    <message>
        <source>Merknader fra sekretariatet</source>
        <translation>Remarks from the secretariat</translation>
    </message>
    <message>
        <source>Merknader med status</source>
        <translation>Remarks with their state</translation>
    </message>
    <message>
        <source>Skriv merknad til feltet …</source>
        <translation>Write a remark on the field …</translation>
    </message>
    <message>
        <source>Merknad til hele arket …</source>
        <translation>Remark on the whole sheet …</translation>
    </message>
    <message>
        <source>Slett merknaden (ikke sendt) …</source>
        <translation>Delete the remark (not sent) …</translation>
    </message>
    <message>
        <source>Svar på merknaden …</source>
        <translation>Answer the remark …</translation>
    </message>
    <message>
        <source>Til feltet …</source>
        <translation>On the field …</translation>
    </message>
    <message>
        <source>Skriv en merknad til feltet markøren står i ({keys}).</source>
        <translation>Write a remark on the field the cursor is in ({keys}).</translation>
    </message>
    <message>
        <source>Skriv merknad til feltet</source>
        <translation>Write a remark on the field</translation>
    </message>
    <message>
        <source>Hele arket …</source>
        <translation>Whole sheet …</translation>
    </message>
    <message>
        <source>Skriv en merknad til hele arket.</source>
        <translation>Write a remark on the whole sheet.</translation>
    </message>
    <message>
        <source>Skriv merknad til hele arket</source>
        <translation>Write a remark on the whole sheet</translation>
    </message>
    <message>
        <source>Slett utkast …</source>
        <translation>Delete draft …</translation>
    </message>
    <message>
        <source>Slett den valgte merknaden. Bare merknader som ikke er sendt, kan slettes.</source>
        <translation>Delete the chosen remark. Only remarks that have not been sent can be deleted.</translation>
    </message>
    <message>
        <source>Slett merknad som ikke er sendt</source>
        <translation>Delete a remark that has not been sent</translation>
    </message>
    <message>
        <source>Svar …</source>
        <translation>Answer …</translation>
    </message>
    <message>
        <source>Svar på den valgte merknaden ({keys}): svar, rettet i revisjon, uenig.</source>
        <translation>Answer the chosen remark ({keys}): reply, fixed in revision, disagree.</translation>
    </message>
    <message>
        <source>Svar på merknaden</source>
        <translation>Answer the remark</translation>
    </message>
    <message>
        <source>Stå i feltet merknaden gjelder (klikk i det eller bruk Tab), og prøv igjen. «Merknad til hele arket» gjelder arket som helhet.</source>
        <translation>Put the cursor in the field the remark is about (click in it or use Tab), and try again. «Remark on the whole sheet» is about the sheet as a whole.</translation>
    </message>
    <message>
        <source>Merknad til feltet «{field}»</source>
        <translation>Remark on the field «{field}»</translation>
    </message>
    <message>
        <source>Merknad til hele arket</source>
        <translation>Remark on the whole sheet</translation>
    </message>
    <message>
        <source>Velg merknaden du vil svare på i merknadslisten.</source>
        <translation>Choose the remark you want to answer in the list of remarks.</translation>
    </message>
    <message>
        <source>Merknaden ble ikke slettet.</source>
        <translation>The remark was not deleted.</translation>
    </message>
    <message>
        <source>Merknader</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Teksten er ikke lagret, men tatt vare på: den står ferdig neste gang du skriver den merknaden eller det svaret.</source>
        <translation>The text has not been saved, but it has been kept: it will be ready the next time you write that remark or that answer.</translation>
    </message>
    <message>
        <source>Bare en merknad som ikke er sendt, kan slettes.</source>
        <translation>Only a remark that has not been sent can be deleted.</translation>
    </message>
    <message>
        <source>Slett merknad</source>
        <translation>Delete remark</translation>
    </message>
    <message>
        <source>Slette merknaden «{text}»? Den er ikke sendt.</source>
        <translation>Delete the remark «{text}»? It has not been sent.</translation>
    </message>
    <message>
        <source>Slett</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Behold</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Merknad, {state}, {where}: {text}</source>
        <translation>Remark, {state}, {where}: {text}</translation>
    </message>
    <message>
        <source>{who}, {when}, om revisjon {revision}</source>
        <translation>{who}, {when}, on revision {revision}</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Svar fra {who}, {when}: {answer}</source>
        <translation>Answer from {who}, {when}: {answer}</translation>
    </message>
    <message>
        <source>Enter eller klikk går til feltet.</source>
        <translation>Enter or a click goes to the field.</translation>
    </message>
    <message>
        <source>Merknader: ingen ennå</source>
        <translation>Remarks: none yet</translation>
    </message>
    <message>
        <source>Merknader: {total}, {drafts} ikke sendt, {answered} besvart</source>
        <translation>Remarks: {total}, {drafts} not sent, {answered} answered</translation>
    </message>
    <message>
        <source>Ingen merknader fra sekretariatet</source>
        <translation>No remarks from the secretariat</translation>
    </message>
    <message>
        <source>Merknader fra sekretariatet: {total}, {open} ubesvart</source>
        <translation>Remarks from the secretariat: {total}, {open} unanswered</translation>
    </message>
    <message>
        <source>Enter eller klikk går til feltet. {keys} skriver en merknad til feltet markøren står i.</source>
        <translation>Enter or a click goes to the field. {keys} writes a remark on the field the cursor is in.</translation>
    </message>
    <message>
        <source>Enter eller klikk går til feltet. {keys} svarer på den valgte merknaden.</source>
        <translation>Enter or a click goes to the field. {keys} answers the chosen remark.</translation>
    </message>
    <message>
        <source>Gå til feltet</source>
        <translation>Go to the field</translation>
    </message>
</context>
<context>
    <name>removed_fields</name>
    <message>
        <source>Skjemaet har ikke lenger disse feltene. Verdiene er tatt vare på i arket og følger med når det lagres og eksporteres. Du kan lese og kopiere dem, men ikke endre dem.</source>
        <translation>The form no longer has these fields. Their values are kept in the sheet and go with it when it is saved and exported. You can read and copy them, but not change them.</translation>
    </message>
    <message>
        <source>Feltet er fjernet fra skjemaet. Verdien er tatt vare på i arket. Kopier det du trenger over i et av feltene i skjemaet.</source>
        <translation>The field has been removed from the form. Its value is kept in the sheet. Copy what you need into one of the form’s fields.</translation>
    </message>
</context>
<context>
    <name>repository</name>
    <message>
        <source>Kunne ikke opprette vedleggsmappen «{folder}»: {error}</source>
        <translation>Could not create the attachment folder «{folder}»: {error}</translation>
    </message>
    <message>
        <source>Kunne ikke lese fra databasen «{database}»: {error}</source>
        <translation>Could not read from the database «{database}»: {error}</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source>fant ikke prosjektarket {id} i den lokale databasen.</source>
        <translation>project sheet {id} is not in the local database.</translation>
    </message>
    <message>
        <source>(uten tittel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>«{title}» hører til avtaleprofilen «{profile}», som ikke finnes her.</source>
        <translation>“{title}” belongs to the agreement profile “{profile}”, which does not exist here.</translation>
    </message>
    <message>
        <source>{programme} har ikke saksstatuser i avtaleprofilen.</source>
        <translation>{programme} has no case states in its agreement profile.</translation>
    </message>
    <message>
        <source>«{state}» er ikke en saksstatus i {programme}. Kjente: {known}.</source>
        <translation>“{state}” is not a case state in {programme}. Known: {known}.</translation>
    </message>
    <message>
        <source>«{title}» er ikke levert hit. Bare ark som er importert fra en arbeidsgruppe, har saksstatus.</source>
        <translation>“{title}” was not delivered here. Only sheets imported from a working group have a case state.</translation>
    </message>
</context>
<context>
    <name>review_dialog</name>
    <message>
        <source>Endre saksstatus</source>
        <translation>Change case state</translation>
    </message>
    <message>
        <source>«{title}» har saksstatusen «{state}». Ny saksstatus:</source>
        <translation>«{title}» has the case state «{state}». New case state:</translation>
    </message>
    <message>
        <source>(uten tittel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Ny saksstatus</source>
        <translation>New case state</translation>
    </message>
    <message>
        <source>&amp;Kommentar til sakshistorikken (valgfritt):</source>
        <translation>&amp;Comment for the case history (optional):</translation>
    </message>
    <message>
        <source>Enter gir ny linje i kommentaren, {keys} endrer saksstatusen.</source>
        <translation>Enter starts a new line in the comment, {keys} changes the case state.</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Arbeidsgruppe</source>
        <translation>Working group</translation>
    </message>
    <message>
        <source>Sekretariat</source>
        <translation>Secretariat</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Fristen for innspill til programmet er passert; arket regnes som innspill til neste handlingsprogram.</source>
        <translation>The deadline for submissions to the programme has passed; the sheet counts as a submission to the next action programme.</translation>
    </message>
    <message>
        <source>En politisk behandling er datert etter profilens frist for innspill; vedtaket regnes som innspill til neste handlingsprogram.</source>
        <translation>A political consideration is dated after the profile&apos;s deadline for submissions; the decision counts as a submission to the next action programme.</translation>
    </message>
    <message>
        <source>Midler ble bevilget for minst profilens antall år siden (3) uten at utbygging har startet: prosjektet må vurderes på nytt.</source>
        <translation>Funds were granted at least the profile&apos;s number of years ago (3) without construction having started: the project must be reassessed.</translation>
    </message>
    <message>
        <source>Et spørsmål i sjekklisten som er påkrevd i arkets fase, er ikke besvart.</source>
        <translation>A checklist question required in the sheet&apos;s phase has not been answered.</translation>
    </message>
    <message>
        <source>Svaret («Ikke relevant» eller et svar sjekklisten krever begrunnelse for) mangler skriftlig begrunnelse.</source>
        <translation>The answer (“Not relevant” or an answer the checklist requires a justification for) lacks a written justification.</translation>
    </message>
    <message>
        <source>Svaret er ikke ett av svaralternativene for spørsmålet.</source>
        <translation>The answer is not one of the question&apos;s options.</translation>
    </message>
    <message>
        <source>Feltet er påkrevd i arkets fase, etter skjemadefinisjonen (required_in). Koden bruker siste del av stien, f.eks. required.title.</source>
        <translation>The field is required in the sheet&apos;s phase by the form definition (required_in). The code uses the last part of the path, e.g. required.title.</translation>
    </message>
    <message>
        <source>Dokumentasjonspunkt fra prosjektutviklingen mangler i et PU-ark.</source>
        <translation>A documentation item from project development is missing in a PU sheet.</translation>
    </message>
    <message>
        <source>Standardavviket er over båndet for estimattypen: anslaget er ikke modent nok for fasen.</source>
        <translation>The standard deviation is above the band for the estimate type: the estimate is not mature enough for the phase.</translation>
    </message>
    <message>
        <source>Standardavviket er under båndet for estimattypen: mistenkelig presist for fasen, begrunn.</source>
        <translation>The standard deviation is below the band for the estimate type: suspiciously precise for the phase; justify it.</translation>
    </message>
    <message>
        <source>Estimattypen hører ikke til arkets fase: feil når fasen er senere enn estimattypen (for umodent), advarsel når den er tidligere.</source>
        <translation>The estimate type does not belong to the sheet&apos;s phase: an error when the phase is later than the estimate type (too immature), a warning when it is earlier.</translation>
    </message>
    <message>
        <source>Anslagsmetoden er påkrevd fra DP når forventet kostnad er over profilens terskel (10 MNOK; nøyaktig 10 er ikke over).</source>
        <translation>The Anslag method is required from DP on when the expected cost is above the profile&apos;s threshold (10 MNOK; exactly 10 is not above).</translation>
    </message>
    <message>
        <source>Styringsmål er anbefalt over profilens terskel (50 MNOK): advarsel i DP og UB, info i PU.</source>
        <translation>A cost target is recommended above the profile&apos;s threshold (50 MNOK): a warning in DP and UB, info in PU.</translation>
    </message>
    <message>
        <source>Prosjektet har lange eller kompliserte planprosesser, men styringsmål mangler: feil i DP og UB, info i PU (settes etter at prosjektet er avklart i PU eller tidlig i DP). Erstatter anbefalingen over 50 MNOK.</source>
        <translation>The project has long or complicated planning processes, but the cost target is missing: an error in DP and UB, info in PU (it is set once the project has been clarified in PU or early in DP). Replaces the recommendation above 50 MNOK.</translation>
    </message>
    <message>
        <source>Tallene er ikke i programmets prisnivå (kroneår); meldingen viser omregningen når prisindeksen har begge årene.</source>
        <translation>The figures are not at the programme&apos;s price level (price year); the message shows the conversion when the price index has both years.</translation>
    </message>
    <message>
        <source>En kostnadspost mangler lav, mest sannsynlig eller høy, eller har ikke lav ≤ mest sannsynlig ≤ høy; beregningen fra postene brukes da ikke.</source>
        <translation>A cost item lacks a low, most likely or high value, or does not have low ≤ most likely ≤ high; the calculation from the items is then not used.</translation>
    </message>
    <message>
        <source>Oppgitt forventet kostnad avviker vesentlig (mer enn toleransen, 5 %) fra den som er beregnet fra kostnadspostene.</source>
        <translation>The stated expected cost differs substantially (by more than the tolerance, 5%) from the one calculated from the cost items.</translation>
    </message>
    <message>
        <source>Overgangen krever politisk behandling etter profilens grenser (&lt; 15, 15–40, &gt; 40 MNOK), men ingen politisk behandling av overgangen er registrert. Gjelder overganger arket har passert, og neste overgang når en behandling av den er registrert.</source>
        <translation>The transition requires political consideration under the profile&apos;s limits (&lt; 15, 15–40, &gt; 40 MNOK), but no political consideration of it is recorded. Applies to the transitions the sheet has passed, and to the next transition once a consideration of it is recorded.</translation>
    </message>
    <message>
        <source>Veien fra PU til UB ville gått uten noen politisk behandling.</source>
        <translation>The path from PU to UB would have gone without any political consideration.</translation>
    </message>
    <message>
        <source>Prosjektet er merket som av stor politisk interesse: overgangen skal behandles politisk uansett kostnad, men ingen politisk behandling av den er registrert. Gjelder de samme overgangene som decision.political_required; krever størrelsen alene politisk behandling, meldes det som decision.political_required.</source>
        <translation>The project is marked as of great political interest: the transition is to be considered by the political bodies whatever the cost, but no political consideration of it is recorded. Applies to the same transitions as decision.political_required; if the size alone requires political consideration, it is reported as decision.political_required.</translation>
    </message>
    <message>
        <source>Hvem som skal behandle arkets neste faseovergang, med begrunnelsen fra profilen.</source>
        <translation>Who is to consider the sheet&apos;s next phase transition, with the reason from the profile.</translation>
    </message>
    <message>
        <source>Arkets avtaleprofil er tom eller ukjent; reglene kjøres med standardprofilen.</source>
        <translation>The sheet&apos;s agreement profile is empty or unknown; the rules are run with the default profile.</translation>
    </message>
    <message>
        <source>En regel feilet under kjøring (programfeil); meld fra med arket.</source>
        <translation>A rule failed while running (a program error); report it with the sheet.</translation>
    </message>
    <message>
        <source>Det er ikke bekreftet at midlene er en ekstra innsats.</source>
        <translation>It has not been confirmed that the funds are an additional effort.</translation>
    </message>
    <message>
        <source>Vegeiers forpliktelse til å drifte og vedlikeholde anlegget er ikke bekreftet (i fasene der skjemaet krever den).</source>
        <translation>The road owner&apos;s commitment to operate and maintain the facility has not been confirmed (in the phases where the form requires it).</translation>
    </message>
    <message>
        <source>Søknaden omfatter drift eller vedlikehold uten at ett av unntakene er valgt.</source>
        <translation>The application includes operation or maintenance without one of the exceptions chosen.</translation>
    </message>
    <message>
        <source>En ombygging mangler beskrivelse av merverdien for trafikanten.</source>
        <translation>A rebuild lacks a description of the added value for road users.</translation>
    </message>
    <message>
        <source>En prosjektpakke er knyttet til mer enn én kommune.</source>
        <translation>A project package belongs to more than one municipality.</translation>
    </message>
    <message>
        <source>Prosjektpakke eller sekkepost har ikke nøyaktig én ansvarlig etat fra profilens liste.</source>
        <translation>A project package or pooled allocation does not have exactly one responsible agency from the profile&apos;s list.</translation>
    </message>
    <message>
        <source>En sekkepost har mer enn profilens grense per år (5 MNOK; nøyaktig 5 er tillatt).</source>
        <translation>A pooled allocation has more than the profile&apos;s limit per year (5 MNOK; exactly 5 is allowed).</translation>
    </message>
    <message>
        <source>En finansieringslinje har en kilde som ikke kan finansiere det året etter profilen (`source_limits`: et år bare én kilde kan finansiere).</source>
        <translation>A funding line has a source that cannot fund that year under the profile (`source_limits`: a year only one source can fund).</translation>
    </message>
    <message>
        <source>En sekkepost dekker flere kommuner, men bare sekkeposter med en ansvarlig etat profilen nevner (`pot_municipalities`) kan det; en kommunes sekkepost hører til kommunens ramme.</source>
        <translation>A pooled allocation covers several municipalities, but only pooled allocations with a responsible agency the profile names (`pot_municipalities`) may; a municipality&apos;s pooled allocation belongs to the municipality&apos;s frame.</translation>
    </message>
    <message>
        <source>Søknaden omfatter registreringer eller planer for å avklare behov; det finansieres normalt ikke.</source>
        <translation>The application includes surveys or plans to clarify needs; that is normally not funded.</translation>
    </message>
    <message>
        <source>Ingen finansieringslinje med beløp over null.</source>
        <translation>No funding line with an amount above zero.</translation>
    </message>
    <message>
        <source>En finansieringslinje ligger utenfor handlingsprogrammets periode.</source>
        <translation>A funding line lies outside the action programme&apos;s period.</translation>
    </message>
    <message>
        <source>Ingen av programmets mål har fått poeng over null med begrunnelse.</source>
        <translation>None of the programme&apos;s goals has been scored above zero with a justification.</translation>
    </message>
    <message>
        <source>Et mål har fått poeng uten begrunnelse.</source>
        <translation>A goal has been scored without a justification.</translation>
    </message>
    <message>
        <source>Poeng er gitt for et mål som ikke finnes i avtaleprofilen; det telles ikke med.</source>
        <translation>Points are given for a goal that does not exist in the agreement profile; they do not count.</translation>
    </message>
    <message>
        <source>Teksten i et datofelt er ikke en dato som finnes (skrives dd.mm.åååå). Teksten beholdes som skrevet til den er rettet; feltet har fortsatt sin forrige dato.</source>
        <translation>The text in a date field is not a date that exists (written dd.mm.yyyy). The text is kept as typed until it is corrected; the field keeps its previous date.</translation>
    </message>
    <message>
        <source>Teksten i et tallfelt er ikke et gyldig tall for feltet (ikke et tall, for mange desimaler eller utenfor feltets grenser). Teksten beholdes som skrevet til den er rettet.</source>
        <translation>The text in a number field is not a valid number for the field (not a number, too many decimals or outside the field&apos;s limits). The text is kept as typed until it is corrected.</translation>
    </message>
    <message>
        <source>Et tallfelt har en verdi som ikke er et endelig tall (NaN, uendelig), skrevet inn eller lest fra en JSON-fil.</source>
        <translation>A number field has a value that is not a finite number (NaN, infinity), typed in or read from a JSON file.</translation>
    </message>
    <message>
        <source>Et beløp er negativt: forventet kostnad, styringsmål, styringsramme, opprinnelig beløp, en kostnadspost eller en finansieringslinje. Null er tillatt.</source>
        <translation>An amount is negative: the expected cost, the cost target, the cost frame, the original amount, a cost item or a funding line. Zero is allowed.</translation>
    </message>
    <message>
        <source>Et beløp er over profilens grense for et troverdig prosjekt (max_plausible_mnok, 50 000 MNOK; nøyaktig grensen er tillatt), typisk kroner eller tusen kroner skrevet som millioner.</source>
        <translation>An amount is above the profile&apos;s limit for a plausible project (max_plausible_mnok, 50,000 MNOK; exactly the limit is allowed), typically kroner or thousands of kroner entered as millions.</translation>
    </message>
    <message>
        <source>Kontaktpersonens e-postadresse har ikke formen navn@domene.no (én @, et punktum i domenet, ingen mellomrom).</source>
        <translation>The contact person&apos;s e-mail address does not have the form name@domain.no (one @, a dot in the domain, no spaces).</translation>
    </message>
    <message>
        <source>Arket er laget med en nyere versjon av Prosjektark (et nyere mindre formatnummer). Felt denne versjonen ikke kjenner, beholdes og skrives tilbake uendret; de sjekkes ikke.</source>
        <translation>The sheet was made with a newer version of Prosjektark (a newer minor format number). Fields this version does not know are kept and written back unchanged; they are not checked.</translation>
    </message>
    <message>
        <source>Arket bruker en finansieringskilde, et driftsunntak eller en faseovergang som avtaleprofilen ikke kjenner (f.eks. et ark fra et annet program).</source>
        <translation>The sheet uses a funding source, an operation exception or a phase transition the agreement profile does not know (e.g. a sheet from another programme).</translation>
    </message>
    <message>
        <source>Avtaleprofilen mangler tall eller regler som programmets dokumenter ennå ikke har gitt; reglene som trenger dem er ikke sjekket.</source>
        <translation>The agreement profile lacks figures or rules the programme&apos;s documents have not yet given; the rules that need them are not checked.</translation>
    </message>
</context>
<context>
    <name>scenario</name>
    <message>
        <source>Avtaleprofilen {programme} har ikke satt opp porteføljen (hvilke saksstatuser et scenario tar med), så det kan ikke lages scenarioer for den.</source>
        <translation>The agreement profile {programme} has not set up its portfolio (which case states a scenario takes in), so no scenarios can be made for it.</translation>
    </message>
    <message>
        <source>Scenarioet må ha et navn.</source>
        <translation>The scenario must have a name.</translation>
    </message>
    <message>
        <source>{programme} har allerede et scenario som heter «{name}». Velg et annet navn; det som finnes, er ikke endret.</source>
        <translation>{programme} already has a scenario called “{name}”. Choose another name; the existing one is unchanged.</translation>
    </message>
    <message>
        <source>Laget scenarioet «{name}» for {programme} med {n} prosjektark.</source>
        <translation>Made the scenario “{name}” for {programme} with {n} project sheets.</translation>
    </message>
    <message>
        <source>Med er de leverte arkene med saksstatus {states}.</source>
        <translation>It takes in the delivered sheets in the case states {states}.</translation>
    </message>
    <message>
        <source>Ingen scenarioer ennå. Lag et med «prosjektark scenario new NAVN --profile P».</source>
        <translation>No scenarios yet. Make one with “prosjektark scenario new NAME --profile P”.</translation>
    </message>
    <message>
        <source>ukjent</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>{name} ({programme}): {included} av {n} prosjektark med, versjon {version}, sist endret av {who} {when}</source>
        <translation>{name} ({programme}): {included} of {n} project sheets included, version {version}, last changed by {who} {when}</translation>
    </message>
    <message>
        <source>Miljøvariabelen {var} er ikke satt eller er tom; den skal holde passordet til identiteten din.</source>
        <translation>The environment variable {var} is not set or is empty; it should hold your identity&apos;s passphrase.</translation>
    </message>
    <message>
        <source>Du har ingen signeringsidentitet ennå. Lag en med «prosjektark identity new», eller importer organisasjonens med «prosjektark identity import».</source>
        <translation>You have no signing identity yet. Make one with “prosjektark identity new”, or import your organisation&apos;s with “prosjektark identity import”.</translation>
    </message>
    <message>
        <source>Fant ikke scenarioet «{name}» i {programme}. «prosjektark scenario list» viser dem som finnes.</source>
        <translation>The scenario “{name}” was not found in {programme}. “prosjektark scenario list” shows the ones there are.</translation>
    </message>
    <message>
        <source>Fant ikke scenarioet «{name}». «prosjektark scenario list» viser dem som finnes.</source>
        <translation>The scenario “{name}” was not found. “prosjektark scenario list” shows the ones there are.</translation>
    </message>
    <message>
        <source>«{path}» finnes og er ikke en mappe.</source>
        <translation>“{path}” exists and is not a folder.</translation>
    </message>
    <message>
        <source>Merk: ett ark i scenarioet er endret siden det ble laget. Forslaget bruker revisjonen scenarioet bygger på; åpne scenarioet og ta stilling til det:</source>
        <translation>Note: one sheet in the scenario has changed since it was made. The proposal uses the revision the scenario is based on; open the scenario and decide on it:</translation>
    </message>
    <message>
        <source>Merk: {n} ark i scenarioet er endret siden det ble laget. Forslaget bruker revisjonene scenarioet bygger på; åpne scenarioet og ta stilling til dem:</source>
        <translation>Note: {n} sheets in the scenario have changed since it was made. The proposal uses the revisions the scenario is based on; open the scenario and decide on them:</translation>
    </message>
    <message>
        <source>Merk: {programme} har ingen rammer registrert; balansen viser bare hva tiltakene bruker.</source>
        <translation>Note: {programme} has no frames recorded; the balance shows only what the measures use.</translation>
    </message>
    <message>
        <source>Skrev {path}</source>
        <translation>Wrote {path}</translation>
    </message>
    <message>
        <source>PDF-en og pakken er signert med identiteten til {name}.</source>
        <translation>The PDF and the package are signed with the identity of {name}.</translation>
    </message>
    <message>
        <source>Filene er ikke signert (ingen --passphrase-env). Bruk --passphrase-env for et signert forslag.</source>
        <translation>The files are not signed (no --passphrase-env). Use --passphrase-env for a signed proposal.</translation>
    </message>
</context>
<context>
    <name>schema</name>
    <message>
        <source>Skrev {path}</source>
        <translation>Wrote {path}</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <source>Merknad</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Svar på merknad</source>
        <translation>Answer to remark</translation>
    </message>
</context>
<context>
    <name>settings_dialog</name>
    <message>
        <source>Innstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>&amp;Arbeidsgruppe</source>
        <translation>&amp;Working group</translation>
    </message>
    <message>
        <source>&amp;Sekretariat</source>
        <translation>&amp;Secretariat</translation>
    </message>
    <message>
        <source>Arbeidsgruppen fyller ut, signerer og sender prosjektark. Sekretariatet får i tillegg arbeidsflaten «Sekretariat»: innkomne ark, saksstatus, import av pakker og porteføljen.</source>
        <translation>The working group fills in, signs and sends project sheets. The secretariat also gets the «Secretariat» workspace: incoming sheets, case states, importing packages and the portfolio.</translation>
    </message>
    <message>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Som maskinoppsettet ({language})</source>
        <translation>As the computer’s configuration ({language})</translation>
    </message>
    <message>
        <source>Som systemet ({language})</source>
        <translation>As the system ({language})</translation>
    </message>
    <message>
        <source>&amp;Programmets språk:</source>
        <translation>&amp;Language of the program:</translation>
    </message>
    <message>
        <source>Et nytt språk gjelder fra neste gang du starter Prosjektark. PDF og Excel for et ark skrives alltid på arkets eget språk (steget «Grunnlag»).</source>
        <translation>A new language takes effect the next time you start Prosjektark. A sheet&apos;s PDF and Excel workbook are always written in the sheet&apos;s own language (the «Basic information» step).</translation>
    </message>
    <message>
        <source>Levering til sekretariatet</source>
        <translation>Delivery to the secretariat</translation>
    </message>
    <message>
        <source>Ikke valgt – du blir spurt når du sender</source>
        <translation>Not chosen – you will be asked when you send</translation>
    </message>
    <message>
        <source>Velg …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <source>&amp;Leveringsmappe:</source>
        <translation>&amp;Delivery folder:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Tom: som maskinoppsettet ({url})</source>
        <translation>Empty: as in the machine configuration ({url})</translation>
    </message>
    <message>
        <source>Tom: filen på denne maskinen</source>
        <translation>Empty: the file on this computer</translation>
    </message>
    <message>
        <source>&amp;Databaseserver:</source>
        <translation>Data&amp;base server:</translation>
    </message>
    <message>
        <source>Et sekretariat med flere brukere kan dele en PostgreSQL-database, for eksempel postgresql://server.kommune.no/prosjektark eller postgresql:///?service=prosjektark. Passordet legger IT i en passordfil (pgpass) eller en tjenestefil; finnes det ikke der, spør Prosjektark når det starter.</source>
        <translation>A secretariat with several users can share a PostgreSQL database, for example postgresql://server.kommune.no/prosjektark or postgresql:///?service=prosjektark. IT puts the password in a password file (pgpass) or a service file; if it is not there, Prosjektark asks for it when it starts.</translation>
    </message>
    <message>
        <source>Tomt felt: en fil på denne maskinen. Ikke skriv passord her. Gjelder fra neste start.</source>
        <translation>Empty field: a file on this computer. Do not type a password here. Takes effect the next time you start Prosjektark.</translation>
    </message>
    <message>
        <source>Satt med miljøvariabelen {variable} for dette programmet.</source>
        <translation>Set with the environment variable {variable} for this program.</translation>
    </message>
    <message>
        <source>Maskinoppsett</source>
        <translation>Computer configuration</translation>
    </message>
    <message>
        <source>IT-avdelingen har satt opp denne maskinen i {folder}.</source>
        <translation>The IT department has configured this computer in {folder}.</translation>
    </message>
    <message>
        <source>Feil i maskinoppsettet (disse delene blir ikke brukt; si fra til IT-avdelingen):</source>
        <translation>Errors in the computer’s configuration (these parts are not used; tell the IT department):</translation>
    </message>
    <message>
        <source>Velg sekretariatets leveringsmappe</source>
        <translation>Choose the secretariat’s delivery folder</translation>
    </message>
    <message>
        <source>Adressen inneholder et passord. Passord lagres ikke i innstillingene: fjern det, og legg det i en passordfil (pgpass) eller en tjenestefil, eller skriv det når Prosjektark spør ved start.</source>
        <translation>The address contains a password. Passwords are not saved in the settings: remove it, and put it in a password file (pgpass) or a service file, or type it when Prosjektark asks at startup.</translation>
    </message>
    <message>
        <source>Dette er ikke adressen til en PostgreSQL-database. Den begynner med postgresql://, for eksempel postgresql://server.kommune.no/prosjektark. La feltet stå tomt for å bruke filen på denne maskinen.</source>
        <translation>This is not the address of a PostgreSQL database. It begins with postgresql://, for example postgresql://server.kommune.no/prosjektark. Leave the field empty to use the file on this computer.</translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Satt av IT-avdelingen for denne maskinen.</source>
        <translation>Set by the IT department for this computer.</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>sheet</name>
    <message>
        <source>ukjent felt</source>
        <translation>unknown field</translation>
    </message>
    <message>
        <source>Ugyldig prosjektark:</source>
        <translation>Invalid project sheet:</translation>
    </message>
    <message>
        <source>… og {count} feil til</source>
        <translation>… and {count} more errors</translation>
    </message>
    <message>
        <source>(dokumentet)</source>
        <translation>(the document)</translation>
    </message>
    <message>
        <source>Ugyldig prosjektark: {reason}</source>
        <translation>Invalid project sheet: {reason}</translation>
    </message>
    <message>
        <source>mangler</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>ikke gyldig JSON</source>
        <translation>not valid JSON</translation>
    </message>
    <message>
        <source>ugyldig verdi</source>
        <translation>invalid value</translation>
    </message>
    <message>
        <source>må være et heltall</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>må være et tall</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <source>for mange desimaler</source>
        <translation>too many decimals</translation>
    </message>
    <message>
        <source>må være tekst</source>
        <translation>must be text</translation>
    </message>
    <message>
        <source>må være sann eller usann</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>må være en dato (ÅÅÅÅ-MM-DD)</source>
        <translation>must be a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>må være et tidspunkt</source>
        <translation>must be a point in time</translation>
    </message>
    <message>
        <source>må være en UUID</source>
        <translation>must be a UUID</translation>
    </message>
    <message>
        <source>må være en liste</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <source>må være et objekt</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>er for lav</source>
        <translation>is too low</translation>
    </message>
    <message>
        <source>er for høy</source>
        <translation>is too high</translation>
    </message>
    <message>
        <source>har feil form</source>
        <translation>has the wrong form</translation>
    </message>
    <message>
        <source>må være et endelig tall</source>
        <translation>must be a finite number</translation>
    </message>
    <message>
        <source>ugyldig verdi ({reason})</source>
        <translation>invalid value ({reason})</translation>
    </message>
    <message>
        <source>høyst {limit}</source>
        <translation>at most {limit}</translation>
    </message>
    <message>
        <source>minst {limit}</source>
        <translation>at least {limit}</translation>
    </message>
</context>
<context>
    <name>sheet_editor</name>
    <message>
        <source>Skrivebeskyttet: denne versjonen av arket kan ikke endres.</source>
        <translation>Read-only: this version of the sheet cannot be changed.</translation>
    </message>
    <message>
        <source>← Forrige</source>
        <translation>← Previous</translation>
    </message>
    <message>
        <source>Forrige steg (Ctrl+Page Up)</source>
        <translation>Previous step (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Forrige steg</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <source>Neste →</source>
        <translation>Next →</translation>
    </message>
    <message>
        <source>Neste steg (Ctrl+Page Down)</source>
        <translation>Next step (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Neste steg</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Hele arket</source>
        <translation>The whole sheet</translation>
    </message>
    <message>
        <source>Steg {number} av {count}</source>
        <translation>Step {number} of {count}</translation>
    </message>
</context>
<context>
    <name>sheet_format</name>
    <message>
        <source>Arket er laget med en nyere versjon av Prosjektark ({format}); denne versjonen leser {current}. Det som er nytt, beholdes uendret og sjekkes ikke. Oppdater Prosjektark for å se alt.</source>
        <translation>The sheet was made with a newer version of Prosjektark ({format}); this version reads {current}. What is new is kept unchanged and not checked. Update Prosjektark to see everything.</translation>
    </message>
    <message>
        <source>Arket er laget med en nyere versjon av Prosjektark ({format}); denne versjonen leser {current}. Det som er nytt, beholdes uendret og sjekkes ikke. Felt denne versjonen ikke kjenner: {fields}. Oppdater Prosjektark for å se alt.</source>
        <translation>The sheet was made with a newer version of Prosjektark ({format}); this version reads {current}. What is new is kept unchanged and not checked. Fields this version does not know: {fields}. Update Prosjektark to see everything.</translation>
    </message>
    <message>
        <source>Arket er laget med en nyere versjon av Prosjektark ({format}); denne versjonen leser {current}. Det som er nytt, beholdes uendret og sjekkes ikke. Felt denne versjonen ikke kjenner: {fields} og {more} til. Oppdater Prosjektark for å se alt.</source>
        <translation>The sheet was made with a newer version of Prosjektark ({format}); this version reads {current}. What is new is kept unchanged and not checked. Fields this version does not know: {fields} and {more} more. Update Prosjektark to see everything.</translation>
    </message>
</context>
<context>
    <name>sheet_list_model</name>
    <message>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Tiltaksområde</source>
        <translation>Action area</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Forventet kostnad (MNOK)</source>
        <translation>Expected cost (MNOK)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sist endret</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>(uten tittel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Eksempel: {title}</source>
        <translation>Example: {title}</translation>
    </message>
    <message>
        <source>Eksempelark</source>
        <translation>Example sheet</translation>
    </message>
    <message>
        <source>Revisjon {revision}</source>
        <translation>Revision {revision}</translation>
    </message>
</context>
<context>
    <name>sql_store</name>
    <message>
        <source>Kunne ikke lese fra databasen «{database}»: {error}</source>
        <translation>Could not read from the database «{database}»: {error}</translation>
    </message>
    <message>
        <source>Databasen «{database}» var opptatt med en annen brukers endring, og ingenting ble lagret. Last inn på nytt og prøv igjen.</source>
        <translation>The database “{database}” was busy with another user’s change, and nothing was saved. Reload and try again.</translation>
    </message>
    <message>
        <source>En annen bruker lagret det samme i databasen «{database}» samtidig med deg, og ingenting av ditt ble lagret. Last inn på nytt og prøv igjen.</source>
        <translation>Another user saved the same thing in the database “{database}” at the same time as you, and none of yours was saved. Reload and try again.</translation>
    </message>
    <message>
        <source>Kunne ikke lagre i databasen «{database}»: {error}</source>
        <translation>Could not save in the database «{database}»: {error}</translation>
    </message>
    <message>
        <source>Prosjektarket «{title}» finnes allerede.</source>
        <translation>The project sheet «{title}» already exists.</translation>
    </message>
    <message>
        <source>Kunne ikke lese prosjektarket {id} fra databasen.</source>
        <translation>Could not read project sheet {id} from the database.</translation>
    </message>
    <message>
        <source>Prosjektarket har nådd det høyeste revisjonsnummeret ({max}). Dupliser arket for å arbeide videre med en kopi.</source>
        <translation>The project sheet has reached the highest revision number ({max}). Duplicate the sheet to continue working on a copy.</translation>
    </message>
    <message>
        <source>Kunne ikke lese versjon {revision} av prosjektarket {id} fra databasen.</source>
        <translation>Could not read version {revision} of project sheet {id} from the database.</translation>
    </message>
    <message>
        <source>Prosjektarket må ligge i papirkurven før det kan slettes for godt.</source>
        <translation>The project sheet must be in the bin before it can be deleted for good.</translation>
    </message>
    <message>
        <source>Fant ikke filen «{file}».</source>
        <translation>The file «{file}» was not found.</translation>
    </message>
    <message>
        <source>«{file}» er ikke en vanlig fil og kan ikke legges ved.</source>
        <translation>«{file}» is not a regular file and cannot be attached.</translation>
    </message>
    <message>
        <source>Kunne ikke lagre vedlegget «{name}» i «{folder}»: {error}</source>
        <translation>Could not save the attachment «{name}» in «{folder}»: {error}</translation>
    </message>
    <message>
        <source>Vedlegget «{name}» finnes ikke lenger i lageret.</source>
        <translation>The attachment «{name}» is no longer in the store.</translation>
    </message>
    <message>
        <source>Ugyldig sjekksum for vedlegg: {digest}.</source>
        <translation>Invalid checksum for attachment: {digest}.</translation>
    </message>
    <message>
        <source>Kunne ikke kopiere vedlegget «{name}»: {error}</source>
        <translation>Could not copy the attachment «{name}»: {error}</translation>
    </message>
    <message>
        <source>Fant ikke pakken i utboksen.</source>
        <translation>The package was not found in the outbox.</translation>
    </message>
    <message>
        <source>Merknaden er tom. Skriv hva arbeidsgruppen skal se på.</source>
        <translation>The remark is empty. Write what the working group should look at.</translation>
    </message>
    <message>
        <source>(uten tittel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Prosjektarket «{title}» er slettet for godt et annet sted mens du arbeidet med det. Endringene dine er ikke lagret.</source>
        <translation>The project sheet «{title}» was deleted for good elsewhere while you were working on it. Your changes have not been saved.</translation>
    </message>
    <message>
        <source>Prosjektarket «{title}» er endret et annet sted (i et annet vindu eller fra kommandolinjen) siden du åpnet det. Endringene dine er ikke skrevet over de andre.</source>
        <translation>The project sheet «{title}» has been changed elsewhere (in another window or from the command line) since you opened it. Your changes have not been written over the others.</translation>
    </message>
    <message>
        <source>Fant ikke prosjektarket {id}.</source>
        <translation>Project sheet {id} was not found.</translation>
    </message>
    <message>
        <source>Fant ikke versjon {revision} av prosjektarket {id}.</source>
        <translation>Version {revision} of project sheet {id} was not found.</translation>
    </message>
    <message>
        <source>Kunne ikke lese filen «{file}»: {error}</source>
        <translation>Could not read the file «{file}»: {error}</translation>
    </message>
    <message>
        <source>Vedlegget «{name}» er for stort ({size} MB). Største tillatte størrelse er {max} MB.</source>
        <translation>The attachment «{name}» is too large ({size} MB). The largest size allowed is {max} MB.</translation>
    </message>
    <message>
        <source>Kunne ikke lagre vedlegget «{name}»: en annen bruker slettet det samtidig. Prøv igjen.</source>
        <translation>Could not save the attachment “{name}”: another user deleted it at the same time. Try again.</translation>
    </message>
    <message>
        <source>Kunne ikke lagre vedlegget «{name}» i databasen: {error}</source>
        <translation>Could not save the attachment “{name}” in the database: {error}</translation>
    </message>
    <message>
        <source>Vedlegget «{name}» er skadet i databasen: innholdet stemmer ikke med sjekksummen.</source>
        <translation>The attachment “{name}” is damaged in the database: its content does not match the checksum.</translation>
    </message>
    <message>
        <source>Kunne ikke lese vedlegget «{name}» fra databasen: {error}</source>
        <translation>Could not read the attachment “{name}” from the database: {error}</translation>
    </message>
    <message>
        <source>Filen «{file}» ble endret mens den ble lagt ved. Prøv igjen.</source>
        <translation>The file “{file}” was changed while it was being attached. Try again.</translation>
    </message>
    <message>
        <source>Kunne ikke lage en lokal kopi av vedlegget «{name}» i «{folder}»: {error}</source>
        <translation>Could not make a local copy of the attachment “{name}” in “{folder}”: {error}</translation>
    </message>
</context>
<context>
    <name>stamp</name>
    <message>
        <source>Fant ikke skrifttypen for signaturstempelet: {path}</source>
        <translation>The font for the signature stamp was not found: {path}</translation>
    </message>
</context>
<context>
    <name>step_navigator</name>
    <message>
        <source>● feil</source>
        <translation>● error</translation>
    </message>
    <message>
        <source>▲ advarsel</source>
        <translation>▲ warning</translation>
    </message>
    <message>
        <source>har feil</source>
        <translation>has errors</translation>
    </message>
    <message>
        <source>har advarsler</source>
        <translation>has warnings</translation>
    </message>
    <message>
        <source>✎ 1 merknad</source>
        <translation>✎ 1 remark</translation>
    </message>
    <message>
        <source>✎ {count} merknader</source>
        <translation>✎ {count} remarks</translation>
    </message>
    <message>
        <source>✎ 1 ubesvart merknad</source>
        <translation>✎ 1 unanswered remark</translation>
    </message>
    <message>
        <source>✎ {count} ubesvarte merknader</source>
        <translation>✎ {count} unanswered remarks</translation>
    </message>
    <message>
        <source>Steg i prosjektarket</source>
        <translation>Steps of the project sheet</translation>
    </message>
    <message>
        <source>Piltastene velger steg. Ctrl+Page Down går til neste steg. F6 går videre til skjemaet, funnene og hjelpen.</source>
        <translation>The arrow keys choose a step. Ctrl+Page Down goes to the next step. F6 moves on to the form, the findings and the help.</translation>
    </message>
</context>
<context>
    <name>step_page</name>
    <message>
        <source>Merknad fra sekretariatet</source>
        <translation>Remark from the secretariat</translation>
    </message>
    <message>
        <source>Felt merket * må fylles ut i fasen {phase} ({code}).</source>
        <translation>Fields marked * are required in the {phase} phase ({code}).</translation>
    </message>
</context>
<context>
    <name>store_location</name>
    <message>
        <source>(ugyldig adresse)</source>
        <translation>(invalid address)</translation>
    </message>
    <message>
        <source>Legg passordet i en passordfil (~/.pgpass, på Windows %APPDATA%\postgresql\pgpass.conf) eller bruk en tjenestefil (postgresql:///?service=prosjektark).</source>
        <translation>Put the password in a password file (~/.pgpass, on Windows %APPDATA%\postgresql\pgpass.conf) or use a service file (postgresql:///?service=prosjektark).</translation>
    </message>
    <message>
        <source>Database-adressen i innstillingene ({file}) inneholder et passord, og passord skal ikke lagres i innstillingene. Fjern passordet fra adressen.</source>
        <translation>The database address in the settings ({file}) contains a password, and passwords must not be saved in the settings. Remove the password from the address.</translation>
    </message>
    <message>
        <source>«{value}» ({where}) er ikke adressen til en PostgreSQL-database. Skriv for eksempel postgresql://server.kommune.no/prosjektark eller postgresql:///?service=prosjektark, eller la feltet stå tomt for å bruke filen på denne maskinen.</source>
        <translation>“{value}” ({where}) is not the address of a PostgreSQL database. Type, for example, postgresql://server.kommune.no/prosjektark or postgresql:///?service=prosjektark, or leave the field empty to use the file on this computer.</translation>
    </message>
    <message>
        <source>Serveren «{database}» godtok ikke passordet. {hint}</source>
        <translation>The server “{database}” did not accept the password. {hint}</translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Klar</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Signert</source>
        <translation>Signed</translation>
    </message>
</context>
<context>
    <name>summary_page</name>
    <message>
        <source>Utfylling per steg</source>
        <translation>Completion by step</translation>
    </message>
    <message>
        <source>{count} mangler</source>
        <translation>{count} missing</translation>
    </message>
    <message>
        <source>✓ alt påkrevd er fylt ut</source>
        <translation>✓ everything required is filled in</translation>
    </message>
    <message>
        <source>valgfritt (ingen påkrevde felt)</source>
        <translation>optional (no required fields)</translation>
    </message>
    <message>
        <source>Gå til {step}: {status}</source>
        <translation>Go to {step}: {status}</translation>
    </message>
    <message>
        <source>Mangler: {fields}</source>
        <translation>Missing: {fields}</translation>
    </message>
</context>
<context>
    <name>table</name>
    <message>
        <source>{path} har ikke markørene {start} og {end}</source>
        <translation>{path} lacks the markers {start} and {end}</translation>
    </message>
    <message>
        <source>Skrev regeltabellen i {path}</source>
        <translation>Wrote the rule table to {path}</translation>
    </message>
</context>
<context>
    <name>table_widgets</name>
    <message>
        <source>0 – ingen</source>
        <translation>0 – none</translation>
    </message>
    <message>
        <source>1 – lite</source>
        <translation>1 – small</translation>
    </message>
    <message>
        <source>2 – middels</source>
        <translation>2 – medium</translation>
    </message>
    <message>
        <source>3 – stort</source>
        <translation>3 – large</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <source>{column}, rad {row}</source>
        <translation>{column}, row {row}</translation>
    </message>
    <message>
        <source>Legg til rad</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Ingen rader ennå.</source>
        <translation>No rows yet.</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Fjern rad {row}</source>
        <translation>Remove row {row}</translation>
    </message>
    <message>
        <source>Kostnadspost</source>
        <translation>Cost item</translation>
    </message>
    <message>
        <source>Lav (P10)</source>
        <translation>Low (P10)</translation>
    </message>
    <message>
        <source>Mest sannsynlig</source>
        <translation>Most likely</translation>
    </message>
    <message>
        <source>Høy (P90)</source>
        <translation>High (P90)</translation>
    </message>
    <message>
        <source>Legg til kostnadspost</source>
        <translation>Add cost item</translation>
    </message>
    <message>
        <source>Ingen kostnadsposter. Postene er valgfrie.</source>
        <translation>No cost items. The items are optional.</translation>
    </message>
    <message>
        <source>Bruk som forventet kostnad og usikkerhet</source>
        <translation>Use as expected cost and uncertainty</translation>
    </message>
    <message>
        <source>Vis utregning</source>
        <translation>Show calculation</translation>
    </message>
    <message>
        <source>Beregnet forventet kostnad: &lt;b&gt;{expected}&lt;/b&gt;, standardavvik {std_dev} ({percent}).&lt;br&gt;P50: {p50} · P85: {p85}.</source>
        <translation>Calculated expected cost: &lt;b&gt;{expected}&lt;/b&gt;, standard deviation {std_dev} ({percent}).&lt;br&gt;P50: {p50} · P85: {p85}.</translation>
    </message>
    <message>
        <source>Skjul utregning</source>
        <translation>Hide calculation</translation>
    </message>
    <message>
        <source>Risiko</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Sannsynlighet (1–5)</source>
        <translation>Probability (1–5)</translation>
    </message>
    <message>
        <source>Konsekvens (1–5)</source>
        <translation>Consequence (1–5)</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Legg til risiko</source>
        <translation>Add risk</translation>
    </message>
    <message>
        <source>Ingen risikoer registrert.</source>
        <translation>No risks recorded.</translation>
    </message>
    <message>
        <source>Milepæl</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Nådd</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Legg til milepæl</source>
        <translation>Add milestone</translation>
    </message>
    <message>
        <source>Ingen milepæler registrert.</source>
        <translation>No milestones recorded.</translation>
    </message>
    <message>
        <source>Organ</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Faseovergang</source>
        <translation>Phase transition</translation>
    </message>
    <message>
        <source>Politisk</source>
        <translation>Political</translation>
    </message>
    <message>
        <source>Vedtak</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Legg til behandling</source>
        <translation>Add consideration</translation>
    </message>
    <message>
        <source>Ingen behandling registrert.</source>
        <translation>No consideration recorded.</translation>
    </message>
    <message>
        <source>{programme} har ennå ikke fastsatt en programperiode. Årene er dette og de tre neste, og årene arket har beløp for.</source>
        <translation>{programme} has not set a programme period yet. The years are this one and the next three, and the years the sheet has amounts for.</translation>
    </message>
    <message>
        <source>Arket har også beløp for {years} (utenfor programperioden).</source>
        <translation>The sheet also has amounts for {years} (outside the programme period).</translation>
    </message>
    <message>
        <source>Kilde (MNOK)</source>
        <translation>Source (MNOK)</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Sum per år</source>
        <translation>Total per year</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Poeng</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>— ikke vurdert</source>
        <translation>— not assessed</translation>
    </message>
    <message>
        <source>Hvorfor dette poenget?</source>
        <translation>Why this score?</translation>
    </message>
    <message>
        <source>Poeng: {goal}</source>
        <translation>Points: {goal}</translation>
    </message>
    <message>
        <source>Begrunnelse: {goal}</source>
        <translation>Justification: {goal}</translation>
    </message>
</context>
<context>
    <name>tagged_pdf</name>
    <message>
        <source>Et bilde i PDF-en mangler alternativ tekst: {image}</source>
        <translation>An image in the PDF lacks alternative text: {image}</translation>
    </message>
</context>
<context>
    <name>trust</name>
    <message>
        <source>Kunne ikke lese sertifikat fra {path}.</source>
        <translation>Could not read a certificate from {path}.</translation>
    </message>
    <message>
        <source>Ugyldig fingeravtrykk i {path}: «{line}».</source>
        <translation>Invalid fingerprint in {path}: “{line}”.</translation>
    </message>
    <message>
        <source>Fant ikke tillitslisten {path}.</source>
        <translation>The trust list {path} was not found.</translation>
    </message>
    <message>
        <source>Kunne ikke lese tillitslisten {path}: {reason}</source>
        <translation>Could not read the trust list {path}: {reason}</translation>
    </message>
    <message>
        <source>Fant ingen sertifikater eller fingeravtrykk i {path}.</source>
        <translation>No certificates or fingerprints found in {path}.</translation>
    </message>
    <message>
        <source>{error} Den delen av maskinens tillitsliste blir ikke brukt.</source>
        <translation>{error} That part of the computer’s trust list is not used.</translation>
    </message>
    <message>
        <source>Ingen tillitsliste: velg sertifikatet til avsenderen, eller en mappe med sertifikatene du stoler på.</source>
        <translation>No trust list: choose the sender’s certificate, or a folder with the certificates you trust.</translation>
    </message>
</context>
<context>
    <name>values</name>
    <message>
        <source>Feltet kan ikke være tomt.</source>
        <translation>The field cannot be empty.</translation>
    </message>
    <message>
        <source>Bruk høyst {count} desimaler.</source>
        <translation>Use at most {count} decimals.</translation>
    </message>
    <message>
        <source>Tallet kan ikke være større enn {limit}.</source>
        <translation>The number cannot be greater than {limit}.</translation>
    </message>
    <message>
        <source>Tallet kan ikke være mindre enn {limit}.</source>
        <translation>The number cannot be less than {limit}.</translation>
    </message>
    <message>
        <source>Ugyldig verdi.</source>
        <translation>Invalid value.</translation>
    </message>
    <message>
        <source>Skriv et tall, for eksempel 12,5.</source>
        <translation>Enter a number, for example 12.5.</translation>
    </message>
    <message>
        <source>Skriv et heltall, for eksempel 2027.</source>
        <translation>Enter a whole number, for example 2027.</translation>
    </message>
    <message>
        <source>Datoen finnes ikke.</source>
        <translation>The date does not exist.</translation>
    </message>
    <message>
        <source>Skriv datoen som dd.mm.åååå, for eksempel 01.06.2026.</source>
        <translation>Enter the date as dd.mm.yyyy, for example 01.06.2026.</translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <source>Fant ikke pakken {path}.</source>
        <translation>The package {path} was not found.</translation>
    </message>
    <message>
        <source>Signert av:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <source>{file}: kan ikke leses.</source>
        <translation>{file}: cannot be read.</translation>
    </message>
    <message>
        <source>{file}: GYLDIG</source>
        <translation>{file}: VALID</translation>
    </message>
    <message>
        <source>Filer:</source>
        <translation>Files:</translation>
    </message>
    <message>
        <source>{file}: UGYLDIG</source>
        <translation>{file}: INVALID</translation>
    </message>
</context>
<context>
    <name>verify_dialog</name>
    <message>
        <source>Verifiser pakke – Prosjektark</source>
        <translation>Verify package – Prosjektark</translation>
    </message>
    <message>
        <source>Pakken som skal kontrolleres (.asice)</source>
        <translation>The package to check (.asice)</translation>
    </message>
    <message>
        <source>Velg pakke …</source>
        <translation>Choose package …</translation>
    </message>
    <message>
        <source>Sertifikat (.pem) eller mappe med sertifikater</source>
        <translation>Certificate (.pem) or a folder of certificates</translation>
    </message>
    <message>
        <source>Fil …</source>
        <translation>File …</translation>
    </message>
    <message>
        <source>Mappe …</source>
        <translation>Folder …</translation>
    </message>
    <message>
        <source>&amp;Pakke:</source>
        <translation>&amp;Package:</translation>
    </message>
    <message>
        <source>&amp;Stol på:</source>
        <translation>&amp;Trust:</translation>
    </message>
    <message>
        <source>I tillegg gjelder sertifikatene IT-avdelingen har lagt inn for denne maskinen.</source>
        <translation>The certificates the IT department has installed on this computer also apply.</translation>
    </message>
    <message>
        <source>Kontroller</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Signert av:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <source>Filer:</source>
        <translation>Files:</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Velg pakke</source>
        <translation>Choose package</translation>
    </message>
    <message>
        <source>Signert pakke (*.asice);;Alle filer (*)</source>
        <translation>Signed package (*.asice);;All files (*)</translation>
    </message>
    <message>
        <source>Velg sertifikat</source>
        <translation>Choose certificate</translation>
    </message>
    <message>
        <source>Sertifikater og fingeravtrykk (*.pem *.crt *.cer *.sha256 *.txt);;Alle filer (*)</source>
        <translation>Certificates and fingerprints (*.pem *.crt *.cer *.sha256 *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Velg mappe med sertifikater</source>
        <translation>Choose a folder of certificates</translation>
    </message>
    <message>
        <source>Fant ikke pakken {path}.</source>
        <translation>Could not find the package {path}.</translation>
    </message>
    <message>
        <source>Uventet feil under verifisering: {error}</source>
        <translation>Unexpected error during verification: {error}</translation>
    </message>
    <message>
        <source>✖  Tillitslisten kan ikke leses</source>
        <translation>✖  The trust list cannot be read</translation>
    </message>
    <message>
        <source>✔  Pakken er gyldig</source>
        <translation>✔  The package is valid</translation>
    </message>
    <message>
        <source>Signaturen stemmer, signereren er på tillitslisten, og ingen filer er endret.</source>
        <translation>The signature matches, the signer is on the trust list, and no files have been changed.</translation>
    </message>
    <message>
        <source>✖  Pakken kan ikke leses</source>
        <translation>✖  The package cannot be read</translation>
    </message>
    <message>
        <source>✖  Pakken er ikke gyldig</source>
        <translation>✖  The package is not valid</translation>
    </message>
</context>
<context>
    <name>versions_dialog</name>
    <message>
        <source>Arbeidskopien</source>
        <translation>Working copy</translation>
    </message>
    <message>
        <source>Ny</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Fjernet</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Versjon {revision}</source>
        <translation>Version {revision}</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Før</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Etter</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Versjoner og endringer – {title}</source>
        <translation>Versions and changes – {title}</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Versjon</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Lagret</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Signert</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Versjonen er signert og eksportert som pakke.</source>
        <translation>The version is signed and exported as a package.</translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Åpne den valgte versjonen skrivebeskyttet</source>
        <translation>Open the selected version read-only</translation>
    </message>
    <message>
        <source>&amp;Sammenlign …</source>
        <translation>&amp;Compare …</translation>
    </message>
    <message>
        <source>Vis hva som er endret mellom den valgte versjonen og arbeidskopien, eller mellom to versjoner</source>
        <translation>Show what changed between the selected version and the working copy, or between two versions</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>1 lagret versjon, nyeste først.</source>
        <translation>1 saved version, newest first.</translation>
    </message>
    <message>
        <source>{count} lagrede versjoner, nyeste først.</source>
        <translation>{count} saved versions, newest first.</translation>
    </message>
    <message>
        <source>En lagret versjon endres aldri; arbeidskopien er arket slik du redigerer det.</source>
        <translation>A saved version never changes; the working copy is the sheet as you edit it.</translation>
    </message>
    <message>
        <source>Arket har ingen lagrede versjoner ennå. «Lagre versjon» (Ctrl+S) lagrer en fast versjon du kan se og sammenligne med senere.</source>
        <translation>The sheet has no saved versions yet. “Save version” (Ctrl+S) saves a fixed version you can look at and compare with later.</translation>
    </message>
    <message>
        <source>Kunne ikke åpne versjonen</source>
        <translation>Could not open the version</translation>
    </message>
    <message>
        <source>{title} – versjon {revision} (skrivebeskyttet)</source>
        <translation>{title} – version {revision} (read-only)</translation>
    </message>
    <message>
        <source>Versjon {revision}, lagret {time}, vises skrivebeskyttet.</source>
        <translation>Version {revision}, saved {time}, shown read-only.</translation>
    </message>
    <message>
        <source>Versjonen er signert.</source>
        <translation>The version is signed.</translation>
    </message>
    <message>
        <source>Merknad: «{note}».</source>
        <translation>Note: “{note}”.</translation>
    </message>
    <message>
        <source>Endringer gjøres i arbeidskopien.</source>
        <translation>Changes are made in the working copy.</translation>
    </message>
    <message>
        <source>Sammenlign versjoner</source>
        <translation>Compare versions</translation>
    </message>
    <message>
        <source>&amp;Før:</source>
        <translation>&amp;Before:</translation>
    </message>
    <message>
        <source>&amp;Etter:</source>
        <translation>&amp;After:</translation>
    </message>
    <message>
        <source>&amp;Kopier</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Kopier de valgte radene, eller alle, som tekst (Ctrl+C)</source>
        <translation>Copy the selected rows, or all of them, as text (Ctrl+C)</translation>
    </message>
    <message>
        <source>{before} og {after}</source>
        <translation>{before} and {after}</translation>
    </message>
    <message>
        <source>Kunne ikke lese versjonene: {error}</source>
        <translation>Could not read the versions: {error}</translation>
    </message>
    <message>
        <source>Velg to forskjellige versjoner for å se hva som er endret.</source>
        <translation>Choose two different versions to see what has changed.</translation>
    </message>
    <message>
        <source>Ingen endringer mellom {names}.</source>
        <translation>No changes between {names}.</translation>
    </message>
    <message>
        <source>Det som er nytt er merket «{added}» og grønt og det som er fjernet er merket «{removed}» og rødt.</source>
        <translation>What is new is marked “{added}” and green, and what is removed is marked “{removed}” and red.</translation>
    </message>
    <message>
        <source>Det som er nytt er merket «{added}» og grønt.</source>
        <translation>What is new is marked “{added}” and green.</translation>
    </message>
    <message>
        <source>Det som er fjernet er merket «{removed}» og rødt.</source>
        <translation>What is removed is marked “{removed}” and red.</translation>
    </message>
    <message>
        <source>1 endring mellom {names}.</source>
        <translation>1 change between {names}.</translation>
    </message>
    <message>
        <source>{count} endringer mellom {names}.</source>
        <translation>{count} changes between {names}.</translation>
    </message>
    <message>
        <source>Endret siden forrige levering</source>
        <translation>Changed since last delivery</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>programperioden</source>
        <translation>the programme period</translation>
    </message>
    <message>
        <source>prisnivået (kroneår)</source>
        <translation>the price level (price year)</translation>
    </message>
    <message>
        <source>fristen for innspill</source>
        <translation>the deadline for submissions</translation>
    </message>
    <message>
        <source>hvor lenge bevilgede midler kan stå ubrukt</source>
        <translation>how long granted funds may stay unused</translation>
    </message>
    <message>
        <source>toleransen mellom oppgitt og beregnet kostnad</source>
        <translation>the tolerance between stated and calculated cost</translation>
    </message>
    <message>
        <source>faseovergangene</source>
        <translation>the phase transitions</translation>
    </message>
    <message>
        <source>unntakene for drift</source>
        <translation>the exceptions for operation</translation>
    </message>
    <message>
        <source>grensen for et troverdig beløp</source>
        <translation>the limit for a plausible amount</translation>
    </message>
    <message>
        <source>terskelen for Anslagsmetoden</source>
        <translation>the threshold for the Anslag method</translation>
    </message>
    <message>
        <source>terskelen for anbefalt styringsmål</source>
        <translation>the threshold for a recommended cost target</translation>
    </message>
    <message>
        <source>grensen per sekkepost per år</source>
        <translation>the limit per pooled allocation per year</translation>
    </message>
    <message>
        <source>hvem som beslutter faseovergangene</source>
        <translation>who decides the phase transitions</translation>
    </message>
    <message>
        <source>usikkerhetsbåndene per estimattype</source>
        <translation>the uncertainty bands per estimate type</translation>
    </message>
    <message>
        <source>Finansieringskilden «{source}» ({year}) finnes ikke i {programme}. Velg en av programmets kilder.</source>
        <translation>The funding source “{source}” ({year}) does not exist in {programme}. Choose one of the programme&apos;s sources.</translation>
    </message>
    <message>
        <source>Driftsunntaket «{exception}» finnes ikke i {programme}. Velg et av programmets unntak.</source>
        <translation>The operation exception “{exception}” does not exist in {programme}. Choose one of the programme&apos;s exceptions.</translation>
    </message>
    <message>
        <source>Faseovergangen «{transition}» finnes ikke i {programme}.</source>
        <translation>The phase transition “{transition}” does not exist in {programme}.</translation>
    </message>
    <message>
        <source>{programme} har ennå ikke fastsatt {parts}. Reglene som trenger dette er ikke sjekket; sekretariatet fyller det inn i avtaleprofilen.</source>
        <translation>{programme} has not yet set {parts}. The rules that need it are not checked; the secretariat fills it in in the agreement profile.</translation>
    </message>
</context>
<context>
    <name>xlsx</name>
    <message>
        <source>Oversikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Kostnad</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Finansiering</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Måloppnåelse</source>
        <translation>Goal achievement</translation>
    </message>
    <message>
        <source>Risiko</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Milepæler</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>Sjekkliste</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Funn</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Poeng: 0 = ingen, 1 = lite, 2 = middels, 3 = stort bidrag til målet.</source>
        <translation>Points: 0 = no, 1 = small, 2 = medium, 3 = large contribution to the goal.</translation>
    </message>
    <message>
        <source>S = sannsynlighet, K = konsekvens, fra 1 (lav) til 5 (høy).</source>
        <translation>P = probability, C = consequence, from 1 (low) to 5 (high).</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Verdi</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Prosjektnavn</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>Avtaleprofil</source>
        <translation>Agreement profile</translation>
    </message>
    <message>
        <source>{profile} ({programme})</source>
        <translation>{profile} ({programme})</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Finansieringsform</source>
        <translation>Type of funding</translation>
    </message>
    <message>
        <source>Kommune(r)</source>
        <translation>Municipality(ies)</translation>
    </message>
    <message>
        <source>Part som foreslår tiltaket</source>
        <translation>Party proposing the measure</translation>
    </message>
    <message>
        <source>Ansvarlig etat</source>
        <translation>Responsible agency</translation>
    </message>
    <message>
        <source>Tiltaksområde</source>
        <translation>Action area</translation>
    </message>
    <message>
        <source>Arbeidsgruppe</source>
        <translation>Working group</translation>
    </message>
    <message>
        <source>Kontaktperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Kort beskrivelse</source>
        <translation>Short description</translation>
    </message>
    <message>
        <source>Forventet kostnad (MNOK)</source>
        <translation>Expected cost (MNOK)</translation>
    </message>
    <message>
        <source>Usikkerhet, standardavvik (%)</source>
        <translation>Uncertainty, standard deviation (%)</translation>
    </message>
    <message>
        <source>Prisnivå (kroneår)</source>
        <translation>Price level (price year)</translation>
    </message>
    <message>
        <source>Sum finansiering (MNOK)</source>
        <translation>Total funding (MNOK)</translation>
    </message>
    <message>
        <source>Sum målpoeng</source>
        <translation>Total goal points</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Feil</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Advarsler</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Prosjektark-ID</source>
        <translation>Project sheet ID</translation>
    </message>
    <message>
        <source>Revisjon</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Opprettet</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Sist endret</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Skjemaversjon</source>
        <translation>Form version</translation>
    </message>
    <message>
        <source>Neste faseovergang</source>
        <translation>Next phase transition</translation>
    </message>
    <message>
        <source>Ingen: utbygging er den siste fasen.</source>
        <translation>None: construction is the last phase.</translation>
    </message>
    <message>
        <source> ({start} til {end})</source>
        <translation> ({start} to {end})</translation>
    </message>
    <message>
        <source>{body} (politisk behandling)</source>
        <translation>{body} (considered by the political bodies)</translation>
    </message>
    <message>
        <source>{body} (administrativ)</source>
        <translation>{body} (administrative)</translation>
    </message>
    <message>
        <source>Behandles av</source>
        <translation>Considered by</translation>
    </message>
    <message>
        <source>Kostnadspost</source>
        <translation>Cost item</translation>
    </message>
    <message>
        <source>Lav (MNOK)</source>
        <translation>Low (MNOK)</translation>
    </message>
    <message>
        <source>Mest sannsynlig (MNOK)</source>
        <translation>Most likely (MNOK)</translation>
    </message>
    <message>
        <source>Høy (MNOK)</source>
        <translation>High (MNOK)</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Ingen kostnadsposter er lagt inn.</source>
        <translation>No cost items have been entered.</translation>
    </message>
    <message>
        <source>Kostnadsanslag</source>
        <translation>Cost estimate</translation>
    </message>
    <message>
        <source>Standardavvik (MNOK)</source>
        <translation>Standard deviation (MNOK)</translation>
    </message>
    <message>
        <source>Type estimat</source>
        <translation>Type of estimate</translation>
    </message>
    <message>
        <source>Krav til usikkerhet (%)</source>
        <translation>Required uncertainty (%)</translation>
    </message>
    <message>
        <source>Anslagsmetode</source>
        <translation>Estimation method</translation>
    </message>
    <message>
        <source>Styringsmål (MNOK)</source>
        <translation>Cost target (MNOK)</translation>
    </message>
    <message>
        <source>Styringsramme (MNOK)</source>
        <translation>Cost frame (MNOK)</translation>
    </message>
    <message>
        <source>Opprinnelig beløp (MNOK)</source>
        <translation>Original amount (MNOK)</translation>
    </message>
    <message>
        <source>Opprinnelig kroneår</source>
        <translation>Original price year</translation>
    </message>
    <message>
        <source>Merknader</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Beløp i MNOK, {year}-kroner.</source>
        <translation>Amounts in MNOK, {year} kroner.</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Poeng</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Sum poeng</source>
        <translation>Total points</translation>
    </message>
    <message>
        <source>Ingen mål er scoret.</source>
        <translation>No goals have been scored.</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Sannsynlighet (S)</source>
        <translation>Probability (P)</translation>
    </message>
    <message>
        <source>Konsekvens (K)</source>
        <translation>Consequence (C)</translation>
    </message>
    <message>
        <source>S × K</source>
        <translation>P × C</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Ingen risikoer er registrert.</source>
        <translation>No risks have been recorded.</translation>
    </message>
    <message>
        <source>Milepæl</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Planlagt</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Fullført</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Ingen milepæler er registrert.</source>
        <translation>No milestones have been recorded.</translation>
    </message>
    <message>
        <source>Tema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Spørsmål</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Alvorlighet</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Steg</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kvittering</source>
        <translation>Acknowledgement</translation>
    </message>
    <message>
        <source>Ingen funn</source>
        <translation>No findings</translation>
    </message>
    <message>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Klar</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Prosjektark</source>
        <translation>Project sheet</translation>
    </message>
    <message>
        <source>{worksheet} · revisjon {revision}</source>
        <translation>{worksheet} · revision {revision}</translation>
    </message>
    <message>
        <source>Side &amp;P av &amp;N</source>
        <translation>Page &amp;P of &amp;N</translation>
    </message>
    <message>
        <source>Prosjektark revisjon {revision}</source>
        <translation>Project sheet revision {revision}</translation>
    </message>
</context>
</TS>
