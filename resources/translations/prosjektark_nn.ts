<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="nb_NO">
<context>
    <name>about_dialog</name>
    <message>
        <source>Om Prosjektark</source>
        <translation>Om Prosjektark</translation>
    </message>
    <message>
        <source>Fant ikke lisensfilene i {folder}. Installasjonen er ufullstendig.</source>
        <translation>Fann ikkje lisensfilene i {folder}. Installasjonen er ufullstendig.</translation>
    </message>
    <message>
        <source>Versjon {version}</source>
        <translation>Versjon {version}</translation>
    </message>
    <message>
        <source>Prosjektark for byvekstavtalene: fyll ut, sjekk mot programmets regler og send signert til sekretariatet.</source>
        <translation>Prosjektark for byvekstavtalane: fyll ut, sjekk mot reglane i programmet og send signert til sekretariatet.</translation>
    </message>
    <message>
        <source>Prosjektark er fri programvare under MIT-lisensen. Programmet bruker komponentene under, hver med sin egen lisens. Velg en komponent for å se lisensteksten.</source>
        <translation>Prosjektark er fri programvare under MIT-lisensen. Programmet bruker komponentane under, kvar med sin eigen lisens. Vel ein komponent for å sjå lisensteksten.</translation>
    </message>
    <message>
        <source>Tredjepartslisenser</source>
        <translation>Tredjepartslisensar</translation>
    </message>
    <message>
        <source>Navn eller lisens</source>
        <translation>Namn eller lisens</translation>
    </message>
    <message>
        <source>&amp;Søk:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>Komponenter</source>
        <translation>Komponentar</translation>
    </message>
    <message>
        <source>Komponent</source>
        <translation>Komponent</translation>
    </message>
    <message>
        <source>Lisens</source>
        <translation>Lisens</translation>
    </message>
    <message>
        <source>Lisenstekst</source>
        <translation>Lisenstekst</translation>
    </message>
    <message>
        <source>Om &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Lukk</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>Lisensteksten til {name} mangler i lisensfilene.</source>
        <translation>Lisensteksten til {name} manglar i lisensfilene.</translation>
    </message>
    <message>
        <source>Ingen komponenter passer til søket.</source>
        <translation>Ingen komponentar passar til søket.</translation>
    </message>
</context>
<context>
    <name>add</name>
    <message>
        <source>(uten tittel)</source>
        <translation>(utan tittel)</translation>
    </message>
    <message>
        <source>«{title}» ({id}) ligger i papirkurven. Gjenopprett det i vinduet før du legger inn filen på nytt.</source>
        <translation>«{title}» ({id}) ligg i papirkorga. Hent det tilbake i vindauget før du legg inn fila på nytt.</translation>
    </message>
    <message>
        <source>«{title}» er levert hit og signert av {signer}. Arket endres bare av en ny pakke fra dem.</source>
        <translation>«{title}» er levert hit og signert av {signer}. Arket blir berre endra av ein ny pakke frå dei.</translation>
    </message>
    <message>
        <source>arbeidsgruppen</source>
        <translation>arbeidsgruppa</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Prosjektark kan ikke starte</source>
        <translation>Prosjektark kan ikkje starte</translation>
    </message>
    <message>
        <source>Databasen kan ikke åpnes</source>
        <translation>Databasen kan ikkje opnast</translation>
    </message>
    <message>
        <source>Maskinoppsettet har feil – se Verktøy → Innstillinger.</source>
        <translation>Maskinoppsettet har feil – sjå Verktøy → Innstillingar.</translation>
    </message>
    <message>
        <source>Prosjektark er allerede åpent</source>
        <translation>Prosjektark er allereie ope</translation>
    </message>
    <message>
        <source>Prosjektark er allerede åpent med den samme datamappen, i et annet vindu på denne maskinen. Bare ett vindu kan endre arkene om gangen, så ingen endringer går tapt.</source>
        <translation>Prosjektark er allereie ope med den same datamappa, i eit anna vindauge på denne maskina. Berre eitt vindauge kan endre arka om gongen, så ingen endringar går tapt.</translation>
    </message>
    <message>
        <source>Bruk det andre vinduet for å redigere. Du kan åpne dette vinduet skrivebeskyttet for å se på arkene.</source>
        <translation>Bruk det andre vindauget for å redigere. Du kan opne dette vindauget skriveverna for å sjå på arka.</translation>
    </message>
    <message>
        <source>Åpne &amp;skrivebeskyttet</source>
        <translation>Opne &amp;skriveverna</translation>
    </message>
    <message>
        <source>&amp;Avslutt</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>Prosjektark bruker en delt database på en server. Sjekk at maskinen er koblet til nettverket (eller VPN) og prøv igjen; virker det fortsatt ikke, kontakt IT med meldingen over. Adressen kommer fra innstillingene dine eller fra maskinoppsettet IT har laget.</source>
        <translation>Prosjektark bruker ein delt database på ein tenar. Sjekk at maskina er kopla til nettverket (eller VPN) og prøv igjen; verkar det framleis ikkje, kontakt IT med meldinga over. Adressa kjem frå innstillingane dine eller frå maskinoppsettet IT har laga.</translation>
    </message>
    <message>
        <source>Databaseserveren {database} krever passord for {user}.</source>
        <translation>Databasetenaren {database} krev passord for {user}.</translation>
    </message>
    <message>
        <source>Databaseserveren {database} krever passord.</source>
        <translation>Databasetenaren {database} krev passord.</translation>
    </message>
    <message>
        <source>Passordet ble ikke godtatt.</source>
        <translation>Passordet vart ikkje godteke.</translation>
    </message>
    <message>
        <source>Passordet brukes bare mens Prosjektark er åpent, og lagres ikke. For å slippe spørsmålet kan IT legge det i en passordfil (pgpass) eller en tjenestefil.</source>
        <translation>Passordet blir berre brukt medan Prosjektark er ope, og blir ikkje lagra. For å sleppe spørsmålet kan IT leggje det i ei passordfil (pgpass) eller ei tenestefil.</translation>
    </message>
    <message>
        <source>Passord til databasen</source>
        <translation>Passord til databasen</translation>
    </message>
    <message>
        <source>Database: {server}</source>
        <translation>Database: {server}</translation>
    </message>
    <message>
        <source>Prosjektarkene ligger på en databaseserver som deles med andre. Endre den i Verktøy → Innstillinger.</source>
        <translation>Prosjektarka ligg på ein databasetenar som er delt med andre. Endre han i Verktøy → Innstillingar.</translation>
    </message>
    <message>
        <source>Kopien av den skadde filen ligger i «{path}».</source>
        <translation>Kopien av den skadde fila ligg i «{path}».</translation>
    </message>
    <message>
        <source>Ark som fortsatt kan leses fra den skadde filen og er nyere, hentes inn i tillegg.</source>
        <translation>Ark som framleis kan lesast frå den skadde fila og er nyare, blir henta inn i tillegg.</translation>
    </message>
    <message>
        <source>Den nyeste sikkerhetskopien er fra {time}.</source>
        <translation>Den nyaste tryggleikskopien er frå {time}.</translation>
    </message>
    <message>
        <source>Den nyeste sikkerhetskopien er fra {time} og har {count} prosjektark.</source>
        <translation>Den nyaste tryggleikskopien er frå {time} og har {count} prosjektark.</translation>
    </message>
    <message>
        <source>Vil du gjenopprette?</source>
        <translation>Vil du gjenopprette?</translation>
    </message>
    <message>
        <source>&amp;Gjenopprett fra sikkerhetskopien</source>
        <translation>&amp;Gjenopprett frå tryggleikskopien</translation>
    </message>
    <message>
        <source>Det finnes ingen sikkerhetskopi.</source>
        <translation>Det finst ingen tryggleikskopi.</translation>
    </message>
    <message>
        <source>&amp;Start med en tom database</source>
        <translation>&amp;Start med ein tom database</translation>
    </message>
    <message>
        <source>Databasen er skadet</source>
        <translation>Databasen er skadd</translation>
    </message>
    <message>
        <source>Databasen med prosjektarkene dine er skadet. Den er ikke endret, og en kopi av den er tatt vare på.</source>
        <translation>Databasen med prosjektarka dine er skadd. Han er ikkje endra, og ein kopi av han er teken vare på.</translation>
    </message>
    <message>
        <source>Velkommen til Prosjektark</source>
        <translation>Velkomen til Prosjektark</translation>
    </message>
    <message>
        <source>Du har ingen prosjektark ennå. Vil du legge inn tre eksempelark å se på (sykkelveg i Trondheim, kollektivprioritering i Bergen og en skolevegpakke)? De er tydelig merket som eksempler og kan slettes.</source>
        <translation>Du har ingen prosjektark enno. Vil du leggje inn tre dømeark å sjå på (sykkelveg i Trondheim, kollektivprioritering i Bergen og ein skolevegpakke)? Dei er tydeleg merkte som døme og kan slettast.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>bruk: </source>
        <translation>bruk: </translation>
    </message>
    <message>
        <source>argumenter</source>
        <translation>argument</translation>
    </message>
    <message>
        <source>valg</source>
        <translation>val</translation>
    </message>
    <message>
        <source>vis denne hjelpen og avslutt</source>
        <translation>vis denne hjelpa og avslutt</translation>
    </message>
    <message>
        <source>disse argumentene mangler: %s</source>
        <translation>desse argumenta manglar: %s</translation>
    </message>
    <message>
        <source>ukjente argumenter: %s</source>
        <translation>ukjende argument: %s</translation>
    </message>
    <message>
        <source>ugyldig valg: %(value)r (velg blant %(choices)s)</source>
        <translation>ugyldig val: %(value)r (vel mellom %(choices)s)</translation>
    </message>
    <message>
        <source>forventet én verdi</source>
        <translation>venta éin verdi</translation>
    </message>
    <message>
        <source>forventet høyst én verdi</source>
        <translation>venta høgst éin verdi</translation>
    </message>
    <message>
        <source>forventet minst én verdi</source>
        <translation>venta minst éin verdi</translation>
    </message>
    <message>
        <source>ett av argumentene %s må være med</source>
        <translation>eitt av argumenta %s må vere med</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>kan ikke brukes sammen med %s</source>
        <translation>kan ikkje brukast saman med %s</translation>
    </message>
    <message>
        <source>ugyldig %(type)s-verdi: %(value)r</source>
        <translation>ugyldig %(type)s-verdi: %(value)r</translation>
    </message>
    <message>
        <source>tvetydig valg: %(option)s kan være %(matches)s</source>
        <translation>tvitydig val: %(option)s kan vere %(matches)s</translation>
    </message>
    <message>
        <source>argumentet %r ble ignorert</source>
        <translation>argumentet %r vart ignorert</translation>
    </message>
</context>
<context>
    <name>attachments_widget</name>
    <message>
        <source>Vedlegget er ikke lagt til. Kontroller at det er riktig fil, eller gi den en filendelse som passer innholdet.</source>
        <translation>Vedlegget er ikkje lagt til. Kontroller at det er rett fil, eller gje ho ei filending som passar innhaldet.</translation>
    </message>
    <message>
        <source>Ingen vedlegg ennå.</source>
        <translation>Ingen vedlegg enno.</translation>
    </message>
    <message>
        <source>Legg til vedlegg …</source>
        <translation>Legg til vedlegg …</translation>
    </message>
    <message>
        <source>Åpne</source>
        <translation>Opne</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Fjern valgt vedlegg</source>
        <translation>Fjern valt vedlegg</translation>
    </message>
    <message>
        <source>Vedlegg kan ikke legges til eller åpnes her.</source>
        <translation>Vedlegg kan ikkje leggjast til eller opnast her.</translation>
    </message>
    <message>
        <source>Beskrivelse av valgt vedlegg</source>
        <translation>Skildring av valt vedlegg</translation>
    </message>
    <message>
        <source>For eksempel «Situasjonsplan, skisse 1:500»</source>
        <translation>Til dømes «Situasjonsplan, skisse 1:500»</translation>
    </message>
    <message>
        <source>Hva vedlegget viser; teksten følger med i eksporten.</source>
        <translation>Kva vedlegget viser; teksten følgjer med i eksporten.</translation>
    </message>
    <message>
        <source>Legg til vedlegg</source>
        <translation>Legg til vedlegg</translation>
    </message>
    <message>
        <source>Alle filer (*);;PDF (*.pdf);;Bilder (*.png *.jpg *.jpeg);;Kart og tegninger (*.pdf *.dwg *.svg)</source>
        <translation>Alle filer (*);;PDF (*.pdf);;Bilete (*.png *.jpg *.jpeg);;Kart og teikningar (*.pdf *.dwg *.svg)</translation>
    </message>
    <message>
        <source>Kunne ikke legge til vedlegg</source>
        <translation>Kunne ikkje leggje til vedlegg</translation>
    </message>
    <message>
        <source>Kunne ikke åpne vedlegget</source>
        <translation>Kunne ikkje opne vedlegget</translation>
    </message>
</context>
<context>
    <name>autosave</name>
    <message>
        <source>Kunne ikke lagre: {error}</source>
        <translation>Kunne ikkje lagre: {error}</translation>
    </message>
</context>
<context>
    <name>background</name>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>Kunne ikke opprette mappen for sikkerhetskopier «{folder}»: {error}</source>
        <translation>Kunne ikkje opprette mappa for tryggingskopiar «{folder}»: {error}</translation>
    </message>
    <message>
        <source>Kunne ikke ta sikkerhetskopi av databasen «{database}» til «{folder}»: {error}. Databasen er ikke endret.</source>
        <translation>Kunne ikkje ta tryggingskopi av databasen «{database}» til «{folder}»: {error}. Databasen er ikkje endra.</translation>
    </message>
    <message>
        <source>Kunne ikke fjerne den skadde databasen «{database}»: {error}.</source>
        <translation>Kunne ikkje fjerne den skadde databasen «{database}»: {error}.</translation>
    </message>
    <message>
        <source>Kunne ikke gjenopprette databasen fra «{backup}»: {error}. Kopien av den skadde filen er ikke endret.</source>
        <translation>Kunne ikkje gjenopprette databasen frå «{backup}»: {error}. Kopien av den skadde fila er ikkje endra.</translation>
    </message>
</context>
<context>
    <name>base</name>
    <message>
        <source>{first} og {second}</source>
        <translation>{first} og {second}</translation>
    </message>
    <message>
        <source>{first} eller {second}</source>
        <translation>{first} eller {second}</translation>
    </message>
    <message>
        <source>{items} og {last}</source>
        <translation>{items} og {last}</translation>
    </message>
    <message>
        <source>Må fylles ut.</source>
        <translation>Må fyllast ut.</translation>
    </message>
</context>
<context>
    <name>batch_export</name>
    <message>
        <source>Eksporten ble avbrutt. Ark som var ferdige før det, er beholdt.</source>
        <translation>Eksporten vart avbroten. Ark som var ferdige før det, er haldne på.</translation>
    </message>
    <message>
        <source>1 ark er eksportert.</source>
        <translation>1 ark er eksportert.</translation>
    </message>
    <message>
        <source>{n} ark er eksportert.</source>
        <translation>{n} ark er eksporterte.</translation>
    </message>
    <message>
        <source>Ingen ark ble eksportert.</source>
        <translation>Ingen ark vart eksporterte.</translation>
    </message>
    <message>
        <source>Hoppet over fordi arket ikke har status Klar (feil som må rettes eller advarsler som ikke er kvittert ut):</source>
        <translation>Hoppa over fordi arket ikkje har status Klar (feil som må rettast, eller åtvaringar som ikkje er kvitterte ut):</translation>
    </message>
    <message>
        <source>(og {n} til)</source>
        <translation>(og {n} til)</translation>
    </message>
    <message>
        <source>Kunne ikke eksporteres:</source>
        <translation>Kunne ikkje eksporterast:</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(utan namn)</translation>
    </message>
    <message>
        <source>Eksporterer – Prosjektark</source>
        <translation>Eksporterer – Prosjektark</translation>
    </message>
    <message>
        <source>Forbereder eksport …</source>
        <translation>Førebur eksport …</translation>
    </message>
    <message>
        <source>Avbryter etter gjeldende steg …</source>
        <translation>Avbryt etter steget som går no …</translation>
    </message>
</context>
<context>
    <name>cades</name>
    <message>
        <source>Signaturfilen er ikke en gyldig CMS-signatur (DER).</source>
        <translation>Signaturfila er ikkje ein gyldig CMS-signatur (DER).</translation>
    </message>
    <message>
        <source>Signaturfilen må inneholde nøyaktig én signatur.</source>
        <translation>Signaturfila må innehalde nøyaktig éin signatur.</translation>
    </message>
    <message>
        <source>Signaturen er ikke løsrevet (detached), som ASiC-E krever.</source>
        <translation>Signaturen er ikkje lausriven (detached), som ASiC-E krev.</translation>
    </message>
    <message>
        <source>Kunne ikke kontrollere signaturen: {reason}</source>
        <translation>Kunne ikkje kontrollere signaturen: {reason}</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>Fristen for innspill til {programme} var {deadline}. Arket regnes som innspill til neste handlingsprogram.</source>
        <translation>Fristen for innspel til {programme} var {deadline}. Arket blir rekna som innspel til neste handlingsprogram.</translation>
    </message>
    <message>
        <source>Den politiske behandlingen {date} ({body}) er etter fristen {deadline} og regnes som innspill til neste handlingsprogram, ikke til {programme}.</source>
        <translation>Den politiske handsaminga {date} ({body}) er etter fristen {deadline} og blir rekna som innspel til neste handlingsprogram, ikkje til {programme}.</translation>
    </message>
    <message>
        <source>Den politiske behandlingen {date} er etter fristen {deadline} og regnes som innspill til neste handlingsprogram, ikke til {programme}.</source>
        <translation>Den politiske handsaminga {date} er etter fristen {deadline} og blir rekna som innspel til neste handlingsprogram, ikkje til {programme}.</translation>
    </message>
    <message>
        <source>Midlene ble bevilget {date}, for minst ett år siden, og utbyggingen har ikke startet. Prosjektet må vurderes på nytt og kan tas ut av porteføljen.</source>
        <translation>Midlane vart løyvde {date}, for minst eitt år sidan, og utbygginga har ikkje starta. Prosjektet må vurderast på nytt og kan takast ut av porteføljen.</translation>
    </message>
    <message>
        <source>Midlene ble bevilget {date}, for minst {years} år siden, og utbyggingen har ikke startet. Prosjektet må vurderes på nytt og kan tas ut av porteføljen.</source>
        <translation>Midlane vart løyvde {date}, for minst {years} år sidan, og utbygginga har ikkje starta. Prosjektet må vurderast på nytt og kan takast ut av porteføljen.</translation>
    </message>
</context>
<context>
    <name>case_history</name>
    <message>
        <source>(ingen identitet)</source>
        <translation>(ingen identitet)</translation>
    </message>
    <message>
        <source>{event}: {state}</source>
        <translation>{event}: {state}</translation>
    </message>
    <message>
        <source>{event} (revisjon {revision})</source>
        <translation>{event} (revisjon {revision})</translation>
    </message>
</context>
<context>
    <name>caseflow</name>
    <message>
        <source>Opprettet</source>
        <translation>Oppretta</translation>
    </message>
    <message>
        <source>Versjon lagret</source>
        <translation>Versjon lagra</translation>
    </message>
    <message>
        <source>Signert</source>
        <translation>Signert</translation>
    </message>
    <message>
        <source>Eksportert</source>
        <translation>Eksportert</translation>
    </message>
    <message>
        <source>Sendt til sekretariatet</source>
        <translation>Send til sekretariatet</translation>
    </message>
    <message>
        <source>Mottatt</source>
        <translation>Motteke</translation>
    </message>
    <message>
        <source>Ny saksstatus</source>
        <translation>Ny saksstatus</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Merknader sendt</source>
        <translation>Merknader sende</translation>
    </message>
    <message>
        <source>Merknader mottatt</source>
        <translation>Merknader mottekne</translation>
    </message>
    <message>
        <source>Svar på merknad</source>
        <translation>Svar på merknad</translation>
    </message>
    <message>
        <source>Svar levert</source>
        <translation>Svar levert</translation>
    </message>
    <message>
        <source>Overført</source>
        <translation>Overført</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Rettet i revisjon</source>
        <translation>Retta i revisjon</translation>
    </message>
    <message>
        <source>Uenig</source>
        <translation>Usamd</translation>
    </message>
    <message>
        <source>Ukjent type svar «{kind}». Bruk svar, rettet eller uenig.</source>
        <translation>Ukjend type svar «{kind}». Bruk svar, retta eller usamd.</translation>
    </message>
    <message>
        <source>Oppgi revisjonen merknaden er rettet i.</source>
        <translation>Oppgje revisjonen merknaden er retta i.</translation>
    </message>
    <message>
        <source>Skriv svaret.</source>
        <translation>Skriv svaret.</translation>
    </message>
    <message>
        <source>En uenighet må begrunnes: skriv hvorfor.</source>
        <translation>Når du er usamd, må du grunngje det: skriv kvifor.</translation>
    </message>
    <message>
        <source>{programme} har ikke saksbehandlingstilstander i avtaleprofilen.</source>
        <translation>{programme} har ikkje saksbehandlingstilstandar i avtaleprofilen.</translation>
    </message>
    <message>
        <source>«{target}» er ikke en saksstatus i programmet. Kjente: {known}.</source>
        <translation>«{target}» er ikkje ein saksstatus i programmet. Kjende: {known}.</translation>
    </message>
    <message>
        <source>Arket har allerede saksstatusen «{state}».</source>
        <translation>Arket har allereie saksstatusen «{state}».</translation>
    </message>
    <message>
        <source>Fra «{state}» kan saksstatusen ikke endres.</source>
        <translation>Frå «{state}» kan ikkje saksstatusen endrast.</translation>
    </message>
    <message>
        <source>Fra «{state}» kan arket gå til {options}, ikke til «{target}».</source>
        <translation>Frå «{state}» kan arket gå til {options}, ikkje til «{target}».</translation>
    </message>
    <message>
        <source>Saksstatusen er endret av en annen i mellomtiden. Last inn på nytt og prøv igjen.</source>
        <translation>Saksstatusen er endra av nokon annan i mellomtida. Last inn på nytt og prøv igjen.</translation>
    </message>
    <message>
        <source>Saksstatusen er endret av en annen i mellomtiden (nå «{state}»). Last inn på nytt og prøv igjen.</source>
        <translation>Saksstatusen er endra av nokon annan i mellomtida (no «{state}»). Last inn på nytt og prøv igjen.</translation>
    </message>
    <message>
        <source>En av merknadene er slettet av en annen i mellomtiden, så ingen av dem er markert som sendt. Last inn på nytt og send merknadene igjen.</source>
        <translation>Ein av merknadene er sletta av nokon annan i mellomtida, så ingen av dei er merkte som sende. Last inn på nytt og send merknadene igjen.</translation>
    </message>
    <message>
        <source>En sendt merknad kan ikke slettes. Skriv en ny merknad som retter den.</source>
        <translation>Ein sendt merknad kan ikkje slettast. Skriv ein ny merknad som rettar han.</translation>
    </message>
    <message>
        <source>Merknaden er sendt i mellomtiden, og en sendt merknad kan ikke slettes. Last inn på nytt, og skriv heller en ny merknad som retter den.</source>
        <translation>Merknaden er sendt i mellomtida, og ein sendt merknad kan ikkje slettast. Last inn på nytt, og skriv heller ein ny merknad som rettar han.</translation>
    </message>
    <message>
        <source>Fant ikke merknaden; den er kanskje slettet av en annen i mellomtiden. Last inn på nytt.</source>
        <translation>Fann ikkje merknaden; han er kanskje sletta av nokon annan i mellomtida. Last inn på nytt.</translation>
    </message>
    <message>
        <source>Fant ikke merknaden.</source>
        <translation>Fann ikkje merknaden.</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>{file}: avtaleprofilen blir ikke brukt, og den som fulgte med programmet gjelder. {error}</source>
        <translation>{file}: avtaleprofilen blir ikkje brukt, og den som følgde med programmet, gjeld. {error}</translation>
    </message>
    <message>
        <source>{file}: programme = «{value}» er ingen avtaleprofil (kjente: {known}). Nye ark får {default}.</source>
        <translation>{file}: programme = «{value}» er inga avtaleprofil (kjende: {known}). Nye ark får {default}.</translation>
    </message>
    <message>
        <source>Ukjent avtaleprofil «{profile}». Kjente: {known}</source>
        <translation>Ukjend avtaleprofil «{profile}». Kjende: {known}</translation>
    </message>
    <message>
        <source>Kunne ikke lese {file}: {error}</source>
        <translation>Kunne ikkje lese {file}: {error}</translation>
    </message>
    <message>
        <source>Ingen avtaleprofiler funnet i resources/profiles/</source>
        <translation>Fann ingen avtaleprofilar i resources/profiles/</translation>
    </message>
    <message>
        <source>{file}: default_profile må være id-en til en avtaleprofil (kjente: {known}), ikke {value}.</source>
        <translation>{file}: default_profile må vere id-en til ein avtaleprofil (kjende: {known}), ikkje {value}.</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>Feil</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Advarsel</source>
        <translation>Åtvaring</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(utan namn)</translation>
    </message>
    <message>
        <source>{title} – fase {phase}</source>
        <translation>{title} – fase {phase}</translation>
    </message>
    <message>
        <source>Arket</source>
        <translation>Arket</translation>
    </message>
    <message>
        <source>{errors}, {warnings}, {infos}. Status: {status}.</source>
        <translation>{errors}, {warnings}, {infos}. Status: {status}.</translation>
    </message>
    <message>
        <source>1 feil</source>
        <translation>1 feil</translation>
    </message>
    <message>
        <source>{n} feil</source>
        <translation>{n} feil</translation>
    </message>
    <message>
        <source>1 advarsel</source>
        <translation>1 åtvaring</translation>
    </message>
    <message>
        <source>{n} advarsler</source>
        <translation>{n} åtvaringar</translation>
    </message>
    <message>
        <source>{n} info</source>
        <translation>{n} info</translation>
    </message>
    <message>
        <source>Klar</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Utkast</source>
        <translation>Utkast</translation>
    </message>
</context>
<context>
    <name>checklist_widget</name>
    <message>
        <source>Begrunnelse</source>
        <translation>Grunngjeving</translation>
    </message>
    <message>
        <source>Begrunnelse: {question}</source>
        <translation>Grunngjeving: {question}</translation>
    </message>
    <message>
        <source>Forklar svaret. «Ikke relevant» må alltid begrunnes.</source>
        <translation>Forklar svaret. «Ikkje relevant» må alltid grunngjevast.</translation>
    </message>
    <message>
        <source>Fant ikke sjekklisten «{checklist}».</source>
        <translation>Fann ikkje sjekklista «{checklist}».</translation>
    </message>
</context>
<context>
    <name>checklists</name>
    <message>
        <source>{checklist}: «{question}» er ikke besvart.</source>
        <translation>{checklist}: «{question}» er ikkje svart på.</translation>
    </message>
    <message>
        <source>{checklist}: «{answer}» er ikke et gyldig svar på «{question}».</source>
        <translation>{checklist}: «{answer}» er ikkje eit gyldig svar på «{question}».</translation>
    </message>
    <message>
        <source>Ikke relevant</source>
        <translation>Ikkje relevant</translation>
    </message>
    <message>
        <source>{checklist}: svaret «{answer}» på «{question}» må begrunnes.</source>
        <translation>{checklist}: svaret «{answer}» på «{question}» må grunngjevast.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>prosjektark: feil i kommandolinjen: {message}</source>
        <translation>prosjektark: feil i kommandolinja: {message}</translation>
    </message>
    <message>
        <source>«{text}» er ikke en gyldig UUID.</source>
        <translation>«{text}» er ikkje ein gyldig UUID.</translation>
    </message>
    <message>
        <source>Prosjektark for byvekstavtaler.</source>
        <translation>Prosjektark for byvekstavtalar.</translation>
    </message>
    <message>
        <source>åpne hovedvinduet og ett ark, lukk, skriv én JSON-linje og avslutt</source>
        <translation>opne hovudvindauget og eitt ark, lukk, skriv éi JSON-linje og avslutt</translation>
    </message>
    <message>
        <source>sjekk et prosjektark mot programmets regler</source>
        <translation>sjekk eit prosjektark mot reglane til programmet</translation>
    </message>
    <message>
        <source>prosjektark i JSON (prosjektark/1.x)</source>
        <translation>prosjektark i JSON (prosjektark/1.x)</translation>
    </message>
    <message>
        <source>avtaleprofil (f.eks. miljopakken, miljoloftet)</source>
        <translation>avtaleprofil (t.d. miljopakken, miljoloftet)</translation>
    </message>
    <message>
        <source>skriv eksempelarkene som JSON</source>
        <translation>skriv dømearka som JSON</translation>
    </message>
    <message>
        <source>mappe å skrive til</source>
        <translation>mappe å skrive til</translation>
    </message>
    <message>
        <source>eksporter et ark som PDF, Excel og/eller pakke</source>
        <translation>eksporter eit ark som PDF, Excel og/eller pakke</translation>
    </message>
    <message>
        <source>prosjektark i JSON</source>
        <translation>prosjektark i JSON</translation>
    </message>
    <message>
        <source>UUID for et ark i den lokale databasen</source>
        <translation>UUID for eit ark i den lokale databasen</translation>
    </message>
    <message>
        <source>PDF (uten formatvalg: PDF, Excel og JSON)</source>
        <translation>PDF (utan formatval: PDF, Excel og JSON)</translation>
    </message>
    <message>
        <source>Excel-arbeidsbok</source>
        <translation>Excel-arbeidsbok</translation>
    </message>
    <message>
        <source>signert pakke (.asice)</source>
        <translation>signert pakke (.asice)</translation>
    </message>
    <message>
        <source>PKCS#12-fil (standard: din egen identitet)</source>
        <translation>PKCS#12-fil (standard: din eigen identitet)</translation>
    </message>
    <message>
        <source>navnet på miljøvariabelen med passordet (gir også signert pakke)</source>
        <translation>namnet på miljøvariabelen med passordet (gjev også signert pakke)</translation>
    </message>
    <message>
        <source>verifiser en signert pakke (.asice)</source>
        <translation>verifiser ein signert pakke (.asice)</translation>
    </message>
    <message>
        <source>PEM-fil eller mappe med sertifikater</source>
        <translation>PEM-fil eller mappe med sertifikat</translation>
    </message>
    <message>
        <source>importer signerte pakker (sekretariatet)</source>
        <translation>importer signerte pakkar (sekretariatet)</translation>
    </message>
    <message>
        <source>«prosjektark FIL.asice» åpner vinduet og kontrollerer den signerte pakken. En fil med samme navn som en kommando skrives med mappe foran, for eksempel ./check.</source>
        <translation>«prosjektark FIL.asice» opnar vindauget og kontrollerer den signerte pakken. Ei fil med same namn som ein kommando skriv du med mappe framfor, til dømes ./check.</translation>
    </message>
    <message>
        <source>PEM-fil eller mappe med sertifikater (i tillegg til maskinens tillitsliste)</source>
        <translation>PEM-fil eller mappe med sertifikat (i tillegg til tillitslista til maskina)</translation>
    </message>
    <message>
        <source>pakker (.asice), eller mapper med pakker</source>
        <translation>pakkar (.asice), eller mapper med pakkar</translation>
    </message>
    <message>
        <source>overfør et levert ark til en annen avsender (sekretariatet)</source>
        <translation>overfør eit levert ark til ein annan avsendar (sekretariatet)</translation>
    </message>
    <message>
        <source>UUID for prosjektarket</source>
        <translation>UUID for prosjektarket</translation>
    </message>
    <message>
        <source>FINGERAVTRYKK</source>
        <translation>FINGERAVTRYKK</translation>
    </message>
    <message>
        <source>SHA-256-fingeravtrykket til sertifikatet til den nye eieren</source>
        <translation>SHA-256-fingeravtrykket til sertifikatet til den nye eigaren</translation>
    </message>
    <message>
        <source>vis eieren og alle overføringer</source>
        <translation>vis eigaren og alle overføringar</translation>
    </message>
    <message>
        <source>NAVN</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>navnet på den nye eieren (med --to)</source>
        <translation>namnet på den nye eigaren (med --to)</translation>
    </message>
    <message>
        <source>TEKST</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>hvorfor arket overføres (med --to)</source>
        <translation>kvifor arket blir overført (med --to)</translation>
    </message>
    <message>
        <source>legg et prosjektark (JSON) inn i den lokale databasen</source>
        <translation>legg eit prosjektark (JSON) inn i den lokale databasen</translation>
    </message>
    <message>
        <source>prosjektark i JSON; arket beholder sin UUID</source>
        <translation>prosjektark i JSON; arket held på UUID-en sin</translation>
    </message>
    <message>
        <source>endre saksstatusen til et levert ark (sekretariatet)</source>
        <translation>endre saksstatusen til eit levert ark (sekretariatet)</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>id-en til saksstatusen</source>
        <translation>id-en til saksstatusen</translation>
    </message>
    <message>
        <source>kommentar i sakshistorikken</source>
        <translation>kommentar i sakshistorikken</translation>
    </message>
    <message>
        <source>skriv en merknad til et levert ark (sekretariatet)</source>
        <translation>skriv ein merknad til eit levert ark (sekretariatet)</translation>
    </message>
    <message>
        <source>STI</source>
        <translation>STI</translation>
    </message>
    <message>
        <source>feltet merknaden gjelder</source>
        <translation>feltet merknaden gjeld</translation>
    </message>
    <message>
        <source>merknaden</source>
        <translation>merknaden</translation>
    </message>
    <message>
        <source>send og motta signerte merknader</source>
        <translation>send og ta imot signerte merknader</translation>
    </message>
    <message>
        <source>lag en signert merknadspakke (sekretariatet)</source>
        <translation>lag ein signert merknadspakke (sekretariatet)</translation>
    </message>
    <message>
        <source>miljøvariabelen med passordet</source>
        <translation>miljøvariabelen med passordet</translation>
    </message>
    <message>
        <source>importer en signert merknadspakke (arbeidsgruppen)</source>
        <translation>importer ein signert merknadspakke (arbeidsgruppa)</translation>
    </message>
    <message>
        <source>vis sakshistorikken til et ark</source>
        <translation>vis sakshistorikken til eit ark</translation>
    </message>
    <message>
        <source>utboksen: eksporterte pakker</source>
        <translation>utboksen: eksporterte pakkar</translation>
    </message>
    <message>
        <source>vis pakkene i utboksen</source>
        <translation>vis pakkane i utboksen</translation>
    </message>
    <message>
        <source>kopier pakkene som er klare til leveringsmappen</source>
        <translation>kopier pakkane som er klare, til leveringsmappa</translation>
    </message>
    <message>
        <source>MAPPE</source>
        <translation>MAPPE</translation>
    </message>
    <message>
        <source>leveringsmappen</source>
        <translation>leveringsmappa</translation>
    </message>
    <message>
        <source>vis hva som er endret mellom to versjoner av et ark</source>
        <translation>vis kva som er endra mellom to versjonar av eit ark</translation>
    </message>
    <message>
        <source>den eldre versjonen (revisjonsnummer)</source>
        <translation>den eldre versjonen (revisjonsnummer)</translation>
    </message>
    <message>
        <source>den nyere versjonen: et revisjonsnummer, eller «working» for arbeidskopien (standard)</source>
        <translation>den nyare versjonen: eit revisjonsnummer, eller «working» for arbeidskopien (standard)</translation>
    </message>
    <message>
        <source>skriv porteføljen til Excel</source>
        <translation>skriv porteføljen til Excel</translation>
    </message>
    <message>
        <source>bare ark i denne avtaleprofilen</source>
        <translation>berre ark i denne avtaleprofilen</translation>
    </message>
    <message>
        <source>scenarioer og forslag til handlingsprogram (sekretariatet)</source>
        <translation>scenario og framlegg til handlingsprogram (sekretariatet)</translation>
    </message>
    <message>
        <source>lag et scenario av porteføljen til et program</source>
        <translation>lag eit scenario av porteføljen til eit program</translation>
    </message>
    <message>
        <source>scenarioets navn</source>
        <translation>namnet på scenarioet</translation>
    </message>
    <message>
        <source>vis scenarioene</source>
        <translation>vis scenarioa</translation>
    </message>
    <message>
        <source>bare scenarioer i denne avtaleprofilen</source>
        <translation>berre scenario i denne avtaleprofilen</translation>
    </message>
    <message>
        <source>skriv forslaget til handlingsprogram som PDF og Excel</source>
        <translation>skriv framlegget til handlingsprogram som PDF og Excel</translation>
    </message>
    <message>
        <source>avtaleprofilen, når flere programmer har et scenario med navnet</source>
        <translation>avtaleprofilen, når fleire program har eit scenario med namnet</translation>
    </message>
    <message>
        <source>miljøvariabelen med passordet (gir signert forslag)</source>
        <translation>miljøvariabelen med passordet (gjev signert framlegg)</translation>
    </message>
    <message>
        <source>erstatt filer med samme navn i mappen; uten dette skrives ingenting over</source>
        <translation>erstatt filer med same namn i mappa; utan dette blir ingenting skrive over</translation>
    </message>
    <message>
        <source>programmets rammer per år og kilde, som CSV</source>
        <translation>rammene til programmet per år og kjelde, som CSV</translation>
    </message>
    <message>
        <source>erstatt rammene med linjene i en CSV-fil</source>
        <translation>erstatt rammene med linjene i ei CSV-fil</translation>
    </message>
    <message>
        <source>FIL</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>CSV: år;kilde;part;beløp_mnok</source>
        <translation>CSV: år;kilde;part;beløp_mnok</translation>
    </message>
    <message>
        <source>avtaleprofil (standard: programmets standardprofil)</source>
        <translation>avtaleprofil (standard: standardprofilen til programmet)</translation>
    </message>
    <message>
        <source>skriv rammene til en CSV-fil som Excel åpner</source>
        <translation>skriv rammene til ei CSV-fil som Excel opnar</translation>
    </message>
    <message>
        <source>filen å skrive</source>
        <translation>fila som skal skrivast</translation>
    </message>
    <message>
        <source>databasen: status, oppgradering av serveren og kopiering</source>
        <translation>databasen: status, oppgradering av tenaren og kopiering</translation>
    </message>
    <message>
        <source>en annen database: en SQLite-fil eller en postgresql://-adresse (uten passord)</source>
        <translation>ein annan database: ei SQLite-fil eller ei postgresql://-adresse (utan passord)</translation>
    </message>
    <message>
        <source>vis hvor databasen er og hvilken skjemaversjon den har</source>
        <translation>vis kvar databasen er, og kva skjemaversjon han har</translation>
    </message>
    <message>
        <source>ADRESSE</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>oppgrader databasen på serveren til dette programmets skjema</source>
        <translation>oppgrader databasen på tenaren til skjemaet i dette programmet</translation>
    </message>
    <message>
        <source>kopier alt fra én database til en ny, tom, og kontroller</source>
        <translation>kopier alt frå éin database til ein ny, tom database, og kontroller</translation>
    </message>
    <message>
        <source>KILDE</source>
        <translation>KJELDE</translation>
    </message>
    <message>
        <source>SQLite-fil eller postgresql://-adresse å kopiere fra</source>
        <translation>SQLite-fil eller postgresql://-adresse å kopiere frå</translation>
    </message>
    <message>
        <source>MÅL</source>
        <translation>MÅL</translation>
    </message>
    <message>
        <source>ny SQLite-fil eller tom PostgreSQL-database å kopiere til</source>
        <translation>ny SQLite-fil eller tom PostgreSQL-database å kopiere til</translation>
    </message>
    <message>
        <source>vedleggsmappen til en SQLite-kilde (standard: vedlegg ved filen)</source>
        <translation>vedleggsmappa til ei SQLite-kjelde (standard: vedlegg ved fila)</translation>
    </message>
    <message>
        <source>vedleggsmappen til et SQLite-mål (standard: vedlegg ved filen)</source>
        <translation>vedleggsmappa til eit SQLite-mål (standard: vedlegg ved fila)</translation>
    </message>
    <message>
        <source>signeringsidentitet</source>
        <translation>signeringsidentitet</translation>
    </message>
    <message>
        <source>lag ny identitet</source>
        <translation>lag ny identitet</translation>
    </message>
    <message>
        <source>erstatt en eksisterende identitet</source>
        <translation>erstatt ein eksisterande identitet</translation>
    </message>
    <message>
        <source>importer PKCS#12 fra organisasjonen</source>
        <translation>importer PKCS#12 frå organisasjonen</translation>
    </message>
    <message>
        <source>miljøvariabelen med filens passord</source>
        <translation>miljøvariabelen med passordet til fila</translation>
    </message>
    <message>
        <source>miljøvariabelen med et nytt passord for identiteten (når filens er for svakt)</source>
        <translation>miljøvariabelen med eit nytt passord for identiteten (når passordet til fila er for svakt)</translation>
    </message>
    <message>
        <source>vis sertifikat og fingeravtrykk</source>
        <translation>vis sertifikat og fingeravtrykk</translation>
    </message>
    <message>
        <source>skriv sertifikatet (PEM) til denne filen</source>
        <translation>skriv sertifikatet (PEM) til denne fila</translation>
    </message>
    <message>
        <source>prosjektark: «{path}» er en mappe, ikke en pakke (.asice).</source>
        <translation>prosjektark: «{path}» er ei mappe, ikkje ein pakke (.asice).</translation>
    </message>
    <message>
        <source>prosjektark: fant ikke filen «{path}».</source>
        <translation>prosjektark: fann ikkje fila «{path}».</translation>
    </message>
    <message>
        <source>prosjektark: kommandoen «{command}» finnes ikke i denne versjonen.</source>
        <translation>prosjektark: kommandoen «{command}» finst ikkje i denne versjonen.</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Feil passord.</source>
        <translation>Feil passord.</translation>
    </message>
    <message>
        <source>Passord for {user} på {database}: </source>
        <translation>Passord for {user} på {database}: </translation>
    </message>
    <message>
        <source>Passord for {database}: </source>
        <translation>Passord for {database}: </translation>
    </message>
    <message>
        <source>finner ikke filen {path}</source>
        <translation>finn ikkje fila {path}</translation>
    </message>
    <message>
        <source>kan ikke lese {path}: {reason}</source>
        <translation>kan ikkje lese {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} er ikke et gyldig prosjektark.</source>
        <translation>{path} er ikkje eit gyldig prosjektark.</translation>
    </message>
</context>
<context>
    <name>compare_dialog</name>
    <message>
        <source>Tittel</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Plass A</source>
        <translation>Plass A</translation>
    </message>
    <message>
        <source>Plass B</source>
        <translation>Plass B</translation>
    </message>
    <message>
        <source>Med i A</source>
        <translation>Med i A</translation>
    </message>
    <message>
        <source>Med i B</source>
        <translation>Med i B</translation>
    </message>
    <message>
        <source>Flyttet A</source>
        <translation>Flytta A</translation>
    </message>
    <message>
        <source>Flyttet B</source>
        <translation>Flytta B</translation>
    </message>
    <message>
        <source>Revisjon A</source>
        <translation>Revisjon A</translation>
    </message>
    <message>
        <source>Revisjon B</source>
        <translation>Revisjon B</translation>
    </message>
    <message>
        <source>År</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Kjelde</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Ramme</source>
        <translation>Ramme</translation>
    </message>
    <message>
        <source>Brukt A</source>
        <translation>Brukt A</translation>
    </message>
    <message>
        <source>Igjen A</source>
        <translation>Att A</translation>
    </message>
    <message>
        <source>Brukt B</source>
        <translation>Brukt B</translation>
    </message>
    <message>
        <source>Igjen B</source>
        <translation>Att B</translation>
    </message>
    <message>
        <source>{amount} (over)</source>
        <translation>{amount} (over)</translation>
    </message>
    <message>
        <source>Ikke med i scenarioet</source>
        <translation>Ikkje med i scenarioet</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Ja: {reason}</source>
        <translation>Ja: {reason}</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Nei: {reason}</source>
        <translation>Nei: {reason}</translation>
    </message>
    <message>
        <source>Sammenlign scenarioer – {programme}</source>
        <translation>Samanlikn scenario – {programme}</translation>
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
        <translation>Ark som er ulike i dei to scenarioa:</translation>
    </message>
    <message>
        <source>Balanse mot rammene per år og kilde (MNOK):</source>
        <translation>Balanse mot rammene per år og kjelde (MNOK):</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Kunne ikke lese scenarioene: {error}</source>
        <translation>Kunne ikkje lese scenarioa: {error}</translation>
    </message>
    <message>
        <source>Sum alle kilder</source>
        <translation>Sum alle kjelder</translation>
    </message>
    <message>
        <source>over: ingen ramme</source>
        <translation>over: inga ramme</translation>
    </message>
    <message>
        <source>Velg to ulike scenarioer.</source>
        <translation>Vel to ulike scenario.</translation>
    </message>
    <message>
        <source>Ett ark er ulikt. Over rammen: {over_a} linjer i «{a}», {over_b} i «{b}».</source>
        <translation>Eitt ark er ulikt. Over ramma: {over_a} linjer i «{a}», {over_b} i «{b}».</translation>
    </message>
    <message>
        <source>{n} ark er ulike. Over rammen: {over_a} linjer i «{a}», {over_b} i «{b}».</source>
        <translation>{n} ark er ulike. Over ramma: {over_a} linjer i «{a}», {over_b} i «{b}».</translation>
    </message>
</context>
<context>
    <name>completeness</name>
    <message>
        <source>«{field}» mangler. Prosjektutviklingen skal dokumentere dette.</source>
        <translation>«{field}» manglar. Prosjektutviklinga skal dokumentere dette.</translation>
    </message>
    <message>
        <source>«{field}» må fylles ut i fasen {phase}.</source>
        <translation>«{field}» må fyllast ut i fasen {phase}.</translation>
    </message>
    <message>
        <source>Begrunnelse: {question}</source>
        <translation>Grunngjeving: {question}</translation>
    </message>
    <message>
        <source>{count} mangler</source>
        <translation>{count} manglar</translation>
    </message>
    <message>
        <source>✓ utfylt</source>
        <translation>✓ utfylt</translation>
    </message>
    <message>
        <source>valgfritt</source>
        <translation>valfritt</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <source>Last inn på nytt</source>
        <translation>Last inn på nytt</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>cost</name>
    <message>
        <source>Oppgitt forventet kostnad ({stated} MNOK) avviker {deviation} fra den beregnede fra kostnadspostene ({computed} MNOK).</source>
        <translation>Oppgitt forventa kostnad ({stated} MNOK) avvik {deviation} frå den som er rekna ut frå kostnadspostane ({computed} MNOK).</translation>
    </message>
    <message>
        <source>post {number}</source>
        <translation>post {number}</translation>
    </message>
    <message>
        <source>Kostnadsposten «{item}» mangler lav, mest sannsynlig eller høy verdi.</source>
        <translation>Kostnadsposten «{item}» manglar låg, mest sannsynleg eller høg verdi.</translation>
    </message>
    <message>
        <source>Kostnadsposten «{item}»: lav ({low}) ≤ mest sannsynlig ({most_likely}) ≤ høy ({high}) må gjelde.</source>
        <translation>Kostnadsposten «{item}»: låg ({low}) ≤ mest sannsynleg ({most_likely}) ≤ høg ({high}) må gjelde.</translation>
    </message>
    <message>
        <source>Standardavviket {std_dev} (beregnet fra kostnadspostene) er over båndet for {kind} ({span}): anslaget er ikke modent nok for fasen.</source>
        <translation>Standardavviket {std_dev} (rekna ut frå kostnadspostane) er over bandet for {kind} ({span}): anslaget er ikkje modent nok for fasen.</translation>
    </message>
    <message>
        <source>Standardavviket {std_dev} er over båndet for {kind} ({span}): anslaget er ikke modent nok for fasen.</source>
        <translation>Standardavviket {std_dev} er over bandet for {kind} ({span}): anslaget er ikkje modent nok for fasen.</translation>
    </message>
    <message>
        <source>Standardavviket {std_dev} (beregnet fra kostnadspostene) er under båndet for {kind} ({span}): uvanlig presist for estimattypen. Begrunn eller kvitter ut.</source>
        <translation>Standardavviket {std_dev} (rekna ut frå kostnadspostane) er under bandet for {kind} ({span}): uvanleg presist for estimattypen. Grunngje eller kvitter ut.</translation>
    </message>
    <message>
        <source>Standardavviket {std_dev} er under båndet for {kind} ({span}): uvanlig presist for estimattypen. Begrunn eller kvitter ut.</source>
        <translation>Standardavviket {std_dev} er under bandet for {kind} ({span}): uvanleg presist for estimattypen. Grunngje eller kvitter ut.</translation>
    </message>
    <message>
        <source>{kind} hører til fasen {phases}; i fasen {phase} trengs et modnere anslag.</source>
        <translation>{kind} høyrer til fasen {phases}; i fasen {phase} trengst eit meir modent anslag.</translation>
    </message>
    <message>
        <source>{kind} hører til fasen {phases}, ikke {phase}. Sjekk estimattypen.</source>
        <translation>{kind} høyrer til fasen {phases}, ikkje {phase}. Sjekk estimattypen.</translation>
    </message>
    <message>
        <source>Prosjektet har lange eller kompliserte planprosesser: det skal settes et styringsmål etter at prosjektet er avklart i PU-fasen, eller tidlig i detaljplanleggingen.</source>
        <translation>Prosjektet har lange eller kompliserte planprosessar: det skal setjast eit styringsmål etter at prosjektet er avklart i PU-fasen, eller tidleg i detaljplanlegginga.</translation>
    </message>
    <message>
        <source>Prosjektet har lange eller kompliserte planprosesser, og da skal det settes et styringsmål, men det mangler. Styringsmålet settes etter at prosjektet er avklart i PU-fasen, eller tidlig i detaljplanleggingen.</source>
        <translation>Prosjektet har lange eller kompliserte planprosessar, og då skal det setjast eit styringsmål, men det manglar. Styringsmålet blir sett etter at prosjektet er avklart i PU-fasen, eller tidleg i detaljplanlegginga.</translation>
    </message>
    <message>
        <source>Forventet kostnad er {cost} MNOK, over {threshold} MNOK: kostnadsanslaget skal gjøres etter Anslagsmetoden.</source>
        <translation>Forventa kostnad er {cost} MNOK, over {threshold} MNOK: kostnadsanslaget skal gjerast etter Anslagsmetoden.</translation>
    </message>
    <message>
        <source>Forventet kostnad er {cost} MNOK, over {threshold} MNOK: det er anbefalt å sette et styringsmål.</source>
        <translation>Forventa kostnad er {cost} MNOK, over {threshold} MNOK: det er tilrådd å setje eit styringsmål.</translation>
    </message>
    <message>
        <source>Forventet kostnad er {cost} MNOK, over {threshold} MNOK: det er anbefalt å sette et styringsmål etter prosjektutviklingen eller tidlig i detaljplanleggingen.</source>
        <translation>Forventa kostnad er {cost} MNOK, over {threshold} MNOK: det er tilrådd å setje eit styringsmål etter prosjektutviklinga eller tidleg i detaljplanlegginga.</translation>
    </message>
    <message>
        <source>Tallene er i {year}-kroner; programmet bruker {target}-kroner.</source>
        <translation>Tala er i {year}-kroner; programmet brukar {target}-kroner.</translation>
    </message>
    <message>
        <source>Indeksjustert blir forventet kostnad {adjusted} MNOK ({cost} × indeks {target} / indeks {year}).</source>
        <translation>Indeksjustert blir forventa kostnad {adjusted} MNOK ({cost} × indeks {target} / indeks {year}).</translation>
    </message>
    <message>
        <source>Prisindeksen for {year} må være større enn null.</source>
        <translation>Prisindeksen for {year} må vere større enn null.</translation>
    </message>
    <message>
        <source>Prisindeksen mangler {years}; kan ikke regne om fra {source}- til {target}-kroner. Kjente år: ingen. Legg inn indeksen i avtaleprofilen.</source>
        <translation>Prisindeksen manglar {years}; kan ikkje rekne om frå {source}- til {target}-kroner. Kjende år: ingen. Legg inn indeksen i avtaleprofilen.</translation>
    </message>
    <message>
        <source>Prisindeksen mangler {years}; kan ikke regne om fra {source}- til {target}-kroner. Kjente år: {known}. Legg inn indeksen i avtaleprofilen.</source>
        <translation>Prisindeksen manglar {years}; kan ikkje rekne om frå {source}- til {target}-kroner. Kjende år: {known}. Legg inn indeksen i avtaleprofilen.</translation>
    </message>
</context>
<context>
    <name>costmath</name>
    <message>
        <source>Lav og høy leses som P10 og P90, mest sannsynlig som modus.</source>
        <translation>Låg og høg blir lesne som P10 og P90, mest sannsynleg som modus.</translation>
    </message>
    <message>
        <source>Per post: forventning = (lav + {mode_weight} × mest sannsynlig + høy) / {weight_sum}; standardavvik = (høy − lav) / {span}.</source>
        <translation>Per post: forventing = (låg + {mode_weight} × mest sannsynleg + høg) / {weight_sum}; standardavvik = (høg − låg) / {span}.</translation>
    </message>
    <message>
        <source>{item}: forventning {mean}, standardavvik {std_dev}</source>
        <translation>{item}: forventing {mean}, standardavvik {std_dev}</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(utan namn)</translation>
    </message>
    <message>
        <source>Postene antas uavhengige: forventningene og variansene summeres.</source>
        <translation>Postane blir rekna som uavhengige: forventingane og variansane blir summerte.</translation>
    </message>
    <message>
        <source>Sum: forventet kostnad {expected}, standardavvik {std_dev} ({percent}).</source>
        <translation>Sum: forventa kostnad {expected}, standardavvik {std_dev} ({percent}).</translation>
    </message>
    <message>
        <source>Normaltilnærming av summen: P50 = {p50}, P85 = forventning + {z} × standardavvik = {p85}.</source>
        <translation>Normaltilnærming av summen: P50 = {p50}, P85 = forventing + {z} × standardavvik = {p85}.</translation>
    </message>
    <message>
        <source>post {number}</source>
        <translation>post {number}</translation>
    </message>
    <message>
        <source>Kostnadsposten «{item}» mangler lav, mest sannsynlig eller høy verdi.</source>
        <translation>Kostnadsposten «{item}» manglar låg, mest sannsynleg eller høg verdi.</translation>
    </message>
    <message>
        <source>Kostnadsposten «{item}»: lav ({low}) ≤ mest sannsynlig ({most_likely}) ≤ høy ({high}) må gjelde.</source>
        <translation>Kostnadsposten «{item}»: låg ({low}) ≤ mest sannsynleg ({most_likely}) ≤ høg ({high}) må gjelde.</translation>
    </message>
    <message>
        <source>Ingen kostnadsposter å beregne.</source>
        <translation>Ingen kostnadspostar å rekne ut.</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>{first} og {second}</source>
        <translation>{first} og {second}</translation>
    </message>
    <message>
        <source>Prisindeksen mangler {years}; kan ikke regne om fra {from_year}- til {to_year}-kroner. Kjente år: {known}. Legg inn indeksen i avtaleprofilen.</source>
        <translation>Prisindeksen manglar {years}; kan ikkje rekne om frå {from_year}- til {to_year}-kroner. Kjende år: {known}. Legg inn indeksen i avtaleprofilen.</translation>
    </message>
    <message>
        <source>Prisindeksen for {year} må være større enn null.</source>
        <translation>Prisindeksen for {year} må vere større enn null.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Uventet feil</source>
        <translation>Uventa feil</translation>
    </message>
    <message>
        <source>&lt;b&gt;Det oppstod en uventet feil i Prosjektark.&lt;/b&gt;&lt;br&gt;Arbeidet ditt er lagret automatisk, og du kan fortsette. Send gjerne detaljene under til brukerstøtte.</source>
        <translation>&lt;b&gt;Det oppstod ein uventa feil i Prosjektark.&lt;/b&gt;&lt;br&gt;Arbeidet ditt er lagra automatisk, og du kan halde fram. Send gjerne detaljane under til brukarstøtta.</translation>
    </message>
    <message>
        <source>Loggfil: {path}</source>
        <translation>Loggfil: {path}</translation>
    </message>
    <message>
        <source>Feildetaljer</source>
        <translation>Feildetaljar</translation>
    </message>
    <message>
        <source>Kopier detaljer</source>
        <translation>Kopier detaljar</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <source>filen er tom (0 byte), men her har det vært en database</source>
        <translation>fila er tom (0 byte), men her har det vore ein database</translation>
    </message>
    <message>
        <source>Filen «{file}» er ikke en Prosjektark-database (mangler skjemaversjon).</source>
        <translation>Fila «{file}» er ikkje ein Prosjektark-database (manglar skjemaversjon).</translation>
    </message>
    <message>
        <source>Kunne ikke lese databasen «{database}»: {error}</source>
        <translation>Kunne ikkje lese databasen «{database}»: {error}</translation>
    </message>
    <message>
        <source>Databasen «{database}» er skadet. Filen er ikke endret.</source>
        <translation>Databasen «{database}» er skadd. Fila er ikkje endra.</translation>
    </message>
    <message>
        <source>En kopi av den skadde filen ligger i «{copy}».</source>
        <translation>Ein kopi av den skadde fila ligg i «{copy}».</translation>
    </message>
    <message>
        <source>Den nyeste sikkerhetskopien er «{backup}»; åpne Prosjektark for å gjenopprette fra den.</source>
        <translation>Den nyaste tryggingskopien er «{backup}»; opne Prosjektark for å gjenopprette frå han.</translation>
    </message>
    <message>
        <source>Det finnes ingen sikkerhetskopi; åpne Prosjektark for å starte med en tom database og hente inn det som kan leses fra den skadde filen.</source>
        <translation>Det finst ingen tryggingskopi; opne Prosjektark for å starte med ein tom database og hente inn det som kan lesast frå den skadde fila.</translation>
    </message>
    <message>
        <source>(Teknisk: {reason}.)</source>
        <translation>(Teknisk: {reason}.)</translation>
    </message>
    <message>
        <source>Kunne ikke opprette mappen «{folder}»: {error}</source>
        <translation>Kunne ikkje opprette mappa «{folder}»: {error}</translation>
    </message>
    <message>
        <source>Databasen «{database}» er laget av en nyere versjon av Prosjektark (skjemaversjon {schema}). Oppdater programmet for å åpne den. Filen er ikke endret.</source>
        <translation>Databasen «{database}» er laga av ein nyare versjon av Prosjektark (skjemaversjon {schema}). Oppdater programmet for å opne han. Fila er ikkje endra.</translation>
    </message>
    <message>
        <source>Databasen «{database}» er laget av en nyere versjon av Prosjektark (skjemaversjon {schema}). Oppdater programmet for å åpne den.</source>
        <translation>Databasen «{database}» er laga av ein nyare versjon av Prosjektark (skjemaversjon {schema}). Oppdater programmet for å opne han.</translation>
    </message>
    <message>
        <source>Databasen «{database}» er laget av Prosjektark {version} (skjemaversjon {schema}), som er nyere enn dette programmet. Installer Prosjektark {version} eller nyere for å åpne den. Filen er ikke endret.</source>
        <translation>Databasen «{database}» er laga av Prosjektark {version} (skjemaversjon {schema}), som er nyare enn dette programmet. Installer Prosjektark {version} eller nyare for å opne han. Fila er ikkje endra.</translation>
    </message>
    <message>
        <source>Databasen «{database}» er laget av Prosjektark {version} (skjemaversjon {schema}), som er nyere enn dette programmet. Installer Prosjektark {version} eller nyere for å åpne den.</source>
        <translation>Databasen «{database}» er laga av Prosjektark {version} (skjemaversjon {schema}), som er nyare enn dette programmet. Installer Prosjektark {version} eller nyare for å opne han.</translation>
    </message>
    <message>
        <source>Databasen «{database}» har ingen Prosjektark-tabeller ennå. Be den som drifter databasen om å kjøre «prosjektark db upgrade» for å opprette dem.</source>
        <translation>Databasen «{database}» har ingen Prosjektark-tabellar enno. Be den som driftar databasen, om å køyre «prosjektark db upgrade» for å opprette dei.</translation>
    </message>
    <message>
        <source>Databasen «{database}» har skjemaversjon {schema}, men denne versjonen av Prosjektark bruker {head}. Be den som drifter databasen om å kjøre «prosjektark db upgrade».</source>
        <translation>Databasen «{database}» har skjemaversjon {schema}, men denne versjonen av Prosjektark brukar {head}. Be den som driftar databasen, om å køyre «prosjektark db upgrade».</translation>
    </message>
    <message>
        <source>Kunne ikke koble til databasen «{database}»: {error}</source>
        <translation>Kunne ikkje kople til databasen «{database}»: {error}</translation>
    </message>
    <message>
        <source>Kunne ikke oppgradere databasen «{database}»: {error}.</source>
        <translation>Kunne ikkje oppgradere databasen «{database}»: {error}.</translation>
    </message>
    <message>
        <source>En sikkerhetskopi ligger i «{backup}».</source>
        <translation>Ein tryggingskopi ligg i «{backup}».</translation>
    </message>
    <message>
        <source>Databaseadressen kan ikke leses. Den skrives slik: postgresql://bruker@tjener:5432/database</source>
        <translation>Databaseadressa kan ikkje lesast. Ho skal skrivast slik: postgresql://brukar@tenar:5432/database</translation>
    </message>
</context>
<context>
    <name>db</name>
    <message>
        <source>Kunne ikke lese databasen «{database}»: {error}</source>
        <translation>Kunne ikkje lese databasen «{database}»: {error}</translation>
    </message>
    <message>
        <source>PostgreSQL-server</source>
        <translation>PostgreSQL-tenar</translation>
    </message>
    <message>
        <source>SQLite-fil på denne maskinen</source>
        <translation>SQLite-fil på denne maskina</translation>
    </message>
    <message>
        <source>Database: {location} ({kind})</source>
        <translation>Database: {location} ({kind})</translation>
    </message>
    <message>
        <source>Skjemaversjon: {revision} (sist oppgradert av Prosjektark {app})</source>
        <translation>Skjemaversjon: {revision} (sist oppgradert av Prosjektark {app})</translation>
    </message>
    <message>
        <source>Skjemaversjon: {revision}</source>
        <translation>Skjemaversjon: {revision}</translation>
    </message>
    <message>
        <source>Dette programmet: Prosjektark {version}, skjemaversjon {head}</source>
        <translation>Dette programmet: Prosjektark {version}, skjemaversjon {head}</translation>
    </message>
    <message>
        <source>Databasen kan brukes av dette programmet.</source>
        <translation>Databasen kan brukast av dette programmet.</translation>
    </message>
    <message>
        <source>Filen finnes ikke ennå; Prosjektark lager den ved første start.</source>
        <translation>Fila finst ikkje enno; Prosjektark lagar ho første gongen programmet startar.</translation>
    </message>
    <message>
        <source>Databasen er laget av en nyere versjon av Prosjektark. Installer Prosjektark {app} eller nyere.</source>
        <translation>Databasen er laga av ein nyare versjon av Prosjektark. Installer Prosjektark {app} eller nyare.</translation>
    </message>
    <message>
        <source>Databasen er laget av en nyere versjon av Prosjektark. Installer en nyere versjon.</source>
        <translation>Databasen er laga av ein nyare versjon av Prosjektark. Installer ein nyare versjon.</translation>
    </message>
    <message>
        <source>Filen oppgraderes når Prosjektark åpner den, eller med «prosjektark db upgrade».</source>
        <translation>Fila blir oppgradert når Prosjektark opnar ho, eller med «prosjektark db upgrade».</translation>
    </message>
    <message>
        <source>Databasen har ingen tabeller fra Prosjektark ennå. Den som drifter databasen lager dem med «prosjektark db upgrade».</source>
        <translation>Databasen har ingen tabellar frå Prosjektark enno. Den som driftar databasen, lagar dei med «prosjektark db upgrade».</translation>
    </message>
    <message>
        <source>Databasen må oppgraderes før dette programmet kan bruke den. Den som drifter databasen gjør det med «prosjektark db upgrade».</source>
        <translation>Databasen må oppgraderast før dette programmet kan bruke han. Den som driftar databasen, gjer det med «prosjektark db upgrade».</translation>
    </message>
    <message>
        <source>Databasen er filen {file} på denne maskinen; Prosjektark oppgraderer den ved hver start.</source>
        <translation>Databasen er fila {file} på denne maskina; Prosjektark oppgraderer han kvar gong programmet startar.</translation>
    </message>
    <message>
        <source>{database}: skjemaversjon {revision}, ingenting å oppgradere.</source>
        <translation>{database}: skjemaversjon {revision}, ingenting å oppgradere.</translation>
    </message>
    <message>
        <source>{database}: skjemaversjon {before} → {after}.</source>
        <translation>{database}: skjemaversjon {before} → {after}.</translation>
    </message>
    <message>
        <source>Kopien er kontrollert: alle tabeller og vedlegg er like i {target}.</source>
        <translation>Kopien er kontrollert: alle tabellar og vedlegg er like i {target}.</translation>
    </message>
    <message>
        <source>likt</source>
        <translation>likt</translation>
    </message>
    <message>
        <source>ULIKT</source>
        <translation>ULIKT</translation>
    </message>
    <message>
        <source>Tabell</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Kjelde</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>vedlegg</source>
        <translation>vedlegg</translation>
    </message>
    <message>
        <source>Innhold</source>
        <translation>Innhald</translation>
    </message>
    <message>
        <source>Søkeindeksen er bygget på nytt i målet ({count} tekster).</source>
        <translation>Søkjeindeksen er bygd på nytt i målet ({count} tekstar).</translation>
    </message>
    <message>
        <source>tabellen {table}: {source} rader i kilden, {target} i målet{hash}</source>
        <translation>tabellen {table}: {source} rader i kjelda, {target} i målet{hash}</translation>
    </message>
    <message>
        <source>, ulikt innhold</source>
        <translation>, ulikt innhald</translation>
    </message>
    <message>
        <source>vedlegg som mangler i kilden: {digests}</source>
        <translation>vedlegg som manglar i kjelda: {digests}</translation>
    </message>
    <message>
        <source>vedlegg som mangler eller er ulike i målet: {digests}</source>
        <translation>vedlegg som manglar eller er ulike i målet: {digests}</translation>
    </message>
    <message>
        <source>Kopien stemmer ikke med kilden: {what}.</source>
        <translation>Kopien stemmer ikkje med kjelda: {what}.</translation>
    </message>
</context>
<context>
    <name>db_copy</name>
    <message>
        <source>«{value}» er verken en fil eller en PostgreSQL-adresse (postgresql://…).</source>
        <translation>«{value}» er verken ei fil eller ei PostgreSQL-adresse (postgresql://…).</translation>
    </message>
    <message>
        <source>Feil i databasen «{database}»: {error}</source>
        <translation>Feil i databasen «{database}»: {error}</translation>
    </message>
    <message>
        <source>Fant ikke databasefilen «{file}».</source>
        <translation>Fann ikkje databasefila «{file}».</translation>
    </message>
    <message>
        <source>Målet «{database}» er ikke tomt (tabeller med innhold: {tables}). Kopier bare til en ny, tom database; ingenting er kopiert.</source>
        <translation>Målet «{database}» er ikkje tomt (tabellar med innhald: {tables}). Kopier berre til ein ny, tom database; ingenting er kopiert.</translation>
    </message>
    <message>
        <source>«{file}» er ikke en fil.</source>
        <translation>«{file}» er ikkje ei fil.</translation>
    </message>
    <message>
        <source>Kunne ikke opprette vedleggsmappen «{folder}»: {error}</source>
        <translation>Kunne ikkje opprette vedleggsmappa «{folder}»: {error}</translation>
    </message>
    <message>
        <source>Målet «{database}» har skjemaversjon {schema}, som er nyere enn denne versjonen av Prosjektark. Ingenting er kopiert.</source>
        <translation>Målet «{database}» har skjemaversjon {schema}, som er nyare enn denne versjonen av Prosjektark. Ingenting er kopiert.</translation>
    </message>
    <message>
        <source>Målet «{database}» har tabeller som ikke er Prosjektarks ({tables}). Kopier bare til en ny, tom database; ingenting er kopiert.</source>
        <translation>Målet «{database}» har tabellar som ikkje høyrer til Prosjektark ({tables}). Kopier berre til ein ny, tom database; ingenting er kopiert.</translation>
    </message>
    <message>
        <source>Kilden og målet er den samme databasen ({database}).</source>
        <translation>Kjelda og målet er den same databasen ({database}).</translation>
    </message>
    <message>
        <source>Kontrollerer kopien …</source>
        <translation>Kontrollerer kopien …</translation>
    </message>
    <message>
        <source>Bygger søkeindeksen på nytt …</source>
        <translation>Byggjer søkjeindeksen på nytt …</translation>
    </message>
    <message>
        <source>{table}: {rows} rader</source>
        <translation>{table}: {rows} rader</translation>
    </message>
    <message>
        <source>vedlegg: {done} av {total}</source>
        <translation>vedlegg: {done} av {total}</translation>
    </message>
</context>
<context>
    <name>decision</name>
    <message>
        <source>forventet kostnad «{typed}» er ikke et gyldig beløp</source>
        <translation>forventa kostnad «{typed}» er ikkje eit gyldig beløp</translation>
    </message>
    <message>
        <source>forventet kostnad er ikke et endelig tall</source>
        <translation>forventa kostnad er ikkje eit endeleg tal</translation>
    </message>
    <message>
        <source>forventet kostnad er negativ ({cost} MNOK)</source>
        <translation>forventa kostnad er negativ ({cost} MNOK)</translation>
    </message>
    <message>
        <source>forventet kostnad ({cost} MNOK) er over profilens grense for et troverdig prosjekt ({limit} MNOK)</source>
        <translation>forventa kostnad ({cost} MNOK) er over grensa i profilen for eit truverdig prosjekt ({limit} MNOK)</translation>
    </message>
    <message>
        <source>{transition}: {problem}. Rett kostnaden før det kan avgjøres hvem som skal behandle overgangen.</source>
        <translation>{transition}: {problem}. Rett kostnaden før det kan avgjerast kven som skal handsame overgangen.</translation>
    </message>
    <message>
        <source>{transition}: forventet kostnad mangler, så det kan ikke avgjøres hvem som skal behandle overgangen.</source>
        <translation>{transition}: forventa kostnad manglar, så det kan ikkje avgjerast kven som skal handsame overgangen.</translation>
    </message>
    <message>
        <source>{transition}: {programme} har ingen beslutningsregel som passer et prosjekt på {cost} MNOK.</source>
        <translation>{transition}: {programme} har ingen avgjerdsregel som passar eit prosjekt på {cost} MNOK.</translation>
    </message>
    <message>
        <source>{transition} for et prosjekt på {cost} MNOK: {body}. «{reason}»</source>
        <translation>{transition} for eit prosjekt på {cost} MNOK: {body}. «{reason}»</translation>
    </message>
    <message>
        <source>{transition} for et prosjekt på {cost} MNOK: {body} (politisk behandling). «{reason}»</source>
        <translation>{transition} for eit prosjekt på {cost} MNOK: {body} (politisk handsaming). «{reason}»</translation>
    </message>
    <message>
        <source>{transition} for et prosjekt på {cost} MNOK: {body} (administrativ behandling). «{reason}»</source>
        <translation>{transition} for eit prosjekt på {cost} MNOK: {body} (administrativ handsaming). «{reason}»</translation>
    </message>
    <message>
        <source>Forutsetter at forutsetninger og finansiering ikke avviker fra det som er politisk behandlet; ellers kreves politisk behandling.</source>
        <translation>Føreset at føresetnadene og finansieringa ikkje avvik frå det som er politisk handsama; elles krevst politisk handsaming.</translation>
    </message>
    <message>
        <source>{transition}: {body}. «{quote}» Prosjektet er merket som et prosjekt der løsningen er av stor politisk interesse, så overgangen skal behandles politisk uansett kostnad.</source>
        <translation>{transition}: {body}. «{quote}» Prosjektet er merkt som eit prosjekt der løysinga er av stor politisk interesse, så overgangen skal handsamast politisk uansett kostnad.</translation>
    </message>
    <message>
        <source>{transition}: {body} (politisk behandling). «{quote}» Prosjektet er merket som et prosjekt der løsningen er av stor politisk interesse, så overgangen skal behandles politisk uansett kostnad.</source>
        <translation>{transition}: {body} (politisk handsaming). «{quote}» Prosjektet er merkt som eit prosjekt der løysinga er av stor politisk interesse, så overgangen skal handsamast politisk uansett kostnad.</translation>
    </message>
    <message>
        <source>politisk</source>
        <translation>politisk</translation>
    </message>
    <message>
        <source>administrativ</source>
        <translation>administrativ</translation>
    </message>
    <message>
        <source>{transition} for et prosjekt på {cost} MNOK krever politisk behandling hos partene, men ingen er registrert. «{reason}»</source>
        <translation>{transition} for eit prosjekt på {cost} MNOK krev politisk handsaming hos partane, men inga er registrert. «{reason}»</translation>
    </message>
    <message>
        <source>{transition}: prosjektet er merket som et prosjekt der løsningen er av stor politisk interesse, og da skal overgangen behandles politisk uansett kostnad. Registrert er bare behandling i {registered}, som ikke er politisk. Registrer den politiske behandlingen. «{quote}»</source>
        <translation>{transition}: prosjektet er merkt som eit prosjekt der løysinga er av stor politisk interesse, og då skal overgangen handsamast politisk uansett kostnad. Registrert er berre handsaming i {registered}, som ikkje er politisk. Registrer den politiske handsaminga. «{quote}»</translation>
    </message>
    <message>
        <source>{transition}: prosjektet er merket som et prosjekt der løsningen er av stor politisk interesse, og da skal overgangen behandles politisk uansett kostnad. Ingen politisk behandling av den er registrert. Registrer den politiske behandlingen. «{quote}»</source>
        <translation>{transition}: prosjektet er merkt som eit prosjekt der løysinga er av stor politisk interesse, og då skal overgangen handsamast politisk uansett kostnad. Inga politisk handsaming av overgangen er registrert. Registrer den politiske handsaminga. «{quote}»</translation>
    </message>
    <message>
        <source>{transition}: prosjektet kan ikke gå hele veien fra prosjektutvikling til utbygging uten politisk behandling, og overgangen til detaljplanlegging ble ikke behandlet politisk. Registrer den politiske behandlingen. «{reason}»</source>
        <translation>{transition}: prosjektet kan ikkje gå heile vegen frå prosjektutvikling til utbygging utan politisk handsaming, og overgangen til detaljplanlegging vart ikkje handsama politisk. Registrer den politiske handsaminga. «{reason}»</translation>
    </message>
    <message>
        <source>Prosjektet kan ikke gå hele veien fra prosjektutvikling til utbygging uten politisk behandling: finansieringen av enten detaljplanlegging eller utbygging må behandles politisk. Registrer den politiske behandlingen.</source>
        <translation>Prosjektet kan ikkje gå heile vegen frå prosjektutvikling til utbygging utan politisk handsaming: finansieringa av anten detaljplanlegging eller utbygging må handsamast politisk. Registrer den politiske handsaminga.</translation>
    </message>
</context>
<context>
    <name>delivery</name>
    <message>
        <source>{package}: sendt – {message}</source>
        <translation>{package}: sendt – {message}</translation>
    </message>
    <message>
        <source>{package}: ikke sendt – {message} Pakken ligger fortsatt i utboksen som klar.</source>
        <translation>{package}: ikkje sendt – {message} Pakken ligg framleis i utboksen som klar.</translation>
    </message>
    <message>
        <source>Leveringsmappen {folder} kan ikke leses: {error}.</source>
        <translation>Leveringsmappa {folder} kan ikkje lesast: {error}.</translation>
    </message>
    <message>
        <source>Leveringsmappen {folder} er ikke en mappe.</source>
        <translation>Leveringsmappa {folder} er ikkje ei mappe.</translation>
    </message>
    <message>
        <source>Leveringsmappen {folder} finnes ikke. Kontroller at nettverksstasjonen eller den synkroniserte mappen er tilgjengelig, eller velg en annen mappe.</source>
        <translation>Leveringsmappa {folder} finst ikkje. Kontroller at nettverksstasjonen eller den synkroniserte mappa er tilgjengeleg, eller vel ei anna mappe.</translation>
    </message>
    <message>
        <source>Sender {package} …</source>
        <translation>Sender {package} …</translation>
    </message>
    <message>
        <source>Pakken er kopiert til {target}, men utboksen kunne ikke oppdateres: {error}</source>
        <translation>Pakken er kopiert til {target}, men utboksen kunne ikkje oppdaterast: {error}</translation>
    </message>
    <message>
        <source>Kopiert til {folder}.</source>
        <translation>Kopiert til {folder}.</translation>
    </message>
    <message>
        <source>Kopiert til {folder} som «{target}», fordi en annen fil med navnet «{source}» lå der fra før.</source>
        <translation>Kopiert til {folder} som «{target}», fordi ei anna fil med namnet «{source}» låg der frå før.</translation>
    </message>
    <message>
        <source>Pakkefilen {source} finnes ikke lenger. Eksporter arket på nytt.</source>
        <translation>Pakkefila {source} finst ikkje lenger. Eksporter arket på nytt.</translation>
    </message>
    <message>
        <source>Fant ikke et ledig filnavn for {name}</source>
        <translation>Fann ikkje eit ledig filnamn for {name}</translation>
    </message>
    <message>
        <source>Det er ikke plass til pakken i {folder} (disken eller lagringskvoten er full). Frigjør plass eller velg en annen mappe.</source>
        <translation>Det er ikkje plass til pakken i {folder} (disken eller lagringskvoten er full). Frigjer plass eller vel ei anna mappe.</translation>
    </message>
    <message>
        <source>Leveringsmappen {folder} er skrivebeskyttet, eller du har ikke skrivetilgang til den.</source>
        <translation>Leveringsmappa {folder} er skriveverna, eller du har ikkje skrivetilgang til ho.</translation>
    </message>
    <message>
        <source>Leveringsmappen {folder} finnes ikke.</source>
        <translation>Leveringsmappa {folder} finst ikkje.</translation>
    </message>
    <message>
        <source>Pakken kunne ikke kopieres til {folder}: {error}.</source>
        <translation>Pakken kunne ikkje kopierast til {folder}: {error}.</translation>
    </message>
    <message>
        <source>Levert {time}</source>
        <translation>Levert {time}</translation>
    </message>
    <message>
        <source>Levert {time} til {folder}</source>
        <translation>Levert {time} til {folder}</translation>
    </message>
</context>
<context>
    <name>diff</name>
    <message>
        <source>Endret</source>
        <translation>Endra</translation>
    </message>
    <message>
        <source>Ny</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Fjernet</source>
        <translation>Fjerna</translation>
    </message>
    <message>
        <source>{option} «{text}» er ikke et versjonsnummer (et heltall fra 1) eller «{working}».</source>
        <translation>{option} «{text}» er ikkje eit versjonsnummer (eit heiltal frå 1) eller «{working}».</translation>
    </message>
    <message>
        <source>«{title}» ({id}): {older} → {newer}</source>
        <translation>«{title}» ({id}): {older} → {newer}</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(utan namn)</translation>
    </message>
    <message>
        <source>Fant ikke prosjektarket {id} i den lokale databasen.</source>
        <translation>Fann ikkje prosjektarket {id} i den lokale databasen.</translation>
    </message>
    <message>
        <source>Lagrede versjoner: {versions}.</source>
        <translation>Lagra versjonar: {versions}.</translation>
    </message>
    <message>
        <source>Arket har ingen lagrede versjoner ennå.</source>
        <translation>Arket har ingen lagra versjonar enno.</translation>
    </message>
    <message>
        <source>Fant ikke versjon {revision} av prosjektarket {id}.</source>
        <translation>Fann ikkje versjon {revision} av prosjektarket {id}.</translation>
    </message>
    <message>
        <source>arbeidskopien</source>
        <translation>arbeidskopien</translation>
    </message>
    <message>
        <source>versjon {revision}</source>
        <translation>versjon {revision}</translation>
    </message>
    <message>
        <source>Ingen endringer.</source>
        <translation>Ingen endringar.</translation>
    </message>
    <message>
        <source>1 endring.</source>
        <translation>1 endring.</translation>
    </message>
    <message>
        <source>{n} endringer.</source>
        <translation>{n} endringar.</translation>
    </message>
    <message>
        <source>Før</source>
        <translation>Før</translation>
    </message>
    <message>
        <source>Etter</source>
        <translation>Etter</translation>
    </message>
    <message>
        <source>Utenfor skjemaet</source>
        <translation>Utanfor skjemaet</translation>
    </message>
    <message>
        <source>fjernet fra skjemaet</source>
        <translation>fjerna frå skjemaet</translation>
    </message>
    <message>
        <source>skrevet tekst</source>
        <translation>skriven tekst</translation>
    </message>
    <message>
        <source>{label} ({mark})</source>
        <translation>{label} ({mark})</translation>
    </message>
    <message>
        <source>Opprinnelig beløp før omregning</source>
        <translation>Opphavleg beløp før omrekning</translation>
    </message>
    <message>
        <source>Arkets språk</source>
        <translation>Språket i arket</translation>
    </message>
    <message>
        <source>{amount} i {year}-kroner</source>
        <translation>{amount} i {year}-kroner</translation>
    </message>
    <message>
        <source>{label}: Begrunnelse</source>
        <translation>{label}: Grunngjeving</translation>
    </message>
    <message>
        <source>Kostnadspost</source>
        <translation>Kostnadspost</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Lav</source>
        <translation>Låg</translation>
    </message>
    <message>
        <source>Mest sannsynlig</source>
        <translation>Mest sannsynleg</translation>
    </message>
    <message>
        <source>Høy</source>
        <translation>Høg</translation>
    </message>
    <message>
        <source>Risiko</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Beskrivelse</source>
        <translation>Skildring</translation>
    </message>
    <message>
        <source>Sannsynlighet</source>
        <translation>Sannsynlegheit</translation>
    </message>
    <message>
        <source>Konsekvens</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Milepæl</source>
        <translation>Milepåle</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Nådd</source>
        <translation>Nådd</translation>
    </message>
    <message>
        <source>Behandling</source>
        <translation>Handsaming</translation>
    </message>
    <message>
        <source>Organ</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>Faseovergang</source>
        <translation>Faseovergang</translation>
    </message>
    <message>
        <source>Politisk</source>
        <translation>Politisk</translation>
    </message>
    <message>
        <source>Vedtak</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>{label}: Poeng</source>
        <translation>{label}: Poeng</translation>
    </message>
    <message>
        <source>Poeng: {score}</source>
        <translation>Poeng: {score}</translation>
    </message>
    <message>
        <source>Poeng: {score}; Begrunnelse: {justification}</source>
        <translation>Poeng: {score}; Grunngjeving: {justification}</translation>
    </message>
    <message>
        <source>Finansiering {year}, {source}</source>
        <translation>Finansiering {year}, {source}</translation>
    </message>
    <message>
        <source>Fil: {filename}</source>
        <translation>Fil: {filename}</translation>
    </message>
    <message>
        <source>Beskrivelse: {description}</source>
        <translation>Skildring: {description}</translation>
    </message>
    <message>
        <source>Vedlegg</source>
        <translation>Vedlegg</translation>
    </message>
    <message>
        <source>Filnavn</source>
        <translation>Filnamn</translation>
    </message>
    <message>
        <source>Kvittering: {code}</source>
        <translation>Kvittering: {code}</translation>
    </message>
</context>
<context>
    <name>editor_page</name>
    <message>
        <source>ubesvart</source>
        <translation>ikkje svara</translation>
    </message>
    <message>
        <source>besvart</source>
        <translation>svara</translation>
    </message>
    <message>
        <source>utkast</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>sendt</source>
        <translation>send</translation>
    </message>
    <message>
        <source>← Alle ark</source>
        <translation>← Alle ark</translation>
    </message>
    <message>
        <source>Tilbake til listen (Alt+Venstre)</source>
        <translation>Tilbake til lista (Alt+Venstre)</translation>
    </message>
    <message>
        <source>Lagre versjon</source>
        <translation>Lagre versjon</translation>
    </message>
    <message>
        <source>Lagrer en fast, uforanderlig versjon av arket (Ctrl+S). Arbeidskopien lagres automatisk uansett.</source>
        <translation>Lagrar ein fast versjon av arket som aldri blir endra (Ctrl+S). Arbeidskopien blir lagra automatisk uansett.</translation>
    </message>
    <message>
        <source>Vis steg&amp;listen</source>
        <translation>Vis steg&amp;lista</translation>
    </message>
    <message>
        <source>Vis &amp;hjelpen</source>
        <translation>Vis &amp;hjelpa</translation>
    </message>
    <message>
        <source>Vis funn og &amp;merknader</source>
        <translation>Vis funn og &amp;merknader</translation>
    </message>
    <message>
        <source>Skjul eller vis ({keys}). Valget huskes til neste gang.</source>
        <translation>Skjul eller vis ({keys}). Valet blir hugsa til neste gong.</translation>
    </message>
    <message>
        <source>✎ Merknad fra sekretariatet ({state}): {text}</source>
        <translation>✎ Merknad frå sekretariatet ({state}): {text}</translation>
    </message>
    <message>
        <source>(uten tittel)</source>
        <translation>(utan tittel)</translation>
    </message>
    <message>
        <source>({count} kvittert ut)</source>
        <translation>({count} kvitterte ut)</translation>
    </message>
    <message>
        <source>({count} ikke sendt)</source>
        <translation>({count} ikkje sende)</translation>
    </message>
    <message>
        <source>revisjon {revision}</source>
        <translation>revisjon {revision}</translation>
    </message>
    <message>
        <source>ingen lagrede versjoner</source>
        <translation>ingen lagra versjonar</translation>
    </message>
    <message>
        <source>Signert</source>
        <translation>Signert</translation>
    </message>
    <message>
        <source>EKSEMPEL</source>
        <translation>DØME</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>{errors} å rette og {warnings} å kvittere ut</source>
        <translation>{errors} å rette og {warnings} å kvittere ut</translation>
    </message>
    <message>
        <source>{errors} å rette</source>
        <translation>{errors} å rette</translation>
    </message>
    <message>
        <source>{warnings} å kvittere ut</source>
        <translation>{warnings} å kvittere ut</translation>
    </message>
    <message>
        <source>Igjen: {left} (se funnene nederst). Arket blir «Klar» når alle feil er rettet og alle advarsler er kvittert ut: velg advarselen og trykk «Kvitter ut advarsel…».</source>
        <translation>Att: {left} (sjå funna nedst). Arket blir «Klar» når alle feil er retta og alle åtvaringar er kvitterte ut: vel åtvaringa og trykk «Kvitter ut åtvaring …».</translation>
    </message>
    <message>
        <source>Ingen feil, og alle advarsler er kvittert ut.</source>
        <translation>Ingen feil, og alle åtvaringar er kvitterte ut.</translation>
    </message>
    <message>
        <source>Merknader fra sekretariatet</source>
        <translation>Merknader frå sekretariatet</translation>
    </message>
    <message>
        <source>{remarks} til arbeidsgruppen: {drafts} ikke sendt, {answered} besvart.</source>
        <translation>{remarks} til arbeidsgruppa: {drafts} ikkje sende, {answered} svara.</translation>
    </message>
    <message>
        <source>Alle merknader fra sekretariatet er besvart ({count}).</source>
        <translation>Alle merknadene frå sekretariatet er svara ({count}).</translation>
    </message>
    <message>
        <source>{waiting} av {total}. Svar på dem før du leverer neste revisjon: velg merknaden i listen «Merknader» nederst og trykk «Svar …». Svarene leveres sammen med revisjonen.</source>
        <translation>{waiting} av {total}. Svar på dei før du leverer neste revisjon: vel merknaden i lista «Merknader» nedst og trykk «Svar …». Svara blir leverte saman med revisjonen.</translation>
    </message>
    <message>
        <source>1 merknad</source>
        <translation>1 merknad</translation>
    </message>
    <message>
        <source>{count} merknader</source>
        <translation>{count} merknader</translation>
    </message>
    <message>
        <source>1 ubesvart merknad</source>
        <translation>1 merknad utan svar</translation>
    </message>
    <message>
        <source>{count} ubesvarte merknader</source>
        <translation>{count} merknader utan svar</translation>
    </message>
    <message>
        <source>Hvem behandler neste faseovergang</source>
        <translation>Kven handsamar neste faseovergang</translation>
    </message>
    <message>
        <source>Arket gjelder utbygging, den siste fasen: det er ingen flere faseoverganger å behandle.</source>
        <translation>Arket gjeld utbygging, den siste fasen: det er ingen fleire faseovergangar å handsame.</translation>
    </message>
    <message>
        <source>{body} (politisk behandling)</source>
        <translation>{body} (politisk handsaming)</translation>
    </message>
    <message>
        <source>{body} (administrativ behandling)</source>
        <translation>{body} (administrativ handsaming)</translation>
    </message>
    <message>
        <source>Overgang</source>
        <translation>Overgang</translation>
    </message>
    <message>
        <source>Behandles av</source>
        <translation>Blir handsama av</translation>
    </message>
    <message>
        <source>Grunnlag</source>
        <translation>Grunnlag</translation>
    </message>
    <message>
        <source>forventet kostnad {cost}</source>
        <translation>forventa kostnad {cost}</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Merk</source>
        <translation>Merk</translation>
    </message>
    <message>
        <source>Måloppnåelse</source>
        <translation>Måloppnåing</translation>
    </message>
    <message>
        <source>Ingen mål har fått poeng ennå (steget Måloppnåelse).</source>
        <translation>Ingen mål har fått poeng enno (steget Måloppnåing).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{total} av {maximum} poeng&lt;/b&gt; ({scored} av {goals} mål har poeng).</source>
        <translation>&lt;b&gt;{total} av {maximum} poeng&lt;/b&gt; ({scored} av {goals} mål har poeng).</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>Arket har ingen avtaleprofil. Reglene er kjørt med {programme}.</source>
        <translation>Arket har ingen avtaleprofil. Reglane er køyrde med {programme}.</translation>
    </message>
    <message>
        <source>Ukjent avtaleprofil «{profile}». Kjente: {known}. Reglene er kjørt med {programme}.</source>
        <translation>Ukjend avtaleprofil «{profile}». Kjende: {known}. Reglane er køyrde med {programme}.</translation>
    </message>
    <message>
        <source>Regelgruppen «{group}» feilet: {error}</source>
        <translation>Regelgruppa «{group}» feila: {error}</translation>
    </message>
</context>
<context>
    <name>examples</name>
    <message>
        <source>mappen eller en av mappene over den finnes ikke</source>
        <translation>mappa eller ei av mappene over ho finst ikkje</translation>
    </message>
    <message>
        <source>mangler skrivetilgang</source>
        <translation>manglar skrivetilgang</translation>
    </message>
    <message>
        <source>filsystemet er skrivebeskyttet</source>
        <translation>filsystemet er skriveverna</translation>
    </message>
    <message>
        <source>ikke nok ledig plass</source>
        <translation>ikkje nok ledig plass</translation>
    </message>
    <message>
        <source>stien er ikke en mappe</source>
        <translation>stien er ikkje ei mappe</translation>
    </message>
    <message>
        <source>stien finnes og er ikke en mappe</source>
        <translation>stien finst og er ikkje ei mappe</translation>
    </message>
    <message>
        <source>prosjektark: kunne ikke skrive eksempelarkene til «{out}»: {reason}.</source>
        <translation>prosjektark: kunne ikkje skrive dømearka til «{out}»: {reason}.</translation>
    </message>
    <message>
        <source>Skrev {path}</source>
        <translation>Skreiv {path}</translation>
    </message>
    <message>
        <source>{n} eksempelark skrevet til {out}.</source>
        <translation>{n} dømeark skrivne til {out}.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>«{path}» finnes og er ikke en mappe.</source>
        <translation>«{path}» finst og er ikkje ei mappe.</translation>
    </message>
    <message>
        <source>Skrev {path}</source>
        <translation>Skreiv {path}</translation>
    </message>
    <message>
        <source>Klar</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Utkast</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Revisjon {revision}. Status: {status} ({errors}, {warnings}).</source>
        <translation>Revisjon {revision}. Status: {status} ({errors}, {warnings}).</translation>
    </message>
    <message>
        <source>1 feil</source>
        <translation>1 feil</translation>
    </message>
    <message>
        <source>{n} feil</source>
        <translation>{n} feil</translation>
    </message>
    <message>
        <source>1 advarsel</source>
        <translation>1 åtvaring</translation>
    </message>
    <message>
        <source>{n} advarsler</source>
        <translation>{n} åtvaringar</translation>
    </message>
    <message>
        <source>Pakken er signert og klar til å sendes til sekretariatet: {name}</source>
        <translation>Pakken er signert og klar til å sendast til sekretariatet: {name}</translation>
    </message>
    <message>
        <source>En signert pakke krever passordet til identiteten: oppgi --passphrase-env med navnet på en miljøvariabel som holder det.</source>
        <translation>Ein signert pakke krev passordet til identiteten: oppgje --passphrase-env med namnet på ein miljøvariabel som held det.</translation>
    </message>
    <message>
        <source>Miljøvariabelen {var} er ikke satt eller er tom; den skal holde passordet.</source>
        <translation>Miljøvariabelen {var} er ikkje sett eller er tom; han skal halde passordet.</translation>
    </message>
    <message>
        <source>Fant ikke identitetsfilen {path}.</source>
        <translation>Fann ikkje identitetsfila {path}.</translation>
    </message>
    <message>
        <source>Du har ingen signeringsidentitet ennå. Lag en med «prosjektark identity new» eller oppgi en PKCS#12-fil med --identity.</source>
        <translation>Du har ingen signeringsidentitet enno. Lag ein med «prosjektark identity new», eller oppgje ei PKCS#12-fil med --identity.</translation>
    </message>
    <message>
        <source>Finner ikke filen {path}.</source>
        <translation>Finn ikkje fila {path}.</translation>
    </message>
    <message>
        <source>Kan ikke lese {path}: {reason}</source>
        <translation>Kan ikkje lese {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} er ikke et gyldig prosjektark.</source>
        <translation>{path} er ikkje eit gyldig prosjektark.</translation>
    </message>
    <message>
        <source>«{text}» er ikke en gyldig UUID.</source>
        <translation>«{text}» er ikkje ein gyldig UUID.</translation>
    </message>
    <message>
        <source>Eksporten ble avbrutt. Ingen filer er skrevet.</source>
        <translation>Eksporten vart avbroten. Ingen filer er skrivne.</translation>
    </message>
    <message>
        <source>Du må ha en signeringsidentitet for å lage en signert pakke.</source>
        <translation>Du må ha ein signeringsidentitet for å lage ein signert pakke.</translation>
    </message>
    <message>
        <source>Arket har {count} feil og kan ikke signeres før de er rettet:</source>
        <translation>Arket har {count} feil og kan ikkje signerast før dei er retta:</translation>
    </message>
    <message>
        <source>Disse advarslene må også kvitteres ut (eller rettes) før signering:</source>
        <translation>Desse åtvaringane må òg kvitterast ut (eller rettast) før signering:</translation>
    </message>
    <message>
        <source>Arket kan ikke signeres før alle advarsler er kvittert ut (eller rettet). Denne er ikke kvittert ut:</source>
        <translation>Arket kan ikkje signerast før alle åtvaringar er kvitterte ut (eller retta). Denne er ikkje kvittert ut:</translation>
    </message>
    <message>
        <source>Arket kan ikke signeres før alle advarsler er kvittert ut (eller rettet). Disse er ikke kvittert ut:</source>
        <translation>Arket kan ikkje signerast før alle åtvaringar er kvitterte ut (eller retta). Desse er ikkje kvitterte ut:</translation>
    </message>
    <message>
        <source>Arket kan ikke signeres.</source>
        <translation>Arket kan ikkje signerast.</translation>
    </message>
    <message>
        <source>Velg minst ett format å eksportere.</source>
        <translation>Vel minst eitt format å eksportere.</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(utan namn)</translation>
    </message>
    <message>
        <source>Kontrollerer «{title}»</source>
        <translation>Kontrollerer «{title}»</translation>
    </message>
    <message>
        <source>Lager PDF</source>
        <translation>Lagar PDF</translation>
    </message>
    <message>
        <source>Lager Excel-arbeidsbok</source>
        <translation>Lagar Excel-arbeidsbok</translation>
    </message>
    <message>
        <source>Samler vedlegg</source>
        <translation>Samlar vedlegg</translation>
    </message>
    <message>
        <source>Signerer</source>
        <translation>Signerer</translation>
    </message>
    <message>
        <source>Kunne ikke signere pakken: {error}</source>
        <translation>Kunne ikkje signere pakken: {error}</translation>
    </message>
    <message>
        <source>Skriver filer</source>
        <translation>Skriv filer</translation>
    </message>
    <message>
        <source>Ferdig</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Vedlegget «{name}» er endret eller skadet siden det ble lagt ved (sjekksummen stemmer ikke). Legg det ved på nytt.</source>
        <translation>Vedlegget «{name}» er endra eller skadd sidan det vart lagt ved (sjekksummen stemmer ikkje). Legg det ved på nytt.</translation>
    </message>
    <message>
        <source>{problem} Pakken kan ikke lages med dette vedlegget: fjern det og legg ved riktig fil.</source>
        <translation>{problem} Pakken kan ikkje lagast med dette vedlegget: fjern det og legg ved rett fil.</translation>
    </message>
    <message>
        <source>Fant ikke disse vedleggene, så pakken kan ikke lages: {names}.</source>
        <translation>Fann ikkje desse vedlegga, så pakken kan ikkje lagast: {names}.</translation>
    </message>
    <message>
        <source>Kunne ikke opprette mappen «{folder}»: {error}</source>
        <translation>Kunne ikkje opprette mappa «{folder}»: {error}</translation>
    </message>
    <message>
        <source>Kunne ikke skrive «{file}»: {error}</source>
        <translation>Kunne ikkje skrive «{file}»: {error}</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>Eksporter «{title}»</source>
        <translation>Eksporter «{title}»</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(utan namn)</translation>
    </message>
    <message>
        <source>&amp;Signert pakke til sekretariatet (.asice)</source>
        <translation>&amp;Signert pakke til sekretariatet (.asice)</translation>
    </message>
    <message>
        <source>Pakken låser versjonen: endrer du arket etterpå, blir det en ny versjon. Bare ark med status Klar (ingen feil, alle advarsler kvittert ut) kan signeres.</source>
        <translation>Pakken låser versjonen: endrar du arket etterpå, blir det ein ny versjon. Berre ark med status Klar (ingen feil, alle åtvaringar kvitterte ut) kan signerast.</translation>
    </message>
    <message>
        <source>Også som egne filer:</source>
        <translation>Også som eigne filer:</translation>
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
        <translation>&amp;JSON (prosjektark-format)</translation>
    </message>
    <message>
        <source>Arket må ha status Klar før det kan signeres.</source>
        <translation>Arket må ha status Klar før det kan signerast.</translation>
    </message>
    <message>
        <source>Du kan fortsatt lage en PDF; den merkes UTKAST og er ikke signert.</source>
        <translation>Du kan framleis lage ein PDF; han blir merkt UTKAST og er ikkje signert.</translation>
    </message>
    <message>
        <source>Hvorfor arket ikke kan signeres</source>
        <translation>Kvifor arket ikkje kan signerast</translation>
    </message>
    <message>
        <source>&amp;Velg mappe …</source>
        <translation>&amp;Vel mappe …</translation>
    </message>
    <message>
        <source>&amp;Mappe:</source>
        <translation>&amp;Mappe:</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Signer og eksporter</source>
        <translation>Signer og eksporter</translation>
    </message>
    <message>
        <source>Signer og eksporter – Prosjektark</source>
        <translation>Signer og eksporter – Prosjektark</translation>
    </message>
    <message>
        <source>Eksporter</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>Eksporter – Prosjektark</source>
        <translation>Eksporter – Prosjektark</translation>
    </message>
    <message>
        <source>Velg mappe</source>
        <translation>Vel mappe</translation>
    </message>
    <message>
        <source>Skrevet til {folder}:</source>
        <translation>Skrive til {folder}:</translation>
    </message>
    <message>
        <source>Pakken ligger i utboksen til du markerer den som levert.</source>
        <translation>Pakken ligg i utboksen til du merkjer han som levert.</translation>
    </message>
    <message>
        <source>Ikke eksportert</source>
        <translation>Ikkje eksportert</translation>
    </message>
    <message>
        <source>Eksportert</source>
        <translation>Eksportert</translation>
    </message>
    <message>
        <source>&amp;Åpne mappe</source>
        <translation>&amp;Opne mappe</translation>
    </message>
    <message>
        <source>Kunne ikke åpne mappen</source>
        <translation>Kunne ikkje opne mappa</translation>
    </message>
    <message>
        <source>Filene ligger i {folder}.</source>
        <translation>Filene ligg i {folder}.</translation>
    </message>
</context>
<context>
    <name>field_widgets</name>
    <message>
        <source>— velg —</source>
        <translation>— vel —</translation>
    </message>
    <message>
        <source>{value} (ukjent verdi)</source>
        <translation>{value} (ukjend verdi)</translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.åååå</translation>
    </message>
</context>
<context>
    <name>file_dialogs</name>
    <message>
        <source>Alle filer (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>Finner ikke «{path}».

Kontroller at stien er skrevet riktig.</source>
        <translation>Finn ikkje «{path}».

Kontroller at stigen er skriven rett.</translation>
    </message>
</context>
<context>
    <name>filetypes</name>
    <message>
        <source>en PDF</source>
        <translation>ein PDF</translation>
    </message>
    <message>
        <source>et PNG-bilde</source>
        <translation>eit PNG-bilete</translation>
    </message>
    <message>
        <source>et JPEG-bilde</source>
        <translation>eit JPEG-bilete</translation>
    </message>
    <message>
        <source>et GIF-bilde</source>
        <translation>eit GIF-bilete</translation>
    </message>
    <message>
        <source>et TIFF-bilde</source>
        <translation>eit TIFF-bilete</translation>
    </message>
    <message>
        <source>et WebP-bilde</source>
        <translation>eit WebP-bilete</translation>
    </message>
    <message>
        <source>et Word-dokument</source>
        <translation>eit Word-dokument</translation>
    </message>
    <message>
        <source>en Excel-arbeidsbok</source>
        <translation>ei Excel-arbeidsbok</translation>
    </message>
    <message>
        <source>en PowerPoint-presentasjon</source>
        <translation>ein PowerPoint-presentasjon</translation>
    </message>
    <message>
        <source>et OpenDocument-dokument</source>
        <translation>eit OpenDocument-dokument</translation>
    </message>
    <message>
        <source>et OpenDocument-regneark</source>
        <translation>eit OpenDocument-rekneark</translation>
    </message>
    <message>
        <source>en ZIP-fil</source>
        <translation>ei ZIP-fil</translation>
    </message>
    <message>
        <source>et eldre Office-dokument</source>
        <translation>eit eldre Office-dokument</translation>
    </message>
    <message>
        <source>en DWG-tegning</source>
        <translation>ei DWG-teikning</translation>
    </message>
    <message>
        <source>en SVG-tegning</source>
        <translation>ei SVG-teikning</translation>
    </message>
    <message>
        <source>en tekstfil</source>
        <translation>ei tekstfil</translation>
    </message>
    <message>
        <source>et program (kjørbar fil)</source>
        <translation>eit program (køyrbar fil)</translation>
    </message>
    <message>
        <source>«{filename}» er oppgitt som {kind}, men filen er tom.</source>
        <translation>«{filename}» er oppgitt som {kind}, men fila er tom.</translation>
    </message>
    <message>
        <source>«{filename}» er oppgitt som {kind}, men innholdet er ikke {kind_with_article} (ukjent innhold).</source>
        <translation>«{filename}» er oppgitt som {kind}, men innhaldet er ikkje {kind_with_article} (ukjent innhald).</translation>
    </message>
    <message>
        <source>«{filename}» er oppgitt som {kind}, men innholdet er ikke {kind_with_article}: det er {found}.</source>
        <translation>«{filename}» er oppgitt som {kind}, men innhaldet er ikkje {kind_with_article}: det er {found}.</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>Feil</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Advarsel</source>
        <translation>Åtvaring</translation>
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
        <translation>Feil ({count})</translation>
    </message>
    <message>
        <source>Advarsler ({count})</source>
        <translation>Åtvaringar ({count})</translation>
    </message>
    <message>
        <source>Info ({count})</source>
        <translation>Info ({count})</translation>
    </message>
    <message>
        <source>Feil</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Advarsel</source>
        <translation>Åtvaring</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>1 feil</source>
        <translation>1 feil</translation>
    </message>
    <message>
        <source>{count} feil</source>
        <translation>{count} feil</translation>
    </message>
    <message>
        <source>1 advarsel</source>
        <translation>1 åtvaring</translation>
    </message>
    <message>
        <source>{count} advarsler</source>
        <translation>{count} åtvaringar</translation>
    </message>
    <message>
        <source>{count} info</source>
        <translation>{count} info</translation>
    </message>
    <message>
        <source>Kvitter ut advarsel</source>
        <translation>Kvitter ut åtvaring</translation>
    </message>
    <message>
        <source>Begrunn hvorfor advarselen kan kvitteres ut:</source>
        <translation>Grunngje kvifor åtvaringa kan kvitterast ut:</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Grunngjeving</translation>
    </message>
    <message>
        <source>{keys} kvitterer ut advarselen.</source>
        <translation>{keys} kvitterer ut åtvaringa.</translation>
    </message>
    <message>
        <source>Enter gir ny linje, {keys} kvitterer ut.</source>
        <translation>Enter gjev ny linje, {keys} kvitterer ut.</translation>
    </message>
    <message>
        <source>Kvitter ut</source>
        <translation>Kvitter ut</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Funn fra regelsjekken</source>
        <translation>Funn frå regelsjekken</translation>
    </message>
    <message>
        <source>Funn gruppert etter steg og alvorlighet</source>
        <translation>Funn grupperte etter steg og alvor</translation>
    </message>
    <message>
        <source>Enter eller klikk går til feltet. Kontekstmenyen kvitterer ut en advarsel. F6 og Shift+F6 går til neste og forrige rute.</source>
        <translation>Enter eller klikk går til feltet. Kontekstmenyen kvitterer ut ei åtvaring. F6 og Shift+F6 går til neste og førre rute.</translation>
    </message>
    <message>
        <source>Kvitter ut advarsel …</source>
        <translation>Kvitter ut åtvaring …</translation>
    </message>
    <message>
        <source>Kvitter ut valgt advarsel</source>
        <translation>Kvitter ut vald åtvaring</translation>
    </message>
    <message>
        <source>Kvitter ut den valgte advarselen med en begrunnelse ({keys}). Hvem og når lagres i arket.</source>
        <translation>Kvitter ut den valde åtvaringa med ei grunngjeving ({keys}). Kven og når blir lagra i arket.</translation>
    </message>
    <message>
        <source>Advarsler ({count}, {acknowledged} kvittert ut)</source>
        <translation>Åtvaringar ({count}, {acknowledged} kvitterte ut)</translation>
    </message>
    <message>
        <source>Ingen advarsel er valgt. Velg advarselen du vil kvittere ut i funnlisten (eller stå i feltet den gjelder).</source>
        <translation>Inga åtvaring er vald. Vel åtvaringa du vil kvittere ut i funnlista (eller stå i feltet ho gjeld).</translation>
    </message>
    <message>
        <source>(kvittert ut)</source>
        <translation>(kvittert ut)</translation>
    </message>
    <message>
        <source>{severity}, kvittert ut</source>
        <translation>{severity}, kvittert ut</translation>
    </message>
    <message>
        <source>Felt: {field}</source>
        <translation>Felt: {field}</translation>
    </message>
    <message>
        <source>Kilde: «{source}»</source>
        <translation>Kjelde: «{source}»</translation>
    </message>
    <message>
        <source>Arket</source>
        <translation>Arket</translation>
    </message>
    <message>
        <source>Ingen funn: arket oppfyller reglene.</source>
        <translation>Ingen funn: arket oppfyller reglane.</translation>
    </message>
    <message>
        <source>({count} kvittert ut)</source>
        <translation>({count} kvitterte ut)</translation>
    </message>
    <message>
        <source>Gå til feltet</source>
        <translation>Gå til feltet</translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <source>ugyldige migreringer ([[migrations]]): {problems}</source>
        <translation>ugyldige migreringar ([[migrations]]): {problems}</translation>
    </message>
    <message>
        <source>{step}: {path} er ikke et spørsmål i sjekklisten</source>
        <translation>{step}: {path} er ikkje eit spørsmål i sjekklista</translation>
    </message>
    <message>
        <source>{step} følges av {next}: versjonene henger ikke sammen</source>
        <translation>{step} blir følgt av {next}: versjonane heng ikkje saman</translation>
    </message>
    <message>
        <source>siste steg går til {version}, ikke til skjemaets versjon {form_version}</source>
        <translation>siste steget går til {version}, ikkje til versjonen til skjemaet, {form_version}</translation>
    </message>
    <message>
        <source>versjon {versions} forekommer flere ganger (en sirkel)</source>
        <translation>versjon {versions} kjem fram fleire gonger (ein sirkel)</translation>
    </message>
    <message>
        <source>{step}: {path} flyttes flere ganger</source>
        <translation>{step}: {path} blir flytt fleire gonger</translation>
    </message>
    <message>
        <source>{step}: {path} er nevnt flere ganger</source>
        <translation>{step}: {path} er nemnd fleire gonger</translation>
    </message>
    <message>
        <source>{step}: {path} flyttes til seg selv</source>
        <translation>{step}: {path} blir flytt til seg sjølv</translation>
    </message>
    <message>
        <source>{step}: {source} og {target} har ikke samme slags verdi</source>
        <translation>{step}: {source} og {target} har ikkje same slag verdi</translation>
    </message>
    <message>
        <source>{step}: {path} er ikke et felt i skjemaet {version}</source>
        <translation>{step}: {path} er ikkje eit felt i skjemaet {version}</translation>
    </message>
    <message>
        <source>{step}: {path} er ikke en sti i prosjektarket</source>
        <translation>{step}: {path} er ikkje ein sti i prosjektarket</translation>
    </message>
</context>
<context>
    <name>form_migration</name>
    <message>
        <source>Fjernet fra skjemaet</source>
        <translation>Fjerna frå skjemaet</translation>
    </message>
    <message>
        <source>Arket er fylt ut med skjemaversjon {sheet_version}, som er nyere enn skjemaet i denne versjonen av programmet ({form_version}). Arket vises som det er, og ingen verdier går tapt, men felt dette skjemaet ikke kjenner, vises ikke.</source>
        <translation>Arket er fylt ut med skjemaversjon {sheet_version}, som er nyare enn skjemaet i denne versjonen av programmet ({form_version}). Arket blir vist som det er, og ingen verdiar går tapt, men felt som dette skjemaet ikkje kjenner, blir ikkje viste.</translation>
    </message>
    <message>
        <source>Arket er fylt ut med skjemaversjon «{sheet_version}», som dette programmet ikke kjenner (skjemaet her er {form_version}). Arket vises som det er, og ingen verdier går tapt.</source>
        <translation>Arket er fylt ut med skjemaversjon «{sheet_version}», som dette programmet ikkje kjenner (skjemaet her er {form_version}). Arket blir vist som det er, og ingen verdiar går tapt.</translation>
    </message>
    <message>
        <source>Arket er fylt ut med skjemaversjon {sheet_version} og vises nå i skjemaversjon {form_version}.</source>
        <translation>Arket er fylt ut med skjemaversjon {sheet_version} og blir no vist i skjemaversjon {form_version}.</translation>
    </message>
    <message>
        <source>Arket er fylt ut med et eldre skjema og vises nå i skjemaversjon {form_version}.</source>
        <translation>Arket er fylt ut med eit eldre skjema og blir no vist i skjemaversjon {form_version}.</translation>
    </message>
    <message>
        <source>1 verdi er flyttet til et nytt felt.</source>
        <translation>1 verdi er flytt til eit nytt felt.</translation>
    </message>
    <message>
        <source>{count} verdier er flyttet til nye felt.</source>
        <translation>{count} verdiar er flytte til nye felt.</translation>
    </message>
    <message>
        <source>1 verdi fra felt skjemaet ikke lenger har, vises skrivebeskyttet under «{heading}».</source>
        <translation>1 verdi frå felt skjemaet ikkje lenger har, blir vist skriveverna under «{heading}».</translation>
    </message>
    <message>
        <source>{count} verdier fra felt skjemaet ikke lenger har, vises skrivebeskyttet under «{heading}».</source>
        <translation>{count} verdiar frå felt skjemaet ikkje lenger har, blir viste skriveverna under «{heading}».</translation>
    </message>
    <message>
        <source>{label} (tidligere felt)</source>
        <translation>{label} (tidlegare felt)</translation>
    </message>
    <message>
        <source>Kunne ikke flyttes til «{label}», som allerede var fylt ut.</source>
        <translation>Kunne ikkje flyttast til «{label}», som alt var fylt ut.</translation>
    </message>
    <message>
        <source>Spørsmål som ikke er i sjekklisten ({question})</source>
        <translation>Spørsmål som ikkje er i sjekklista ({question})</translation>
    </message>
    <message>
        <source>Svar: {answer}</source>
        <translation>Svar: {answer}</translation>
    </message>
    <message>
        <source>Begrunnelse: {justification}</source>
        <translation>Grunngjeving: {justification}</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>Nei</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>Ukjent format {tag}: et prosjektark har formatet «prosjektark/HOVED.MINDRE», for eksempel «prosjektark/1.1».</source>
        <translation>Ukjent format {tag}: eit prosjektark har formatet «prosjektark/HOVUD.MINDRE», til dømes «prosjektark/1.1».</translation>
    </message>
    <message>
        <source>Arket er i formatet {sheet_format}, men denne versjonen av Prosjektark leser {major}.x (til og med {newest}). Oppdater Prosjektark for å åpne det.</source>
        <translation>Arket er i formatet {sheet_format}, men denne versjonen av Prosjektark les {major}.x (til og med {newest}). Oppdater Prosjektark for å opne det.</translation>
    </message>
    <message>
        <source>Arket er i formatet {sheet_format}, som denne versjonen av Prosjektark ikke kan oppgradere til {newest}.</source>
        <translation>Arket er i formatet {sheet_format}, som denne versjonen av Prosjektark ikkje kan oppgradere til {newest}.</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>Ikke utfylt</source>
        <translation>Ikkje fylt ut</translation>
    </message>
    <message>
        <source>{size} byte</source>
        <translation>{size} byte</translation>
    </message>
    <message>
        <source>Kvittert av {who} {date}</source>
        <translation>Kvittert av {who} {date}</translation>
    </message>
    <message>
        <source>Kvittert {date}</source>
        <translation>Kvittert {date}</translation>
    </message>
    <message>
        <source>Ikke besvart</source>
        <translation>Ikkje svara</translation>
    </message>
</context>
<context>
    <name>frames</name>
    <message>
        <source>«{path}» er en mappe; oppgi rammefilen (CSV).</source>
        <translation>«{path}» er ei mappe; oppgje rammefila (CSV).</translation>
    </message>
    <message>
        <source>Fant ikke filen «{path}».</source>
        <translation>Fann ikkje fila «{path}».</translation>
    </message>
    <message>
        <source>Kunne ikke lese «{path}»: {reason}</source>
        <translation>Kunne ikkje lese «{path}»: {reason}</translation>
    </message>
    <message>
        <source>{file} ble ikke tatt inn (én linje må rettes); rammene er ikke endret.</source>
        <translation>{file} vart ikkje teken inn (éi linje må rettast); rammene er ikkje endra.</translation>
    </message>
    <message>
        <source>{file} ble ikke tatt inn ({n} linjer må rettes); rammene er ikke endret.</source>
        <translation>{file} vart ikkje teken inn ({n} linjer må rettast); rammene er ikkje endra.</translation>
    </message>
    <message>
        <source>{file} har ingen rammelinjer under overskriften; rammene er ikke endret. Fyll inn én linje per år, kilde og eventuelt part.</source>
        <translation>{file} har ingen rammelinjer under overskrifta; rammene er ikkje endra. Fyll inn éi linje per år, kjelde og eventuelt part.</translation>
    </message>
    <message>
        <source>{reason} Rammene er ikke endret; prøv igjen.</source>
        <translation>{reason} Rammene er ikkje endra; prøv igjen.</translation>
    </message>
    <message>
        <source>erstattet {n}</source>
        <translation>erstatta {n}</translation>
    </message>
    <message>
        <source>ingen rammer fra før</source>
        <translation>ingen rammer frå før</translation>
    </message>
    <message>
        <source>Tok inn {count} for {programme} fra {file} ({replaced}; versjon {version}).</source>
        <translation>Tok inn {count} for {programme} frå {file} ({replaced}; versjon {version}).</translation>
    </message>
    <message>
        <source>«{path}» er en mappe; oppgi et filnavn, f.eks. rammer.csv.</source>
        <translation>«{path}» er ei mappe; oppgje eit filnamn, t.d. rammer.csv.</translation>
    </message>
    <message>
        <source>Mappen «{path}» finnes ikke.</source>
        <translation>Mappa «{path}» finst ikkje.</translation>
    </message>
    <message>
        <source>Skrev {path}. {programme} har ingen rammer ennå, så filen har bare overskriften: fyll den ut og ta den inn med «prosjektark frames import».</source>
        <translation>Skreiv {path}. {programme} har ingen rammer enno, så fila har berre overskrifta: fyll ho ut og ta ho inn med «prosjektark frames import».</translation>
    </message>
    <message>
        <source>Skrev {path} ({count} for {programme}).</source>
        <translation>Skreiv {path} ({count} for {programme}).</translation>
    </message>
    <message>
        <source>1 rammelinje</source>
        <translation>1 rammelinje</translation>
    </message>
    <message>
        <source>{n} rammelinjer</source>
        <translation>{n} rammelinjer</translation>
    </message>
    <message>
        <source>Linje {line}: {reason}</source>
        <translation>Linje {line}: {reason}</translation>
    </message>
    <message>
        <source>Filen er tom. Første linje skal være overskriften «{header}».</source>
        <translation>Fila er tom. Første linja skal vere overskrifta «{header}».</translation>
    </message>
    <message>
        <source>filen er ikke lagret som UTF-8. Lagre den i Excel som «CSV UTF-8 (kommadelt)», eller velg UTF-8 i programmet du lagrer med.</source>
        <translation>fila er ikkje lagra som UTF-8. Lagre ho i Excel som «CSV UTF-8 (kommadelt)», eller vel UTF-8 i programmet du lagrar med.</translation>
    </message>
    <message>
        <source>beløpet «{amount}» er ikke et tall.</source>
        <translation>beløpet «{amount}» er ikkje eit tal.</translation>
    </message>
    <message>
        <source>beløpet {amount} er negativt; en ramme kan ikke være under null.</source>
        <translation>beløpet {amount} er negativt; ei ramme kan ikkje vere under null.</translation>
    </message>
    <message>
        <source>beløpet har mer enn {decimals} desimaler; rammer oppgis i millioner kroner, med hele tusen kroner som minste enhet.</source>
        <translation>beløpet har meir enn {decimals} desimalar; rammer blir gjevne i millionar kroner, med heile tusen kroner som minste eining.</translation>
    </message>
    <message>
        <source>i {year} kan bare {only} finansiere tiltak («{quote}»), så det kan ikke være en ramme for {source} det året.</source>
        <translation>i {year} kan berre {only} finansiere tiltak («{quote}»), så det kan ikkje vere ei ramme for {source} det året.</translation>
    </message>
    <message>
        <source>samme år, kilde og part som linje {line}.</source>
        <translation>same år, kjelde og part som linje {line}.</translation>
    </message>
    <message>
        <source>samme år, kilde og part står to ganger.</source>
        <translation>same år, kjelde og part står to gonger.</translation>
    </message>
    <message>
        <source>linjen kan ikke leses som CSV: et anførselstegn er ikke lukket før filen slutter.</source>
        <translation>linja kan ikkje lesast som CSV: eit hermeteikn er ikkje lukka før fila sluttar.</translation>
    </message>
    <message>
        <source>linjen kan ikke leses som CSV: etter et lukket anførselstegn kommer mer tekst i samme felt. Sett hele feltet i anførselstegn, og skriv et anførselstegn inni feltet som to (&quot;&quot;).</source>
        <translation>linja kan ikkje lesast som CSV: etter eit lukka hermeteikn kjem meir tekst i same feltet. Set heile feltet i hermeteikn, og skriv eit hermeteikn inne i feltet som to (&quot;&quot;).</translation>
    </message>
    <message>
        <source>linjen kan ikke leses som CSV: et felt er lengre enn {limit} tegn.</source>
        <translation>linja kan ikkje lesast som CSV: eit felt er lengre enn {limit} teikn.</translation>
    </message>
    <message>
        <source>linjen kan ikke leses som CSV: se etter et anførselstegn som ikke er lukket, eller som står inni et felt.</source>
        <translation>linja kan ikkje lesast som CSV: sjå etter eit hermeteikn som ikkje er lukka, eller som står inne i eit felt.</translation>
    </message>
    <message>
        <source>overskriften mangler. Første linje skal være «{header}».</source>
        <translation>overskrifta manglar. Første linja skal vere «{header}».</translation>
    </message>
    <message>
        <source>overskriften er «{found}», men skal være «{header}».</source>
        <translation>overskrifta er «{found}», men skal vere «{header}».</translation>
    </message>
    <message>
        <source>linjen har {found} felt, men skal ha {wanted} ({header}). En tom part skrives som to semikolon etter hverandre.</source>
        <translation>linja har {found} felt, men skal ha {wanted} ({header}). Ein tom part blir skriven som to semikolon etter kvarandre.</translation>
    </message>
    <message>
        <source>linjen har {found} felt, men skal ha {wanted} ({header}). En tom part skrives som to komma etter hverandre.</source>
        <translation>linja har {found} felt, men skal ha {wanted} ({header}). Ein tom part blir skriven som to komma etter kvarandre.</translation>
    </message>
    <message>
        <source>kilden mangler. {known}</source>
        <translation>kjelda manglar. {known}</translation>
    </message>
    <message>
        <source>året mangler.</source>
        <translation>året manglar.</translation>
    </message>
    <message>
        <source>«{text}» er ikke et årstall.</source>
        <translation>«{text}» er ikkje eit årstal.</translation>
    </message>
    <message>
        <source>beløpet mangler.</source>
        <translation>beløpet manglar.</translation>
    </message>
    <message>
        <source>«{text}» kan leses både som {plain} og {typed}. Skriv tallet uten punktum ({plain}), eller med komma som desimaltegn ({typed}).</source>
        <translation>«{text}» kan lesast både som {plain} og {typed}. Skriv talet utan punktum ({plain}), eller med komma som desimalteikn ({typed}).</translation>
    </message>
    <message>
        <source>«{text}» kan leses både som {plain} og {typed}. Skriv tallet uten komma ({plain}), eller med punktum som desimaltegn ({typed}).</source>
        <translation>«{text}» kan lesast både som {plain} og {typed}. Skriv talet utan komma ({plain}), eller med punktum som desimalteikn ({typed}).</translation>
    </message>
    <message>
        <source>beløpet «{text}» er ikke et tall i millioner kroner.</source>
        <translation>beløpet «{text}» er ikkje eit tal i millionar kroner.</translation>
    </message>
    <message>
        <source>beløpet «{text}» er ikke et tall i millioner kroner. Bruk komma som desimaltegn: {fixed}.</source>
        <translation>beløpet «{text}» er ikkje eit tal i millionar kroner. Bruk komma som desimalteikn: {fixed}.</translation>
    </message>
    <message>
        <source>beløpet «{text}» er ikke et tall i millioner kroner. Bruk punktum som desimaltegn: {fixed}.</source>
        <translation>beløpet «{text}» er ikkje eit tal i millionar kroner. Bruk punktum som desimalteikn: {fixed}.</translation>
    </message>
    <message>
        <source>Avtaleprofilen {profile} har ingen programperiode (period_start og period_end), så det finnes ingen år å sette rammer for.</source>
        <translation>Avtaleprofilen {profile} har ingen programperiode (period_start og period_end), så det finst ingen år å setje rammer for.</translation>
    </message>
    <message>
        <source>året {year} er utenfor programperioden {first}–{last}.</source>
        <translation>året {year} er utanfor programperioden {first}–{last}.</translation>
    </message>
    <message>
        <source>ukjent finansieringskilde «{source}». {known}</source>
        <translation>ukjend finansieringskjelde «{source}». {known}</translation>
    </message>
    <message>
        <source>ukjent part «{party}». {known}</source>
        <translation>ukjend part «{party}». {known}</translation>
    </message>
    <message>
        <source>Kjente kilder i {profile}: {known}.</source>
        <translation>Kjende kjelder i {profile}: {known}.</translation>
    </message>
    <message>
        <source>Kjente parter i {profile}: {known}. Tom part er hele programmets ramme.</source>
        <translation>Kjende partar i {profile}: {known}. Tom part er ramma til heile programmet.</translation>
    </message>
    <message>
        <source>Rammen for {year}, {source}, hele programmet</source>
        <translation>Ramma for {year}, {source}, heile programmet</translation>
    </message>
    <message>
        <source>Rammen for {year}, {source}, {party}</source>
        <translation>Ramma for {year}, {source}, {party}</translation>
    </message>
</context>
<context>
    <name>frames_dialog</name>
    <message>
        <source>Hele programmet</source>
        <translation>Heile programmet</translation>
    </message>
    <message>
        <source>Rammer – {programme}</source>
        <translation>Rammer – {programme}</translation>
    </message>
    <message>
        <source>Pengene {programme} har til rådighet per år og finansieringskilde, i millioner kroner. Velg en part når avtalen setter av en pott til en part eller kommune; «Hele programmet» er programmets egen ramme.</source>
        <translation>Pengane {programme} har til rådvelde per år og finansieringskjelde, i millionar kroner. Vel ein part når avtalen set av ein pott til ein part eller kommune; «Heile programmet» er ramma til programmet sjølv.</translation>
    </message>
    <message>
        <source>Rammer</source>
        <translation>Rammer</translation>
    </message>
    <message>
        <source>År</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Kjelde</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Beløp (MNOK)</source>
        <translation>Beløp (MNOK)</translation>
    </message>
    <message>
        <source>Problemer med rammene</source>
        <translation>Problem med rammene</translation>
    </message>
    <message>
        <source>&amp;Legg til linje</source>
        <translation>&amp;Legg til linje</translation>
    </message>
    <message>
        <source>&amp;Fjern linje</source>
        <translation>&amp;Fjern linje</translation>
    </message>
    <message>
        <source>&amp;Importer …</source>
        <translation>&amp;Importer …</translation>
    </message>
    <message>
        <source>&amp;Eksporter …</source>
        <translation>&amp;Eksporter …</translation>
    </message>
    <message>
        <source>La&amp;gre</source>
        <translation>La&amp;gre</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Last inn på &amp;nytt</source>
        <translation>Last inn på &amp;nytt</translation>
    </message>
    <message>
        <source>Bruk mine tall igjen</source>
        <translation>Bruk tala mine igjen</translation>
    </message>
    <message>
        <source>Sett inn igjen rammene du ikke fikk lagret; «Lagre» lagrer dem over de nye.</source>
        <translation>Set inn att rammene du ikkje fekk lagra; «Lagre» lagrar dei over dei nye.</translation>
    </message>
    <message>
        <source>Kunne ikke lese rammene: {error}</source>
        <translation>Kunne ikkje lese rammene: {error}</translation>
    </message>
    <message>
        <source>Sist lagret av {who} {when} (versjon {version}).</source>
        <translation>Sist lagra av {who} {when} (versjon {version}).</translation>
    </message>
    <message>
        <source>ukjent</source>
        <translation>ukjend</translation>
    </message>
    <message>
        <source>Rammene er ikke lagt inn ennå.</source>
        <translation>Rammene er ikkje lagde inn enno.</translation>
    </message>
    <message>
        <source>Tallene dine som ikke ble lagret, er tatt vare på: «Bruk mine tall igjen» setter dem inn i tabellen.</source>
        <translation>Tala dine som ikkje vart lagra, er tekne vare på: «Bruk tala mine igjen» set dei inn i tabellen.</translation>
    </message>
    <message>
        <source>Tallene dine står i tabellen igjen. «Lagre» lagrer dem i stedet for de som er lagret nå.</source>
        <translation>Tala dine står i tabellen igjen. «Lagre» lagrar dei i staden for dei som er lagra no.</translation>
    </message>
    <message>
        <source>Beløp i millioner kroner</source>
        <translation>Beløp i millionar kroner</translation>
    </message>
    <message>
        <source>Linje {line}: {error}</source>
        <translation>Linje {line}: {error}</translation>
    </message>
    <message>
        <source>Importer rammer</source>
        <translation>Importer rammer</translation>
    </message>
    <message>
        <source>CSV-filer (*.csv);;Alle filer (*)</source>
        <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Kunne ikke lese «{file}»: {error}</source>
        <translation>Kunne ikkje lese «{file}»: {error}</translation>
    </message>
    <message>
        <source>«{file}» ble ikke importert. Rett disse linjene i filen og prøv igjen (linje 1 er overskriften):</source>
        <translation>«{file}» vart ikkje importert. Rett desse linjene i fila og prøv igjen (linje 1 er overskrifta):</translation>
    </message>
    <message>
        <source>Importert 1 linje fra «{file}». Trykk «Lagre» for å ta den i bruk.</source>
        <translation>Importerte 1 linje frå «{file}». Trykk «Lagre» for å ta ho i bruk.</translation>
    </message>
    <message>
        <source>Importert {n} linjer fra «{file}». Trykk «Lagre» for å ta dem i bruk.</source>
        <translation>Importerte {n} linjer frå «{file}». Trykk «Lagre» for å ta dei i bruk.</translation>
    </message>
    <message>
        <source>Eksporter rammer</source>
        <translation>Eksporter rammer</translation>
    </message>
    <message>
        <source>CSV-filer (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Rammene kan ikke eksporteres før disse er rettet:</source>
        <translation>Rammene kan ikkje eksporterast før desse er retta:</translation>
    </message>
    <message>
        <source>Kunne ikke skrive «{file}»: {error}</source>
        <translation>Kunne ikkje skrive «{file}»: {error}</translation>
    </message>
    <message>
        <source>Eksportert til «{file}».</source>
        <translation>Eksportert til «{file}».</translation>
    </message>
    <message>
        <source>Rammene er ikke lagret. Rett dette først:</source>
        <translation>Rammene er ikkje lagra. Rett dette først:</translation>
    </message>
    <message>
        <source>{error}
Tallene i tabellen står her fortsatt. «Last inn på nytt» viser de lagrede, og «Bruk mine tall igjen» setter dine inn igjen etterpå.</source>
        <translation>{error}
Tala i tabellen står her framleis. «Last inn på nytt» viser dei lagra, og «Bruk tala mine igjen» set dine inn att etterpå.</translation>
    </message>
    <message>
        <source>Rammene er ikke lagret: {error}</source>
        <translation>Rammene er ikkje lagra: {error}</translation>
    </message>
    <message>
        <source>Lagret (versjon {version}).</source>
        <translation>Lagra (versjon {version}).</translation>
    </message>
    <message>
        <source>Rammene i tabellen er ikke lagret. Lukke uten å lagre?</source>
        <translation>Rammene i tabellen er ikkje lagra. Vil du lukke utan å lagre?</translation>
    </message>
</context>
<context>
    <name>funding</name>
    <message>
        <source>Bekreft at midlene er en ekstra innsats som ikke erstatter andre offentlige eller private bevilgninger.</source>
        <translation>Stadfest at midlane er ein ekstra innsats som ikkje erstattar andre offentlege eller private løyvingar.</translation>
    </message>
    <message>
        <source>Vegeier må ha forpliktet seg til å drifte og vedlikeholde anlegget.</source>
        <translation>Vegeigaren må ha forplikta seg til å drifte og halde ved like anlegget.</translation>
    </message>
    <message>
        <source>Drift og vedlikehold finansieres ikke. Velg unntaket søknaden faller inn under ({exceptions}), eller ta driften ut.</source>
        <translation>Drift og vedlikehald blir ikkje finansierte. Vel unntaket søknaden fell inn under ({exceptions}), eller ta drifta ut.</translation>
    </message>
    <message>
        <source>Drift og vedlikehold finansieres ikke. {programme} har ingen unntak; ta driften ut av søknaden.</source>
        <translation>Drift og vedlikehald blir ikkje finansierte. {programme} har ingen unntak; ta drifta ut av søknaden.</translation>
    </message>
    <message>
        <source>Beskriv merverdien for trafikanten: hvordan ombyggingen blir funksjonelt forskjellig fra det opprinnelige anlegget (f.eks. større bredde, rød asfalt, sykkelveg med fortau).</source>
        <translation>Skildre meirverdien for trafikanten: korleis ombygginga blir funksjonelt ulik det opphavlege anlegget (t.d. større breidd, raud asfalt, sykkelveg med fortau).</translation>
    </message>
    <message>
        <source>Registreringer og planer for å avklare behov finansieres normalt ikke. Begrunn eller ta dem ut av søknaden.</source>
        <translation>Registreringar og planar for å avklare behov blir normalt ikkje finansierte. Grunngje dei eller ta dei ut av søknaden.</translation>
    </message>
    <message>
        <source>En prosjektpakke skal være knyttet til én kommune; arket har {count} ({municipalities}).</source>
        <translation>Ein prosjektpakke skal vere knytt til éin kommune; arket har {count} ({municipalities}).</translation>
    </message>
    <message>
        <source>En prosjektpakke skal ha én ansvarlig etat; «{agency}» er ikke én av etatene i {programme}.</source>
        <translation>Ein prosjektpakke skal ha éin ansvarleg etat; «{agency}» er ikkje ein av etatane i {programme}.</translation>
    </message>
    <message>
        <source>En sekkepost skal ha én ansvarlig etat; «{agency}» er ikke én av etatene i {programme}.</source>
        <translation>Ein sekkepost skal ha éin ansvarleg etat; «{agency}» er ikkje ein av etatane i {programme}.</translation>
    </message>
    <message>
        <source>Sekkeposten dekker {count} kommuner ({municipalities}), men bare sekkeposter der {agencies} er ansvarlig etat kan finansiere tiltak i flere kommuner. Del den opp per kommune, eller rett ansvarlig etat. «{quote}»</source>
        <translation>Sekkeposten dekkjer {count} kommunar ({municipalities}), men berre sekkepostar der {agencies} er ansvarleg etat, kan finansiere tiltak i fleire kommunar. Del han opp per kommune, eller rett ansvarleg etat. «{quote}»</translation>
    </message>
    <message>
        <source>Sekkeposten har {amount} MNOK i {year}; grensen er {cap} MNOK per sekkepost per år.</source>
        <translation>Sekkeposten har {amount} MNOK i {year}; grensa er {cap} MNOK per sekkepost per år.</translation>
    </message>
    <message>
        <source>Legg inn finansiering per år og kilde (minst ett beløp over null).</source>
        <translation>Legg inn finansiering per år og kjelde (minst eitt beløp over null).</translation>
    </message>
    <message>
        <source>{amount} MNOK i {year} fra «{source}»: det året kan bare «{only}» finansiere. Flytt beløpet til et annet år eller en annen kilde. «{quote}»</source>
        <translation>{amount} MNOK i {year} frå «{source}»: det året kan berre «{only}» finansiere. Flytt beløpet til eit anna år eller ei anna kjelde. «{quote}»</translation>
    </message>
    <message>
        <source>Beløpet for {year} ligger utenfor {programme} ({start}–{end}).</source>
        <translation>Beløpet for {year} ligg utanfor {programme} ({start}–{end}).</translation>
    </message>
</context>
<context>
    <name>goals</name>
    <message>
        <source>Målet «{goal}» finnes ikke i {programme}.</source>
        <translation>Målet «{goal}» finst ikkje i {programme}.</translation>
    </message>
    <message>
        <source>Målet «{goal}» har {score} poeng uten begrunnelse.</source>
        <translation>Målet «{goal}» har {score} poeng utan grunngjeving.</translation>
    </message>
    <message>
        <source>Gi poeng (1–{max}) med begrunnelse for minst ett av programmets mål.</source>
        <translation>Gje poeng (1–{max}) med grunngjeving for minst eitt av måla i programmet.</translation>
    </message>
</context>
<context>
    <name>handover</name>
    <message>
        <source>oppgi --name med navnet på den nye eieren (som i sertifikatet).</source>
        <translation>oppgje --name med namnet på den nye eigaren (som i sertifikatet).</translation>
    </message>
    <message>
        <source>Prosjektarket {id} er overført fra {previous} (SHA-256 {from_fingerprint}) til {name} (SHA-256 {to_fingerprint}).</source>
        <translation>Prosjektarket {id} er overført frå {previous} (SHA-256 {from_fingerprint}) til {name} (SHA-256 {to_fingerprint}).</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(utan namn)</translation>
    </message>
    <message>
        <source>Registrert av {who}.</source>
        <translation>Registrert av {who}.</translation>
    </message>
    <message>
        <source>Pakker fra den nye eieren tas nå imot; pakker fra den forrige avvises.</source>
        <translation>Pakkar frå den nye eigaren blir no tekne imot; pakkar frå den førre blir avviste.</translation>
    </message>
    <message>
        <source>Fant ikke prosjektarket {id}, og ingen pakke for det er levert hit.</source>
        <translation>Fann ikkje prosjektarket {id}, og ingen pakke for det er levert hit.</translation>
    </message>
    <message>
        <source>Eier: ingen ennå. Den første gyldige pakken for arket gjør avsenderen til eier.</source>
        <translation>Eigar: ingen enno. Den første gyldige pakken for arket gjer avsendaren til eigar.</translation>
    </message>
    <message>
        <source>Eier: {name} (SHA-256 {fingerprint}), siden {since}.</source>
        <translation>Eigar: {name} (SHA-256 {fingerprint}), sidan {since}.</translation>
    </message>
    <message>
        <source>Overføringer: ingen.</source>
        <translation>Overføringar: ingen.</translation>
    </message>
    <message>
        <source>Overføringer:</source>
        <translation>Overføringar:</translation>
    </message>
    <message>
        <source>{when}: fra SHA-256 {from_fingerprint} til {name} (SHA-256 {to_fingerprint}), av {who}.</source>
        <translation>{when}: frå SHA-256 {from_fingerprint} til {name} (SHA-256 {to_fingerprint}), av {who}.</translation>
    </message>
    <message>
        <source>Begrunnelse: {reason}</source>
        <translation>Grunngjeving: {reason}</translation>
    </message>
    <message>
        <source>{name} (uten sertifikat)</source>
        <translation>{name} (utan sertifikat)</translation>
    </message>
</context>
<context>
    <name>help_panel</name>
    <message>
        <source>Gå til et felt for å se hjelpeteksten for det.</source>
        <translation>Gå til eit felt for å sjå hjelpeteksten for det.</translation>
    </message>
    <message>
        <source>Gå til et felt i skjemaet for å se hjelpeteksten og kilden for det.</source>
        <translation>Gå til eit felt i skjemaet for å sjå hjelpeteksten og kjelda for det.</translation>
    </message>
    <message>
        <source>Kilde: {source}</source>
        <translation>Kjelde: {source}</translation>
    </message>
    <message>
        <source>{programme}: «{text}» Kilde: {document}.</source>
        <translation>{programme}: «{text}» Kjelde: {document}.</translation>
    </message>
    <message>
        <source>Hjelp</source>
        <translation>Hjelp</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Sakshistorikk for «{title}» ({id}), eldste først:</source>
        <translation>Sakshistorikk for «{title}» ({id}), eldste først:</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(utan namn)</translation>
    </message>
    <message>
        <source>Ingen hendelser er registrert.</source>
        <translation>Ingen hendingar er registrerte.</translation>
    </message>
    <message>
        <source>Fant ikke prosjektarket {id} i den lokale databasen.</source>
        <translation>Fann ikkje prosjektarket {id} i den lokale databasen.</translation>
    </message>
    <message>
        <source>Viser saksstatusene med id-ene sine: {reason}</source>
        <translation>Viser saksstatusane med id-ane sine: {reason}</translation>
    </message>
</context>
<context>
    <name>history_view</name>
    <message>
        <source>Tidspunkt</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Hendelse</source>
        <translation>Hending</translation>
    </message>
    <message>
        <source>Revisjon</source>
        <translation>Revisjon</translation>
    </message>
    <message>
        <source>Saksstatus</source>
        <translation>Saksstatus</translation>
    </message>
    <message>
        <source>Utført av</source>
        <translation>Utført av</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Sakshistorikk</source>
        <translation>Sakshistorikk</translation>
    </message>
    <message>
        <source>Alt som har skjedd med arket, nyeste først. Piltastene flytter mellom hendelsene; Ctrl+C kopierer de valgte.</source>
        <translation>Alt som har skjedd med arket, nyaste først. Piltastane flyttar mellom hendingane; Ctrl+C kopierer dei valde.</translation>
    </message>
    <message>
        <source>Kunne ikke lese sakshistorikken: {error}</source>
        <translation>Kunne ikkje lese sakshistorikken: {error}</translation>
    </message>
    <message>
        <source>SHA-256-fingeravtrykk: {fingerprint}</source>
        <translation>SHA-256-fingeravtrykk: {fingerprint}</translation>
    </message>
    <message>
        <source>1 hendelse, nyeste først. Ctrl+C kopierer de valgte radene.</source>
        <translation>1 hending, nyaste først. Ctrl+C kopierer dei valde radene.</translation>
    </message>
    <message>
        <source>{count} hendelser, nyeste først. Ctrl+C kopierer de valgte radene.</source>
        <translation>{count} hendingar, nyaste først. Ctrl+C kopierer dei valde radene.</translation>
    </message>
    <message>
        <source>Ingen hendelser er registrert for dette arket ennå.</source>
        <translation>Ingen hendingar er registrerte for dette arket enno.</translation>
    </message>
    <message>
        <source>Sakshistorikk – {title}</source>
        <translation>Sakshistorikk – {title}</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(utan namn)</translation>
    </message>
    <message>
        <source>&amp;Kopier</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>Kopier de valgte hendelsene (alle når ingen er valgt)</source>
        <translation>Kopier dei valde hendingane (alle når ingen er valde)</translation>
    </message>
    <message>
        <source>&amp;Oppdater</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Les sakshistorikken på nytt</source>
        <translation>Les sakshistorikken på nytt</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>identity</name>
    <message>
        <source>Miljøvariabelen {var} er ikke satt eller er tom; den skal holde passordet.</source>
        <translation>Miljøvariabelen {var} er ikkje sett eller er tom; han skal halde passordet.</translation>
    </message>
    <message>
        <source>Det finnes allerede en identitet i {folder}. Flytt eller slett {file} først; ellers mister du nøkkelen din.</source>
        <translation>Det finst allereie ein identitet i {folder}. Flytt eller slett {file} først; elles mistar du nøkkelen din.</translation>
    </message>
    <message>
        <source>Navn:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>E-post:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <source>Organisasjon:</source>
        <translation>Organisasjon:</translation>
    </message>
    <message>
        <source>Gyldig:</source>
        <translation>Gyldig:</translation>
    </message>
    <message>
        <source>Ny identitet lagret i {path}</source>
        <translation>Ny identitet lagra i {path}</translation>
    </message>
    <message>
        <source>Fant ikke filen {path}.</source>
        <translation>Fann ikkje fila {path}.</translation>
    </message>
    <message>
        <source>Identitet importert til {path}</source>
        <translation>Identitet importert til {path}</translation>
    </message>
    <message>
        <source>1 sertifikat</source>
        <translation>1 sertifikat</translation>
    </message>
    <message>
        <source>{n} sertifikater</source>
        <translation>{n} sertifikat</translation>
    </message>
    <message>
        <source>Kjede:</source>
        <translation>Kjede:</translation>
    </message>
    <message>
        <source>Kunne ikke skrive {path}: {reason}</source>
        <translation>Kunne ikkje skrive {path}: {reason}</translation>
    </message>
    <message>
        <source>Sertifikatet (PEM) er skrevet til {path}</source>
        <translation>Sertifikatet (PEM) er skrive til {path}</translation>
    </message>
    <message>
        <source>Kunne ikke lagre identiteten i {path}: {reason}</source>
        <translation>Kunne ikkje lagre identiteten i {path}: {reason}</translation>
    </message>
    <message>
        <source>Navn må fylles ut.</source>
        <translation>Namn må fyllast ut.</translation>
    </message>
    <message>
        <source>Oppgi en gyldig e-postadresse.</source>
        <translation>Oppgje ei gyldig e-postadresse.</translation>
    </message>
    <message>
        <source>Feil passord, eller filen er ikke en gyldig PKCS#12-fil: {path}</source>
        <translation>Feil passord, eller fila er ikkje ei gyldig PKCS#12-fil: {path}</translation>
    </message>
    <message>
        <source>Kunne ikke lese PKCS#12-filen {path}: {reason}</source>
        <translation>Kunne ikkje lese PKCS#12-fila {path}: {reason}</translation>
    </message>
    <message>
        <source>PKCS#12-filen {path} mangler privat nøkkel eller sertifikat.</source>
        <translation>PKCS#12-fila {path} manglar privat nøkkel eller sertifikat.</translation>
    </message>
    <message>
        <source>Nøkkeltypen støttes ikke (bare EC og RSA).</source>
        <translation>Nøkkeltypen er ikkje støtta (berre EC og RSA).</translation>
    </message>
    <message>
        <source>Nøkkelen er en RSA-PSS-nøkkel, som ikke støttes. Be om et sertifikat med EC-nøkkel eller vanlig RSA-nøkkel.</source>
        <translation>Nøkkelen er ein RSA-PSS-nøkkel, som ikkje er støtta. Be om eit sertifikat med EC-nøkkel eller vanleg RSA-nøkkel.</translation>
    </message>
    <message>
        <source>Sertifikatet i PKCS#12-filen hører ikke til den private nøkkelen.</source>
        <translation>Sertifikatet i PKCS#12-fila høyrer ikkje til den private nøkkelen.</translation>
    </message>
    <message>
        <source>Fant ingen identitet i {path}.</source>
        <translation>Fann ingen identitet i {path}.</translation>
    </message>
    <message>
        <source>Kunne ikke lese {path}: {reason}</source>
        <translation>Kunne ikkje lese {path}: {reason}</translation>
    </message>
    <message>
        <source>Passordet til filen er ikke godt nok til å beskytte nøkkelen på denne maskinen. {hint} Velg et nytt passord for identiteten. {advice}</source>
        <translation>Passordet til fila er ikkje godt nok til å verne nøkkelen på denne maskina. {hint} Vel eit nytt passord for identiteten. {advice}</translation>
    </message>
    <message>
        <source>Identiteten er ikke lagret ennå, så passordet kan ikke byttes.</source>
        <translation>Identiteten er ikkje lagra enno, så passordet kan ikkje bytast.</translation>
    </message>
    <message>
        <source>Du har ingen signeringsidentitet ennå. Lag en med «prosjektark identity new».</source>
        <translation>Du har ingen signeringsidentitet enno. Lag ein med «prosjektark identity new».</translation>
    </message>
    <message>
        <source>Kunne ikke lese sertifikatet i {path}.</source>
        <translation>Kunne ikkje lese sertifikatet i {path}.</translation>
    </message>
</context>
<context>
    <name>identity_wizard</name>
    <message>
        <source>Passordet er det eneste som står mellom en kopi av identitetsfilen (fra en stjålet PC eller en sikkerhetskopi) og en signatur i ditt navn. Den som har filen, kan prøve millioner av passord uten at noen merker det. Bruk minst 12 tegn, helst fire eller flere vanlige ord som ikke hører sammen. Unngå kjente passord, navnet ditt og årstall. Glemmer du passordet, må du lage en ny identitet.</source>
        <translation>Passordet er det einaste som står mellom ein kopi av identitetsfila (frå ein stolen PC eller ein tryggleikskopi) og ein signatur i namnet ditt. Den som har fila, kan prøve millionar av passord utan at nokon merkar det. Bruk minst 12 teikn, helst fire eller fleire vanlege ord som ikkje høyrer saman. Unngå kjende passord, namnet ditt og årstal. Gløymer du passordet, må du lage ein ny identitet.</translation>
    </message>
    <message>
        <source>Eksporter sertifikat</source>
        <translation>Eksporter sertifikat</translation>
    </message>
    <message>
        <source>Sertifikat (*.pem)</source>
        <translation>Sertifikat (*.pem)</translation>
    </message>
    <message>
        <source>Kunne ikke eksportere</source>
        <translation>Kunne ikkje eksportere</translation>
    </message>
    <message>
        <source>Kunne ikke skrive {path}: {error}</source>
        <translation>Kunne ikkje skrive {path}: {error}</translation>
    </message>
    <message>
        <source>SHA-256-fingeravtrykk</source>
        <translation>SHA-256-fingeravtrykk</translation>
    </message>
    <message>
        <source>Navn:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>E-post:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <source>Organisasjon:</source>
        <translation>Organisasjon:</translation>
    </message>
    <message>
        <source>Gyldig:</source>
        <translation>Gyldig:</translation>
    </message>
    <message>
        <source>Kopier fingeravtrykk</source>
        <translation>Kopier fingeravtrykk</translation>
    </message>
    <message>
        <source>Eksporter sertifikat (PEM) …</source>
        <translation>Eksporter sertifikat (PEM) …</translation>
    </message>
    <message>
        <source>Signeringsidentitet</source>
        <translation>Signeringsidentitet</translation>
    </message>
    <message>
        <source>For å signere prosjektark trenger du en personlig identitet: en nøkkel som bare du har, og et sertifikat som viser hvem du er.</source>
        <translation>For å signere prosjektark treng du ein personleg identitet: ein nøkkel som berre du har, og eit sertifikat som viser kven du er.</translation>
    </message>
    <message>
        <source>Lag en ny identitet (anbefalt)</source>
        <translation>Lag ein ny identitet (tilrådd)</translation>
    </message>
    <message>
        <source>Importer identitet fra organisasjonen (PKCS#12-fil, .p12/.pfx)</source>
        <translation>Importer identitet frå organisasjonen (PKCS#12-fil, .p12/.pfx)</translation>
    </message>
    <message>
        <source>Identiteten lagres kryptert på denne maskinen og beskyttes av et passord du velger. Sekretariatet trenger sertifikatet ditt (ikke passordet) for å kunne stole på pakkene du sender.</source>
        <translation>Identiteten blir lagra kryptert på denne maskinen og verna av eit passord du vel. Sekretariatet treng sertifikatet ditt (ikkje passordet) for å kunne stole på pakkane du sender.</translation>
    </message>
    <message>
        <source>Du har allerede en identitet. Lager eller importerer du en ny, erstattes den gamle, og pakker signert med den må sekretariatet fortsatt godta med det gamle sertifikatet.</source>
        <translation>Du har allereie ein identitet. Lagar eller importerer du ein ny, blir den gamle erstatta, og pakkar signerte med den må sekretariatet framleis godta med det gamle sertifikatet.</translation>
    </message>
    <message>
        <source>Ja, erstatt den eksisterende identiteten</source>
        <translation>Ja, erstatt den eksisterande identiteten</translation>
    </message>
    <message>
        <source>&amp;Passord:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>&amp;Gjenta passord:</source>
        <translation>&amp;Gjenta passord:</translation>
    </message>
    <message>
        <source>Passordene er ikke like.</source>
        <translation>Passorda er ikkje like.</translation>
    </message>
    <message>
        <source>Skriv det en gang til i feltet under.</source>
        <translation>Skriv det ein gong til i feltet under.</translation>
    </message>
    <message>
        <source>Ny identitet</source>
        <translation>Ny identitet</translation>
    </message>
    <message>
        <source>Navn, e-post og organisasjon står i sertifikatet og vises i signaturen på PDF-en.</source>
        <translation>Namn, e-post og organisasjon står i sertifikatet og blir viste i signaturen på PDF-en.</translation>
    </message>
    <message>
        <source>Fornavn Etternavn</source>
        <translation>Førenamn Etternamn</translation>
    </message>
    <message>
        <source>navn@kommune.no</source>
        <translation>namn@kommune.no</translation>
    </message>
    <message>
        <source>For eksempel Trondheim kommune</source>
        <translation>Til dømes Trondheim kommune</translation>
    </message>
    <message>
        <source>N&amp;avn:</source>
        <translation>N&amp;amn:</translation>
    </message>
    <message>
        <source>&amp;E-post:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Organisasjon:</source>
        <translation>&amp;Organisasjon:</translation>
    </message>
    <message>
        <source>Navn og e-post er hentet fra kontaktpersonen i arket «{title}». Rett dem hvis sertifikatet skal stå på en annen.</source>
        <translation>Namn og e-post er henta frå kontaktpersonen i arket «{title}». Rett dei viss sertifikatet skal stå på ein annan.</translation>
    </message>
    <message>
        <source>Navn og e-post er hentet fra kontaktpersonen i arket. Rett dem hvis sertifikatet skal stå på en annen.</source>
        <translation>Namn og e-post er henta frå kontaktpersonen i arket. Rett dei viss sertifikatet skal stå på ein annan.</translation>
    </message>
    <message>
        <source>Navn er hentet fra kontaktpersonen i arket «{title}». Rett dem hvis sertifikatet skal stå på en annen.</source>
        <translation>Namn er henta frå kontaktpersonen i arket «{title}». Rett det viss sertifikatet skal stå på ein annan.</translation>
    </message>
    <message>
        <source>Navn er hentet fra kontaktpersonen i arket. Rett dem hvis sertifikatet skal stå på en annen.</source>
        <translation>Namn er henta frå kontaktpersonen i arket. Rett det viss sertifikatet skal stå på ein annan.</translation>
    </message>
    <message>
        <source>E-post er hentet fra kontaktpersonen i arket «{title}». Rett dem hvis sertifikatet skal stå på en annen.</source>
        <translation>E-post er henta frå kontaktpersonen i arket «{title}». Rett ho viss sertifikatet skal stå på ein annan.</translation>
    </message>
    <message>
        <source>E-post er hentet fra kontaktpersonen i arket. Rett dem hvis sertifikatet skal stå på en annen.</source>
        <translation>E-post er henta frå kontaktpersonen i arket. Rett ho viss sertifikatet skal stå på ein annan.</translation>
    </message>
    <message>
        <source>Importer identitet</source>
        <translation>Importer identitet</translation>
    </message>
    <message>
        <source>Velg PKCS#12-filen (.p12 eller .pfx) du har fått fra organisasjonen, og skriv passordet til den. Du kan gi identiteten et nytt passord her.</source>
        <translation>Vel PKCS#12-fila (.p12 eller .pfx) du har fått frå organisasjonen, og skriv passordet til ho. Du kan gi identiteten eit nytt passord her.</translation>
    </message>
    <message>
        <source>Velg fil …</source>
        <translation>Vel fil …</translation>
    </message>
    <message>
        <source>Passord til filen</source>
        <translation>Passord til fila</translation>
    </message>
    <message>
        <source>&amp;Fil:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Passord til filen:</source>
        <translation>&amp;Passord til fila:</translation>
    </message>
    <message>
        <source>&amp;Velg et nytt passord for identiteten på denne maskinen</source>
        <translation>&amp;Vel eit nytt passord for identiteten på denne maskinen</translation>
    </message>
    <message>
        <source>N&amp;ytt passord:</source>
        <translation>N&amp;ytt passord:</translation>
    </message>
    <message>
        <source>&amp;Gjenta nytt passord:</source>
        <translation>&amp;Gjenta nytt passord:</translation>
    </message>
    <message>
        <source>Velg PKCS#12-fil</source>
        <translation>Vel PKCS#12-fil</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx);;Alle filer (*)</source>
        <translation>PKCS#12 (*.p12 *.pfx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Identiteten er klar</source>
        <translation>Identiteten er klar</translation>
    </message>
    <message>
        <source>Send sertifikatet til sekretariatet, så kan de kontrollere at pakkene kommer fra deg. Sammenlign gjerne fingeravtrykket med dem på telefon.</source>
        <translation>Send sertifikatet til sekretariatet, så kan dei kontrollere at pakkane kjem frå deg. Samanlikn gjerne fingeravtrykket med dei på telefon.</translation>
    </message>
    <message>
        <source>Sertifikatet er lagret i {path}</source>
        <translation>Sertifikatet er lagra i {path}</translation>
    </message>
    <message>
        <source>Signeringsidentitet – Prosjektark</source>
        <translation>Signeringsidentitet – Prosjektark</translation>
    </message>
    <message>
        <source>&amp;Neste &gt;</source>
        <translation>&amp;Neste &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Tilbake</source>
        <translation>&lt; &amp;Tilbake</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Ferdig</source>
        <translation>&amp;Ferdig</translation>
    </message>
    <message>
        <source>Min identitet – Prosjektark</source>
        <translation>Min identitet – Prosjektark</translation>
    </message>
    <message>
        <source>Bytt passord …</source>
        <translation>Byt passord …</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Du har ingen signeringsidentitet ennå. Lag en for å kunne signere prosjektark.</source>
        <translation>Du har ingen signeringsidentitet enno. Lag ein for å kunne signere prosjektark.</translation>
    </message>
    <message>
        <source>Lag identitet …</source>
        <translation>Lag identitet …</translation>
    </message>
    <message>
        <source>Dette er sertifikatet pakkene dine signeres med. Send det til sekretariatet («Eksporter sertifikat») og oppgi fingeravtrykket hvis de spør.</source>
        <translation>Dette er sertifikatet pakkane dine blir signerte med. Send det til sekretariatet («Eksporter sertifikat») og oppgi fingeravtrykket viss dei spør.</translation>
    </message>
    <message>
        <source>Ny eller importert identitet …</source>
        <translation>Ny eller importert identitet …</translation>
    </message>
    <message>
        <source>Skriv passordet identiteten har nå.</source>
        <translation>Skriv passordet identiteten har no.</translation>
    </message>
    <message>
        <source>Lås opp</source>
        <translation>Lås opp</translation>
    </message>
    <message>
        <source>Bytt passord – Prosjektark</source>
        <translation>Byt passord – Prosjektark</translation>
    </message>
</context>
<context>
    <name>importer</name>
    <message>
        <source>oppgi --trust med sertifikatet (PEM) til avsenderen, eller en mappe med sertifikatene du stoler på. Uten tillitsliste importeres ingenting.</source>
        <translation>oppgje --trust med sertifikatet (PEM) til avsendaren, eller ei mappe med sertifikata du stolar på. Utan tillitsliste blir ingenting importert.</translation>
    </message>
    <message>
        <source>{file}: hoppet over – filen er ikke komplett (den kopieres fortsatt, eller er skadet) og importeres ikke nå.</source>
        <translation>{file}: hoppa over – fila er ikkje komplett (ho blir framleis kopiert, eller er skadd) og blir ikkje importert no.</translation>
    </message>
    <message>
        <source>Ingen pakker (.asice) i {path}.</source>
        <translation>Ingen pakkar (.asice) i {path}.</translation>
    </message>
</context>
<context>
    <name>index_adjustment</name>
    <message>
        <source>Legg inn året under Verktøy → Prisindeks …, eller velg et annet år.</source>
        <translation>Legg inn året under Verktøy → Prisindeks …, eller vel eit anna år.</translation>
    </message>
    <message>
        <source>Har du et beløp i et annet års kroner, regner du det om til programmets prisnivå med prisindeksen i avtaleprofilen: beløp × indeks(programmets år) / indeks(beløpets år). Tabellen kan du rette under Verktøy → Prisindeks …. «Bruk som forventet kostnad» setter forventet kostnad og prisnivå, og tar vare på det opprinnelige beløpet.</source>
        <translation>Har du eit beløp i kroner frå eit anna år, reknar du det om til prisnivået i programmet med prisindeksen i avtaleprofilen: beløp × indeks(året til programmet) / indeks(året til beløpet). Tabellen kan du rette under Verktøy → Prisindeks …. «Bruk som forventa kostnad» set forventa kostnad og prisnivå, og tek vare på det opphavlege beløpet.</translation>
    </message>
    <message>
        <source>Omregn fra annet kroneår</source>
        <translation>Rekn om frå anna kroneår</translation>
    </message>
    <message>
        <source>Samme kroneår som programmet: ingen omregning.</source>
        <translation>Same kroneår som programmet: inga omrekning.</translation>
    </message>
    <message>
        <source>{amount} × {to_index} (indeks {to_year}) / {from_index} (indeks {from_year}) = {result} MNOK</source>
        <translation>{amount} × {to_index} (indeks {to_year}) / {from_index} (indeks {from_year}) = {result} MNOK</translation>
    </message>
    <message>
        <source>{programme} har ennå ikke fastsatt et prisnivå (kroneår).</source>
        <translation>{programme} har enno ikkje fastsett eit prisnivå (kroneår).</translation>
    </message>
    <message>
        <source>Prisindeksen har ikke tall for {year}.</source>
        <translation>Prisindeksen har ikkje tal for {year}.</translation>
    </message>
    <message>
        <source>Prisindeksen har ikke tall for {first} og {second}.</source>
        <translation>Prisindeksen har ikkje tal for {first} og {second}.</translation>
    </message>
    <message>
        <source>f.eks. 12,5</source>
        <translation>t.d. 12,5</translation>
    </message>
    <message>
        <source>Beløp i annet kroneår</source>
        <translation>Beløp i anna kroneår</translation>
    </message>
    <message>
        <source>Kroneår for beløpet</source>
        <translation>Kroneår for beløpet</translation>
    </message>
    <message>
        <source>&amp;Beløp</source>
        <translation>&amp;Beløp</translation>
    </message>
    <message>
        <source>i kr&amp;oneår</source>
        <translation>i kr&amp;oneår</translation>
    </message>
    <message>
        <source>Bruk som forventet kostnad</source>
        <translation>Bruk som forventa kostnad</translation>
    </message>
    <message>
        <source>Setter forventet kostnad til det omregnede beløpet og prisnivået til programmets kroneår. Det opprinnelige beløpet og året tas vare på.</source>
        <translation>Set forventa kostnad til det omrekna beløpet og prisnivået til kroneåret i programmet. Det opphavlege beløpet og året blir tekne vare på.</translation>
    </message>
    <message>
        <source>Har du et beløp i et annet års kroner? Regn det om til programmets prisnivå ({year}-kroner) med prisindeksen i avtaleprofilen.</source>
        <translation>Har du eit beløp i kroner frå eit anna år? Rekn det om til prisnivået i programmet ({year}-kroner) med prisindeksen i avtaleprofilen.</translation>
    </message>
    <message>
        <source>{programme} har ennå ikke fastsatt et prisnivå (kroneår), så beløp kan ikke regnes om ennå.</source>
        <translation>{programme} har enno ikkje fastsett eit prisnivå (kroneår), så beløp kan ikkje reknast om enno.</translation>
    </message>
    <message>
        <source>Velg hvilket år beløpet er i kroner for.</source>
        <translation>Vel kva år beløpet er i kroner for.</translation>
    </message>
    <message>
        <source>{amount} MNOK i {from_year}-kroner = {result} MNOK i {to_year}-kroner</source>
        <translation>{amount} MNOK i {from_year}-kroner = {result} MNOK i {to_year}-kroner</translation>
    </message>
    <message>
        <source>Lagret i arket: forventet kostnad er regnet om fra {amount} MNOK i {year}-kroner.</source>
        <translation>Lagra i arket: forventa kostnad er rekna om frå {amount} MNOK i {year}-kroner.</translation>
    </message>
</context>
<context>
    <name>inputs</name>
    <message>
        <source>lav</source>
        <translation>låg</translation>
    </message>
    <message>
        <source>mest sannsynlig</source>
        <translation>mest sannsynleg</translation>
    </message>
    <message>
        <source>høy</source>
        <translation>høg</translation>
    </message>
    <message>
        <source>«{text}» er ikke en gyldig dato: datoen finnes ikke. Skriv en dato som dd.mm.åååå.</source>
        <translation>«{text}» er ikkje ein gyldig dato: datoen finst ikkje. Skriv ein dato som dd.mm.åååå.</translation>
    </message>
    <message>
        <source>«{text}» er ikke lagret som dato. Skriv datoen på nytt.</source>
        <translation>«{text}» er ikkje lagra som dato. Skriv datoen på nytt.</translation>
    </message>
    <message>
        <source>«{text}» er ikke en dato. Skriv datoen som dd.mm.åååå, for eksempel 01.06.2026.</source>
        <translation>«{text}» er ikkje ein dato. Skriv datoen som dd.mm.åååå, til dømes 01.06.2026.</translation>
    </message>
    <message>
        <source>«{text}» har for mange desimaler: bruk høyst {places}.</source>
        <translation>«{text}» har for mange desimalar: bruk høgst {places}.</translation>
    </message>
    <message>
        <source>«{text}» er ikke et heltall.</source>
        <translation>«{text}» er ikkje eit heiltal.</translation>
    </message>
    <message>
        <source>«{text}» er for stort: høyst {limit}.</source>
        <translation>«{text}» er for stort: høgst {limit}.</translation>
    </message>
    <message>
        <source>«{text}» er for lite: minst {limit}.</source>
        <translation>«{text}» er for lite: minst {limit}.</translation>
    </message>
    <message>
        <source>«{text}» er ikke et gyldig tall for feltet.</source>
        <translation>«{text}» er ikkje eit gyldig tal for feltet.</translation>
    </message>
    <message>
        <source>«{text}» er ikke lagret som tall. Skriv tallet på nytt.</source>
        <translation>«{text}» er ikkje lagra som tal. Skriv talet på nytt.</translation>
    </message>
    <message>
        <source>«{text}» er ikke et tall. Skriv et heltall, for eksempel 2027.</source>
        <translation>«{text}» er ikkje eit tal. Skriv eit heiltal, til dømes 2027.</translation>
    </message>
    <message>
        <source>«{text}» er ikke et tall. Skriv et tall, for eksempel 12,5.</source>
        <translation>«{text}» er ikkje eit tal. Skriv eit tal, til dømes 12,5.</translation>
    </message>
    <message>
        <source>«{text}» er ikke et endelig tall. Skriv et heltall, for eksempel 2027.</source>
        <translation>«{text}» er ikkje eit endeleg tal. Skriv eit heiltal, til dømes 2027.</translation>
    </message>
    <message>
        <source>«{text}» er ikke et endelig tall. Skriv et tall, for eksempel 12,5.</source>
        <translation>«{text}» er ikkje eit endeleg tal. Skriv eit tal, til dømes 12,5.</translation>
    </message>
    <message>
        <source>«{text}» er et negativt beløp. Beløp kan ikke være negative.</source>
        <translation>«{text}» er eit negativt beløp. Beløp kan ikkje vere negative.</translation>
    </message>
    <message>
        <source>«{text}»</source>
        <translation>«{text}»</translation>
    </message>
    <message>
        <source>{amount} MNOK er over grensen for et troverdig prosjekt, {limit} MNOK ({programme}s grense i avtaleprofilen). Beløp skrives i millioner kroner: sjekk at det ikke er skrevet i kroner eller tusen kroner.</source>
        <translation>{amount} MNOK er over grensa for eit truverdig prosjekt, {limit} MNOK (grensa til {programme} i avtaleprofilen). Beløp blir skrivne i millionar kroner: sjekk at det ikkje er skrive i kroner eller tusen kroner.</translation>
    </message>
    <message>
        <source>«{text}» kan ikke brukes i feltet {path}.</source>
        <translation>«{text}» kan ikkje brukast i feltet {path}.</translation>
    </message>
    <message>
        <source>Finansiering {year}, {source}</source>
        <translation>Finansiering {year}, {source}</translation>
    </message>
    <message>
        <source>Kostnadspost {number}, {value}</source>
        <translation>Kostnadspost {number}, {value}</translation>
    </message>
    <message>
        <source>Milepæl {number}, dato</source>
        <translation>Milepæl {number}, dato</translation>
    </message>
    <message>
        <source>Behandling {number}, dato</source>
        <translation>Handsaming {number}, dato</translation>
    </message>
    <message>
        <source>Opprinnelig beløp</source>
        <translation>Opphavleg beløp</translation>
    </message>
    <message>
        <source>«{email}» er ikke en gyldig e-postadresse. Skriv den som navn@domene.no.</source>
        <translation>«{email}» er ikkje ei gyldig e-postadresse. Skriv ho som namn@domene.no.</translation>
    </message>
    <message>
        <source>{field}: {amount} MNOK er et negativt beløp. Beløp kan ikke være negative.</source>
        <translation>{field}: {amount} MNOK er eit negativt beløp. Beløp kan ikkje vere negative.</translation>
    </message>
</context>
<context>
    <name>intake</name>
    <message>
        <source>Importert</source>
        <translation>Importert</translation>
    </message>
    <message>
        <source>Oppdatert</source>
        <translation>Oppdatert</translation>
    </message>
    <message>
        <source>Uendret</source>
        <translation>Uendra</translation>
    </message>
    <message>
        <source>Avvist</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(utan namn)</translation>
    </message>
    <message>
        <source>1 pakke</source>
        <translation>1 pakke</translation>
    </message>
    <message>
        <source>{n} pakker</source>
        <translation>{n} pakkar</translation>
    </message>
    <message>
        <source>{packages}: {imported} importert, {updated} oppdatert, {unchanged} uendret, {refused} avvist.</source>
        <translation>{packages}: {imported} importert, {updated} oppdatert, {unchanged} uendra, {refused} avvist.</translation>
    </message>
    <message>
        <source>Pakken kunne ikke behandles på grunn av en programfeil og er ikke importert.</source>
        <translation>Pakken kunne ikkje handsamast på grunn av ein programfeil og er ikkje importert.</translation>
    </message>
    <message>
        <source>Fant ikke filen.</source>
        <translation>Fann ikkje fila.</translation>
    </message>
    <message>
        <source>Fant ikke {path}.</source>
        <translation>Fann ikkje {path}.</translation>
    </message>
    <message>
        <source>Kan ikke leses; ingenting er importert.</source>
        <translation>Kan ikkje lesast; ingenting er importert.</translation>
    </message>
    <message>
        <source>Pakken besto ikke kontrollen og er ikke importert.</source>
        <translation>Pakken stod ikkje kontrollen og er ikkje importert.</translation>
    </message>
    <message>
        <source>Pakken er gyldig signert, men prosjektark.json er ikke et prosjektark denne versjonen av programmet kan lese.</source>
        <translation>Pakken er gyldig signert, men prosjektark.json er ikkje eit prosjektark denne versjonen av programmet kan lese.</translation>
    </message>
    <message>
        <source>Pakkefilen ble endret mens den ble importert; den er ikke importert.</source>
        <translation>Pakkefila vart endra medan ho vart importert; ho er ikkje importert.</translation>
    </message>
    <message>
        <source>Pakken er gyldig, men kunne ikke lagres i databasen.</source>
        <translation>Pakken er gyldig, men kunne ikkje lagrast i databasen.</translation>
    </message>
    <message>
        <source>Pakken er gyldig signert, men {answers} (svarene på merknadene) kan ikke leses. Ingenting er importert.</source>
        <translation>Pakken er gyldig signert, men {answers} (svara på merknadene) kan ikkje lesast. Ingenting er importert.</translation>
    </message>
    <message>
        <source>Arket ligger i papirkurven.</source>
        <translation>Arket ligg i papirkorga.</translation>
    </message>
    <message>
        <source>«{title}»: du har allerede revisjon {stored}, som er nyere enn pakkens revisjon {package}. Ingenting er endret.</source>
        <translation>«{title}»: du har allereie revisjon {stored}, som er nyare enn revisjon {package} i pakken. Ingenting er endra.</translation>
    </message>
    <message>
        <source>«{title}» revisjon {stored} er allerede importert.</source>
        <translation>«{title}» revisjon {stored} er allereie importert.</translation>
    </message>
    <message>
        <source>«{title}»: revisjon {stored} finnes allerede med et annet innhold enn i pakken. Ingenting er endret; be avsenderen lagre en ny versjon og sende pakken på nytt.</source>
        <translation>«{title}»: revisjon {stored} finst allereie med eit anna innhald enn i pakken. Ingenting er endra; be avsendaren lagre ein ny versjon og sende pakken på nytt.</translation>
    </message>
    <message>
        <source>«{title}» revisjon {revision} lagt inn, signert av {signer} ({errors}, {warnings}).</source>
        <translation>«{title}» revisjon {revision} lagd inn, signert av {signer} ({errors}, {warnings}).</translation>
    </message>
    <message>
        <source>«{title}» revisjon {revision} oppdatert fra revisjon {stored}, signert av {signer} ({errors}, {warnings}).</source>
        <translation>«{title}» revisjon {revision} oppdatert frå revisjon {stored}, signert av {signer} ({errors}, {warnings}).</translation>
    </message>
    <message>
        <source>1 feil</source>
        <translation>1 feil</translation>
    </message>
    <message>
        <source>{n} feil</source>
        <translation>{n} feil</translation>
    </message>
    <message>
        <source>1 advarsel</source>
        <translation>1 åtvaring</translation>
    </message>
    <message>
        <source>{n} advarsler</source>
        <translation>{n} åtvaringar</translation>
    </message>
    <message>
        <source>Vedlegg som mangler i pakken: {names}.</source>
        <translation>Vedlegg som manglar i pakken: {names}.</translation>
    </message>
    <message>
        <source>Tok imot 1 svar på merknader.</source>
        <translation>Tok imot 1 svar på merknader.</translation>
    </message>
    <message>
        <source>Tok imot {n} svar på merknader.</source>
        <translation>Tok imot {n} svar på merknader.</translation>
    </message>
    <message>
        <source>«{title}» tilhører en annen avsender, {owner}. Ingenting er endret.</source>
        <translation>«{title}» høyrer til ein annan avsendar, {owner}. Ingenting er endra.</translation>
    </message>
    <message>
        <source>Arket tilhører {owner} (SHA-256 {fingerprint}), som leverte det hit først eller har fått det overført.</source>
        <translation>Arket høyrer til {owner} (SHA-256 {fingerprint}), som leverte det hit først eller har fått det overført.</translation>
    </message>
    <message>
        <source>Pakken er signert av {sender} (SHA-256 {fingerprint}).</source>
        <translation>Pakken er signert av {sender} (SHA-256 {fingerprint}).</translation>
    </message>
    <message>
        <source>Skal {sender} overta arket, kan sekretariatet overføre det med «{command}» eller med «Overfør arket …» i importvinduet, og så importere pakken på nytt.</source>
        <translation>Skal {sender} ta over arket, kan sekretariatet overføre det med «{command}» eller med «Overfør arket …» i importvindauget, og så importere pakken på nytt.</translation>
    </message>
    <message>
        <source>Vedlegget «{name}» ble skadet under lagring.</source>
        <translation>Vedlegget «{name}» vart skadd under lagring.</translation>
    </message>
</context>
<context>
    <name>intake_dialogs</name>
    <message>
        <source>Signerte pakker (*.asice);;Alle filer (*)</source>
        <translation>Signerte pakkar (*.asice);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Sertifikater og fingeravtrykk (*.pem *.crt *.cer *.sha256 *.txt);;Alle filer (*)</source>
        <translation>Sertifikat og fingeravtrykk (*.pem *.crt *.cer *.sha256 *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>{n} importert</source>
        <translation>{n} importert</translation>
    </message>
    <message>
        <source>{n} oppdatert</source>
        <translation>{n} oppdatert</translation>
    </message>
    <message>
        <source>{n} uendret</source>
        <translation>{n} uendra</translation>
    </message>
    <message>
        <source>{n} avvist</source>
        <translation>{n} avvist</translation>
    </message>
    <message>
        <source>ingen pakker behandlet</source>
        <translation>ingen pakkar handsama</translation>
    </message>
    <message>
        <source>Resultat: {result}.</source>
        <translation>Resultat: {result}.</translation>
    </message>
    <message>
        <source>Importen ble avbrutt; 1 pakke ble ikke behandlet. Det som var importert før det, er beholdt.</source>
        <translation>Importen vart avbroten; 1 pakke vart ikkje handsama. Det som var importert før det, er halde på.</translation>
    </message>
    <message>
        <source>Importen ble avbrutt; {n} pakker ble ikke behandlet. Det som var importert før det, er beholdt.</source>
        <translation>Importen vart avbroten; {n} pakkar vart ikkje handsama. Det som var importert før det, er halde på.</translation>
    </message>
    <message>
        <source>Avviste pakker er ikke lagret; velg en rad for å se hvorfor.</source>
        <translation>Avviste pakkar er ikkje lagra; vel ei rad for å sjå kvifor.</translation>
    </message>
    <message>
        <source>Et ark som tilhører en annen avsender, kan du overføre med «Overfør arket …» når raden er valgt.</source>
        <translation>Eit ark som høyrer til ein annan avsendar, kan du overføre med «Overfør arket …» når rada er vald.</translation>
    </message>
    <message>
        <source>Kontrollerer og importerer {file} …</source>
        <translation>Kontrollerer og importerer {file} …</translation>
    </message>
    <message>
        <source>Pakken kunne ikke behandles på grunn av en programfeil og er ikke importert.</source>
        <translation>Pakken kunne ikkje handsamast på grunn av ein programfeil og er ikkje importert.</translation>
    </message>
    <message>
        <source>Importerer pakker – Prosjektark</source>
        <translation>Importerer pakkar – Prosjektark</translation>
    </message>
    <message>
        <source>Forbereder import …</source>
        <translation>Førebur import …</translation>
    </message>
    <message>
        <source>Avbryter etter pakken som importeres nå …</source>
        <translation>Avbryt etter pakken som blir importert no …</translation>
    </message>
    <message>
        <source>Importer pakker – Prosjektark</source>
        <translation>Importer pakkar – Prosjektark</translation>
    </message>
    <message>
        <source>Velg signerte pakker (.asice) fra arbeidsgruppene og sertifikatene til avsenderne du stoler på. Hver pakke kontrolleres før noe lagres: en pakke som ikke består kontrollen, blir ikke lagt inn. En eldre eller lik revisjon overskriver aldri det du har.</source>
        <translation>Vel signerte pakkar (.asice) frå arbeidsgruppene og sertifikata til avsendarane du stolar på. Kvar pakke blir kontrollert før noko blir lagra: ein pakke som ikkje står i kontrollen, blir ikkje lagd inn. Ein eldre eller lik revisjon skriv aldri over det du har.</translation>
    </message>
    <message>
        <source>Legg til pakker …</source>
        <translation>Legg til pakkar …</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Sertifikat (.pem), fingeravtrykk (.sha256) eller mappe</source>
        <translation>Sertifikat (.pem), fingeravtrykk (.sha256) eller mappe</translation>
    </message>
    <message>
        <source>Fil …</source>
        <translation>Fil …</translation>
    </message>
    <message>
        <source>Mappe …</source>
        <translation>Mappe …</translation>
    </message>
    <message>
        <source>&amp;Pakker:</source>
        <translation>&amp;Pakkar:</translation>
    </message>
    <message>
        <source>&amp;Stol på:</source>
        <translation>&amp;Stol på:</translation>
    </message>
    <message>
        <source>Pakke</source>
        <translation>Pakke</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Prosjektark</source>
        <translation>Prosjektark</translation>
    </message>
    <message>
        <source>&amp;Overfør arket …</source>
        <translation>&amp;Overfør arket …</translation>
    </message>
    <message>
        <source>Gi arket til avsenderen av den valgte pakken, og importer pakken på nytt</source>
        <translation>Gi arket til avsendaren av den valde pakken, og importer pakken på nytt</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Velg pakker</source>
        <translation>Vel pakkar</translation>
    </message>
    <message>
        <source>Velg sertifikat</source>
        <translation>Vel sertifikat</translation>
    </message>
    <message>
        <source>Velg mappe med sertifikater</source>
        <translation>Vel mappe med sertifikat</translation>
    </message>
    <message>
        <source>Tillitslisten kan ikke brukes: {error}</source>
        <translation>Tillitslista kan ikkje brukast: {error}</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(utan namn)</translation>
    </message>
    <message>
        <source>{title} (rev. {revision})</source>
        <translation>{title} (rev. {revision})</translation>
    </message>
    <message>
        <source>– Ikke behandlet</source>
        <translation>– Ikkje handsama</translation>
    </message>
    <message>
        <source>Importen ble avbrutt.</source>
        <translation>Importen vart avbroten.</translation>
    </message>
    <message>
        <source>Importen ble avbrutt før denne pakken.</source>
        <translation>Importen vart avbroten før denne pakken.</translation>
    </message>
    <message>
        <source>Overfør arket</source>
        <translation>Overfør arket</translation>
    </message>
    <message>
        <source>Arket ble ikke overført.</source>
        <translation>Arket vart ikkje overført.</translation>
    </message>
    <message>
        <source>Overfør arket – Prosjektark</source>
        <translation>Overfør arket – Prosjektark</translation>
    </message>
    <message>
        <source>«{title}» tilhører &lt;b&gt;{owner}&lt;/b&gt; (SHA-256 {owner_fingerprint}).&lt;br&gt;Pakken {package} er signert av &lt;b&gt;{sender}&lt;/b&gt; (SHA-256 {sender_fingerprint}).&lt;br&gt;&lt;br&gt;Vil du overføre arket til {sender}? Overføringen registreres med ditt navn, tidspunktet og begrunnelsen, og kan ikke endres eller slettes. Etterpå tas pakker fra {sender} imot, pakker fra {owner} avvises, og denne pakken importeres på nytt.</source>
        <translation>«{title}» høyrer til &lt;b&gt;{owner}&lt;/b&gt; (SHA-256 {owner_fingerprint}).&lt;br&gt;Pakken {package} er signert av &lt;b&gt;{sender}&lt;/b&gt; (SHA-256 {sender_fingerprint}).&lt;br&gt;&lt;br&gt;Vil du overføre arket til {sender}? Overføringa blir registrert med namnet ditt, tidspunktet og grunngjevinga, og kan ikkje endrast eller slettast. Etterpå blir pakkar frå {sender} tekne imot, pakkar frå {owner} blir avviste, og denne pakken blir importert på nytt.</translation>
    </message>
    <message>
        <source>F.eks. ny prosjektleder hos Statens vegvesen</source>
        <translation>T.d. ny prosjektleiar hos Statens vegvesen</translation>
    </message>
    <message>
        <source>&amp;Begrunnelse:</source>
        <translation>&amp;Grunngjeving:</translation>
    </message>
    <message>
        <source>&amp;Overfør</source>
        <translation>&amp;Overfør</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Kan ikke leses</source>
        <translation>Kan ikkje lesast</translation>
    </message>
    <message>
        <source>Signert av: {signer}</source>
        <translation>Signert av: {signer}</translation>
    </message>
    <message>
        <source>Portefølje {date}.xlsx</source>
        <translation>Portefølje {date}.xlsx</translation>
    </message>
    <message>
        <source>Portefølje til Excel</source>
        <translation>Portefølje til Excel</translation>
    </message>
    <message>
        <source>Excel-arbeidsbok (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Porteføljen ble ikke skrevet.</source>
        <translation>Porteføljen vart ikkje skriven.</translation>
    </message>
</context>
<context>
    <name>intake_folder</name>
    <message>
        <source>Inntaksmappen {folder} er ikke en mappe.</source>
        <translation>Inntaksmappa {folder} er ikkje ei mappe.</translation>
    </message>
    <message>
        <source>Inntaksmappen {folder} finnes ikke. Kontroller at nettverksstasjonen eller den synkroniserte mappen er tilgjengelig.</source>
        <translation>Inntaksmappa {folder} finst ikkje. Kontroller at nettverksstasjonen eller den synkroniserte mappa er tilgjengeleg.</translation>
    </message>
    <message>
        <source>Inntaksmappen {folder} kan ikke leses: {error}.</source>
        <translation>Inntaksmappa {folder} kan ikkje lesast: {error}.</translation>
    </message>
</context>
<context>
    <name>intake_model</name>
    <message>
        <source>Arbeidsgruppe</source>
        <translation>Arbeidsgruppe</translation>
    </message>
    <message>
        <source>Tittel</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Tiltaksområde</source>
        <translation>Tiltaksområde</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>MNOK</source>
        <translation>MNOK</translation>
    </message>
    <message>
        <source>Signert av</source>
        <translation>Signert av</translation>
    </message>
    <message>
        <source>Signert</source>
        <translation>Signert</translation>
    </message>
    <message>
        <source>Mottatt</source>
        <translation>Motteke</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <source>Saksstatus</source>
        <translation>Saksstatus</translation>
    </message>
    <message>
        <source>Dager</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <source>Merknader</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <source>Forventet kostnad i millioner kroner</source>
        <translation>Forventa kostnad i millionar kroner</translation>
    </message>
    <message>
        <source>Når arbeidsgruppen signerte pakken. «(mottatt)»: signeringstiden er ikke lagret, og tiden pakken ble mottatt vises i stedet.</source>
        <translation>Når arbeidsgruppa signerte pakken. «(motteke)»: signeringstida er ikkje lagra, og tida pakken vart motteken, blir vist i staden.</translation>
    </message>
    <message>
        <source>Revisjonen som sist ble levert</source>
        <translation>Revisjonen som sist vart levert</translation>
    </message>
    <message>
        <source>Dager i saksstatusen: siden arket fikk saksstatusen det har nå</source>
        <translation>Dagar i saksstatusen: sidan arket fekk saksstatusen det har no</translation>
    </message>
    <message>
        <source>Åpne merknader: sendt til arbeidsgruppen og ikke besvart ennå</source>
        <translation>Opne merknader: sende til arbeidsgruppa og ikkje svara på enno</translation>
    </message>
    <message>
        <source>ny revisjon</source>
        <translation>ny revisjon</translation>
    </message>
    <message>
        <source> (mottatt)</source>
        <translation> (motteke)</translation>
    </message>
    <message>
        <source>Ingen gruppering</source>
        <translation>Inga gruppering</translation>
    </message>
    <message>
        <source>(uten arbeidsgruppe)</source>
        <translation>(utan arbeidsgruppe)</translation>
    </message>
    <message>
        <source>(uten tiltaksområde)</source>
        <translation>(utan tiltaksområde)</translation>
    </message>
    <message>
        <source>(uten tittel)</source>
        <translation>(utan tittel)</translation>
    </message>
    <message>
        <source>Signert {when}</source>
        <translation>Signert {when}</translation>
    </message>
    <message>
        <source>Mottatt {when}. Signeringstiden er ikke lagret for denne leveringen, så tiden pakken ble mottatt vises i stedet.</source>
        <translation>Motteke {when}. Signeringstida er ikkje lagra for denne leveringa, så tida pakken vart motteken, blir vist i staden.</translation>
    </message>
    <message>
        <source>Mottatt {when}</source>
        <translation>Motteke {when}</translation>
    </message>
    <message>
        <source>En ny revisjon er levert siden saksstatusen sist ble endret.</source>
        <translation>Ein ny revisjon er levert sidan saksstatusen sist vart endra.</translation>
    </message>
    <message>
        <source>{group} (1 ark)</source>
        <translation>{group} (1 ark)</translation>
    </message>
    <message>
        <source>{group} ({n} ark)</source>
        <translation>{group} ({n} ark)</translation>
    </message>
</context>
<context>
    <name>intake_page</name>
    <message>
        <source>Alle saksstatuser</source>
        <translation>Alle saksstatusar</translation>
    </message>
    <message>
        <source>Importer &amp;nye pakker</source>
        <translation>Importer &amp;nye pakkar</translation>
    </message>
    <message>
        <source>Innkommende &amp;mappe …</source>
        <translation>Innkomande &amp;mappe …</translation>
    </message>
    <message>
        <source>Ingen innkommende mappe er valgt. Velg mappen arbeidsgruppene leverer til.</source>
        <translation>Inga innkomande mappe er vald. Vel mappa arbeidsgruppene leverer til.</translation>
    </message>
    <message>
        <source>Innkommende mappe «{folder}»: {problem}</source>
        <translation>Innkomande mappe «{folder}»: {problem}</translation>
    </message>
    <message>
        <source>1 ny pakke i «{folder}», klar til import.</source>
        <translation>1 ny pakke i «{folder}», klar til import.</translation>
    </message>
    <message>
        <source>{n} nye pakker i «{folder}», klar til import.</source>
        <translation>{n} nye pakkar i «{folder}», klare til import.</translation>
    </message>
    <message>
        <source>Ingen nye pakker i «{folder}». Mappen følges med.</source>
        <translation>Ingen nye pakkar i «{folder}». Mappa blir følgd med på.</translation>
    </message>
    <message>
        <source>Innkomne prosjektark</source>
        <translation>Innkomne prosjektark</translation>
    </message>
    <message>
        <source>Filtrer på tittel, arbeidsgruppe, kommune, signert av …</source>
        <translation>Filtrer på tittel, arbeidsgruppe, kommune, signert av …</translation>
    </message>
    <message>
        <source>Filtrer innkomne ark</source>
        <translation>Filtrer innkomne ark</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;lter:</translation>
    </message>
    <message>
        <source>Vis bare saksstatus</source>
        <translation>Vis berre saksstatus</translation>
    </message>
    <message>
        <source>S&amp;aksstatus:</source>
        <translation>S&amp;aksstatus:</translation>
    </message>
    <message>
        <source>&amp;Gruppér:</source>
        <translation>&amp;Grupper:</translation>
    </message>
    <message>
        <source>Ege&amp;n rekkefølge</source>
        <translation>Ei&amp;ga rekkjefølgje</translation>
    </message>
    <message>
        <source>Vis arkene i din egen rekkefølge. Flytt et ark ved å dra det dit du vil ha det, eller med Alt+Pil opp / Alt+Pil ned.</source>
        <translation>Vis arka i di eiga rekkjefølgje. Flytt eit ark ved å dra det dit du vil ha det, eller med Alt+Pil opp / Alt+Pil ned.</translation>
    </message>
    <message>
        <source>&amp;Endre saksstatus …</source>
        <translation>&amp;Endre saksstatus …</translation>
    </message>
    <message>
        <source>Enter eller dobbeltklikk åpner arket (skrivebeskyttet: det er signert av arbeidsgruppen).
Flytt arket i din egen rekkefølge med Alt+Pil opp / Alt+Pil ned, eller dra det dit du vil ha det når listen verken er sortert eller gruppert.</source>
        <translation>Enter eller dobbeltklikk opnar arket (skriveverna: det er signert av arbeidsgruppa).
Flytt arket i di eiga rekkjefølgje med Alt+Pil opp / Alt+Pil ned, eller dra det dit du vil ha det når lista verken er sortert eller gruppert.</translation>
    </message>
    <message>
        <source>F5 leser listen inn på nytt, med det andre i sekretariatet har endret.</source>
        <translation>F5 les lista inn på nytt, med det andre i sekretariatet har endra.</translation>
    </message>
    <message>
        <source>Les inn på nytt</source>
        <translation>Les inn på nytt</translation>
    </message>
    <message>
        <source>Kunne ikke lese de innkomne arkene: {error}</source>
        <translation>Kunne ikkje lese dei innkomne arka: {error}</translation>
    </message>
    <message>
        <source>{shown} av {total} ark</source>
        <translation>{shown} av {total} ark</translation>
    </message>
    <message>
        <source>1 ark</source>
        <translation>1 ark</translation>
    </message>
    <message>
        <source>{total} ark</source>
        <translation>{total} ark</translation>
    </message>
    <message>
        <source>Ingen leverte ark ennå.
Importer pakkene fra arbeidsgruppene med «Sekretariat → Importer pakker …».</source>
        <translation>Ingen leverte ark enno.
Importer pakkane frå arbeidsgruppene med «Sekretariat → Importer pakkar …».</translation>
    </message>
    <message>
        <source>Ingen ark passer filteret.</source>
        <translation>Ingen ark passar med filteret.</translation>
    </message>
    <message>
        <source>Rekkefølgen kunne ikke lagres: {error}</source>
        <translation>Rekkjefølgja kunne ikkje lagrast: {error}</translation>
    </message>
    <message>
        <source>«{title}» hører til et program uten saksstatuser i avtaleprofilen.</source>
        <translation>«{title}» høyrer til eit program utan saksstatusar i avtaleprofilen.</translation>
    </message>
    <message>
        <source>Fra «{state}» kan saksstatusen ikke endres.</source>
        <translation>Frå «{state}» kan ikkje saksstatusen endrast.</translation>
    </message>
    <message>
        <source>Kunne ikke endre saksstatusen til «{title}»: {error}</source>
        <translation>Kunne ikkje endre saksstatusen til «{title}»: {error}</translation>
    </message>
    <message>
        <source>«{title}» har nå saksstatusen «{state}».</source>
        <translation>«{title}» har no saksstatusen «{state}».</translation>
    </message>
    <message>
        <source>Kommentaren din er tatt vare på og står ferdig når du velger «Endre saksstatus …» igjen.</source>
        <translation>Kommentaren din er teken vare på og står klar når du vel «Endre saksstatus …» igjen.</translation>
    </message>
</context>
<context>
    <name>intake_watcher</name>
    <message>
        <source>Inntaksmappen {folder} kunne ikke gjennomgås: {error}</source>
        <translation>Inntaksmappa {folder} kunne ikkje gåast gjennom: {error}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>Nei</translation>
    </message>
</context>
<context>
    <name>list_page</name>
    <message>
        <source>Filtrer på tittel, kommune, tiltaksområde, fase …</source>
        <translation>Filtrer på tittel, kommune, tiltaksområde, fase …</translation>
    </message>
    <message>
        <source>Filtrer prosjektark</source>
        <translation>Filtrer prosjektark</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Treff i innholdet</source>
        <translation>Treff i innhaldet</translation>
    </message>
    <message>
        <source>Prosjektark</source>
        <translation>Prosjektark</translation>
    </message>
    <message>
        <source>Dobbeltklikk eller trykk Enter for å åpne et ark.</source>
        <translation>Dobbeltklikk eller trykk Enter for å opne eit ark.</translation>
    </message>
    <message>
        <source>Skriv minst tre tegn for å søke i teksten i arkene.</source>
        <translation>Skriv minst tre teikn for å søkje i teksten i arka.</translation>
    </message>
    <message>
        <source>Kunne ikke søke i teksten i arkene: {error}</source>
        <translation>Kunne ikkje søkje i teksten i arka: {error}</translation>
    </message>
    <message>
        <source>Treff i teksten i arkene ({count} eller flere): Pil ned for å velge, Enter åpner arket der teksten står.</source>
        <translation>Treff i teksten i arka ({count} eller fleire): Pil ned for å velje, Enter opnar arket der teksten står.</translation>
    </message>
    <message>
        <source>Treff i teksten i arkene ({count}): Pil ned for å velge, Enter åpner arket der teksten står.</source>
        <translation>Treff i teksten i arka ({count}): Pil ned for å velje, Enter opnar arket der teksten står.</translation>
    </message>
    <message>
        <source>Ingen treff i teksten i arkene for «{text}».</source>
        <translation>Ingen treff i teksten i arka for «{text}».</translation>
    </message>
    <message>
        <source>Ingen ark passer filteret «{filter}».</source>
        <translation>Ingen ark passar filteret «{filter}».</translation>
    </message>
    <message>
        <source>Papirkurven er tom.</source>
        <translation>Papirkorga er tom.</translation>
    </message>
    <message>
        <source>Ingen prosjektark ennå.
Velg «Nytt ark» (Ctrl+N) for å begynne.</source>
        <translation>Ingen prosjektark enno.
Vel «Nytt ark» (Ctrl+N) for å byrje.</translation>
    </message>
    <message>
        <source>{shown} av {total} ark</source>
        <translation>{shown} av {total} ark</translation>
    </message>
    <message>
        <source>{total} ark</source>
        <translation>{total} ark</translation>
    </message>
    <message>
        <source>Velg et ark og «Gjenopprett» for å redigere det igjen.</source>
        <translation>Vel eit ark og «Gjenopprett» for å redigere det att.</translation>
    </message>
</context>
<context>
    <name>logs</name>
    <message>
        <source>Uventet feil ({detail}). Detaljene kunne ikke skrives til loggfilen: {reason}.</source>
        <translation>Uventa feil ({detail}). Detaljane kunne ikkje skrivast til loggfila: {reason}.</translation>
    </message>
    <message>
        <source>Uventet feil ({detail}). Detaljer er skrevet til loggfilen {path}.</source>
        <translation>Uventa feil ({detail}). Detaljar er skrivne til loggfila {path}.</translation>
    </message>
</context>
<context>
    <name>machine_config</name>
    <message>
        <source>{file} kan ikke leses, og maskinoppsettet brukes ikke: {error}</source>
        <translation>{file} kan ikkje lesast, og maskinoppsettet blir ikkje brukt: {error}</translation>
    </message>
    <message>
        <source>{file} er ikke gyldig TOML, og maskinoppsettet brukes ikke: {error}</source>
        <translation>{file} er ikkje gyldig TOML, og maskinoppsettet blir ikkje brukt: {error}</translation>
    </message>
    <message>
        <source>{file}: «{key}» er ingen innstilling og blir ikke brukt. Innstillingene er: {known}.</source>
        <translation>{file}: «{key}» er inga innstilling og blir ikkje brukt. Innstillingane er: {known}.</translation>
    </message>
    <message>
        <source>{file}: «{key}» må være en tekst i anførselstegn og blir ikke brukt.</source>
        <translation>{file}: «{key}» må vere ein tekst i hermeteikn og blir ikkje brukt.</translation>
    </message>
    <message>
        <source>{file}: «{key}» er tom og blir ikke brukt.</source>
        <translation>{file}: «{key}» er tom og blir ikkje brukt.</translation>
    </message>
    <message>
        <source>{file}: «locked» må være en liste med navn på innstillinger, for eksempel [&quot;role&quot;, &quot;delivery_folder&quot;]. Ingen innstilling er låst.</source>
        <translation>{file}: «locked» må vere ei liste med namn på innstillingar, til dømes [&quot;role&quot;, &quot;delivery_folder&quot;]. Inga innstilling er låst.</translation>
    </message>
    <message>
        <source>{file}: «locked» nevner «{key}», som ikke er en innstilling. Innstillingene er: {known}.</source>
        <translation>{file}: «locked» nemner «{key}», som ikkje er ei innstilling. Innstillingane er: {known}.</translation>
    </message>
    <message>
        <source>{file}: role = «{value}» er ingen rolle og blir ikke brukt. Bruk «arbeidsgruppe» eller «sekretariat».</source>
        <translation>{file}: role = «{value}» er inga rolle og blir ikkje brukt. Bruk «arbeidsgruppe» eller «sekretariat».</translation>
    </message>
    <message>
        <source>{file}: language = «{value}» er ikke et språk programmet har, og blir ikke brukt. Bruk {known}.</source>
        <translation>{file}: language = «{value}» er ikkje eit språk programmet har, og blir ikkje brukt. Bruk {known}.</translation>
    </message>
    <message>
        <source>{file}: {key} = «{value}» bruker miljøvariabelen {variable}, som ikke finnes for denne brukeren. Innstillingen blir ikke brukt.</source>
        <translation>{file}: {key} = «{value}» bruker miljøvariabelen {variable}, som ikkje finst for denne brukaren. Innstillinga blir ikkje brukt.</translation>
    </message>
    <message>
        <source>{file}: {key} = «{value}» er ikke en fullstendig sti (for eksempel %APPDATA%\Prosjektark). Innstillingen blir ikke brukt.</source>
        <translation>{file}: {key} = «{value}» er ikkje ein fullstendig sti (til dømes %APPDATA%\Prosjektark). Innstillinga blir ikkje brukt.</translation>
    </message>
    <message>
        <source>{file}: database_url inneholder et passord. Alle brukere kan lese maskinoppsettet, så innstillingen blir ikke brukt; bruk en tjenestefil (service=…) eller en passordfil i stedet.</source>
        <translation>{file}: database_url inneheld eit passord. Alle brukarar kan lese maskinoppsettet, så innstillinga blir ikkje brukt; bruk ei tenestefil (service=…) eller ei passordfil i staden.</translation>
    </message>
    <message>
        <source>{file}: database_url = «{value}» er ikke en database-adresse (for eksempel postgresql+psycopg:///prosjektark?service=prosjektark) og blir ikke brukt.</source>
        <translation>{file}: database_url = «{value}» er ikkje ei databaseadresse (til dømes postgresql+psycopg:///prosjektark?service=prosjektark) og blir ikkje brukt.</translation>
    </message>
    <message>
        <source>«{key}» er satt av IT-avdelingen for denne maskinen ({file}) og kan ikke endres her.</source>
        <translation>«{key}» er sett av IT-avdelinga for denne maskina ({file}) og kan ikkje endrast her.</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Papirkurv</source>
        <translation>Papirkorg</translation>
    </message>
    <message>
        <source>Skrivebeskyttet: et annet Prosjektark-vindu bruker den samme datamappen. Rediger arket der; dette vinduet viser det bare.</source>
        <translation>Skriveverna: eit anna Prosjektark-vindauge bruker den same datamappa. Rediger arket der; dette vindauget berre viser det.</translation>
    </message>
    <message>
        <source>Ingen ark er åpent.</source>
        <translation>Ikkje noko ark er ope.</translation>
    </message>
    <message>
        <source>Prosjektark</source>
        <translation>Prosjektark</translation>
    </message>
    <message>
        <source>Sekretariat</source>
        <translation>Sekretariat</translation>
    </message>
    <message>
        <source>Portefølje</source>
        <translation>Portefølje</translation>
    </message>
    <message>
        <source>Alle prosjektark i den lokale databasen</source>
        <translation>Alle prosjektark i den lokale databasen</translation>
    </message>
    <message>
        <source>Innkomne ark fra arbeidsgruppene og saksstatusen deres</source>
        <translation>Innkomne ark frå arbeidsgruppene og saksstatusen deira</translation>
    </message>
    <message>
        <source>Prioritering: scenarioer, rangering og balanse mot rammene</source>
        <translation>Prioritering: scenario, rangering og balanse mot rammene</translation>
    </message>
    <message>
        <source>Skrivebeskyttet</source>
        <translation>Skriveverna</translation>
    </message>
    <message>
        <source>Et annet Prosjektark-vindu bruker den samme datamappen. Dette vinduet kan vise ark, men ikke endre dem, så ingen endringer kan gå tapt.</source>
        <translation>Eit anna Prosjektark-vindauge bruker den same datamappa. Dette vindauget kan vise ark, men ikkje endre dei, så ingen endringar kan gå tapt.</translation>
    </message>
    <message>
        <source>{title} – Prosjektark (skrivebeskyttet)</source>
        <translation>{title} – Prosjektark (skriveverna)</translation>
    </message>
    <message>
        <source>Prosjektark (skrivebeskyttet)</source>
        <translation>Prosjektark (skriveverna)</translation>
    </message>
    <message>
        <source>{title} – Prosjektark</source>
        <translation>{title} – Prosjektark</translation>
    </message>
    <message>
        <source>&amp;Nytt ark</source>
        <translation>&amp;Nytt ark</translation>
    </message>
    <message>
        <source>&amp;Dupliser</source>
        <translation>&amp;Dupliser</translation>
    </message>
    <message>
        <source>Lag en kopi av arket</source>
        <translation>Lag ein kopi av arket</translation>
    </message>
    <message>
        <source>&amp;Slett</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Flytt til papirkurven</source>
        <translation>Flytt til papirkorga</translation>
    </message>
    <message>
        <source>&amp;Angre sletting</source>
        <translation>&amp;Angre sletting</translation>
    </message>
    <message>
        <source>Hent tilbake det du nettopp slettet (Ctrl+Z i listen)</source>
        <translation>Hent tilbake det du nett sletta (Ctrl+Z i lista)</translation>
    </message>
    <message>
        <source>&amp;Gjenopprett</source>
        <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
        <source>Flytt arket ut av papirkurven</source>
        <translation>Flytt arket ut av papirkorga</translation>
    </message>
    <message>
        <source>Vis &amp;papirkurv</source>
        <translation>Vis &amp;papirkorg</translation>
    </message>
    <message>
        <source>&amp;Filtrer listen</source>
        <translation>&amp;Filtrer lista</translation>
    </message>
    <message>
        <source>Lagre &amp;versjon</source>
        <translation>Lagre &amp;versjon</translation>
    </message>
    <message>
        <source>&amp;Importer JSON …</source>
        <translation>&amp;Importer JSON …</translation>
    </message>
    <message>
        <source>&amp;Eksporter JSON …</source>
        <translation>&amp;Eksporter JSON …</translation>
    </message>
    <message>
        <source>Legg inn &amp;eksempelark</source>
        <translation>Legg inn &amp;dømeark</translation>
    </message>
    <message>
        <source>Lagre endringene som &amp;kopi</source>
        <translation>Lagre endringane som &amp;kopi</translation>
    </message>
    <message>
        <source>Arket er endret et annet sted: lagre endringene dine som et nytt ark</source>
        <translation>Arket er endra ein annan stad: lagre endringane dine som eit nytt ark</translation>
    </message>
    <message>
        <source>&amp;Last inn arket på nytt</source>
        <translation>&amp;Last inn arket på nytt</translation>
    </message>
    <message>
        <source>Vis arket slik det er lagret (endringer som ikke er lagret, forkastes)</source>
        <translation>Vis arket slik det er lagra (endringar som ikkje er lagra, blir forkasta)</translation>
    </message>
    <message>
        <source>&amp;Forhåndsvis utskrift …</source>
        <translation>&amp;Førehandsvis utskrift …</translation>
    </message>
    <message>
        <source>Se hvordan arket blir på papir: som PDF-en, side for side</source>
        <translation>Sjå korleis arket blir på papir: som PDF-en, side for side</translation>
    </message>
    <message>
        <source>Skriv &amp;ut …</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <source>Skriv ut arket slik det står i PDF-en, med endringer som ikke er lagret ennå</source>
        <translation>Skriv ut arket slik det står i PDF-en, med endringar som ikkje er lagra enno</translation>
    </message>
    <message>
        <source>&amp;Avslutt</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Om Prosjektark</source>
        <translation>&amp;Om Prosjektark</translation>
    </message>
    <message>
        <source>&amp;Hurtigtaster</source>
        <translation>&amp;Snøggtastar</translation>
    </message>
    <message>
        <source>&amp;Signer og eksporter …</source>
        <translation>&amp;Signer og eksporter …</translation>
    </message>
    <message>
        <source>Lag PDF, Excel og en signert pakke til sekretariatet</source>
        <translation>Lag PDF, Excel og ein signert pakke til sekretariatet</translation>
    </message>
    <message>
        <source>&amp;Utboks …</source>
        <translation>&amp;Utboks …</translation>
    </message>
    <message>
        <source>Eksporterte pakker</source>
        <translation>Eksporterte pakkar</translation>
    </message>
    <message>
        <source>&amp;Verifiser pakke …</source>
        <translation>&amp;Verifiser pakke …</translation>
    </message>
    <message>
        <source>Sjekk signaturen på en pakke</source>
        <translation>Sjekk signaturen på ein pakke</translation>
    </message>
    <message>
        <source>Min &amp;identitet …</source>
        <translation>Mi &amp;identitet …</translation>
    </message>
    <message>
        <source>Sertifikat og fingeravtrykk</source>
        <translation>Sertifikat og fingeravtrykk</translation>
    </message>
    <message>
        <source>Importer &amp;pakker …</source>
        <translation>Importer &amp;pakkar …</translation>
    </message>
    <message>
        <source>Kontroller og legg inn signerte pakker fra arbeidsgruppene</source>
        <translation>Kontroller og legg inn signerte pakkar frå arbeidsgruppene</translation>
    </message>
    <message>
        <source>Portefølje til E&amp;xcel …</source>
        <translation>Portefølje til E&amp;xcel …</translation>
    </message>
    <message>
        <source>Skriv alle ark utenom papirkurven til en Excel-arbeidsbok</source>
        <translation>Skriv alle ark utanom papirkorga til ei Excel-arbeidsbok</translation>
    </message>
    <message>
        <source>&amp;Prisindeks …</source>
        <translation>&amp;Prisindeks …</translation>
    </message>
    <message>
        <source>Rett prisindeksen for omregning av kroneår</source>
        <translation>Rett prisindeksen for omrekning av kroneår</translation>
    </message>
    <message>
        <source>&amp;Innstillinger …</source>
        <translation>&amp;Innstillingar …</translation>
    </message>
    <message>
        <source>Velg rollen du arbeider i: arbeidsgruppe eller sekretariat</source>
        <translation>Vel rolla du arbeider i: arbeidsgruppe eller sekretariat</translation>
    </message>
    <message>
        <source>&amp;Innkomne ark</source>
        <translation>&amp;Innkomne ark</translation>
    </message>
    <message>
        <source>Leverte prosjektark fra arbeidsgruppene, med saksstatus</source>
        <translation>Leverte prosjektark frå arbeidsgruppene, med saksstatus</translation>
    </message>
    <message>
        <source>&amp;Endre saksstatus …</source>
        <translation>&amp;Endre saksstatus …</translation>
    </message>
    <message>
        <source>Flytt det valgte arket til neste saksstatus i programmet</source>
        <translation>Flytt det valde arket til neste saksstatus i programmet</translation>
    </message>
    <message>
        <source>Importer &amp;nye pakker</source>
        <translation>Importer &amp;nye pakkar</translation>
    </message>
    <message>
        <source>Importer pakkene som har kommet i den innkommende mappen</source>
        <translation>Importer pakkane som har kome i den innkomande mappa</translation>
    </message>
    <message>
        <source>Innkommende &amp;mappe …</source>
        <translation>Innkomande &amp;mappe …</translation>
    </message>
    <message>
        <source>Mappen arbeidsgruppene leverer pakker til</source>
        <translation>Mappa arbeidsgruppene leverer pakkar til</translation>
    </message>
    <message>
        <source>Endret siden forrige le&amp;vering …</source>
        <translation>Endra sidan førre le&amp;vering …</translation>
    </message>
    <message>
        <source>Hva arbeidsgruppen har endret mellom de to siste leverte revisjonene</source>
        <translation>Kva arbeidsgruppa har endra mellom dei to siste leverte revisjonane</translation>
    </message>
    <message>
        <source>Sa&amp;ksmappe (PDF) …</source>
        <translation>Sa&amp;ksmappe (PDF) …</translation>
    </message>
    <message>
        <source>Arket, saksstatusen, merknadene med svar og sakshistorikken i én PDF til et møte</source>
        <translation>Arket, saksstatusen, merknadene med svar og sakshistorikken i éin PDF til eit møte</translation>
    </message>
    <message>
        <source>Importer &amp;merknader …</source>
        <translation>Importer &amp;merknader …</translation>
    </message>
    <message>
        <source>Ta inn en signert merknadspakke fra sekretariatet</source>
        <translation>Ta inn ein signert merknadspakke frå sekretariatet</translation>
    </message>
    <message>
        <source>Send me&amp;rknader …</source>
        <translation>Send me&amp;rknader …</translation>
    </message>
    <message>
        <source>Signer arkets usendte merknader i en merknadspakke til arbeidsgruppen</source>
        <translation>Signer dei usende merknadene til arket i ein merknadspakke til arbeidsgruppa</translation>
    </message>
    <message>
        <source>P&amp;ortefølje og scenarioer</source>
        <translation>P&amp;ortefølje og scenario</translation>
    </message>
    <message>
        <source>Prioritering: scenarioer, rangering og balanse mot programmets rammer</source>
        <translation>Prioritering: scenario, rangering og balanse mot rammene i programmet</translation>
    </message>
    <message>
        <source>R&amp;ammer …</source>
        <translation>R&amp;ammer …</translation>
    </message>
    <message>
        <source>Programmets rammer per år, kilde og part: legg inn, importer eller eksporter</source>
        <translation>Rammene i programmet per år, kjelde og part: legg inn, importer eller eksporter</translation>
    </message>
    <message>
        <source>&amp;Sammenlign scenarioer …</source>
        <translation>&amp;Samanlikn scenario …</translation>
    </message>
    <message>
        <source>To lagrede scenarioer side om side: arkene som er ulike, og balansene</source>
        <translation>To lagra scenario side om side: arka som er ulike, og balansane</translation>
    </message>
    <message>
        <source>Hvem endret hva i scenarioet …</source>
        <translation>Kven endra kva i scenarioet …</translation>
    </message>
    <message>
        <source>Hvem som har endret scenarioet, når og hva</source>
        <translation>Kven som har endra scenarioet, når og kva</translation>
    </message>
    <message>
        <source>Eksporter &amp;forslag til handlingsprogram …</source>
        <translation>Eksporter &amp;framlegg til handlingsprogram …</translation>
    </message>
    <message>
        <source>Det lagrede scenarioet som signert PDF og Excel: balanse, rangering og utelatte</source>
        <translation>Det lagra scenarioet som signert PDF og Excel: balanse, rangering og det som er utelate</translation>
    </message>
    <message>
        <source>&amp;Versjoner og endringer …</source>
        <translation>&amp;Versjonar og endringar …</translation>
    </message>
    <message>
        <source>Lagrede versjoner av arket: vis en skrivebeskyttet, eller se hva som er endret</source>
        <translation>Lagra versjonar av arket: vis ein skriveverna, eller sjå kva som er endra</translation>
    </message>
    <message>
        <source>&amp;Sakshistorikk …</source>
        <translation>&amp;Sakshistorikk …</translation>
    </message>
    <message>
        <source>Alt som har skjedd med arket: hva, når, hvem og hvilken revisjon</source>
        <translation>Alt som har skjedd med arket: kva, når, kven og kva revisjon</translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Rediger</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Signering</source>
        <translation>&amp;Signering</translation>
    </message>
    <message>
        <source>Se&amp;kretariat</source>
        <translation>Se&amp;kretariat</translation>
    </message>
    <message>
        <source>Verk&amp;tøy</source>
        <translation>Verk&amp;tøy</translation>
    </message>
    <message>
        <source>&amp;Hjelp</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Verktøy</source>
        <translation>Verktøy</translation>
    </message>
    <message>
        <source>Nytt prosjektark</source>
        <translation>Nytt prosjektark</translation>
    </message>
    <message>
        <source>Hvilket program gjelder arket?</source>
        <translation>Kva program gjeld arket?</translation>
    </message>
    <message>
        <source>Kunne ikke opprette arket</source>
        <translation>Kunne ikkje opprette arket</translation>
    </message>
    <message>
        <source>Skrivebeskyttet: arket er levert og signert av arbeidsgruppen. Sekretariatet endrer ikke arket; skriv heller en merknad som arbeidsgruppen svarer på.</source>
        <translation>Skriveverna: arket er levert og signert av arbeidsgruppa. Sekretariatet endrar ikkje arket; skriv heller ein merknad som arbeidsgruppa svarar på.</translation>
    </message>
    <message>
        <source>Skrivebeskyttet: arket er levert og signert av {who}. Sekretariatet endrer ikke arket; skriv heller en merknad som arbeidsgruppen svarer på.</source>
        <translation>Skriveverna: arket er levert og signert av {who}. Sekretariatet endrar ikkje arket; skriv heller ein merknad som arbeidsgruppa svarar på.</translation>
    </message>
    <message>
        <source>Gjenopprett arket fra papirkurven for å redigere det.</source>
        <translation>Gjenopprett arket frå papirkorga for å redigere det.</translation>
    </message>
    <message>
        <source>Kunne ikke åpne arket</source>
        <translation>Kunne ikkje opne arket</translation>
    </message>
    <message>
        <source>Sist lagret {time}</source>
        <translation>Sist lagra {time}</translation>
    </message>
    <message>
        <source>Nytt ark</source>
        <translation>Nytt ark</translation>
    </message>
    <message>
        <source>Ikke lagret!</source>
        <translation>Ikkje lagra!</translation>
    </message>
    <message>
        <source>{message}. Endringene er beholdt i minnet, og programmet prøver igjen om litt og ved neste endring.</source>
        <translation>{message}. Endringane er haldne på i minnet, og programmet prøver igjen om litt og ved neste endring.</translation>
    </message>
    <message>
        <source>Ikke lagret: endret et annet sted</source>
        <translation>Ikkje lagra: endra ein annan stad</translation>
    </message>
    <message>
        <source>Arket er lastet inn på nytt.</source>
        <translation>Arket er lasta inn på nytt.</translation>
    </message>
    <message>
        <source>Arket er endret et annet sted</source>
        <translation>Arket er endra ein annan stad</translation>
    </message>
    <message>
        <source>Endringene du har gjort her er ikke lagret. Du kan lagre dem som et nytt ark (ingenting blir overskrevet), eller forkaste dem og beholde arket slik det er lagret.</source>
        <translation>Endringane du har gjort her, er ikkje lagra. Du kan lagre dei som eit nytt ark (ingenting blir skrive over), eller forkaste dei og behalde arket slik det er lagra.</translation>
    </message>
    <message>
        <source>Lagre mine endringer som kopi</source>
        <translation>Lagre endringane mine som kopi</translation>
    </message>
    <message>
        <source>Forkast mine endringer</source>
        <translation>Forkast endringane mine</translation>
    </message>
    <message>
        <source>{title} (mine endringer)</source>
        <translation>{title} (endringane mine)</translation>
    </message>
    <message>
        <source>Uten tittel</source>
        <translation>Utan tittel</translation>
    </message>
    <message>
        <source>Kunne ikke lagre kopien</source>
        <translation>Kunne ikkje lagre kopien</translation>
    </message>
    <message>
        <source>Endringene dine er lagret som «{title}». Det opprinnelige arket er som det ble lagret et annet sted.</source>
        <translation>Endringane dine er lagra som «{title}». Det opphavlege arket er slik det vart lagra ein annan stad.</translation>
    </message>
    <message>
        <source>Lagre versjon</source>
        <translation>Lagre versjon</translation>
    </message>
    <message>
        <source>Kort merknad til versjonen (valgfritt):</source>
        <translation>Kort merknad til versjonen (valfritt):</translation>
    </message>
    <message>
        <source>Kunne ikke lagre versjonen</source>
        <translation>Kunne ikkje lagre versjonen</translation>
    </message>
    <message>
        <source>Versjon {revision} er lagret.</source>
        <translation>Versjon {revision} er lagra.</translation>
    </message>
    <message>
        <source>Kunne ikke duplisere</source>
        <translation>Kunne ikkje duplisere</translation>
    </message>
    <message>
        <source>{title} (kopi)</source>
        <translation>{title} (kopi)</translation>
    </message>
    <message>
        <source>Arket er duplisert.</source>
        <translation>Arket er duplisert.</translation>
    </message>
    <message>
        <source>Kunne ikke slette</source>
        <translation>Kunne ikkje slette</translation>
    </message>
    <message>
        <source>Flyttet arket til papirkurven. Angre med Ctrl+Z.</source>
        <translation>Flytta arket til papirkorga. Angre med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Flyttet {count} ark til papirkurven. Angre med Ctrl+Z.</source>
        <translation>Flytta {count} ark til papirkorga. Angre med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Slettingen er angret.</source>
        <translation>Slettinga er angra.</translation>
    </message>
    <message>
        <source>Gjenopprettet fra papirkurven.</source>
        <translation>Gjenoppretta frå papirkorga.</translation>
    </message>
    <message>
        <source>Eksporter som JSON</source>
        <translation>Eksporter som JSON</translation>
    </message>
    <message>
        <source>Prosjektark (*.json)</source>
        <translation>Prosjektark (*.json)</translation>
    </message>
    <message>
        <source>Kunne ikke skrive filen</source>
        <translation>Kunne ikkje skrive fila</translation>
    </message>
    <message>
        <source>Eksportert til {path}</source>
        <translation>Eksportert til {path}</translation>
    </message>
    <message>
        <source>Importer prosjektark</source>
        <translation>Importer prosjektark</translation>
    </message>
    <message>
        <source>Kunne ikke importere arket</source>
        <translation>Kunne ikkje importere arket</translation>
    </message>
    <message>
        <source>La inn {count} eksempelark.</source>
        <translation>La inn {count} dømeark.</translation>
    </message>
    <message>
        <source>Prisindeksen er lagret.</source>
        <translation>Prisindeksen er lagra.</translation>
    </message>
    <message>
        <source>Velg innkommende mappe</source>
        <translation>Vel innkomande mappe</translation>
    </message>
    <message>
        <source>Kunne ikke lese tillitslisten</source>
        <translation>Kunne ikkje lese tillitslista</translation>
    </message>
    <message>
        <source>Importer merknader</source>
        <translation>Importer merknader</translation>
    </message>
    <message>
        <source>Merknadspakker (*.asice)</source>
        <translation>Merknadspakkar (*.asice)</translation>
    </message>
    <message>
        <source>Sekretariatets sertifikat (som du stoler på)</source>
        <translation>Sertifikatet til sekretariatet (som du stolar på)</translation>
    </message>
    <message>
        <source>Sertifikater (*.pem *.crt *.cer);;Alle filer (*)</source>
        <translation>Sertifikat (*.pem *.crt *.cer);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Kunne ikke lese sekretariatets sertifikat</source>
        <translation>Kunne ikkje lese sertifikatet til sekretariatet</translation>
    </message>
    <message>
        <source>Merknadspakken er avvist</source>
        <translation>Merknadspakken er avvist</translation>
    </message>
    <message>
        <source>Merknadene ble ikke sendt.</source>
        <translation>Merknadene vart ikkje sende.</translation>
    </message>
    <message>
        <source>Kunne ikke sende merknadene</source>
        <translation>Kunne ikkje sende merknadene</translation>
    </message>
    <message>
        <source>1 merknad til «{title}» er signert og lagret i {path}. Send filen til arbeidsgruppen.</source>
        <translation>1 merknad til «{title}» er signert og lagra i {path}. Send fila til arbeidsgruppa.</translation>
    </message>
    <message>
        <source>{count} merknader til «{title}» er signert og lagret i {path}. Send filen til arbeidsgruppen.</source>
        <translation>{count} merknader til «{title}» er signerte og lagra i {path}. Send fila til arbeidsgruppa.</translation>
    </message>
    <message>
        <source>Kunne ikke sammenligne leveringene</source>
        <translation>Kunne ikkje samanlikne leveringane</translation>
    </message>
    <message>
        <source>Arket er levert bare én gang: det er ingenting å sammenligne med ennå.</source>
        <translation>Arket er berre levert éin gong: det er ingenting å samanlikne med enno.</translation>
    </message>
    <message>
        <source>Kunne ikke vise versjonene</source>
        <translation>Kunne ikkje vise versjonane</translation>
    </message>
    <message>
        <source>Kunne ikke lage saksmappen</source>
        <translation>Kunne ikkje lage saksmappa</translation>
    </message>
    <message>
        <source>Lagre saksmappe</source>
        <translation>Lagre saksmappe</translation>
    </message>
    <message>
        <source>Kunne ikke lagre saksmappen</source>
        <translation>Kunne ikkje lagre saksmappa</translation>
    </message>
    <message>
        <source>Saksmappen er lagret: {path}</source>
        <translation>Saksmappa er lagra: {path}</translation>
    </message>
    <message>
        <source>Innstillingene er lagret.</source>
        <translation>Innstillingane er lagra.</translation>
    </message>
    <message>
        <source>Porteføljen ({count} prosjektark) er skrevet til {path}.</source>
        <translation>Porteføljen ({count} prosjektark) er skriven til {path}.</translation>
    </message>
    <message>
        <source>Tilbake til listen</source>
        <translation>Tilbake til lista</translation>
    </message>
    <message>
        <source>Neste / forrige felt</source>
        <translation>Neste / førre felt</translation>
    </message>
    <message>
        <source>Gå til et felt</source>
        <translation>Gå til eit felt</translation>
    </message>
    <message>
        <source>Alt + understreket bokstav</source>
        <translation>Alt + understreka bokstav</translation>
    </message>
    <message>
        <source>Neste / forrige steg</source>
        <translation>Neste / førre steg</translation>
    </message>
    <message>
        <source>Neste / forrige rute (steg, skjema, funn, hjelp)</source>
        <translation>Neste / førre rute (steg, skjema, funn, hjelp)</translation>
    </message>
    <message>
        <source>Gå til feltet et funn gjelder</source>
        <translation>Gå til feltet eit funn gjeld</translation>
    </message>
    <message>
        <source>Enter i funnlisten</source>
        <translation>Enter i funnlista</translation>
    </message>
    <message>
        <source>Gå til feltet en merknad gjelder</source>
        <translation>Gå til feltet ein merknad gjeld</translation>
    </message>
    <message>
        <source>Enter i merknadslisten</source>
        <translation>Enter i merknadslista</translation>
    </message>
    <message>
        <source>Hurtigtaster</source>
        <translation>Snøggtastar</translation>
    </message>
    <message>
        <source>Lager utskriften …</source>
        <translation>Lagar utskrifta …</translation>
    </message>
    <message>
        <source>Kunne ikke skrive ut arket</source>
        <translation>Kunne ikkje skrive ut arket</translation>
    </message>
    <message>
        <source>Arket er skrevet til {path}</source>
        <translation>Arket er skrive til {path}</translation>
    </message>
    <message>
        <source>Arket er sendt til skriveren {name}.</source>
        <translation>Arket er sendt til skrivaren {name}.</translation>
    </message>
    <message>
        <source>Arket er sendt til skriveren.</source>
        <translation>Arket er sendt til skrivaren.</translation>
    </message>
    <message>
        <source>Kan ikke eksportere forslaget ennå</source>
        <translation>Kan ikkje eksportere framlegget enno</translation>
    </message>
    <message>
        <source>Velg mappe for forslaget</source>
        <translation>Vel mappe for framlegget</translation>
    </message>
    <message>
        <source>Erstatte forslaget?</source>
        <translation>Erstatte framlegget?</translation>
    </message>
    <message>
        <source>Vil du erstatte filene med dette forslaget?</source>
        <translation>Vil du erstatte filene med dette framlegget?</translation>
    </message>
    <message>
        <source>Kunne ikke eksportere forslaget</source>
        <translation>Kunne ikkje eksportere framlegget</translation>
    </message>
    <message>
        <source>Forslaget er signert og skrevet til {folder}: {names}.</source>
        <translation>Framlegget er signert og skrive til {folder}: {names}.</translation>
    </message>
    <message>
        <source>Ikke lagret</source>
        <translation>Ikkje lagra</translation>
    </message>
    <message>
        <source>Siste endringer kunne ikke lagres. Vil du avslutte likevel?</source>
        <translation>Dei siste endringane kunne ikkje lagrast. Vil du avslutte likevel?</translation>
    </message>
    <message>
        <source>Et nytt ark med endringene dine (Ctrl+Shift+S)</source>
        <translation>Eit nytt ark med endringane dine (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Last inn på nytt (forkast mine endringer)</source>
        <translation>Last inn på nytt (forkast endringane mine)</translation>
    </message>
    <message>
        <source>{error} Du kan skrive videre; det du skriver, blir ikke lagret før du velger.</source>
        <translation>{error} Du kan skrive vidare; det du skriv, blir ikkje lagra før du vel.</translation>
    </message>
</context>
<context>
    <name>outbox</name>
    <message>
        <source>Utboksen er tom.</source>
        <translation>Utboksen er tom.</translation>
    </message>
    <message>
        <source>Levert {when} til {folder}</source>
        <translation>Levert {when} til {folder}</translation>
    </message>
    <message>
        <source>Levert {when}</source>
        <translation>Levert {when}</translation>
    </message>
    <message>
        <source>{id}: {title}, revisjon {revision}, eksportert {exported} – {state}</source>
        <translation>{id}: {title}, revisjon {revision}, eksportert {exported} – {state}</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(utan namn)</translation>
    </message>
    <message>
        <source>{path} (filen mangler)</source>
        <translation>{path} (fila manglar)</translation>
    </message>
    <message>
        <source>Ingen pakker er klare til å sendes; utboksen har ingen pakker merket klar.</source>
        <translation>Ingen pakkar er klare til å sendast; utboksen har ingen pakkar merkte klare.</translation>
    </message>
    <message>
        <source>{sent} av {total} pakker er sendt til {folder}.</source>
        <translation>{sent} av {total} pakkar er sende til {folder}.</translation>
    </message>
    <message>
        <source>Klar til opplasting</source>
        <translation>Klar til opplasting</translation>
    </message>
    <message>
        <source>Levert</source>
        <translation>Levert</translation>
    </message>
</context>
<context>
    <name>outbox_dialog</name>
    <message>
        <source>Prosjektark</source>
        <translation>Prosjektark</translation>
    </message>
    <message>
        <source>Revisjon</source>
        <translation>Revisjon</translation>
    </message>
    <message>
        <source>Eksportert</source>
        <translation>Eksportert</translation>
    </message>
    <message>
        <source>Tilstand</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(utan namn)</translation>
    </message>
    <message>
        <source>{file} (filen mangler)</source>
        <translation>{file} (fila manglar)</translation>
    </message>
    <message>
        <source>Eksporter flere ark – Prosjektark</source>
        <translation>Eksporter fleire ark – Prosjektark</translation>
    </message>
    <message>
        <source>Velg arkene som skal signeres og eksporteres som pakker. Ark med feil hoppes over; du får vite hvilke til slutt.</source>
        <translation>Vel arka som skal signerast og eksporterast som pakkar. Ark med feil blir hoppa over; du får vite kva for nokre til slutt.</translation>
    </message>
    <message>
        <source>{title}   –   r{revision}, {status}</source>
        <translation>{title}   –   r{revision}, {status}</translation>
    </message>
    <message>
        <source>Velg alle</source>
        <translation>Vel alle</translation>
    </message>
    <message>
        <source>Velg ingen</source>
        <translation>Vel ingen</translation>
    </message>
    <message>
        <source>Signer og eksporter</source>
        <translation>Signer og eksporter</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Marker som levert</source>
        <translation>&amp;Merk som levert</translation>
    </message>
    <message>
        <source>&amp;Marker som ikke levert</source>
        <translation>&amp;Merk som ikkje levert</translation>
    </message>
    <message>
        <source>&amp;Send til sekretariatet …</source>
        <translation>&amp;Send til sekretariatet …</translation>
    </message>
    <message>
        <source>Leveringsmappe: ikke valgt ennå (du blir spurt første gang du sender)</source>
        <translation>Leveringsmappe: ikkje vald enno (du blir spurd første gongen du sender)</translation>
    </message>
    <message>
        <source>{sent} av 1 pakke er sendt til {folder}.</source>
        <translation>{sent} av 1 pakke er send til {folder}.</translation>
    </message>
    <message>
        <source>{sent} av {n} pakker er sendt til {folder}.</source>
        <translation>{sent} av {n} pakkar er sende til {folder}.</translation>
    </message>
    <message>
        <source>Pakkene som ikke ble sendt, ligger fortsatt i utboksen som klare.</source>
        <translation>Pakkane som ikkje vart sende, ligg framleis i utboksen som klare.</translation>
    </message>
    <message>
        <source>Sendingen ble avbrutt; resten er ikke sendt.</source>
        <translation>Sendinga vart avbroten; resten er ikkje sendt.</translation>
    </message>
    <message>
        <source>{mark} {title} (rev. {revision}): {message}</source>
        <translation>{mark} {title} (rev. {revision}): {message}</translation>
    </message>
    <message>
        <source>Utboks – Prosjektark</source>
        <translation>Utboks – Prosjektark</translation>
    </message>
    <message>
        <source>Signerte pakker du har eksportert. «Send til sekretariatet» kopierer pakkene som er klare, eller dem du har valgt, til sekretariatets leveringsmappe. Sender du en pakke på en annen måte, kan du markere den som levert her.</source>
        <translation>Signerte pakkar du har eksportert. «Send til sekretariatet» kopierer pakkane som er klare, eller dei du har valt, til leveringsmappa til sekretariatet. Sender du ein pakke på ein annan måte, kan du merkje han som levert her.</translation>
    </message>
    <message>
        <source>&amp;Bytt leveringsmappe …</source>
        <translation>&amp;Byt leveringsmappe …</translation>
    </message>
    <message>
        <source>Utboksen er tom. Signerte pakker du eksporterer, vises her.</source>
        <translation>Utboksen er tom. Signerte pakkar du eksporterer, blir viste her.</translation>
    </message>
    <message>
        <source>&amp;Åpne mappe</source>
        <translation>&amp;Opne mappe</translation>
    </message>
    <message>
        <source>&amp;Fjern fra listen</source>
        <translation>&amp;Fjern frå lista</translation>
    </message>
    <message>
        <source>Glemmer pakken i utboksen; filen blir liggende.</source>
        <translation>Gløymer pakken i utboksen; fila blir liggjande.</translation>
    </message>
    <message>
        <source>&amp;Eksporter flere …</source>
        <translation>&amp;Eksporter fleire …</translation>
    </message>
    <message>
        <source>Kopierer pakkene som er klare til leveringsmappen og markerer dem som levert. Velger du rader selv, sendes bare de valgte.</source>
        <translation>Kopierer pakkane som er klare, til leveringsmappa og merkjer dei som leverte. Vel du rader sjølv, blir berre dei valde sende.</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Leveringsmappe: {folder}</source>
        <translation>Leveringsmappe: {folder}</translation>
    </message>
    <message>
        <source>&amp;Send valgte ({n}) til sekretariatet …</source>
        <translation>&amp;Send valde ({n}) til sekretariatet …</translation>
    </message>
    <message>
        <source>&amp;Send alle klare ({n}) til sekretariatet …</source>
        <translation>&amp;Send alle klare ({n}) til sekretariatet …</translation>
    </message>
    <message>
        <source>IT-avdelingen har valgt leveringsmappen for denne maskinen.</source>
        <translation>IT-avdelinga har valt leveringsmappa for denne maskina.</translation>
    </message>
    <message>
        <source>Velg sekretariatets leveringsmappe</source>
        <translation>Vel leveringsmappa til sekretariatet</translation>
    </message>
    <message>
        <source>Ingen pakker er klare til å sendes.</source>
        <translation>Ingen pakkar er klare til å sendast.</translation>
    </message>
    <message>
        <source>Sender til sekretariatet – Prosjektark</source>
        <translation>Sender til sekretariatet – Prosjektark</translation>
    </message>
    <message>
        <source>Forbereder sending …</source>
        <translation>Førebur sending …</translation>
    </message>
    <message>
        <source>Avbryter etter pakken som sendes nå …</source>
        <translation>Avbryt etter pakken som blir send no …</translation>
    </message>
    <message>
        <source>Mappen {folder} finnes ikke lenger.</source>
        <translation>Mappa {folder} finst ikkje lenger.</translation>
    </message>
    <message>
        <source>Kunne ikke åpne mappen. Pakken ligger i {folder}.</source>
        <translation>Kunne ikkje opne mappa. Pakken ligg i {folder}.</translation>
    </message>
    <message>
        <source>Velg mappe for pakkene</source>
        <translation>Vel mappe for pakkane</translation>
    </message>
</context>
<context>
    <name>ownership</name>
    <message>
        <source>«{value}» er ikke et SHA-256-fingeravtrykk (64 heksadesimale tegn).</source>
        <translation>«{value}» er ikkje eit SHA-256-fingeravtrykk (64 heksadesimale teikn).</translation>
    </message>
    <message>
        <source>Prosjektarket {id} er ikke levert hit ennå, så det har ingen eier å overføre fra. Den første gyldige pakken for arket gjør avsenderen til eier.</source>
        <translation>Prosjektarket {id} er ikkje levert hit enno, så det har ingen eigar å overføre frå. Den første gyldige pakken for arket gjer avsendaren til eigar.</translation>
    </message>
    <message>
        <source>Prosjektarket eies allerede av {owner} (SHA-256 {fingerprint}).</source>
        <translation>Prosjektarket er allereie eigd av {owner} (SHA-256 {fingerprint}).</translation>
    </message>
    <message>
        <source>Prosjektarket eies allerede av denne signataren (SHA-256 {fingerprint}).</source>
        <translation>Prosjektarket er allereie eigd av denne signataren (SHA-256 {fingerprint}).</translation>
    </message>
    <message>
        <source>Prosjektarket ble overført av en annen i mellomtiden (nå til {owner}). Last inn på nytt og prøv igjen.</source>
        <translation>Prosjektarket vart overført av nokon annan i mellomtida (no til {owner}). Last inn på nytt og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>package</name>
    <message>
        <source>Ukjent fil i pakken: «{name}». Vedlegg må ligge under vedlegg/.</source>
        <translation>Ukjend fil i pakken: «{name}». Vedlegg må liggje under vedlegg/.</translation>
    </message>
    <message>
        <source>Ugyldig vedleggsnavn: «{name}».</source>
        <translation>Ugyldig vedleggsnamn: «{name}».</translation>
    </message>
    <message>
        <source>PDF-filen kan ikke leses.</source>
        <translation>PDF-fila kan ikkje lesast.</translation>
    </message>
    <message>
        <source>Pakken mangler {name}.</source>
        <translation>Pakken manglar {name}.</translation>
    </message>
    <message>
        <source>To filer i pakken har samme navn (uten hensyn til store/små bokstaver).</source>
        <translation>To filer i pakken har same namn (utan omsyn til store/små bokstavar).</translation>
    </message>
</context>
<context>
    <name>package_reader</name>
    <message>
        <source>Filen kan ikke leses som en pakke (ikke en ZIP-fil, eller den er avkortet/skadet).</source>
        <translation>Fila kan ikkje lesast som ein pakke (ikkje ei ZIP-fil, eller ho er avkorta/skadd).</translation>
    </message>
    <message>
        <source>Manifestet ({manifest}) må være kodet som UTF-8; andre tegnkodinger godtas ikke.</source>
        <translation>Manifestet ({manifest}) må vere koda som UTF-8; andre teiknkodingar blir ikkje godtekne.</translation>
    </message>
    <message>
        <source>Manifestet inneholder DTD/entiteter, som ikke er tillatt.</source>
        <translation>Manifestet inneheld DTD/entitetar, som ikkje er tillate.</translation>
    </message>
    <message>
        <source>Filen «{name}» i pakken er endret etter kontrollen (SHA-256 stemmer ikke med det signerte manifestet).</source>
        <translation>Fila «{name}» i pakken er endra etter kontrollen (SHA-256 stemmer ikkje med det signerte manifestet).</translation>
    </message>
    <message>
        <source>Filen «{name}» kan ikke leses fra pakken lenger; pakken er endret eller skadet etter kontrollen.</source>
        <translation>Fila «{name}» kan ikkje lesast frå pakken lenger; pakken er endra eller skadd etter kontrollen.</translation>
    </message>
    <message>
        <source>Pakken er for stor ({size} byte; grensen er {cap}).</source>
        <translation>Pakken er for stor ({size} byte; grensa er {cap}).</translation>
    </message>
    <message>
        <source>Kunne ikke lese {path}: {error}</source>
        <translation>Kunne ikkje lese {path}: {error}</translation>
    </message>
    <message>
        <source>Pakken har for mange filer ({count}; grensen er {cap}).</source>
        <translation>Pakken har for mange filer ({count}; grensa er {cap}).</translation>
    </message>
    <message>
        <source>Pakkens innholdsliste er for stor ({size} byte; grensen er {cap}): for mange filer eller for lange navn.</source>
        <translation>Innhaldslista i pakken er for stor ({size} byte; grensa er {cap}): for mange filer eller for lange namn.</translation>
    </message>
    <message>
        <source>Ugyldig filnavn i pakken (omvendt skråstrek): «{name}».</source>
        <translation>Ugyldig filnamn i pakken (omvend skråstrek): «{name}».</translation>
    </message>
    <message>
        <source>Ugyldig filnavn i pakken (absolutt sti): «{name}».</source>
        <translation>Ugyldig filnamn i pakken (absolutt sti): «{name}».</translation>
    </message>
    <message>
        <source>Ugyldig filnavn i pakken (peker utenfor pakken med «..»): «{name}».</source>
        <translation>Ugyldig filnamn i pakken (peikar utanfor pakken med «..»): «{name}».</translation>
    </message>
    <message>
        <source>Ugyldig filnavn i pakken (tom eller «.»-del): «{name}».</source>
        <translation>Ugyldig filnamn i pakken (tom eller «.»-del): «{name}».</translation>
    </message>
    <message>
        <source>Ugyldig filnavn i pakken (kontrolltegn): {name}.</source>
        <translation>Ugyldig filnamn i pakken (kontrollteikn): {name}.</translation>
    </message>
    <message>
        <source>Manifestet er for stort ({size} byte; grensen er {cap}).</source>
        <translation>Manifestet er for stort ({size} byte; grensa er {cap}).</translation>
    </message>
    <message>
        <source>Signaturfilen er for stor ({size} byte; grensen er {cap}).</source>
        <translation>Signaturfila er for stor ({size} byte; grensa er {cap}).</translation>
    </message>
    <message>
        <source>{name} er for stor ({size} byte; grensen er {cap}).</source>
        <translation>{name} er for stor ({size} byte; grensa er {cap}).</translation>
    </message>
    <message>
        <source>Pakken pakker ut til for mye data ({size} byte; grensen er {cap}).</source>
        <translation>Pakken pakkar ut til for mykje data ({size} byte; grensa er {cap}).</translation>
    </message>
    <message>
        <source>Filen «{name}» er kryptert; krypterte filer godtas ikke.</source>
        <translation>Fila «{name}» er kryptert; krypterte filer blir ikkje godtekne.</translation>
    </message>
    <message>
        <source>Filen «{name}» er en symbolsk lenke; lenker godtas ikke.</source>
        <translation>Fila «{name}» er ei symbolsk lenkje; lenkjer blir ikkje godtekne.</translation>
    </message>
    <message>
        <source>Filen «{name}» bruker en komprimering som ikke støttes.</source>
        <translation>Fila «{name}» brukar ei komprimering som ikkje er støtta.</translation>
    </message>
    <message>
        <source>Filen «{name}» er mistenkelig hardt komprimert (forhold {ratio}:1; grensen er {cap}:1), mulig ZIP-bombe.</source>
        <translation>Fila «{name}» er mistenkeleg hardt komprimert (forhold {ratio}:1; grensa er {cap}:1), mogleg ZIP-bombe.</translation>
    </message>
    <message>
        <source>Pakken har to filer med samme navn: «{first}» og «{second}» (uten hensyn til store/små bokstaver og Unicode-normalisering).</source>
        <translation>Pakken har to filer med same namn: «{first}» og «{second}» (utan omsyn til store/små bokstavar og Unicode-normalisering).</translation>
    </message>
    <message>
        <source>Filene «{first}» og «{second}» overlapper hverandre i ZIP-filen, mulig ZIP-bombe.</source>
        <translation>Filene «{first}» og «{second}» overlappar kvarandre i ZIP-fila, mogleg ZIP-bombe.</translation>
    </message>
    <message>
        <source>Pakken mangler filen «mimetype»; den er ikke en ASiC-E-pakke.</source>
        <translation>Pakken manglar fila «mimetype»; dette er ikkje ein ASiC-E-pakke.</translation>
    </message>
    <message>
        <source>Filen «mimetype» må være den første i pakken.</source>
        <translation>Fila «mimetype» må vere den første i pakken.</translation>
    </message>
    <message>
        <source>Filen «mimetype» må være lagret ukomprimert.</source>
        <translation>Fila «mimetype» må vere lagra ukomprimert.</translation>
    </message>
    <message>
        <source>Filen «mimetype» mangler eller er skadet.</source>
        <translation>Fila «mimetype» manglar eller er skadd.</translation>
    </message>
    <message>
        <source>Filen «mimetype» må være den første i pakken, lagret ukomprimert.</source>
        <translation>Fila «mimetype» må vere den første i pakken, lagra ukomprimert.</translation>
    </message>
    <message>
        <source>Filen «mimetype» skal ikke ha ekstrafelt i ZIP-hodet.</source>
        <translation>Fila «mimetype» skal ikkje ha ekstrafelt i ZIP-hovudet.</translation>
    </message>
    <message>
        <source>Filen «mimetype» må inneholde nøyaktig «{mimetype}».</source>
        <translation>Fila «mimetype» må innehalde nøyaktig «{mimetype}».</translation>
    </message>
    <message>
        <source>Filen «{name}» pakker ut til mer enn den oppgir.</source>
        <translation>Fila «{name}» pakkar ut til meir enn ho oppgjev.</translation>
    </message>
    <message>
        <source>Filen «{name}» i pakken er skadet ({error}).</source>
        <translation>Fila «{name}» i pakken er skadd ({error}).</translation>
    </message>
    <message>
        <source>Manifestet ({manifest}) er ikke gyldig XML.</source>
        <translation>Manifestet ({manifest}) er ikkje gyldig XML.</translation>
    </message>
    <message>
        <source>{manifest} er ikke et ASiCManifest.</source>
        <translation>{manifest} er ikkje eit ASiCManifest.</translation>
    </message>
    <message>
        <source>Manifestet peker ikke på signaturen {signature}.</source>
        <translation>Manifestet peikar ikkje på signaturen {signature}.</translation>
    </message>
    <message>
        <source>Manifestet har en ufullstendig filreferanse.</source>
        <translation>Manifestet har ein ufullstendig filreferanse.</translation>
    </message>
    <message>
        <source>Manifestet nevner «{name}» mer enn én gang.</source>
        <translation>Manifestet nemner «{name}» meir enn éin gong.</translation>
    </message>
    <message>
        <source>Manifestet har en ugyldig sjekksum for «{name}».</source>
        <translation>Manifestet har ein ugyldig sjekksum for «{name}».</translation>
    </message>
    <message>
        <source>Filen «{name}» står i manifestet, men mangler i pakken.</source>
        <translation>Fila «{name}» står i manifestet, men manglar i pakken.</translation>
    </message>
    <message>
        <source>Filen «{name}» ligger i pakken, men står ikke i manifestet (ikke signert).</source>
        <translation>Fila «{name}» ligg i pakken, men står ikkje i manifestet (ikkje signert).</translation>
    </message>
    <message>
        <source>Manifestet bruker en sjekksumalgoritme som ikke støttes for «{name}».</source>
        <translation>Manifestet brukar ein sjekksumalgoritme som ikkje er støtta, for «{name}».</translation>
    </message>
    <message>
        <source>Pakken mangler {name}.</source>
        <translation>Pakken manglar {name}.</translation>
    </message>
    <message>
        <source>Signaturen stemmer ikke med manifestet; manifestet er endret.</source>
        <translation>Signaturen stemmer ikkje med manifestet; manifestet er endra.</translation>
    </message>
    <message>
        <source>Signaturen over manifestet er ugyldig.</source>
        <translation>Signaturen over manifestet er ugyldig.</translation>
    </message>
    <message>
        <source>Fant ikke signeringssertifikatet i signaturen.</source>
        <translation>Fann ikkje signeringssertifikatet i signaturen.</translation>
    </message>
    <message>
        <source>Pakken er signert av {signer}, som ikke er i tillitslisten.</source>
        <translation>Pakken er signert av {signer}, som ikkje er i tillitslista.</translation>
    </message>
    <message>
        <source>PDF-en i pakken er ikke signert.</source>
        <translation>PDF-en i pakken er ikkje signert.</translation>
    </message>
    <message>
        <source>PDF-signaturen er ugyldig; PDF-en er endret etter signering.</source>
        <translation>PDF-signaturen er ugyldig; PDF-en er endra etter signering.</translation>
    </message>
    <message>
        <source>PDF-en er endret etter at den ble signert (tillegg etter signaturen).</source>
        <translation>PDF-en er endra etter at han vart signert (tillegg etter signaturen).</translation>
    </message>
    <message>
        <source>PDF-en er signert av {pdf_signer}, men pakken av {package_signer}; de må være samme sertifikat.</source>
        <translation>PDF-en er signert av {pdf_signer}, men pakken av {package_signer}; dei må vere same sertifikat.</translation>
    </message>
    <message>
        <source>PDF-ens signeringssertifikat er ikke i tillitslisten.</source>
        <translation>Signeringssertifikatet til PDF-en er ikkje i tillitslista.</translation>
    </message>
    <message>
        <source>Vedlegget {problem} Filen i pakken er {member}.</source>
        <translation>Vedlegget {problem} Fila i pakken er {member}.</translation>
    </message>
    <message>
        <source>Uventet feil under kontrollen av pakken: {error}</source>
        <translation>Uventa feil under kontrollen av pakken: {error}</translation>
    </message>
    <message>
        <source>Pakken mangler manifestet {manifest}.</source>
        <translation>Pakken manglar manifestet {manifest}.</translation>
    </message>
    <message>
        <source>Pakken mangler signaturen {signature}.</source>
        <translation>Pakken manglar signaturen {signature}.</translation>
    </message>
    <message>
        <source>Filene i pakken er ikke kontrollert videre, fordi signaturen over manifestet ikke kan godtas.</source>
        <translation>Filene i pakken er ikkje kontrollerte vidare, fordi signaturen over manifestet ikkje kan godtakast.</translation>
    </message>
    <message>
        <source>Filen «{name}» er endret etter signering (SHA-256 stemmer ikke med manifestet).</source>
        <translation>Fila «{name}» er endra etter signering (SHA-256 stemmer ikkje med manifestet).</translation>
    </message>
    <message>
        <source>{name} er ikke gyldig JSON (UTF-8).</source>
        <translation>{name} er ikkje gyldig JSON (UTF-8).</translation>
    </message>
</context>
<context>
    <name>pades</name>
    <message>
        <source>Signert av: {name}</source>
        <translation>Signert av: {name}</translation>
    </message>
    <message>
        <source>Tid: {time}</source>
        <translation>Tid: {time}</translation>
    </message>
    <message>
        <source>Revisjon: {revision}</source>
        <translation>Revisjon: {revision}</translation>
    </message>
    <message>
        <source>Signaturstempelet kan ikke vise disse tegnene: {characters}.</source>
        <translation>Signaturstempelet kan ikkje vise desse teikna: {characters}.</translation>
    </message>
    <message>
        <source>Kunne ikke signere PDF-en: {reason}</source>
        <translation>Kunne ikkje signere PDF-en: {reason}</translation>
    </message>
    <message>
        <source>PDF-filen kan ikke leses.</source>
        <translation>PDF-fila kan ikkje lesast.</translation>
    </message>
    <message>
        <source>PDF-en er ikke signert.</source>
        <translation>PDF-en er ikkje signert.</translation>
    </message>
    <message>
        <source>PDF-signaturen kunne ikke kontrolleres: {reason}</source>
        <translation>PDF-signaturen kunne ikkje kontrollerast: {reason}</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <source>Bruk minst {min} tegn, helst fire eller flere vanlige ord med mellomrom som ikke hører sammen.</source>
        <translation>Bruk minst {min} teikn, helst fire eller fleire vanlege ord med mellomrom som ikkje høyrer saman.</translation>
    </message>
    <message>
        <source>Passordet kan ikke være tomt.</source>
        <translation>Passordet kan ikkje vere tomt.</translation>
    </message>
    <message>
        <source>Passordet er ikke godt nok. {hint} {advice}</source>
        <translation>Passordet er ikkje godt nok. {hint} {advice}</translation>
    </message>
    <message>
        <source>For lett å gjette: det inneholder navnet, e-posten eller organisasjonen din.</source>
        <translation>For lett å gjette: det inneheld namnet, e-posten eller organisasjonen din.</translation>
    </message>
    <message>
        <source>For vanlig: det bygger på et mye brukt passord.</source>
        <translation>For vanleg: det byggjer på eit mykje brukt passord.</translation>
    </message>
    <message>
        <source>For lett å gjette: det gjentar det samme flere ganger.</source>
        <translation>For lett å gjette: det gjentek det same fleire gonger.</translation>
    </message>
    <message>
        <source>For lett å gjette: det er et mønster på tastaturet, som «qwerty».</source>
        <translation>For lett å gjette: det er eit mønster på tastaturet, som «qwerty».</translation>
    </message>
    <message>
        <source>For lett å gjette: det er en rekke, som «abc» eller «123».</source>
        <translation>For lett å gjette: det er ei rekkje, som «abc» eller «123».</translation>
    </message>
    <message>
        <source>For lett å gjette: det bygger på en dato eller et årstall.</source>
        <translation>For lett å gjette: det byggjer på ein dato eller eit årstal.</translation>
    </message>
    <message>
        <source>For lett å gjette: legg til et par ord til.</source>
        <translation>For lett å gjette: legg til eit par ord til.</translation>
    </message>
    <message>
        <source>Bruk minst {min} tegn, helst fire eller flere ord.</source>
        <translation>Bruk minst {min} teikn, helst fire eller fleire ord.</translation>
    </message>
    <message>
        <source>For kort: {missing} tegn til (minst {min}).</source>
        <translation>For kort: {missing} teikn til (minst {min}).</translation>
    </message>
    <message>
        <source>Sterkt passord.</source>
        <translation>Sterkt passord.</translation>
    </message>
    <message>
        <source>Godkjent. Fire eller flere ord med mellomrom gjør det enda sterkere.</source>
        <translation>Godkjent. Fire eller fleire ord med mellomrom gjer det endå sterkare.</translation>
    </message>
</context>
<context>
    <name>passphrase_dialog</name>
    <message>
        <source>Signer – Prosjektark</source>
        <translation>Signer – Prosjektark</translation>
    </message>
    <message>
        <source>Skriv passordet til signeringsidentiteten din for å signere.</source>
        <translation>Skriv passordet til signeringsidentiteten din for å signere.</translation>
    </message>
    <message>
        <source>Passord</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>&amp;Passord:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>Lås opp og signer</source>
        <translation>Lås opp og signer</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Feil passord. Prøv igjen.</source>
        <translation>Feil passord. Prøv igjen.</translation>
    </message>
    <message>
        <source>Bytt passord – Prosjektark</source>
        <translation>Byt passord – Prosjektark</translation>
    </message>
    <message>
        <source>Bytt passord</source>
        <translation>Byt passord</translation>
    </message>
    <message>
        <source>&amp;Nytt passord:</source>
        <translation>&amp;Nytt passord:</translation>
    </message>
    <message>
        <source>&amp;Gjenta nytt passord:</source>
        <translation>&amp;Gjenta nytt passord:</translation>
    </message>
    <message>
        <source>Svakt passord – Prosjektark</source>
        <translation>Svakt passord – Prosjektark</translation>
    </message>
    <message>
        <source>Passordet til identiteten din er svakere enn det Prosjektark nå krever: minst 12 tegn og ikke et vanlig passord. Den som får tak i identitetsfilen, kan gjette et svakt passord raskt og signere i ditt navn.</source>
        <translation>Passordet til identiteten din er svakare enn det Prosjektark no krev: minst 12 teikn og ikkje eit vanleg passord. Den som får tak i identitetsfila, kan gjette eit svakt passord raskt og signere i namnet ditt.</translation>
    </message>
    <message>
        <source>Vil du bytte til et sterkere passord nå?</source>
        <translation>Vil du byte til eit sterkare passord no?</translation>
    </message>
    <message>
        <source>&amp;Bytt passord …</source>
        <translation>&amp;Byt passord …</translation>
    </message>
    <message>
        <source>&amp;Ikke nå</source>
        <translation>&amp;Ikkje no</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>Plass for elektronisk signatur</source>
        <translation>Plass til elektronisk signatur</translation>
    </message>
    <message>
        <source>Ikke signert – denne PDF-en er ikke en signert leveranse</source>
        <translation>Ikkje signert – denne PDF-en er ikkje ein signert leveranse</translation>
    </message>
    <message>
        <source>Ikke signert</source>
        <translation>Ikkje signert</translation>
    </message>
    <message>
        <source>Denne PDF-en er ikke en</source>
        <translation>Denne PDF-en er ikkje ein</translation>
    </message>
    <message>
        <source>signert leveranse.</source>
        <translation>signert leveranse.</translation>
    </message>
    <message>
        <source>UTKAST</source>
        <translation>UTKAST</translation>
    </message>
    <message>
        <source>PDF-en kan ikke lages: skriften i PDF-en har ikke disse tegnene, og de blir ikke byttet ut med andre.
{characters}
Fjern tegnene eller skriv dem på en annen måte, og prøv igjen. Ingenting er signert.</source>
        <translation>PDF-en kan ikkje lagast: skrifta i PDF-en har ikkje desse teikna, og dei blir ikkje bytte ut med andre.
{characters}
Fjern teikna eller skriv dei på ein annan måte, og prøv igjen. Ingenting er signert.</translation>
    </message>
    <message>
        <source>«{code}» (usynlig tegn: {name})</source>
        <translation>«{code}» (usynleg teikn: {name})</translation>
    </message>
    <message>
        <source>«{code}» (usynlig tegn)</source>
        <translation>«{code}» (usynleg teikn)</translation>
    </message>
    <message>
        <source>Dokumentet</source>
        <translation>Dokumentet</translation>
    </message>
    <message>
        <source>Side {page} av {total}</source>
        <translation>Side {page} av {total}</translation>
    </message>
    <message>
        <source>{section}: {column}, rad {row}</source>
        <translation>{section}: {column}, rad {row}</translation>
    </message>
    <message>
        <source>Funn fra regelkontrollen</source>
        <translation>Funn frå regelkontrollen</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Finansieringsform</source>
        <translation>Finansieringsform</translation>
    </message>
    <message>
        <source>Tiltaksområde</source>
        <translation>Tiltaksområde</translation>
    </message>
    <message>
        <source>Kommune(r)</source>
        <translation>Kommune(ar)</translation>
    </message>
    <message>
        <source>Ansvarlig etat</source>
        <translation>Ansvarleg etat</translation>
    </message>
    <message>
        <source>Forventet kostnad</source>
        <translation>Forventa kostnad</translation>
    </message>
    <message>
        <source>Revisjon</source>
        <translation>Revisjon</translation>
    </message>
    <message>
        <source>{revision}, sist endret {modified}</source>
        <translation>{revision}, sist endra {modified}</translation>
    </message>
    <message>
        <source>Tittel</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Uten navn</source>
        <translation>Utan namn</translation>
    </message>
    <message>
        <source>PROSJEKTARK</source>
        <translation>PROSJEKTARK</translation>
    </message>
    <message>
        <source>{amount} ({year}-kroner)</source>
        <translation>{amount} ({year}-kroner)</translation>
    </message>
    <message>
        <source>Krav til usikkerhet</source>
        <translation>Krav til usikkerheit</translation>
    </message>
    <message>
        <source>{low}–{high} standardavvik for {estimate}</source>
        <translation>{low}–{high} standardavvik for {estimate}</translation>
    </message>
    <message>
        <source>Opprinnelig beløp</source>
        <translation>Opphavleg beløp</translation>
    </message>
    <message>
        <source>{amount} i {year}-kroner</source>
        <translation>{amount} i {year}-kroner</translation>
    </message>
    <message>
        <source>Ingen spørsmål for denne fasen.</source>
        <translation>Ingen spørsmål for denne fasen.</translation>
    </message>
    <message>
        <source>Spørsmål</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Grunngjeving</translation>
    </message>
    <message>
        <source>Ingen kostnadsposter er lagt inn.</source>
        <translation>Ingen kostnadspostar er lagde inn.</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Lav (MNOK)</source>
        <translation>Låg (MNOK)</translation>
    </message>
    <message>
        <source>Mest sannsynlig (MNOK)</source>
        <translation>Mest sannsynleg (MNOK)</translation>
    </message>
    <message>
        <source>Høy (MNOK)</source>
        <translation>Høg (MNOK)</translation>
    </message>
    <message>
        <source>Lav og høy leses som P10 og P90.</source>
        <translation>Låg og høg skal lesast som P10 og P90.</translation>
    </message>
    <message>
        <source>Ingen finansiering er lagt inn.</source>
        <translation>Inga finansiering er lagd inn.</translation>
    </message>
    <message>
        <source>År</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Beløp i MNOK, {year}-kroner.</source>
        <translation>Beløp i MNOK, {year}-kroner.</translation>
    </message>
    <message>
        <source>Ingen mål er scoret.</source>
        <translation>Ingen mål har fått poeng.</translation>
    </message>
    <message>
        <source>Sum poeng</source>
        <translation>Sum poeng</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Poeng</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Poeng: 0 = ingen, 1 = lite, 2 = middels, 3 = stort bidrag til målet.</source>
        <translation>Poeng: 0 = ikkje noko, 1 = lite, 2 = middels, 3 = stort bidrag til målet.</translation>
    </message>
    <message>
        <source>Ingen risikoer er registrert.</source>
        <translation>Ingen risikoar er registrerte.</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Risiko</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>S × K</source>
        <translation>S × K</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>S = sannsynlighet, K = konsekvens, fra 1 (lav) til 5 (høy).</source>
        <translation>S = sannsyn, K = konsekvens, frå 1 (låg) til 5 (høg).</translation>
    </message>
    <message>
        <source>Ingen milepæler er registrert.</source>
        <translation>Ingen milepælar er registrerte.</translation>
    </message>
    <message>
        <source>Fullført</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Planlagt</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Milepæl</source>
        <translation>Milepæl</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Ingen behandling er registrert.</source>
        <translation>Inga handsaming er registrert.</translation>
    </message>
    <message>
        <source>Politisk</source>
        <translation>Politisk</translation>
    </message>
    <message>
        <source>Administrativ</source>
        <translation>Administrativ</translation>
    </message>
    <message>
        <source>Organ</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>Overgang</source>
        <translation>Overgang</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Vedtak</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>Ingen vedlegg.</source>
        <translation>Ingen vedlegg.</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Størrelse</source>
        <translation>Storleik</translation>
    </message>
    <message>
        <source>SHA-256 (start)</source>
        <translation>SHA-256 (start)</translation>
    </message>
    <message>
        <source>Beskrivelse</source>
        <translation>Skildring</translation>
    </message>
    <message>
        <source>Hele SHA-256-summen av hver fil står i prosjektark.json og i pakkens manifest.</source>
        <translation>Heile SHA-256-summen av kvar fil står i prosjektark.json og i manifestet til pakken.</translation>
    </message>
    <message>
        <source>Status og neste behandling</source>
        <translation>Status og neste handsaming</translation>
    </message>
    <message>
        <source>Neste faseovergang</source>
        <translation>Neste faseovergang</translation>
    </message>
    <message>
        <source>Ingen: utbygging er den siste fasen.</source>
        <translation>Ingen: utbygging er den siste fasen.</translation>
    </message>
    <message>
        <source>{start} til {end} ({transition})</source>
        <translation>{start} til {end} ({transition})</translation>
    </message>
    <message>
        <source>{body} (politisk behandling)</source>
        <translation>{body} (politisk handsaming)</translation>
    </message>
    <message>
        <source>{body} (administrativ)</source>
        <translation>{body} (administrativ)</translation>
    </message>
    <message>
        <source>Behandles av</source>
        <translation>Blir handsama av</translation>
    </message>
    <message>
        <source>Grunnlag</source>
        <translation>Grunnlag</translation>
    </message>
    <message>
        <source>Forventet kostnad {amount}</source>
        <translation>Forventa kostnad {amount}</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Merk</source>
        <translation>Merk</translation>
    </message>
    <message>
        <source>Måloppnåelse</source>
        <translation>Måloppnåing</translation>
    </message>
    <message>
        <source>{points} av {maximum} poeng ({scored} av {goals} mål har poeng)</source>
        <translation>{points} av {maximum} poeng ({scored} av {goals} mål har poeng)</translation>
    </message>
    <message>
        <source>Ingen funn: regelkontrollen fant ingen mangler eller brudd.</source>
        <translation>Ingen funn: regelkontrollen fann ingen manglar eller brot.</translation>
    </message>
    <message>
        <source>{count} feil</source>
        <translation>{count} feil</translation>
    </message>
    <message>
        <source>{count} advarsel</source>
        <translation>{count} åtvaring</translation>
    </message>
    <message>
        <source>{count} advarsler</source>
        <translation>{count} åtvaringar</translation>
    </message>
    <message>
        <source>{count} til informasjon</source>
        <translation>{count} til informasjon</translation>
    </message>
    <message>
        <source>{items} og {last}</source>
        <translation>{items} og {last}</translation>
    </message>
    <message>
        <source>Regelkontrollen fant {findings}. Feil må rettes før arket kan signeres.</source>
        <translation>Regelkontrollen fann {findings}. Feil må rettast før arket kan signerast.</translation>
    </message>
    <message>
        <source>Regelkontrollen fant {findings}.</source>
        <translation>Regelkontrollen fann {findings}.</translation>
    </message>
    <message>
        <source>Steg</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Verdier fra felt skjemaet ikke lenger har. De er med i arket slik de ble fylt ut.</source>
        <translation>Verdiar frå felt som skjemaet ikkje lenger har. Dei er med i arket slik dei vart fylte ut.</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Verdi</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Hele arket</source>
        <translation>Heile arket</translation>
    </message>
    <message>
        <source>Saksbehandling</source>
        <translation>Sakshandsaming</translation>
    </message>
    <message>
        <source>Ikke mottatt til behandling ennå.</source>
        <translation>Ikkje motteke til handsaming enno.</translation>
    </message>
    <message>
        <source>Saksstatus</source>
        <translation>Saksstatus</translation>
    </message>
    <message>
        <source>Betyr</source>
        <translation>Tyder</translation>
    </message>
    <message>
        <source>{date} ({days} dag)</source>
        <translation>{date} ({days} dag)</translation>
    </message>
    <message>
        <source>{date} ({days} dager)</source>
        <translation>{date} ({days} dagar)</translation>
    </message>
    <message>
        <source>Siden</source>
        <translation>Sidan</translation>
    </message>
    <message>
        <source>Ny revisjon</source>
        <translation>Ny revisjon</translation>
    </message>
    <message>
        <source>Ja: en ny revisjon er mottatt siden saksstatusen sist ble endret.</source>
        <translation>Ja: ein ny revisjon er motteken sidan saksstatusen sist vart endra.</translation>
    </message>
    <message>
        <source>Revisjon av arket</source>
        <translation>Revisjon av arket</translation>
    </message>
    <message>
        <source>Saksmappen er laget</source>
        <translation>Saksmappa er laga</translation>
    </message>
    <message>
        <source>Merknader fra sekretariatet</source>
        <translation>Merknader frå sekretariatet</translation>
    </message>
    <message>
        <source>Ingen merknader.</source>
        <translation>Ingen merknader.</translation>
    </message>
    <message>
        <source>{count} merknad, {open} ikke besvart.</source>
        <translation>{count} merknad, {open} ikkje svara.</translation>
    </message>
    <message>
        <source>{count} merknad, alle besvart.</source>
        <translation>{count} merknad, alle svara.</translation>
    </message>
    <message>
        <source>{count} merknader, {open} ikke besvart.</source>
        <translation>{count} merknader, {open} ikkje svara.</translation>
    </message>
    <message>
        <source>{count} merknader, alle besvart.</source>
        <translation>{count} merknader, alle svara.</translation>
    </message>
    <message>
        <source>revisjon {revision}</source>
        <translation>revisjon {revision}</translation>
    </message>
    <message>
        <source>ikke sendt</source>
        <translation>ikkje sendt</translation>
    </message>
    <message>
        <source>levert med revisjon {revision}</source>
        <translation>levert med revisjon {revision}</translation>
    </message>
    <message>
        <source>Ikke besvart</source>
        <translation>Ikkje svara</translation>
    </message>
    <message>
        <source>Gjelder</source>
        <translation>Gjeld</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Sakshistorikk</source>
        <translation>Sakshistorikk</translation>
    </message>
    <message>
        <source>Ingen hendelser er registrert.</source>
        <translation>Ingen hendingar er registrerte.</translation>
    </message>
    <message>
        <source>Alt som er registrert om arket, eldste først, i lokal tid. «Utført av» er navnet og starten av SHA-256-fingeravtrykket til sertifikatet personen brukte.</source>
        <translation>Alt som er registrert om arket, eldste først, i lokal tid. «Utført av» er namnet og starten av SHA-256-fingeravtrykket til sertifikatet personen brukte.</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Hendelse</source>
        <translation>Hending</translation>
    </message>
    <message>
        <source>Utført av</source>
        <translation>Utført av</translation>
    </message>
    <message>
        <source>Utkast</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Klar</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Prosjektark</source>
        <translation>Prosjektark</translation>
    </message>
    <message>
        <source>Saksmappe</source>
        <translation>Saksmappe</translation>
    </message>
    <message>
        <source>Saksmappe: {title}</source>
        <translation>Saksmappe: {title}</translation>
    </message>
    <message>
        <source>Prosjektark, {programme}, revisjon {revision}</source>
        <translation>Prosjektark, {programme}, revisjon {revision}</translation>
    </message>
    <message>
        <source>Prosjektark-ID {id} · revisjon {revision}</source>
        <translation>Prosjektark-ID {id} · revisjon {revision}</translation>
    </message>
</context>
<context>
    <name>pdfa</name>
    <message>
        <source>En kryptert PDF kan ikke bli PDF/A.</source>
        <translation>Ein kryptert PDF kan ikkje bli PDF/A.</translation>
    </message>
    <message>
        <source>PDF-filen kan ikke leses: {error}</source>
        <translation>PDF-fila kan ikkje lesast: {error}</translation>
    </message>
</context>
<context>
    <name>portfolio</name>
    <message>
        <source>«{path}» er en mappe; oppgi et filnavn, f.eks. portefolje.xlsx.</source>
        <translation>«{path}» er ei mappe; oppgje eit filnamn, t.d. portefolje.xlsx.</translation>
    </message>
    <message>
        <source>Mappen «{path}» finnes ikke.</source>
        <translation>Mappa «{path}» finst ikkje.</translation>
    </message>
    <message>
        <source>Skrev {path} (1 prosjektark).</source>
        <translation>Skreiv {path} (1 prosjektark).</translation>
    </message>
    <message>
        <source>Skrev {path} ({n} prosjektark).</source>
        <translation>Skreiv {path} ({n} prosjektark).</translation>
    </message>
    <message>
        <source>Vektet målpoeng</source>
        <translation>Vekta målpoeng</translation>
    </message>
    <message>
        <source>Sum målpoeng</source>
        <translation>Sum målpoeng</translation>
    </message>
    <message>
        <source>Kostnad per poeng</source>
        <translation>Kostnad per poeng</translation>
    </message>
    <message>
        <source>Ingen av programmets mål har poeng med begrunnelse.</source>
        <translation>Ingen av måla til programmet har poeng med grunngjeving.</translation>
    </message>
    <message>
        <source>Målpoeng uten begrunnelse for ett mål.</source>
        <translation>Målpoeng utan grunngjeving for eitt mål.</translation>
    </message>
    <message>
        <source>Målpoeng uten begrunnelse for {count} mål.</source>
        <translation>Målpoeng utan grunngjeving for {count} mål.</translation>
    </message>
    <message>
        <source>1 feil</source>
        <translation>1 feil</translation>
    </message>
    <message>
        <source>{count} feil</source>
        <translation>{count} feil</translation>
    </message>
    <message>
        <source>1 advarsel som ikke er kvittert ut</source>
        <translation>1 åtvaring som ikkje er kvittert ut</translation>
    </message>
    <message>
        <source>{count} advarsler som ikke er kvittert ut</source>
        <translation>{count} åtvaringar som ikkje er kvitterte ut</translation>
    </message>
    <message>
        <source>Arket har {errors} og {warnings}.</source>
        <translation>Arket har {errors} og {warnings}.</translation>
    </message>
    <message>
        <source>Arket har {problems}.</source>
        <translation>Arket har {problems}.</translation>
    </message>
    <message>
        <source>Kostnaden mangler prisår; programmet regner i {wanted}-kroner.</source>
        <translation>Kostnaden manglar prisår; programmet reknar i {wanted}-kroner.</translation>
    </message>
    <message>
        <source>Kostnaden er i {actual}-kroner; programmet regner i {wanted}-kroner.</source>
        <translation>Kostnaden er i {actual}-kroner; programmet reknar i {wanted}-kroner.</translation>
    </message>
    <message>
        <source>Forventet kostnad mangler.</source>
        <translation>Forventa kostnad manglar.</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(utan namn)</translation>
    </message>
    <message>
        <source>Arket er ikke lenger levert (slettet eller i papirkurven).</source>
        <translation>Arket er ikkje lenger levert (sletta eller i papirkorga).</translation>
    </message>
    <message>
        <source>Arket er trukket.</source>
        <translation>Arket er trekt.</translation>
    </message>
    <message>
        <source>Revisjon {delivered} er levert; scenarioet bruker revisjon {used}.</source>
        <translation>Revisjon {delivered} er levert; scenarioet brukar revisjon {used}.</translation>
    </message>
    <message>
        <source>Nytt navn «{new}» (var «{old}»)</source>
        <translation>Nytt namn «{new}» (var «{old}»)</translation>
    </message>
    <message>
        <source>La til {sheet}</source>
        <translation>La til {sheet}</translation>
    </message>
    <message>
        <source>Tok med {sheet}</source>
        <translation>Tok med {sheet}</translation>
    </message>
    <message>
        <source>Tok ut {sheet} ({reason})</source>
        <translation>Tok ut {sheet} ({reason})</translation>
    </message>
    <message>
        <source>Tok ut {sheet}</source>
        <translation>Tok ut {sheet}</translation>
    </message>
    <message>
        <source>Endret begrunnelsen for {sheet}</source>
        <translation>Endra grunngjevinga for {sheet}</translation>
    </message>
    <message>
        <source>Oppdaterte {sheet} til revisjon {revision}</source>
        <translation>Oppdaterte {sheet} til revisjon {revision}</translation>
    </message>
    <message>
        <source>Flyttet {sheet} fra plass {old} til {new}</source>
        <translation>Flytte {sheet} frå plass {old} til {new}</translation>
    </message>
    <message>
        <source>Fjernet {sheet}</source>
        <translation>Fjerna {sheet}</translation>
    </message>
    <message>
        <source>Ingen endring.</source>
        <translation>Inga endring.</translation>
    </message>
    <message>
        <source>Flyttet finansieringen av {sheet} tilbake til opprinnelige år</source>
        <translation>Flytte finansieringa av {sheet} tilbake til opphavlege år</translation>
    </message>
    <message>
        <source>Flyttet finansieringen av {sheet} 1 år senere</source>
        <translation>Flytte finansieringa av {sheet} 1 år seinare</translation>
    </message>
    <message>
        <source>Flyttet finansieringen av {sheet} 1 år tidligere</source>
        <translation>Flytte finansieringa av {sheet} 1 år tidlegare</translation>
    </message>
    <message>
        <source>Flyttet finansieringen av {sheet} {years} år senere</source>
        <translation>Flytte finansieringa av {sheet} {years} år seinare</translation>
    </message>
    <message>
        <source>Flyttet finansieringen av {sheet} {years} år tidligere</source>
        <translation>Flytte finansieringa av {sheet} {years} år tidlegare</translation>
    </message>
    <message>
        <source>Portefølje</source>
        <translation>Portefølje</translation>
    </message>
    <message>
        <source>Per tiltaksområde</source>
        <translation>Per tiltaksområde</translation>
    </message>
    <message>
        <source>Utskrift</source>
        <translation>Utskrift</translation>
    </message>
    <message>
        <source>(uten tiltaksområde)</source>
        <translation>(utan tiltaksområde)</translation>
    </message>
    <message>
        <source>Andre år (MNOK)</source>
        <translation>Andre år (MNOK)</translation>
    </message>
    <message>
        <source>Sum finansiering (MNOK)</source>
        <translation>Sum finansiering (MNOK)</translation>
    </message>
    <message>
        <source>Signert</source>
        <translation>Signert</translation>
    </message>
    <message>
        <source>Signert av</source>
        <translation>Signert av</translation>
    </message>
    <message>
        <source>Fingeravtrykk</source>
        <translation>Fingeravtrykk</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Prosjektnavn</source>
        <translation>Prosjektnamn</translation>
    </message>
    <message>
        <source>Kommune(r)</source>
        <translation>Kommune(ar)</translation>
    </message>
    <message>
        <source>Ansvarlig etat</source>
        <translation>Ansvarleg etat</translation>
    </message>
    <message>
        <source>Tiltaksområde</source>
        <translation>Tiltaksområde</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Finansieringsform</source>
        <translation>Finansieringsform</translation>
    </message>
    <message>
        <source>Forventet kostnad (MNOK)</source>
        <translation>Forventa kostnad (MNOK)</translation>
    </message>
    <message>
        <source>Standardavvik (%)</source>
        <translation>Standardavvik (%)</translation>
    </message>
    <message>
        <source>Type estimat</source>
        <translation>Type estimat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Feil</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Advarsler</source>
        <translation>Åtvaringar</translation>
    </message>
    <message>
        <source>Målpoeng</source>
        <translation>Målpoeng</translation>
    </message>
    <message>
        <source>Maks poeng</source>
        <translation>Maks poeng</translation>
    </message>
    <message>
        <source>Neste beslutning</source>
        <translation>Neste avgjerd</translation>
    </message>
    <message>
        <source>Revisjon</source>
        <translation>Revisjon</translation>
    </message>
    <message>
        <source>Prosjektark-ID</source>
        <translation>Prosjektark-ID</translation>
    </message>
    <message>
        <source>Portefølje – Prosjektark</source>
        <translation>Portefølje – Prosjektark</translation>
    </message>
    <message>
        <source>{transition}: uavklart (kostnaden må rettes)</source>
        <translation>{transition}: uavklart (kostnaden må rettast)</translation>
    </message>
    <message>
        <source>{transition}: uavklart (forventet kostnad mangler)</source>
        <translation>{transition}: uavklart (forventa kostnad manglar)</translation>
    </message>
    <message>
        <source>{transition}: uavklart (ingen regel passer)</source>
        <translation>{transition}: uavklart (ingen regel passar)</translation>
    </message>
    <message>
        <source>{transition}: {body}</source>
        <translation>{transition}: {body}</translation>
    </message>
    <message>
        <source>{transition}: {body} (politisk)</source>
        <translation>{transition}: {body} (politisk)</translation>
    </message>
    <message>
        <source>{transition}: {body} (administrativ)</source>
        <translation>{transition}: {body} (administrativ)</translation>
    </message>
    <message>
        <source>&amp;A – side &amp;P av &amp;N</source>
        <translation>&amp;A – side &amp;P av &amp;N</translation>
    </message>
    <message>
        <source>Antall ark</source>
        <translation>Tal på ark</translation>
    </message>
    <message>
        <source>Sum {programme}</source>
        <translation>Sum {programme}</translation>
    </message>
    <message>
        <source>Laget {date} fra {count} prosjektark.</source>
        <translation>Laga {date} frå {count} prosjektark.</translation>
    </message>
    <message>
        <source>Ark i papirkurven er ikke med.</source>
        <translation>Ark i papirkorga er ikkje med.</translation>
    </message>
    <message>
        <source>Utvalg: bare ark i {programme}.</source>
        <translation>Utval: berre ark i {programme}.</translation>
    </message>
    <message>
        <source>Hvert program summeres for seg; det er ingen sum på tvers av programmene.</source>
        <translation>Kvart program blir summert for seg; det er ingen sum på tvers av programma.</translation>
    </message>
    <message>
        <source>År utenfor et programs periode er tomme for det programmet; slike beløp står i «Andre år».</source>
        <translation>År utanfor perioden til eit program er tomme for det programmet; slike beløp står i «Andre år».</translation>
    </message>
    <message>
        <source>«Signert» i arket Portefølje er når pakken ble signert (lokal tid), ikke når den ble importert.</source>
        <translation>«Signert» i arket Portefølje er når pakken vart signert (lokal tid), ikkje når han vart importert.</translation>
    </message>
    <message>
        <source>Kunne ikke lese revisjon {revision} av prosjektarket {id} fra databasen. {error}</source>
        <translation>Kunne ikkje lese revisjon {revision} av prosjektarket {id} frå databasen. {error}</translation>
    </message>
    <message>
        <source>Rammen for {year}, {source} står mer enn én gang. Slå linjene sammen og prøv igjen.</source>
        <translation>Ramma for {year}, {source} står meir enn éin gong. Slå linjene saman og prøv igjen.</translation>
    </message>
    <message>
        <source>Rammene for {profile} ble endret av {who}, etter at du hentet dem. Endringene dine er ikke lagret. Last inn rammene på nytt og gjør endringene der.</source>
        <translation>Rammene for {profile} vart endra av {who}, etter at du henta dei. Endringane dine er ikkje lagra. Last inn rammene på nytt og gjer endringane der.</translation>
    </message>
    <message>
        <source>Scenarioet «{name}» finnes allerede.</source>
        <translation>Scenarioet «{name}» finst allereie.</translation>
    </message>
    <message>
        <source>Fant ikke scenarioet. Det kan være slettet av en annen.</source>
        <translation>Fann ikkje scenarioet. Det kan vere sletta av nokon annan.</translation>
    </message>
    <message>
        <source>Det finnes et scenario som heter «{name}» i både {first} og {second}. Velg program (--profile).</source>
        <translation>Det finst eit scenario som heiter «{name}» i både {first} og {second}. Vel program (--profile).</translation>
    </message>
    <message>
        <source>Et rammebeløp i databasen er ikke et tall: «{value}».</source>
        <translation>Eit rammebeløp i databasen er ikkje eit tal: «{value}».</translation>
    </message>
    <message>
        <source>en annen</source>
        <translation>nokon annan</translation>
    </message>
    <message>
        <source>Scenarioet må ha et navn.</source>
        <translation>Scenarioet må ha eit namn.</translation>
    </message>
    <message>
        <source>Det finnes allerede et scenario som heter «{name}» i {profile}. Velg et annet navn.</source>
        <translation>Det finst allereie eit scenario som heiter «{name}» i {profile}. Vel eit anna namn.</translation>
    </message>
    <message>
        <source>Prosjektarket {id} står mer enn én gang i scenarioet.</source>
        <translation>Prosjektarket {id} står meir enn éin gong i scenarioet.</translation>
    </message>
    <message>
        <source>Scenarioet «{name}» er slettet av en annen mens du arbeidet med det. Endringene dine er ikke lagret.</source>
        <translation>Scenarioet «{name}» er sletta av nokon annan medan du arbeidde med det. Endringane dine er ikkje lagra.</translation>
    </message>
    <message>
        <source>Scenarioet «{name}» ble lagret av {who}, etter at du åpnet det. Endringene dine er ikke lagret. Last inn scenarioet på nytt og gjør endringene der.</source>
        <translation>Scenarioet «{name}» vart lagra av {who}, etter at du opna det. Endringane dine er ikkje lagra. Last inn scenarioet på nytt og gjer endringane der.</translation>
    </message>
</context>
<context>
    <name>portfolio_model</name>
    <message>
        <source>Ingen gruppering</source>
        <translation>Inga gruppering</translation>
    </message>
    <message>
        <source>Tiltaksområde</source>
        <translation>Tiltaksområde</translation>
    </message>
    <message>
        <source>Arbeidsgruppe</source>
        <translation>Arbeidsgruppe</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>(uten tiltaksområde)</source>
        <translation>(utan tiltaksområde)</translation>
    </message>
    <message>
        <source>(uten arbeidsgruppe)</source>
        <translation>(utan arbeidsgruppe)</translation>
    </message>
    <message>
        <source>(uten kommune)</source>
        <translation>(utan kommune)</translation>
    </message>
    <message>
        <source>Kan ikke sammenlignes</source>
        <translation>Kan ikkje samanliknast</translation>
    </message>
    <message>
        <source>Ikke i scenarioet</source>
        <translation>Ikkje i scenarioet</translation>
    </message>
    <message>
        <source>(arket finnes ikke lenger)</source>
        <translation>(arket finst ikkje lenger)</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Plass blant arkene som er med, i scenarioets rekkefølge (som i forslaget)</source>
        <translation>Plass blant arka som er med, i rekkjefølgja til scenarioet (som i framlegget)</translation>
    </message>
    <message>
        <source>Med</source>
        <translation>Med</translation>
    </message>
    <message>
        <source>Med i scenarioet (mellomrom tar med eller ut)</source>
        <translation>Med i scenarioet (mellomrom tek med eller ut)</translation>
    </message>
    <message>
        <source>Tittel</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Forhold</source>
        <translation>Forhold</translation>
    </message>
    <message>
        <source>Hvorfor arket ikke kan sammenlignes, eller er endret</source>
        <translation>Kvifor arket ikkje kan samanliknast, eller er endra</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Forventet</source>
        <translation>Forventa</translation>
    </message>
    <message>
        <source>Forventet kostnad, MNOK</source>
        <translation>Forventa kostnad, MNOK</translation>
    </message>
    <message>
        <source>P50-kostnad, MNOK</source>
        <translation>P50-kostnad, MNOK</translation>
    </message>
    <message>
        <source>P85-kostnad, MNOK</source>
        <translation>P85-kostnad, MNOK</translation>
    </message>
    <message>
        <source>Usikkerhet</source>
        <translation>Usikkerheit</translation>
    </message>
    <message>
        <source>Standardavvik i prosent</source>
        <translation>Standardavvik i prosent</translation>
    </message>
    <message>
        <source>Målpoeng for «{goal}» (vekt {weight})</source>
        <translation>Målpoeng for «{goal}» (vekt {weight})</translation>
    </message>
    <message>
        <source>Sum poeng</source>
        <translation>Sum poeng</translation>
    </message>
    <message>
        <source>Sum målpoeng</source>
        <translation>Sum målpoeng</translation>
    </message>
    <message>
        <source>Vektet</source>
        <translation>Vekta</translation>
    </message>
    <message>
        <source>Vektet målpoeng (vektene står i avtaleprofilen)</source>
        <translation>Vekta målpoeng (vektene står i avtaleprofilen)</translation>
    </message>
    <message>
        <source>MNOK/poeng</source>
        <translation>MNOK/poeng</translation>
    </message>
    <message>
        <source>Forventet kostnad per målpoeng</source>
        <translation>Forventa kostnad per målpoeng</translation>
    </message>
    <message>
        <source>Finansiering i {year}, MNOK, etter eventuell flytting</source>
        <translation>Finansiering i {year}, MNOK, etter eventuell flytting</translation>
    </message>
    <message>
        <source>Flyttet</source>
        <translation>Flytta</translation>
    </message>
    <message>
        <source>Finansieringen flyttet så mange år (Ctrl+Høyre/Venstre)</source>
        <translation>Finansieringa flytta så mange år (Ctrl+Høgre/Venstre)</translation>
    </message>
    <message>
        <source>Byggestart</source>
        <translation>Byggjestart</translation>
    </message>
    <message>
        <source>Neste milepæl</source>
        <translation>Neste milepæl</translation>
    </message>
    <message>
        <source>Milepæler</source>
        <translation>Milepælar</translation>
    </message>
    <message>
        <source>Milepæler nådd av alle</source>
        <translation>Milepælar nådde av alle</translation>
    </message>
    <message>
        <source>Saksstatus</source>
        <translation>Saksstatus</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Grunngjeving</translation>
    </message>
    <message>
        <source>Hvorfor arket er tatt ut</source>
        <translation>Kvifor arket er teke ut</translation>
    </message>
    <message>
        <source>+1 år</source>
        <translation>+1 år</translation>
    </message>
    <message>
        <source>{minus}1 år</source>
        <translation>{minus}1 år</translation>
    </message>
    <message>
        <source>+{n} år</source>
        <translation>+{n} år</translation>
    </message>
    <message>
        <source>{minus}{n} år</source>
        <translation>{minus}{n} år</translation>
    </message>
    <message>
        <source>Ikke i scenarioet.</source>
        <translation>Ikkje i scenarioet.</translation>
    </message>
    <message>
        <source>Kan ikke sammenlignes: {reasons}</source>
        <translation>Kan ikkje samanliknast: {reasons}</translation>
    </message>
    <message>
        <source>Til ny vurdering: {reason}</source>
        <translation>Til ny vurdering: {reason}</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>{done} av {total}</source>
        <translation>{done} av {total}</translation>
    </message>
    <message>
        <source>{title} (revisjon {revision})</source>
        <translation>{title} (revisjon {revision})</translation>
    </message>
    <message>
        <source>Flyttet {shift} fra {year}.</source>
        <translation>Flytta {shift} frå {year}.</translation>
    </message>
    <message>
        <source>{group} (1 ark, med: {used})</source>
        <translation>{group} (1 ark, med: {used})</translation>
    </message>
    <message>
        <source>{group} ({n} ark, med: {used})</source>
        <translation>{group} ({n} ark, med: {used})</translation>
    </message>
    <message>
        <source>År</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Kjelde</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Ramme</source>
        <translation>Ramme</translation>
    </message>
    <message>
        <source>Brukt</source>
        <translation>Brukt</translation>
    </message>
    <message>
        <source>Igjen</source>
        <translation>Att</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ingen ramme</source>
        <translation>inga ramme</translation>
    </message>
    <message>
        <source>Hele programmet</source>
        <translation>Heile programmet</translation>
    </message>
    <message>
        <source>Over: brukt uten ramme</source>
        <translation>Over: brukt utan ramme</translation>
    </message>
    <message>
        <source>Over rammen med {amount}</source>
        <translation>Over ramma med {amount}</translation>
    </message>
    <message>
        <source>Rammen er brukt opp</source>
        <translation>Ramma er brukt opp</translation>
    </message>
    <message>
        <source>Under rammen, {amount} ledig</source>
        <translation>Under ramma, {amount} ledig</translation>
    </message>
    <message>
        <source>Sum alle kilder</source>
        <translation>Sum alle kjelder</translation>
    </message>
    <message>
        <source>Det er ikke satt noen ramme for dette året og denne kilden (Rammer …).</source>
        <translation>Det er ikkje sett noka ramme for dette året og denne kjelda (Rammer …).</translation>
    </message>
    <message>
        <source>Millioner kroner</source>
        <translation>Millionar kroner</translation>
    </message>
</context>
<context>
    <name>portfolio_page</name>
    <message>
        <source>Nytt scenario</source>
        <translation>Nytt scenario</translation>
    </message>
    <message>
        <source>Ikke lagret</source>
        <translation>Ikkje lagra</translation>
    </message>
    <message>
        <source>Uventet feil under innlesingen: {error}</source>
        <translation>Uventa feil under innlesinga: {error}</translation>
    </message>
    <message>
        <source>Leser de leverte arkene …</source>
        <translation>Les dei leverte arka …</translation>
    </message>
    <message>
        <source>Kontrollerer ark {n} av {total} …</source>
        <translation>Kontrollerer ark {n} av {total} …</translation>
    </message>
    <message>
        <source>Leser revisjonene scenarioet bruker …</source>
        <translation>Les revisjonane scenarioet brukar …</translation>
    </message>
    <message>
        <source>Tiltak som har fått midler og ikke har startet bygging innen fristen avtaleprofilen setter</source>
        <translation>Tiltak som har fått midlar og ikkje har starta bygginga innan fristen avtaleprofilen set</translation>
    </message>
    <message>
        <source>Tiltak som fikk midler for minst 1 år siden og ikke har startet bygging</source>
        <translation>Tiltak som fekk midlar for minst 1 år sidan og ikkje har starta bygginga</translation>
    </message>
    <message>
        <source>Tiltak som fikk midler for minst {years} år siden og ikke har startet bygging</source>
        <translation>Tiltak som fekk midlar for minst {years} år sidan og ikkje har starta bygginga</translation>
    </message>
    <message>
        <source>Ta med «{title}»</source>
        <translation>Ta med «{title}»</translation>
    </message>
    <message>
        <source>Ta ut «{title}»</source>
        <translation>Ta ut «{title}»</translation>
    </message>
    <message>
        <source>Flytt «{title}»</source>
        <translation>Flytt «{title}»</translation>
    </message>
    <message>
        <source>Flytt finansieringen av «{title}»</source>
        <translation>Flytt finansieringa av «{title}»</translation>
    </message>
    <message>
        <source>Bruk revisjon {revision} av «{title}»</source>
        <translation>Bruk revisjon {revision} av «{title}»</translation>
    </message>
    <message>
        <source>Ta ut av scenarioet</source>
        <translation>Ta ut av scenarioet</translation>
    </message>
    <message>
        <source>Hvorfor tas «{title}» ut av scenarioet?</source>
        <translation>Kvifor blir «{title}» teke ut av scenarioet?</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Grunngjeving</translation>
    </message>
    <message>
        <source>Begrunnelsen står i forslaget til handlingsprogram. Ctrl+Enter tar ut.</source>
        <translation>Grunngjevinga står i framlegget til handlingsprogram. Ctrl+Enter tek ut.</translation>
    </message>
    <message>
        <source>Ta ut</source>
        <translation>Ta ut</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Hvem endret hva – {scenario}</source>
        <translation>Kven endra kva – {scenario}</translation>
    </message>
    <message>
        <source>Når</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Kven</translation>
    </message>
    <message>
        <source>Versjon</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>Kva</translation>
    </message>
    <message>
        <source>Scenarioet er ikke lagret ennå.</source>
        <translation>Scenarioet er ikkje lagra enno.</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Last inn på nytt</source>
        <translation>Last inn på nytt</translation>
    </message>
    <message>
        <source>Lagre mine endringer som nytt scenario …</source>
        <translation>Lagre endringane mine som nytt scenario …</translation>
    </message>
    <message>
        <source>Bruk ny revisjon</source>
        <translation>Bruk ny revisjon</translation>
    </message>
    <message>
        <source>Portefølje</source>
        <translation>Portefølje</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Program:</translation>
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
        <translation>&amp;Nytt scenario …</translation>
    </message>
    <message>
        <source>&amp;Lagre</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Lagre scenarioet (Ctrl+S)</source>
        <translation>Lagre scenarioet (Ctrl+S)</translation>
    </message>
    <message>
        <source>Lagre s&amp;om …</source>
        <translation>Lagre s&amp;om …</translation>
    </message>
    <message>
        <source>Slett</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Endringer …</source>
        <translation>Endringar …</translation>
    </message>
    <message>
        <source>Hvem som har endret scenarioet, når og hva</source>
        <translation>Kven som har endra scenarioet, når og kva</translation>
    </message>
    <message>
        <source>Sammenlign …</source>
        <translation>Samanlikn …</translation>
    </message>
    <message>
        <source>Filtrer på tittel, kommune …</source>
        <translation>Filtrer på tittel, kommune …</translation>
    </message>
    <message>
        <source>Filtrer på tittel, kommune, arbeidsgruppe, tiltaksområde</source>
        <translation>Filtrer på tittel, kommune, arbeidsgruppe, tiltaksområde</translation>
    </message>
    <message>
        <source>Filtrer porteføljen</source>
        <translation>Filtrer porteføljen</translation>
    </message>
    <message>
        <source>Filt&amp;er:</source>
        <translation>Filt&amp;er:</translation>
    </message>
    <message>
        <source>Saksstatuser som vises</source>
        <translation>Saksstatusar som blir viste</translation>
    </message>
    <message>
        <source>Saksstat&amp;us:</source>
        <translation>Saksstat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Gruppér:</source>
        <translation>&amp;Grupper:</translation>
    </message>
    <message>
        <source>R&amp;anger etter:</source>
        <translation>R&amp;anger etter:</translation>
    </message>
    <message>
        <source>Ranger</source>
        <translation>Ranger</translation>
    </message>
    <message>
        <source>Ordne scenarioet etter valgt mål. Ark som ikke kan sammenlignes, kommer til slutt.</source>
        <translation>Ordne scenarioet etter det valde målet. Ark som ikkje kan samanliknast, kjem til slutt.</translation>
    </message>
    <message>
        <source>Bare til n&amp;y vurdering</source>
        <translation>Berre til n&amp;y vurdering</translation>
    </message>
    <message>
        <source>&amp;Bruk ny revisjon</source>
        <translation>&amp;Bruk ny revisjon</translation>
    </message>
    <message>
        <source>Porteføljens ark</source>
        <translation>Arka i porteføljen</translation>
    </message>
    <message>
        <source>Balanse mot rammene</source>
        <translation>Balanse mot rammene</translation>
    </message>
    <message>
        <source>Ra&amp;mmer …</source>
        <translation>Ra&amp;mmer …</translation>
    </message>
    <message>
        <source>Les &amp;inn på nytt</source>
        <translation>Les &amp;inn på nytt</translation>
    </message>
    <message>
        <source>Les porteføljen, rammene og hva som er endret i arkene på nytt (F5). Endringer i scenarioet som ikke er lagret, beholdes.</source>
        <translation>Les porteføljen, rammene og kva som er endra i arka, på nytt (F5). Endringar i scenarioet som ikkje er lagra, blir haldne på.</translation>
    </message>
    <message>
        <source>Balanse mot rammene, per år og kilde</source>
        <translation>Balanse mot rammene, per år og kjelde</translation>
    </message>
    <message>
        <source>Mellomrom: med/ut · Alt+Pil opp/ned: flytt i rangeringen · Ctrl+Pil høyre/venstre: finansieringen et år senere/tidligere · Ctrl+Z angrer</source>
        <translation>Mellomrom: med/ut · Alt+Pil opp/ned: flytt i rangeringa · Ctrl+Pil høgre/venstre: finansieringa eitt år seinare/tidlegare · Ctrl+Z angrar</translation>
    </message>
    <message>
        <source>&amp;Angre</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Gjør om</source>
        <translation>&amp;Gjer om</translation>
    </message>
    <message>
        <source>Lagre scenario</source>
        <translation>Lagre scenario</translation>
    </message>
    <message>
        <source>Les inn på nytt</source>
        <translation>Les inn på nytt</translation>
    </message>
    <message>
        <source>Porteføljen er lest inn på nytt.</source>
        <translation>Porteføljen er lesen inn på nytt.</translation>
    </message>
    <message>
        <source>Kunne ikke sjekke om porteføljen er endret: {error}</source>
        <translation>Kunne ikkje sjekke om porteføljen er endra: {error}</translation>
    </message>
    <message>
        <source>Kunne ikke lese rammene: {error}</source>
        <translation>Kunne ikkje lese rammene: {error}</translation>
    </message>
    <message>
        <source>programmet</source>
        <translation>programmet</translation>
    </message>
    <message>
        <source>Rammene for {programme} er endret siden porteføljen ble lest inn. Balansen viser nå rammene slik de er lagret.</source>
        <translation>Rammene for {programme} er endra sidan porteføljen vart lesen inn. Balansen viser no rammene slik dei er lagra.</translation>
    </message>
    <message>
        <source>Ingen avtaleprofil har porteføljeoppsett ([portfolio] i profilen).</source>
        <translation>Ingen avtaleprofil har porteføljeoppsett ([portfolio] i profilen).</translation>
    </message>
    <message>
        <source>Kunne ikke lese scenarioene: {error}</source>
        <translation>Kunne ikkje lese scenarioa: {error}</translation>
    </message>
    <message>
        <source>Portefølje – Prosjektark</source>
        <translation>Portefølje – Prosjektark</translation>
    </message>
    <message>
        <source>Leser porteføljen …</source>
        <translation>Les porteføljen …</translation>
    </message>
    <message>
        <source>Avbryter innlesingen …</source>
        <translation>Avbryt innlesinga …</translation>
    </message>
    <message>
        <source>Innlesingen ble avbrutt. Porteføljen viser det som var lest inn før.</source>
        <translation>Innlesinga vart avbroten. Porteføljen viser det som var lese inn før.</translation>
    </message>
    <message>
        <source>Kunne ikke lese porteføljen: {error}</source>
        <translation>Kunne ikkje lese porteføljen: {error}</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>{n} av {total}</source>
        <translation>{n} av {total}</translation>
    </message>
    <message>
        <source>{scenario} (ikke lagret)</source>
        <translation>{scenario} (ikkje lagra)</translation>
    </message>
    <message>
        <source>Endringene i scenarioet er ikke lagret (Lagre).</source>
        <translation>Endringane i scenarioet er ikkje lagra (Lagre).</translation>
    </message>
    <message>
        <source>Nytt, ikke lagret</source>
        <translation>Nytt, ikkje lagra</translation>
    </message>
    <message>
        <source>Scenarioet er laget fra porteføljen, men ikke lagret.</source>
        <translation>Scenarioet er laga frå porteføljen, men ikkje lagra.</translation>
    </message>
    <message>
        <source>Lagret</source>
        <translation>Lagra</translation>
    </message>
    <message>
        <source>Versjon {version}, lagret av {who} {when}</source>
        <translation>Versjon {version}, lagra av {who} {when}</translation>
    </message>
    <message>
        <source>… og {n} til.</source>
        <translation>… og {n} til.</translation>
    </message>
    <message>
        <source>1 ark i scenarioet er endret siden scenarioet ble laget. Scenarioet regner fortsatt med revisjonen det ble laget med; velg arket og «Bruk ny revisjon» for å ta inn den nye.</source>
        <translation>1 ark i scenarioet er endra sidan scenarioet vart laga. Scenarioet reknar framleis med revisjonen det vart laga med; vel arket og «Bruk ny revisjon» for å ta inn den nye.</translation>
    </message>
    <message>
        <source>{n} ark i scenarioet er endret siden scenarioet ble laget. Scenarioet regner fortsatt med revisjonen det ble laget med; velg arket og «Bruk ny revisjon» for å ta inn den nye.</source>
        <translation>{n} ark i scenarioet er endra sidan scenarioet vart laga. Scenarioet reknar framleis med revisjonen det vart laga med; vel arket og «Bruk ny revisjon» for å ta inn den nye.</translation>
    </message>
    <message>
        <source>{shown} av {total} ark vises · {included} av {entries} med</source>
        <translation>{shown} av {total} ark blir viste · {included} av {entries} med</translation>
    </message>
    <message>
        <source>({hidden} som er med, er skjult av filteret)</source>
        <translation>({hidden} som er med, er gøymde av filteret)</translation>
    </message>
    <message>
        <source>finansiering med: {amount}</source>
        <translation>finansiering med: {amount}</translation>
    </message>
    <message>
        <source>Ingen rammer eller bruk ennå. Legg inn programmets rammer med «Rammer …».</source>
        <translation>Ingen rammer eller bruk enno. Legg inn rammene til programmet med «Rammer …».</translation>
    </message>
    <message>
        <source>Alt er innenfor rammene.</source>
        <translation>Alt er innanfor rammene.</translation>
    </message>
    <message>
        <source>over med {amount}</source>
        <translation>over med {amount}</translation>
    </message>
    <message>
        <source>{amount} uten ramme</source>
        <translation>{amount} utan ramme</translation>
    </message>
    <message>
        <source>Over rammen ({n}): {lines} og {more} til.</source>
        <translation>Over ramma ({n}): {lines} og {more} til.</translation>
    </message>
    <message>
        <source>Over rammen ({n}): {lines}.</source>
        <translation>Over ramma ({n}): {lines}.</translation>
    </message>
    <message>
        <source>tilbake til opprinnelige år</source>
        <translation>tilbake til dei opphavlege åra</translation>
    </message>
    <message>
        <source>Finansieringen av «{title}»: {moved}.</source>
        <translation>Finansieringa av «{title}»: {moved}.</translation>
    </message>
    <message>
        <source>Scenarioet er allerede i denne rekkefølgen.</source>
        <translation>Scenarioet er allereie i denne rekkjefølgja.</translation>
    </message>
    <message>
        <source>Ranger etter {kind}</source>
        <translation>Ranger etter {kind}</translation>
    </message>
    <message>
        <source>Rangert etter {kind}. {flagged} ark som ikke kan sammenlignes, står til slutt (se «Forhold»).</source>
        <translation>Rangert etter {kind}. {flagged} ark som ikkje kan samanliknast, står til slutt (sjå «Forhold»).</translation>
    </message>
    <message>
        <source>Velg et ark i scenarioet som har en nyere levert revisjon.</source>
        <translation>Vel eit ark i scenarioet som har ein nyare levert revisjon.</translation>
    </message>
    <message>
        <source>Endringene i «{scenario}» er ikke lagret.</source>
        <translation>Endringane i «{scenario}» er ikkje lagra.</translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Forkast endringene</source>
        <translation>Forkast endringane</translation>
    </message>
    <message>
        <source>Endringene dine i scenarioet blir forkastet og den lagrede versjonen vises. Vil du heller beholde dem, velg «Lagre mine endringer som nytt scenario …».</source>
        <translation>Endringane dine i scenarioet blir forkasta, og den lagra versjonen blir vist. Vil du heller halde på dei, vel «Lagre endringane mine som nytt scenario …».</translation>
    </message>
    <message>
        <source>«{scenario}» er lest inn på nytt: versjon {version}, lagret av {who}.</source>
        <translation>«{scenario}» er lese inn på nytt: versjon {version}, lagra av {who}.</translation>
    </message>
    <message>
        <source>{error} De er fortsatt her til du laster inn på nytt; vil du beholde dem, velg «Lagre mine endringer som nytt scenario …».</source>
        <translation>{error} Dei er her framleis til du lastar inn på nytt; vil du halde på dei, vel «Lagre endringane mine som nytt scenario …».</translation>
    </message>
    <message>
        <source>Scenarioet ble ikke lagret: {error}</source>
        <translation>Scenarioet vart ikkje lagra: {error}</translation>
    </message>
    <message>
        <source>Scenarioet «{scenario}» er lagret (versjon {version}).</source>
        <translation>Scenarioet «{scenario}» er lagra (versjon {version}).</translation>
    </message>
    <message>
        <source>Navn på scenarioet:</source>
        <translation>Namn på scenarioet:</translation>
    </message>
    <message>
        <source>{scenario} (kopi)</source>
        <translation>{scenario} (kopi)</translation>
    </message>
    <message>
        <source>Lagre scenario som</source>
        <translation>Lagre scenario som</translation>
    </message>
    <message>
        <source>Lagret som kopi av «{scenario}» versjon {version} med endringer som ikke var lagret.</source>
        <translation>Lagra som kopi av «{scenario}» versjon {version} med endringar som ikkje var lagra.</translation>
    </message>
    <message>
        <source>Lagret som kopi av «{scenario}» versjon {version}.</source>
        <translation>Lagra som kopi av «{scenario}» versjon {version}.</translation>
    </message>
    <message>
        <source>Scenarioet «{scenario}» er lagret.</source>
        <translation>Scenarioet «{scenario}» er lagra.</translation>
    </message>
    <message>
        <source>Scenarioet ble ikke laget: {error}</source>
        <translation>Scenarioet vart ikkje laga: {error}</translation>
    </message>
    <message>
        <source>Slett scenario</source>
        <translation>Slett scenario</translation>
    </message>
    <message>
        <source>Slette scenarioet «{scenario}» med alt som er registrert om hvem som endret hva? Dette kan ikke angres.</source>
        <translation>Vil du slette scenarioet «{scenario}» med alt som er registrert om kven som endra kva? Dette kan ikkje angrast.</translation>
    </message>
    <message>
        <source>Scenarioet «{scenario}» er slettet.</source>
        <translation>Scenarioet «{scenario}» er sletta.</translation>
    </message>
    <message>
        <source>Det trengs to lagrede scenarioer for å sammenligne.</source>
        <translation>Det trengst to lagra scenario for å samanlikne.</translation>
    </message>
    <message>
        <source>Porteføljen er ikke lest inn.</source>
        <translation>Porteføljen er ikkje lesen inn.</translation>
    </message>
    <message>
        <source>Lagre scenarioet før forslaget eksporteres.</source>
        <translation>Lagre scenarioet før framlegget blir eksportert.</translation>
    </message>
    <message>
        <source>Scenarioet har endringer som ikke er lagret. Lagre før forslaget eksporteres.</source>
        <translation>Scenarioet har endringar som ikkje er lagra. Lagre før framlegget blir eksportert.</translation>
    </message>
    <message>
        <source>Kunne ikke lese scenarioet: {error}</source>
        <translation>Kunne ikkje lese scenarioet: {error}</translation>
    </message>
    <message>
        <source>Forslag – Prosjektark</source>
        <translation>Framlegg – Prosjektark</translation>
    </message>
    <message>
        <source>Avbryter …</source>
        <translation>Avbryt …</translation>
    </message>
    <message>
        <source>Eksporten ble avbrutt; ingenting er skrevet.</source>
        <translation>Eksporten vart avbroten; ingenting er skrive.</translation>
    </message>
    <message>
        <source>Forslaget bruker de lagrede rammene.</source>
        <translation>Framlegget brukar dei lagra rammene.</translation>
    </message>
    <message>
        <source>«{scenario}» er lagret i versjon {version} av {who} etter at du åpnet det. Forslaget er laget fra den lagrede versjonen; les inn på nytt (F5) for å se den.</source>
        <translation>«{scenario}» er lagra i versjon {version} av {who} etter at du opna det. Framlegget er laga frå den lagra versjonen; les inn på nytt (F5) for å sjå han.</translation>
    </message>
    <message>
        <source>en annen</source>
        <translation>ein annan</translation>
    </message>
</context>
<context>
    <name>price_index</name>
    <message>
        <source>Året {year} må ligge mellom {first} og {last}.</source>
        <translation>Året {year} må liggje mellom {first} og {last}.</translation>
    </message>
    <message>
        <source>Indeksen for {year} må være et positivt tall.</source>
        <translation>Indeksen for {year} må vere eit positivt tal.</translation>
    </message>
    <message>
        <source>indeksen for {year} er ikke et tall</source>
        <translation>indeksen for {year} er ikkje eit tal</translation>
    </message>
    <message>
        <source>ikke gyldig TOML ({error})</source>
        <translation>ikkje gyldig TOML ({error})</translation>
    </message>
    <message>
        <source>mangler tabellen [{table}]</source>
        <translation>manglar tabellen [{table}]</translation>
    </message>
    <message>
        <source>«{key}» er ikke et årstall</source>
        <translation>«{key}» er ikkje eit årstal</translation>
    </message>
    <message>
        <source>Egen prisindeks for {profile} ({id}), skrevet av Prosjektark.</source>
        <translation>Eigen prisindeks for {profile} ({id}), skriven av Prosjektark.</translation>
    </message>
    <message>
        <source>Årene her erstatter eller utvider programmets tabell.</source>
        <translation>Åra her erstattar eller utvidar tabellen til programmet.</translation>
    </message>
    <message>
        <source>Kunne ikke lese {file}: {error}</source>
        <translation>Kunne ikkje lese {file}: {error}</translation>
    </message>
    <message>
        <source>Kunne ikke fjerne {file}: {error}</source>
        <translation>Kunne ikkje fjerne {file}: {error}</translation>
    </message>
    <message>
        <source>Kunne ikke skrive {file}: {error}</source>
        <translation>Kunne ikkje skrive {file}: {error}</translation>
    </message>
</context>
<context>
    <name>price_index_dialog</name>
    <message>
        <source>År</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Indeks</source>
        <translation>Indeks</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Kjelde</translation>
    </message>
    <message>
        <source>Fyll inn året.</source>
        <translation>Fyll inn året.</translation>
    </message>
    <message>
        <source>Rad {row}: {problem}</source>
        <translation>Rad {row}: {problem}</translation>
    </message>
    <message>
        <source>Året {year} står to ganger.</source>
        <translation>Året {year} står to gonger.</translation>
    </message>
    <message>
        <source>Fyll inn indeksen for {year}.</source>
        <translation>Fyll inn indeksen for {year}.</translation>
    </message>
    <message>
        <source>Prisindeks</source>
        <translation>Prisindeks</translation>
    </message>
    <message>
        <source>Prisindeksen regner beløp om til programmets prisnivå: beløp × indeks(programmets år) / indeks(beløpets år). Du kan rette tallene og legge til år. Endringene lagres bare på denne maskinen.</source>
        <translation>Prisindeksen reknar om beløp til prisnivået i programmet: beløp × indeks(året til programmet) / indeks(året til beløpet). Du kan rette tala og leggje til år. Endringane blir berre lagra på denne maskinen.</translation>
    </message>
    <message>
        <source>Avtaleprofil</source>
        <translation>Avtaleprofil</translation>
    </message>
    <message>
        <source>&amp;Avtaleprofil:</source>
        <translation>&amp;Avtaleprofil:</translation>
    </message>
    <message>
        <source>Prisindeks per år</source>
        <translation>Prisindeks per år</translation>
    </message>
    <message>
        <source>Legg til å&amp;r</source>
        <translation>Legg til å&amp;r</translation>
    </message>
    <message>
        <source>&amp;Fjern år</source>
        <translation>&amp;Fjern år</translation>
    </message>
    <message>
        <source>&amp;Tilbakestill til programmets tabell</source>
        <translation>&amp;Tilbakestill til tabellen til programmet</translation>
    </message>
    <message>
        <source>&amp;Lagre</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>{programme} bruker {year}-kroner.</source>
        <translation>{programme} brukar {year}-kroner.</translation>
    </message>
    <message>
        <source>{programme} har ennå ikke fastsatt et prisnivå (kroneår).</source>
        <translation>{programme} har enno ikkje fastsett eit prisnivå (kroneår).</translation>
    </message>
    <message>
        <source>Egen tabell: {path}</source>
        <translation>Eigen tabell: {path}</translation>
    </message>
    <message>
        <source>Den lagrede tabellen kunne ikke leses og brukes ikke ({problem}). Programmets tabell vises. Lagre for å erstatte filen.</source>
        <translation>Den lagra tabellen kunne ikkje lesast og blir ikkje brukt ({problem}). Tabellen til programmet blir vist. Lagre for å erstatte fila.</translation>
    </message>
    <message>
        <source>Lagt til av deg</source>
        <translation>Lagt til av deg</translation>
    </message>
    <message>
        <source>Endret (programmet: {value})</source>
        <translation>Endra (programmet: {value})</translation>
    </message>
    <message>
        <source>Programmet</source>
        <translation>Programmet</translation>
    </message>
    <message>
        <source>Tabellen for {names} har feil som må rettes før du kan lagre.</source>
        <translation>Tabellen for {names} har feil som må rettast før du kan lagre.</translation>
    </message>
    <message>
        <source>Programmets år kan endres, men ikke fjernes.</source>
        <translation>Åra til programmet kan endrast, men ikkje fjernast.</translation>
    </message>
</context>
<context>
    <name>print_preview</name>
    <message>
        <source>Kunne ikke starte utskriften. Er skriveren tilgjengelig?</source>
        <translation>Kunne ikkje starte utskrifta. Er skrivaren tilgjengeleg?</translation>
    </message>
    <message>
        <source>Utskriften stoppet før alle sidene var skrevet ut.</source>
        <translation>Utskrifta stoppa før alle sidene var skrivne ut.</translation>
    </message>
    <message>
        <source>Utskriften ble avbrutt.</source>
        <translation>Utskrifta vart avbroten.</translation>
    </message>
    <message>
        <source>Skriv ut</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Forhåndsvis utskrift – {title}</source>
        <translation>Førehandsvis utskrift – {title}</translation>
    </message>
    <message>
        <source>Kunne ikke skrive ut</source>
        <translation>Kunne ikkje skrive ut</translation>
    </message>
    <message>
        <source>Ingen ark er åpent.</source>
        <translation>Ikkje noko ark er ope.</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>saksstatusen «{state}» står to ganger</source>
        <translation>saksstatusen «{state}» står to gonger</translation>
    </message>
    <message>
        <source>ukjent saksstatus «{state}»</source>
        <translation>ukjend saksstatus «{state}»</translation>
    </message>
    <message>
        <source>overgangen {transition}: ukjent fase «{phase}»</source>
        <translation>overgangen {transition}: ukjend fase «{phase}»</translation>
    </message>
    <message>
        <source>beslutningsregel: ukjent overgang «{transition}»</source>
        <translation>avgjerdsregel: ukjend overgang «{transition}»</translation>
    </message>
    <message>
        <source>beslutningsregel: ukjent organ «{body}»</source>
        <translation>avgjerdsregel: ukjend organ «{body}»</translation>
    </message>
    <message>
        <source>{band}: ukjent fase «{phase}»</source>
        <translation>{band}: ukjend fase «{phase}»</translation>
    </message>
    <message>
        <source>source_limits {year}: ukjent finansieringskilde «{source}»</source>
        <translation>source_limits {year}: ukjend finansieringskjelde «{source}»</translation>
    </message>
</context>
<context>
    <name>proposal</name>
    <message>
        <source>Balanse</source>
        <translation>Balanse</translation>
    </message>
    <message>
        <source>Rangering</source>
        <translation>Rangering</translation>
    </message>
    <message>
        <source>Per tiltaksområde</source>
        <translation>Per tiltaksområde</translation>
    </message>
    <message>
        <source>Utelatt</source>
        <translation>Utelate</translation>
    </message>
    <message>
        <source>Endret etter scenarioet</source>
        <translation>Endra etter scenarioet</translation>
    </message>
    <message>
        <source>Til ny vurdering</source>
        <translation>Til ny vurdering</translation>
    </message>
    <message>
        <source>(ingen grunn oppgitt)</source>
        <translation>(ingen grunn oppgitt)</translation>
    </message>
    <message>
        <source>(uten tiltaksområde)</source>
        <translation>(utan tiltaksområde)</translation>
    </message>
    <message>
        <source>Hele programmet</source>
        <translation>Heile programmet</translation>
    </message>
    <message>
        <source>Sum alle kilder</source>
        <translation>Sum alle kjelder</translation>
    </message>
    <message>
        <source>IKKE SIGNERT</source>
        <translation>IKKJE SIGNERT</translation>
    </message>
    <message>
        <source>Ikke signert. Denne utgaven er laget uten sekretariatets signeringsidentitet; den er et arbeidsdokument og ikke et signert forslag.</source>
        <translation>Ikkje signert. Denne utgåva er laga utan signeringsidentiteten til sekretariatet; ho er eit arbeidsdokument og ikkje eit signert framlegg.</translation>
    </message>
    <message>
        <source>Signert med sekretariatets identitet (se signaturfeltet). Excel-arbeidsboken med de samme tallene ligger sammen med denne PDF-en i en signert pakke (.asice).</source>
        <translation>Signert med identiteten til sekretariatet (sjå signaturfeltet). Excel-arbeidsboka med dei same tala ligg saman med denne PDF-en i ein signert pakke (.asice).</translation>
    </message>
    <message>
        <source>Endret siden scenarioet ble laget</source>
        <translation>Endra sidan scenarioet vart laga</translation>
    </message>
    <message>
        <source>Forslag til handlingsprogram</source>
        <translation>Framlegg til handlingsprogram</translation>
    </message>
    <message>
        <source>Forslag til handlingsprogram {first}–{last}</source>
        <translation>Framlegg til handlingsprogram {first}–{last}</translation>
    </message>
    <message>
        <source>ingen samlet ramme</source>
        <translation>inga samla ramme</translation>
    </message>
    <message>
        <source>over: ingen ramme</source>
        <translation>over: inga ramme</translation>
    </message>
    <message>
        <source>ingen ramme</source>
        <translation>inga ramme</translation>
    </message>
    <message>
        <source>over med {amount}</source>
        <translation>over med {amount}</translation>
    </message>
    <message>
        <source>i balanse</source>
        <translation>i balanse</translation>
    </message>
    <message>
        <source>innenfor</source>
        <translation>innanfor</translation>
    </message>
    <message>
        <source>Finansieringen er flyttet {years} år senere.</source>
        <translation>Finansieringa er flytta {years} år seinare.</translation>
    </message>
    <message>
        <source>Finansieringen er flyttet {years} år tidligere.</source>
        <translation>Finansieringa er flytta {years} år tidlegare.</translation>
    </message>
    <message>
        <source>Scenarioet «{scenario}» hører til {profile}, ikke {other}.</source>
        <translation>Scenarioet «{scenario}» høyrer til {profile}, ikkje {other}.</translation>
    </message>
    <message>
        <source>Et forslag gjelder ett program; disse arkene hører til et annet: {titles}</source>
        <translation>Eit framlegg gjeld eitt program; desse arka høyrer til eit anna: {titles}</translation>
    </message>
    <message>
        <source>Skal vurderes på nytt (se «{heading}»).</source>
        <translation>Skal vurderast på nytt (sjå «{heading}»).</translation>
    </message>
    <message>
        <source>Merknad: {remark}</source>
        <translation>Merknad: {remark}</translation>
    </message>
    <message>
        <source>(ark {id})</source>
        <translation>(ark {id})</translation>
    </message>
    <message>
        <source>Før {year}</source>
        <translation>Før {year}</translation>
    </message>
    <message>
        <source>Etter {year}</source>
        <translation>Etter {year}</translation>
    </message>
    <message>
        <source>Programmet har ingen rammer registrert, og ingen av tiltakene bruker midler.</source>
        <translation>Programmet har ingen rammer registrerte, og ingen av tiltaka bruker midlar.</translation>
    </message>
    <message>
        <source>Forslaget holder seg innenfor alle rammene.</source>
        <translation>Framlegget held seg innanfor alle rammene.</translation>
    </message>
    <message>
        <source>• {where}: {amount} brukt uten ramme</source>
        <translation>• {where}: {amount} brukt utan ramme</translation>
    </message>
    <message>
        <source>• {where}: over med {amount}</source>
        <translation>• {where}: over med {amount}</translation>
    </message>
    <message>
        <source>Én ramme er overskredet:</source>
        <translation>Éi ramme er overskriden:</translation>
    </message>
    <message>
        <source>{count} rammer er overskredet:</source>
        <translation>{count} rammer er overskridne:</translation>
    </message>
    <message>
        <source>{title}: {scenario}</source>
        <translation>{title}: {scenario}</translation>
    </message>
    <message>
        <source>Forside</source>
        <translation>Framside</translation>
    </message>
    <message>
        <source>{section}: {column}, rad {row}</source>
        <translation>{section}: {column}, rad {row}</translation>
    </message>
    <message>
        <source>ikke lagret</source>
        <translation>ikkje lagra</translation>
    </message>
    <message>
        <source>{version}, sist endret {when} av {who}</source>
        <translation>{version}, sist endra {when} av {who}</translation>
    </message>
    <message>
        <source>{version}, sist endret {when}</source>
        <translation>{version}, sist endra {when}</translation>
    </message>
    <message>
        <source>MNOK i {year}-kroner</source>
        <translation>MNOK i {year}-kroner</translation>
    </message>
    <message>
        <source>Versjon</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Tiltak med</source>
        <translation>Tiltak med</translation>
    </message>
    <message>
        <source>{included} av {count}</source>
        <translation>{included} av {count}</translation>
    </message>
    <message>
        <source>Forventet kostnad</source>
        <translation>Forventa kostnad</translation>
    </message>
    <message>
        <source>{amount} for tiltakene som er med</source>
        <translation>{amount} for tiltaka som er med</translation>
    </message>
    <message>
        <source>Beløp</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Signatur</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Signert (se signaturfeltet)</source>
        <translation>Signert (sjå signaturfeltet)</translation>
    </message>
    <message>
        <source>Ikke signert</source>
        <translation>Ikkje signert</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>PROSJEKTARK</source>
        <translation>PROSJEKTARK</translation>
    </message>
    <message>
        <source>Siden scenarioet ble laget, er ett ark trukket, levert på nytt eller borte. Forslaget viser tallene scenarioet bygger på; se «{heading}».</source>
        <translation>Sidan scenarioet vart laga, er eitt ark trekt, levert på nytt eller borte. Framlegget viser tala scenarioet byggjer på; sjå «{heading}».</translation>
    </message>
    <message>
        <source>Siden scenarioet ble laget, er {count} ark trukket, levert på nytt eller borte. Forslaget viser tallene scenarioet bygger på; se «{heading}».</source>
        <translation>Sidan scenarioet vart laga, er {count} ark trekte, leverte på nytt eller borte. Framlegget viser tala scenarioet byggjer på; sjå «{heading}».</translation>
    </message>
    <message>
        <source>Balanse mot rammene per år</source>
        <translation>Balanse mot rammene per år</translation>
    </message>
    <message>
        <source>Rammen er pengene programmet har til rådighet; brukt er summen av finansieringen til tiltakene som er med, i årene scenarioet legger den i. Igjen er ramme minus brukt: et negativt tall betyr over rammen, og statusen sier det også med ord.</source>
        <translation>Ramma er pengane programmet har til rådvelde; brukt er summen av finansieringa til tiltaka som er med, i åra scenarioet legg ho i. Att er ramme minus brukt: eit negativt tal tyder over ramma, og statusen seier det òg med ord.</translation>
    </message>
    <message>
        <source>Ingen rammer og ingen finansiering å vise.</source>
        <translation>Ingen rammer og inga finansiering å vise.</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Kjelde</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Ramme</source>
        <translation>Ramme</translation>
    </message>
    <message>
        <source>Brukt</source>
        <translation>Brukt</translation>
    </message>
    <message>
        <source>Igjen</source>
        <translation>Att</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rangerte tiltak per tiltaksområde</source>
        <translation>Rangerte tiltak per tiltaksområde</translation>
    </message>
    <message>
        <source>{count} tiltak er med, i scenarioets rekkefølge (nr. er plassen blant tiltakene som er med). Beløp i MNOK; finansiering per år etter eventuell flytting. Årene før og etter programperioden står samlet (arbeidsboken har hvert år). Tiltak som ikke kan sammenlignes rettferdig, står med grunnen under «Merknader».</source>
        <translation>{count} tiltak er med, i rekkjefølgja til scenarioet (nr. er plassen blant tiltaka som er med). Beløp i MNOK; finansiering per år etter eventuell flytting. Åra før og etter programperioden står samla (arbeidsboka har kvart år). Tiltak som ikkje kan samanliknast rettferdig, står med grunnen under «Merknader».</translation>
    </message>
    <message>
        <source>{count} tiltak er med, i scenarioets rekkefølge (nr. er plassen blant tiltakene som er med). Beløp i MNOK; finansiering per år etter eventuell flytting. Tiltak som ikke kan sammenlignes rettferdig, står med grunnen under «Merknader».</source>
        <translation>{count} tiltak er med, i rekkjefølgja til scenarioet (nr. er plassen blant tiltaka som er med). Beløp i MNOK; finansiering per år etter eventuell flytting. Tiltak som ikkje kan samanliknast rettferdig, står med grunnen under «Merknader».</translation>
    </message>
    <message>
        <source>Ingen tiltak er med i scenarioet.</source>
        <translation>Ingen tiltak er med i scenarioet.</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>P85</source>
        <translation>P85</translation>
    </message>
    <message>
        <source>Sum poeng</source>
        <translation>Sum poeng</translation>
    </message>
    <message>
        <source>Vektet poeng</source>
        <translation>Vekta poeng</translation>
    </message>
    <message>
        <source>Kostnad per poeng</source>
        <translation>Kostnad per poeng</translation>
    </message>
    <message>
        <source>Merknader</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <source>{area} ({count} tiltak)</source>
        <translation>{area} ({count} tiltak)</translation>
    </message>
    <message>
        <source>Sum {area}</source>
        <translation>Sum {area}</translation>
    </message>
    <message>
        <source>Tiltak som ikke er med</source>
        <translation>Tiltak som ikkje er med</translation>
    </message>
    <message>
        <source>Alle tiltakene i scenarioet er med.</source>
        <translation>Alle tiltaka i scenarioet er med.</translation>
    </message>
    <message>
        <source>Med grunnen som er registrert i scenarioet. Nr. er plassen i scenarioets rekkefølge.</source>
        <translation>Med grunnen som er registrert i scenarioet. Nr. er plassen i rekkjefølgja til scenarioet.</translation>
    </message>
    <message>
        <source>Tiltaksområde</source>
        <translation>Tiltaksområde</translation>
    </message>
    <message>
        <source>Sum finansiering</source>
        <translation>Sum finansiering</translation>
    </message>
    <message>
        <source>Grunn</source>
        <translation>Grunn</translation>
    </message>
    <message>
        <source>Ingen av arkene er trukket eller levert på nytt.</source>
        <translation>Ingen av arka er trekte eller leverte på nytt.</translation>
    </message>
    <message>
        <source>Scenarioet beholder revisjonen det ble laget med; tallene i forslaget er fra den. Arkene under bør ses på før forslaget vedtas.</source>
        <translation>Scenarioet beheld revisjonen det vart laga med; tala i framlegget er frå den. Arka under bør sjåast på før framlegget blir vedteke.</translation>
    </message>
    <message>
        <source>Revisjon i scenarioet</source>
        <translation>Revisjon i scenarioet</translation>
    </message>
    <message>
        <source>Med i forslaget</source>
        <translation>Med i framlegget</translation>
    </message>
    <message>
        <source>Hva som har skjedd</source>
        <translation>Kva som har skjedd</translation>
    </message>
    <message>
        <source>Ingen tiltak skal vurderes på nytt.</source>
        <translation>Ingen tiltak skal vurderast på nytt.</translation>
    </message>
    <message>
        <source>Byggestart</source>
        <translation>Byggjestart</translation>
    </message>
    <message>
        <source>Hvorfor</source>
        <translation>Kvifor</translation>
    </message>
    <message>
        <source>{title}, scenario «{scenario}»</source>
        <translation>{title}, scenario «{scenario}»</translation>
    </message>
    <message>
        <source>versjon {version}</source>
        <translation>versjon {version}</translation>
    </message>
    <message>
        <source>{programme} · scenario versjon {version} · laget {made}</source>
        <translation>{programme} · scenario versjon {version} · laga {made}</translation>
    </message>
    <message>
        <source>Side {page} av {total}</source>
        <translation>Side {page} av {total}</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>År</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Ramme (MNOK)</source>
        <translation>Ramme (MNOK)</translation>
    </message>
    <message>
        <source>Brukt (MNOK)</source>
        <translation>Brukt (MNOK)</translation>
    </message>
    <message>
        <source>Igjen (MNOK)</source>
        <translation>Att (MNOK)</translation>
    </message>
    <message>
        <source>Antall tiltak</source>
        <translation>Tal på tiltak</translation>
    </message>
    <message>
        <source>Forventet kostnad (MNOK)</source>
        <translation>Forventa kostnad (MNOK)</translation>
    </message>
    <message>
        <source>Sum finansiering (MNOK)</source>
        <translation>Sum finansiering (MNOK)</translation>
    </message>
    <message>
        <source>Nr. i scenarioet</source>
        <translation>Nr. i scenarioet</translation>
    </message>
    <message>
        <source>Revisjon</source>
        <translation>Revisjon</translation>
    </message>
    <message>
        <source>Ark-ID</source>
        <translation>Ark-ID</translation>
    </message>
    <message>
        <source>{title} – {scenario}</source>
        <translation>{title} – {scenario}</translation>
    </message>
    <message>
        <source>Side &amp;P av &amp;N</source>
        <translation>Side &amp;P av &amp;N</translation>
    </message>
    <message>
        <source>P85 (MNOK)</source>
        <translation>P85 (MNOK)</translation>
    </message>
    <message>
        <source>Kostnad per poeng (MNOK)</source>
        <translation>Kostnad per poeng (MNOK)</translation>
    </message>
    <message>
        <source>P50 (MNOK)</source>
        <translation>P50 (MNOK)</translation>
    </message>
    <message>
        <source>Standardavvik (%)</source>
        <translation>Standardavvik (%)</translation>
    </message>
    <message>
        <source>Flyttet (år)</source>
        <translation>Flytta (år)</translation>
    </message>
    <message>
        <source>Poeng: {goal}</source>
        <translation>Poeng: {goal}</translation>
    </message>
    <message>
        <source>Arbeidsgruppe</source>
        <translation>Arbeidsgruppe</translation>
    </message>
    <message>
        <source>Kommune(r)</source>
        <translation>Kommune(ar)</translation>
    </message>
    <message>
        <source>Saksstatus</source>
        <translation>Saksstatus</translation>
    </message>
    <message>
        <source>{items} og {last}</source>
        <translation>{items} og {last}</translation>
    </message>
    <message>
        <source>Forslaget er ikke skrevet: {files} finnes allerede i «{folder}». Et forslag erstatter ikke en fil uten at du ber om det. Velg en annen mappe, eller flytt eller slett filen først.</source>
        <translation>Framlegget er ikkje skrive: {files} finst allereie i «{folder}». Eit framlegg erstattar ikkje ei fil utan at du ber om det. Vel ei anna mappe, eller flytt eller slett fila først.</translation>
    </message>
    <message>
        <source>Kunne ikke signere forslaget: {error}</source>
        <translation>Kunne ikkje signere framlegget: {error}</translation>
    </message>
    <message>
        <source>Kunne ikke opprette mappen «{folder}»: {error}</source>
        <translation>Kunne ikkje opprette mappa «{folder}»: {error}</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>Databasen er gjenopprettet fra sikkerhetskopien «{backup}».</source>
        <translation>Databasen er gjenoppretta frå tryggingskopien «{backup}».</translation>
    </message>
    <message>
        <source>Prosjektark startet med en tom database.</source>
        <translation>Prosjektark starta med ein tom database.</translation>
    </message>
    <message>
        <source>Ingen nyere ark kunne leses fra den skadde filen.</source>
        <translation>Ingen nyare ark kunne lesast frå den skadde fila.</translation>
    </message>
    <message>
        <source>Fra den skadde filen ble 1 ark hentet inn ({added} nye, {updated} nyere enn sikkerhetskopien).</source>
        <translation>Frå den skadde fila vart 1 ark henta inn ({added} nye, {updated} nyare enn tryggingskopien).</translation>
    </message>
    <message>
        <source>Fra den skadde filen ble {saved} ark hentet inn ({added} nye, {updated} nyere enn sikkerhetskopien).</source>
        <translation>Frå den skadde fila vart {saved} ark henta inn ({added} nye, {updated} nyare enn tryggingskopien).</translation>
    </message>
</context>
<context>
    <name>remark</name>
    <message>
        <source>Merknaden er tom. Skriv hva arbeidsgruppen skal se på (--text).</source>
        <translation>Merknaden er tom. Skriv kva arbeidsgruppa skal sjå på (--text).</translation>
    </message>
    <message>
        <source>merknaden til «{field}» er lagret, men ikke sendt. Send den med «prosjektark remarks export --id {id} --out MAPPE --passphrase-env VAR».</source>
        <translation>merknaden til «{field}» er lagra, men ikkje send. Send han med «prosjektark remarks export --id {id} --out MAPPE --passphrase-env VAR».</translation>
    </message>
</context>
<context>
    <name>remarks</name>
    <message>
        <source>Miljøvariabelen {var} er ikke satt eller er tom; den skal holde passordet til identiteten din.</source>
        <translation>Miljøvariabelen {var} er ikkje sett eller er tom; han skal halde passordet til identiteten din.</translation>
    </message>
    <message>
        <source>Du har ingen signeringsidentitet ennå. Lag en med «prosjektark identity new», eller importer organisasjonens med «prosjektark identity import».</source>
        <translation>Du har ingen signeringsidentitet enno. Lag ein med «prosjektark identity new», eller importer den frå organisasjonen med «prosjektark identity import».</translation>
    </message>
    <message>
        <source>«{path}» finnes og er ikke en mappe.</source>
        <translation>«{path}» finst og er ikkje ei mappe.</translation>
    </message>
    <message>
        <source>Ingen usendte merknader til dette arket; ingenting er skrevet. Skriv en merknad med «prosjektark remark» først (sendte merknader sendes ikke på nytt).</source>
        <translation>Ingen usende merknader til dette arket; ingenting er skrive. Skriv ein merknad med «prosjektark remark» først (sende merknader blir ikkje sende på nytt).</translation>
    </message>
    <message>
        <source>1 merknad til «{title}» er signert og markert som sendt. Send pakken til arbeidsgruppen.</source>
        <translation>1 merknad til «{title}» er signert og merkt som send. Send pakken til arbeidsgruppa.</translation>
    </message>
    <message>
        <source>{n} merknader til «{title}» er signert og markert som sendt. Send pakken til arbeidsgruppen.</source>
        <translation>{n} merknader til «{title}» er signerte og merkte som sende. Send pakken til arbeidsgruppa.</translation>
    </message>
    <message>
        <source>Skrev {path}</source>
        <translation>Skreiv {path}</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(utan namn)</translation>
    </message>
</context>
<context>
    <name>remarks_package</name>
    <message>
        <source>Hele arket</source>
        <translation>Heile arket</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(utan namn)</translation>
    </message>
    <message>
        <source>«{path}» er ikke et felt i skjemaet. Oppgi stien til et felt (for eksempel {examples}), eller ingen --field for en merknad til hele arket.</source>
        <translation>«{path}» er ikkje eit felt i skjemaet. Oppgje stien til eit felt (til dømes {examples}), eller ingen --field for ein merknad til heile arket.</translation>
    </message>
    <message>
        <source>{label}, rad {row}</source>
        <translation>{label}, rad {row}</translation>
    </message>
    <message>
        <source>{name} er ikke gyldig JSON (UTF-8).</source>
        <translation>{name} er ikkje gyldig JSON (UTF-8).</translation>
    </message>
    <message>
        <source>{name} er ikke et JSON-objekt.</source>
        <translation>{name} er ikkje eit JSON-objekt.</translation>
    </message>
    <message>
        <source>{name} har formatet «{found}», som denne versjonen av programmet ikke kan lese (den leser {expected}).</source>
        <translation>{name} har formatet «{found}», som denne versjonen av programmet ikkje kan lese (han les {expected}).</translation>
    </message>
    <message>
        <source>{key} mangler</source>
        <translation>{key} manglar</translation>
    </message>
    <message>
        <source>{key} har en ugyldig verdi</source>
        <translation>{key} har ein ugyldig verdi</translation>
    </message>
    <message>
        <source>{name} følger ikke formatet {expected}: {problems}</source>
        <translation>{name} følgjer ikkje formatet {expected}: {problems}</translation>
    </message>
    <message>
        <source>{name} gjelder arket {found}, men pakken inneholder arket {sheet}.</source>
        <translation>{name} gjeld arket {found}, men pakken inneheld arket {sheet}.</translation>
    </message>
    <message>
        <source>{name}: svaret {answer} kan ikke brukes: {problem}</source>
        <translation>{name}: svaret {answer} kan ikkje brukast: {problem}</translation>
    </message>
    <message>
        <source>Merknader fra sekretariatet</source>
        <translation>Merknader frå sekretariatet</translation>
    </message>
    <message>
        <source>Prosjektark: {title}</source>
        <translation>Prosjektark: {title}</translation>
    </message>
    <message>
        <source>Ark-ID: {id}</source>
        <translation>Ark-ID: {id}</translation>
    </message>
    <message>
        <source>Revisjon: {revision}</source>
        <translation>Revisjon: {revision}</translation>
    </message>
    <message>
        <source>Sendt: {time}, signert av {signer}</source>
        <translation>Sendt: {time}, signert av {signer}</translation>
    </message>
    <message>
        <source>Antall merknader: {n}</source>
        <translation>Tal på merknader: {n}</translation>
    </message>
    <message>
        <source>Svar på hver merknad i Prosjektark (svar, rettet i revisjon N, eller uenig med begrunnelse); svarene følger med neste leverte revisjon.</source>
        <translation>Svar på kvar merknad i Prosjektark (svar, retta i revisjon N, eller usamd med grunngjeving); svara følgjer med neste leverte revisjon.</translation>
    </message>
    <message>
        <source>En merknadspakke må ha minst én merknad.</source>
        <translation>Ein merknadspakke må ha minst éin merknad.</translation>
    </message>
    <message>
        <source>«{title}» har ingen usendte merknader. Skriv en med «prosjektark remark» først; sendte merknader sendes ikke på nytt.</source>
        <translation>«{title}» har ingen usende merknader. Skriv ein med «prosjektark remark» først; sende merknader blir ikkje sende på nytt.</translation>
    </message>
    <message>
        <source>Kunne ikke signere merknadspakken: {error}</source>
        <translation>Kunne ikkje signere merknadspakken: {error}</translation>
    </message>
    <message>
        <source>Kunne ikke opprette mappen «{folder}»: {error}</source>
        <translation>Kunne ikkje opprette mappa «{folder}»: {error}</translation>
    </message>
    <message>
        <source>importert</source>
        <translation>importert</translation>
    </message>
    <message>
        <source>uendret</source>
        <translation>uendra</translation>
    </message>
    <message>
        <source>avvist</source>
        <translation>avvist</translation>
    </message>
    <message>
        <source>Merknadspakken kunne ikke behandles på grunn av en programfeil og er ikke importert.</source>
        <translation>Merknadspakken kunne ikkje handsamast på grunn av ein programfeil og er ikkje importert.</translation>
    </message>
    <message>
        <source>Fant ikke filen.</source>
        <translation>Fann ikkje fila.</translation>
    </message>
    <message>
        <source>Fant ikke {path}.</source>
        <translation>Fann ikkje {path}.</translation>
    </message>
    <message>
        <source>Kan ikke leses; ingenting er importert.</source>
        <translation>Kan ikkje lesast; ingenting er importert.</translation>
    </message>
    <message>
        <source>Merknadspakken besto ikke kontrollen og er ikke importert.</source>
        <translation>Merknadspakken stod ikkje kontrollen og er ikkje importert.</translation>
    </message>
    <message>
        <source>Merknadspakken er gyldig signert, men merknadene kan ikke leses.</source>
        <translation>Merknadspakken er gyldig signert, men merknadene kan ikkje lesast.</translation>
    </message>
    <message>
        <source>Merknadene gjelder «{title}», som ikke finnes i databasen din. Ingenting er importert.</source>
        <translation>Merknadene gjeld «{title}», som ikkje finst i databasen din. Ingenting er importert.</translation>
    </message>
    <message>
        <source>Fant ikke prosjektarket {id} her. Merknader kan bare tas imot for et ark du selv har levert.</source>
        <translation>Fann ikkje prosjektarket {id} her. Merknader kan berre takast imot for eit ark du sjølv har levert.</translation>
    </message>
    <message>
        <source>Merknadspakken er gyldig, men kunne ikke lagres i databasen.</source>
        <translation>Merknadspakken er gyldig, men kunne ikkje lagrast i databasen.</translation>
    </message>
    <message>
        <source>«{title}»: 1 merknad fra {signer} lagt inn. Hver merknad må besvares.</source>
        <translation>«{title}»: 1 merknad frå {signer} lagd inn. Kvar merknad må svarast på.</translation>
    </message>
    <message>
        <source>«{title}»: {n} merknader fra {signer} lagt inn. Hver merknad må besvares.</source>
        <translation>«{title}»: {n} merknader frå {signer} lagde inn. Kvar merknad må svarast på.</translation>
    </message>
    <message>
        <source>«{title}»: merknadene i pakken er allerede importert.</source>
        <translation>«{title}»: merknadene i pakken er allereie importerte.</translation>
    </message>
</context>
<context>
    <name>remarks_panel</name>
    <message>
        <source>Hele arket</source>
        <translation>Heile arket</translation>
    </message>
    <message>
        <source>Ubesvart</source>
        <translation>Ikkje svara på</translation>
    </message>
    <message>
        <source>Besvart</source>
        <translation>Svara på</translation>
    </message>
    <message>
        <source>Utkast, ikke sendt</source>
        <translation>Utkast, ikkje sendt</translation>
    </message>
    <message>
        <source>Sendt</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Rettet i revisjon {revision}: {text}</source>
        <translation>Retta i revisjon {revision}: {text}</translation>
    </message>
    <message>
        <source>Rettet i revisjon {revision}</source>
        <translation>Retta i revisjon {revision}</translation>
    </message>
    <message>
        <source>{kind}: {text}</source>
        <translation>{kind}: {text}</translation>
    </message>
    <message>
        <source>Teksten din står her fortsatt.</source>
        <translation>Teksten din står her framleis.</translation>
    </message>
    <message>
        <source>Kunne ikke lese merknadene: {error}</source>
        <translation>Kunne ikkje lese merknadene: {error}</translation>
    </message>
    <message>
        <source>Merknadene er lest inn på nytt. Teksten din står her fortsatt; lagre den igjen når du er klar.</source>
        <translation>Merknadene er lesne inn på nytt. Teksten din står her framleis; lagre han igjen når du er klar.</translation>
    </message>
    <message>
        <source>Skriv merknad</source>
        <translation>Skriv merknad</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>{keys} lagrer merknaden.</source>
        <translation>{keys} lagrar merknaden.</translation>
    </message>
    <message>
        <source>Skriv hva arbeidsgruppen skal se på. Enter gir ny linje, {keys} lagrer merknaden. Den sendes først når du sender merknadene; til da kan den slettes. En sendt merknad endres aldri.</source>
        <translation>Skriv kva arbeidsgruppa skal sjå på. Enter gir ny linje, {keys} lagrar merknaden. Han blir send først når du sender merknadene; til då kan han slettast. Ein sendt merknad blir aldri endra.</translation>
    </message>
    <message>
        <source>Lagre merknad</source>
        <translation>Lagre merknad</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Merknaden ble ikke lagret.</source>
        <translation>Merknaden vart ikkje lagra.</translation>
    </message>
    <message>
        <source>Svar på merknad</source>
        <translation>Svar på merknad</translation>
    </message>
    <message>
        <source>Tidligere svar (blir stående): {answers}</source>
        <translation>Tidlegare svar (blir ståande): {answers}</translation>
    </message>
    <message>
        <source>&amp;Svar</source>
        <translation>&amp;Svar</translation>
    </message>
    <message>
        <source>R&amp;ettet i revisjon</source>
        <translation>R&amp;etta i revisjon</translation>
    </message>
    <message>
        <source>&amp;Uenig (begrunn)</source>
        <translation>&amp;Ueinig (grunngje)</translation>
    </message>
    <message>
        <source>Revisjonen merknaden er rettet i</source>
        <translation>Revisjonen merknaden er retta i</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>{keys} lagrer svaret.</source>
        <translation>{keys} lagrar svaret.</translation>
    </message>
    <message>
        <source>Enter gir ny linje, {keys} lagrer svaret. Svaret leveres sammen med neste revisjon av arket, og endres ikke etterpå.</source>
        <translation>Enter gir ny linje, {keys} lagrar svaret. Svaret blir levert saman med neste revisjon av arket og blir ikkje endra etterpå.</translation>
    </message>
    <message>
        <source>Lagre svar</source>
        <translation>Lagre svar</translation>
    </message>
    <message>
        <source>Svaret ble ikke lagret.</source>
        <translation>Svaret vart ikkje lagra.</translation>
    </message>
    <message>
        <source>Svaret til sekretariatet</source>
        <translation>Svaret til sekretariatet</translation>
    </message>
    <message>
        <source>Hva som er rettet (valgfritt)</source>
        <translation>Kva som er retta (valfritt)</translation>
    </message>
    <message>
        <source>Hvorfor dere er uenige (må fylles ut)</source>
        <translation>Kvifor de er ueinige (må fyllast ut)</translation>
    </message>
    <message>
        <source>Merknader fra sekretariatet</source>
        <translation>Merknader frå sekretariatet</translation>
    </message>
    <message>
        <source>Merknader med status</source>
        <translation>Merknader med status</translation>
    </message>
    <message>
        <source>Skriv merknad til feltet …</source>
        <translation>Skriv merknad til feltet …</translation>
    </message>
    <message>
        <source>Merknad til hele arket …</source>
        <translation>Merknad til heile arket …</translation>
    </message>
    <message>
        <source>Slett merknaden (ikke sendt) …</source>
        <translation>Slett merknaden (ikkje sendt) …</translation>
    </message>
    <message>
        <source>Svar på merknaden …</source>
        <translation>Svar på merknaden …</translation>
    </message>
    <message>
        <source>Til feltet …</source>
        <translation>Til feltet …</translation>
    </message>
    <message>
        <source>Skriv en merknad til feltet markøren står i ({keys}).</source>
        <translation>Skriv ein merknad til feltet markøren står i ({keys}).</translation>
    </message>
    <message>
        <source>Skriv merknad til feltet</source>
        <translation>Skriv merknad til feltet</translation>
    </message>
    <message>
        <source>Hele arket …</source>
        <translation>Heile arket …</translation>
    </message>
    <message>
        <source>Skriv en merknad til hele arket.</source>
        <translation>Skriv ein merknad til heile arket.</translation>
    </message>
    <message>
        <source>Skriv merknad til hele arket</source>
        <translation>Skriv merknad til heile arket</translation>
    </message>
    <message>
        <source>Slett utkast …</source>
        <translation>Slett utkast …</translation>
    </message>
    <message>
        <source>Slett den valgte merknaden. Bare merknader som ikke er sendt, kan slettes.</source>
        <translation>Slett den valde merknaden. Berre merknader som ikkje er sende, kan slettast.</translation>
    </message>
    <message>
        <source>Slett merknad som ikke er sendt</source>
        <translation>Slett merknad som ikkje er send</translation>
    </message>
    <message>
        <source>Svar …</source>
        <translation>Svar …</translation>
    </message>
    <message>
        <source>Svar på den valgte merknaden ({keys}): svar, rettet i revisjon, uenig.</source>
        <translation>Svar på den valde merknaden ({keys}): svar, retta i revisjon, ueinig.</translation>
    </message>
    <message>
        <source>Svar på merknaden</source>
        <translation>Svar på merknaden</translation>
    </message>
    <message>
        <source>Stå i feltet merknaden gjelder (klikk i det eller bruk Tab), og prøv igjen. «Merknad til hele arket» gjelder arket som helhet.</source>
        <translation>Stå i feltet merknaden gjeld (klikk i det eller bruk Tab), og prøv igjen. «Merknad til heile arket» gjeld arket som heilskap.</translation>
    </message>
    <message>
        <source>Merknad til feltet «{field}»</source>
        <translation>Merknad til feltet «{field}»</translation>
    </message>
    <message>
        <source>Merknad til hele arket</source>
        <translation>Merknad til heile arket</translation>
    </message>
    <message>
        <source>Velg merknaden du vil svare på i merknadslisten.</source>
        <translation>Vel merknaden du vil svare på, i merknadslista.</translation>
    </message>
    <message>
        <source>Merknaden ble ikke slettet.</source>
        <translation>Merknaden vart ikkje sletta.</translation>
    </message>
    <message>
        <source>Merknader</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <source>Teksten er ikke lagret, men tatt vare på: den står ferdig neste gang du skriver den merknaden eller det svaret.</source>
        <translation>Teksten er ikkje lagra, men teken vare på: han står klar neste gong du skriv den merknaden eller det svaret.</translation>
    </message>
    <message>
        <source>Bare en merknad som ikke er sendt, kan slettes.</source>
        <translation>Berre ein merknad som ikkje er send, kan slettast.</translation>
    </message>
    <message>
        <source>Slett merknad</source>
        <translation>Slett merknad</translation>
    </message>
    <message>
        <source>Slette merknaden «{text}»? Den er ikke sendt.</source>
        <translation>Vil du slette merknaden «{text}»? Han er ikkje send.</translation>
    </message>
    <message>
        <source>Slett</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Behold</source>
        <translation>Behald</translation>
    </message>
    <message>
        <source>Merknad, {state}, {where}: {text}</source>
        <translation>Merknad, {state}, {where}: {text}</translation>
    </message>
    <message>
        <source>{who}, {when}, om revisjon {revision}</source>
        <translation>{who}, {when}, om revisjon {revision}</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Svar fra {who}, {when}: {answer}</source>
        <translation>Svar frå {who}, {when}: {answer}</translation>
    </message>
    <message>
        <source>Enter eller klikk går til feltet.</source>
        <translation>Enter eller klikk går til feltet.</translation>
    </message>
    <message>
        <source>Merknader: ingen ennå</source>
        <translation>Merknader: ingen enno</translation>
    </message>
    <message>
        <source>Merknader: {total}, {drafts} ikke sendt, {answered} besvart</source>
        <translation>Merknader: {total}, {drafts} ikkje sende, {answered} svara på</translation>
    </message>
    <message>
        <source>Ingen merknader fra sekretariatet</source>
        <translation>Ingen merknader frå sekretariatet</translation>
    </message>
    <message>
        <source>Merknader fra sekretariatet: {total}, {open} ubesvart</source>
        <translation>Merknader frå sekretariatet: {total}, {open} ikkje svara på</translation>
    </message>
    <message>
        <source>Enter eller klikk går til feltet. {keys} skriver en merknad til feltet markøren står i.</source>
        <translation>Enter eller klikk går til feltet. {keys} skriv ein merknad til feltet markøren står i.</translation>
    </message>
    <message>
        <source>Enter eller klikk går til feltet. {keys} svarer på den valgte merknaden.</source>
        <translation>Enter eller klikk går til feltet. {keys} svarar på den valde merknaden.</translation>
    </message>
    <message>
        <source>Gå til feltet</source>
        <translation>Gå til feltet</translation>
    </message>
</context>
<context>
    <name>removed_fields</name>
    <message>
        <source>Skjemaet har ikke lenger disse feltene. Verdiene er tatt vare på i arket og følger med når det lagres og eksporteres. Du kan lese og kopiere dem, men ikke endre dem.</source>
        <translation>Skjemaet har ikkje lenger desse felta. Verdiane er tekne vare på i arket og følgjer med når det blir lagra og eksportert. Du kan lese og kopiere dei, men ikkje endre dei.</translation>
    </message>
    <message>
        <source>Feltet er fjernet fra skjemaet. Verdien er tatt vare på i arket. Kopier det du trenger over i et av feltene i skjemaet.</source>
        <translation>Feltet er fjerna frå skjemaet. Verdien er teken vare på i arket. Kopier det du treng, over i eitt av felta i skjemaet.</translation>
    </message>
</context>
<context>
    <name>repository</name>
    <message>
        <source>Kunne ikke opprette vedleggsmappen «{folder}»: {error}</source>
        <translation>Kunne ikkje opprette vedleggsmappa «{folder}»: {error}</translation>
    </message>
    <message>
        <source>Kunne ikke lese fra databasen «{database}»: {error}</source>
        <translation>Kunne ikkje lese frå databasen «{database}»: {error}</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source>fant ikke prosjektarket {id} i den lokale databasen.</source>
        <translation>fann ikkje prosjektarket {id} i den lokale databasen.</translation>
    </message>
    <message>
        <source>(uten tittel)</source>
        <translation>(utan tittel)</translation>
    </message>
    <message>
        <source>«{title}» hører til avtaleprofilen «{profile}», som ikke finnes her.</source>
        <translation>«{title}» høyrer til avtaleprofilen «{profile}», som ikkje finst her.</translation>
    </message>
    <message>
        <source>{programme} har ikke saksstatuser i avtaleprofilen.</source>
        <translation>{programme} har ikkje saksstatusar i avtaleprofilen.</translation>
    </message>
    <message>
        <source>«{state}» er ikke en saksstatus i {programme}. Kjente: {known}.</source>
        <translation>«{state}» er ikkje ein saksstatus i {programme}. Kjende: {known}.</translation>
    </message>
    <message>
        <source>«{title}» er ikke levert hit. Bare ark som er importert fra en arbeidsgruppe, har saksstatus.</source>
        <translation>«{title}» er ikkje levert hit. Berre ark som er importerte frå ei arbeidsgruppe, har saksstatus.</translation>
    </message>
</context>
<context>
    <name>review_dialog</name>
    <message>
        <source>Endre saksstatus</source>
        <translation>Endre saksstatus</translation>
    </message>
    <message>
        <source>«{title}» har saksstatusen «{state}». Ny saksstatus:</source>
        <translation>«{title}» har saksstatusen «{state}». Ny saksstatus:</translation>
    </message>
    <message>
        <source>(uten tittel)</source>
        <translation>(utan tittel)</translation>
    </message>
    <message>
        <source>Ny saksstatus</source>
        <translation>Ny saksstatus</translation>
    </message>
    <message>
        <source>&amp;Kommentar til sakshistorikken (valgfritt):</source>
        <translation>&amp;Kommentar til sakshistorikken (valfritt):</translation>
    </message>
    <message>
        <source>Enter gir ny linje i kommentaren, {keys} endrer saksstatusen.</source>
        <translation>Enter gir ny linje i kommentaren, {keys} endrar saksstatusen.</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Arbeidsgruppe</source>
        <translation>Arbeidsgruppe</translation>
    </message>
    <message>
        <source>Sekretariat</source>
        <translation>Sekretariat</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Fristen for innspill til programmet er passert; arket regnes som innspill til neste handlingsprogram.</source>
        <translation>Fristen for innspel til programmet er passert; arket blir rekna som innspel til neste handlingsprogram.</translation>
    </message>
    <message>
        <source>En politisk behandling er datert etter profilens frist for innspill; vedtaket regnes som innspill til neste handlingsprogram.</source>
        <translation>Ei politisk handsaming er datert etter fristen for innspel i profilen; vedtaket blir rekna som innspel til neste handlingsprogram.</translation>
    </message>
    <message>
        <source>Midler ble bevilget for minst profilens antall år siden (3) uten at utbygging har startet: prosjektet må vurderes på nytt.</source>
        <translation>Midlar vart løyvde for minst så mange år sidan som profilen seier (3), utan at utbygginga har starta: prosjektet må vurderast på nytt.</translation>
    </message>
    <message>
        <source>Et spørsmål i sjekklisten som er påkrevd i arkets fase, er ikke besvart.</source>
        <translation>Eit spørsmål i sjekklista som er påkravd i fasen til arket, er ikkje svart på.</translation>
    </message>
    <message>
        <source>Svaret («Ikke relevant» eller et svar sjekklisten krever begrunnelse for) mangler skriftlig begrunnelse.</source>
        <translation>Svaret («Ikkje relevant» eller eit svar sjekklista krev grunngjeving for) manglar skriftleg grunngjeving.</translation>
    </message>
    <message>
        <source>Svaret er ikke ett av svaralternativene for spørsmålet.</source>
        <translation>Svaret er ikkje eitt av svaralternativa for spørsmålet.</translation>
    </message>
    <message>
        <source>Feltet er påkrevd i arkets fase, etter skjemadefinisjonen (required_in). Koden bruker siste del av stien, f.eks. required.title.</source>
        <translation>Feltet er påkravd i fasen til arket, etter skjemadefinisjonen (required_in). Koden brukar den siste delen av stien, t.d. required.title.</translation>
    </message>
    <message>
        <source>Dokumentasjonspunkt fra prosjektutviklingen mangler i et PU-ark.</source>
        <translation>Eit dokumentasjonspunkt frå prosjektutviklinga manglar i eit PU-ark.</translation>
    </message>
    <message>
        <source>Standardavviket er over båndet for estimattypen: anslaget er ikke modent nok for fasen.</source>
        <translation>Standardavviket er over bandet for estimattypen: anslaget er ikkje modent nok for fasen.</translation>
    </message>
    <message>
        <source>Standardavviket er under båndet for estimattypen: mistenkelig presist for fasen, begrunn.</source>
        <translation>Standardavviket er under bandet for estimattypen: mistenkeleg presist for fasen, grunngje.</translation>
    </message>
    <message>
        <source>Estimattypen hører ikke til arkets fase: feil når fasen er senere enn estimattypen (for umodent), advarsel når den er tidligere.</source>
        <translation>Estimattypen høyrer ikkje til fasen til arket: feil når fasen er seinare enn estimattypen (for umodent), åtvaring når han er tidlegare.</translation>
    </message>
    <message>
        <source>Anslagsmetoden er påkrevd fra DP når forventet kostnad er over profilens terskel (10 MNOK; nøyaktig 10 er ikke over).</source>
        <translation>Anslagsmetoden er påkravd frå DP når forventa kostnad er over terskelen i profilen (10 MNOK; nøyaktig 10 er ikkje over).</translation>
    </message>
    <message>
        <source>Styringsmål er anbefalt over profilens terskel (50 MNOK): advarsel i DP og UB, info i PU.</source>
        <translation>Styringsmål er tilrådd over terskelen i profilen (50 MNOK): åtvaring i DP og UB, info i PU.</translation>
    </message>
    <message>
        <source>Prosjektet har lange eller kompliserte planprosesser, men styringsmål mangler: feil i DP og UB, info i PU (settes etter at prosjektet er avklart i PU eller tidlig i DP). Erstatter anbefalingen over 50 MNOK.</source>
        <translation>Prosjektet har lange eller kompliserte planprosessar, men styringsmål manglar: feil i DP og UB, info i PU (blir sett etter at prosjektet er avklart i PU eller tidleg i DP). Erstattar tilrådinga over 50 MNOK.</translation>
    </message>
    <message>
        <source>Tallene er ikke i programmets prisnivå (kroneår); meldingen viser omregningen når prisindeksen har begge årene.</source>
        <translation>Tala er ikkje i prisnivået til programmet (kroneår); meldinga viser omrekninga når prisindeksen har begge åra.</translation>
    </message>
    <message>
        <source>En kostnadspost mangler lav, mest sannsynlig eller høy, eller har ikke lav ≤ mest sannsynlig ≤ høy; beregningen fra postene brukes da ikke.</source>
        <translation>Ein kostnadspost manglar låg, mest sannsynleg eller høg, eller har ikkje låg ≤ mest sannsynleg ≤ høg; utrekninga frå postane blir då ikkje brukt.</translation>
    </message>
    <message>
        <source>Oppgitt forventet kostnad avviker vesentlig (mer enn toleransen, 5 %) fra den som er beregnet fra kostnadspostene.</source>
        <translation>Oppgitt forventa kostnad avvik vesentleg (meir enn toleransen, 5 %) frå den som er rekna ut frå kostnadspostane.</translation>
    </message>
    <message>
        <source>Overgangen krever politisk behandling etter profilens grenser (&lt; 15, 15–40, &gt; 40 MNOK), men ingen politisk behandling av overgangen er registrert. Gjelder overganger arket har passert, og neste overgang når en behandling av den er registrert.</source>
        <translation>Overgangen krev politisk handsaming etter grensene i profilen (&lt; 15, 15–40, &gt; 40 MNOK), men inga politisk handsaming av overgangen er registrert. Gjeld overgangar arket har passert, og neste overgang når ei handsaming av han er registrert.</translation>
    </message>
    <message>
        <source>Veien fra PU til UB ville gått uten noen politisk behandling.</source>
        <translation>Vegen frå PU til UB ville ha gått utan noka politisk handsaming.</translation>
    </message>
    <message>
        <source>Prosjektet er merket som av stor politisk interesse: overgangen skal behandles politisk uansett kostnad, men ingen politisk behandling av den er registrert. Gjelder de samme overgangene som decision.political_required; krever størrelsen alene politisk behandling, meldes det som decision.political_required.</source>
        <translation>Prosjektet er merkt som av stor politisk interesse: overgangen skal handsamast politisk uansett kostnad, men inga politisk handsaming av han er registrert. Gjeld dei same overgangane som decision.political_required; krev storleiken åleine politisk handsaming, blir det meldt som decision.political_required.</translation>
    </message>
    <message>
        <source>Hvem som skal behandle arkets neste faseovergang, med begrunnelsen fra profilen.</source>
        <translation>Kven som skal handsame den neste faseovergangen til arket, med grunngjevinga frå profilen.</translation>
    </message>
    <message>
        <source>Arkets avtaleprofil er tom eller ukjent; reglene kjøres med standardprofilen.</source>
        <translation>Avtaleprofilen til arket er tom eller ukjend; reglane blir køyrde med standardprofilen.</translation>
    </message>
    <message>
        <source>En regel feilet under kjøring (programfeil); meld fra med arket.</source>
        <translation>Ein regel feila under køyring (programfeil); meld frå med arket.</translation>
    </message>
    <message>
        <source>Det er ikke bekreftet at midlene er en ekstra innsats.</source>
        <translation>Det er ikkje stadfesta at midlane er ein ekstra innsats.</translation>
    </message>
    <message>
        <source>Vegeiers forpliktelse til å drifte og vedlikeholde anlegget er ikke bekreftet (i fasene der skjemaet krever den).</source>
        <translation>Forpliktinga til vegeigaren om å drifte og halde ved like anlegget er ikkje stadfesta (i fasane der skjemaet krev ho).</translation>
    </message>
    <message>
        <source>Søknaden omfatter drift eller vedlikehold uten at ett av unntakene er valgt.</source>
        <translation>Søknaden omfattar drift eller vedlikehald utan at eitt av unntaka er valt.</translation>
    </message>
    <message>
        <source>En ombygging mangler beskrivelse av merverdien for trafikanten.</source>
        <translation>Ei ombygging manglar skildring av meirverdien for trafikanten.</translation>
    </message>
    <message>
        <source>En prosjektpakke er knyttet til mer enn én kommune.</source>
        <translation>Ein prosjektpakke er knytt til meir enn éin kommune.</translation>
    </message>
    <message>
        <source>Prosjektpakke eller sekkepost har ikke nøyaktig én ansvarlig etat fra profilens liste.</source>
        <translation>Prosjektpakke eller sekkepost har ikkje nøyaktig éin ansvarleg etat frå lista i profilen.</translation>
    </message>
    <message>
        <source>En sekkepost har mer enn profilens grense per år (5 MNOK; nøyaktig 5 er tillatt).</source>
        <translation>Ein sekkepost har meir enn grensa per år i profilen (5 MNOK; nøyaktig 5 er tillate).</translation>
    </message>
    <message>
        <source>En finansieringslinje har en kilde som ikke kan finansiere det året etter profilen (`source_limits`: et år bare én kilde kan finansiere).</source>
        <translation>Ei finansieringslinje har ei kjelde som ikkje kan finansiere det året etter profilen (`source_limits`: eit år berre éi kjelde kan finansiere).</translation>
    </message>
    <message>
        <source>En sekkepost dekker flere kommuner, men bare sekkeposter med en ansvarlig etat profilen nevner (`pot_municipalities`) kan det; en kommunes sekkepost hører til kommunens ramme.</source>
        <translation>Ein sekkepost dekkjer fleire kommunar, men berre sekkepostar med ein ansvarleg etat som profilen nemner (`pot_municipalities`), kan det; sekkeposten til ein kommune høyrer til ramma til kommunen.</translation>
    </message>
    <message>
        <source>Søknaden omfatter registreringer eller planer for å avklare behov; det finansieres normalt ikke.</source>
        <translation>Søknaden omfattar registreringar eller planar for å avklare behov; det blir normalt ikkje finansiert.</translation>
    </message>
    <message>
        <source>Ingen finansieringslinje med beløp over null.</source>
        <translation>Inga finansieringslinje med beløp over null.</translation>
    </message>
    <message>
        <source>En finansieringslinje ligger utenfor handlingsprogrammets periode.</source>
        <translation>Ei finansieringslinje ligg utanfor perioden til handlingsprogrammet.</translation>
    </message>
    <message>
        <source>Ingen av programmets mål har fått poeng over null med begrunnelse.</source>
        <translation>Ingen av måla i programmet har fått poeng over null med grunngjeving.</translation>
    </message>
    <message>
        <source>Et mål har fått poeng uten begrunnelse.</source>
        <translation>Eit mål har fått poeng utan grunngjeving.</translation>
    </message>
    <message>
        <source>Poeng er gitt for et mål som ikke finnes i avtaleprofilen; det telles ikke med.</source>
        <translation>Poeng er gitt for eit mål som ikkje finst i avtaleprofilen; dei blir ikkje rekna med.</translation>
    </message>
    <message>
        <source>Teksten i et datofelt er ikke en dato som finnes (skrives dd.mm.åååå). Teksten beholdes som skrevet til den er rettet; feltet har fortsatt sin forrige dato.</source>
        <translation>Teksten i eit datofelt er ikkje ein dato som finst (blir skriven dd.mm.åååå). Teksten blir halden som skriven til han er retta; feltet har framleis den førre datoen sin.</translation>
    </message>
    <message>
        <source>Teksten i et tallfelt er ikke et gyldig tall for feltet (ikke et tall, for mange desimaler eller utenfor feltets grenser). Teksten beholdes som skrevet til den er rettet.</source>
        <translation>Teksten i eit talfelt er ikkje eit gyldig tal for feltet (ikkje eit tal, for mange desimalar eller utanfor grensene til feltet). Teksten blir halden som skriven til han er retta.</translation>
    </message>
    <message>
        <source>Et tallfelt har en verdi som ikke er et endelig tall (NaN, uendelig), skrevet inn eller lest fra en JSON-fil.</source>
        <translation>Eit talfelt har ein verdi som ikkje er eit endeleg tal (NaN, uendeleg), skriven inn eller lesen frå ei JSON-fil.</translation>
    </message>
    <message>
        <source>Et beløp er negativt: forventet kostnad, styringsmål, styringsramme, opprinnelig beløp, en kostnadspost eller en finansieringslinje. Null er tillatt.</source>
        <translation>Eit beløp er negativt: forventa kostnad, styringsmål, styringsramme, opphavleg beløp, ein kostnadspost eller ei finansieringslinje. Null er tillate.</translation>
    </message>
    <message>
        <source>Et beløp er over profilens grense for et troverdig prosjekt (max_plausible_mnok, 50 000 MNOK; nøyaktig grensen er tillatt), typisk kroner eller tusen kroner skrevet som millioner.</source>
        <translation>Eit beløp er over grensa i profilen for eit truverdig prosjekt (max_plausible_mnok, 50 000 MNOK; nøyaktig grensa er tillate), typisk kroner eller tusen kroner skrivne som millionar.</translation>
    </message>
    <message>
        <source>Kontaktpersonens e-postadresse har ikke formen navn@domene.no (én @, et punktum i domenet, ingen mellomrom).</source>
        <translation>E-postadressa til kontaktpersonen har ikkje forma namn@domene.no (éin @, eit punktum i domenet, ingen mellomrom).</translation>
    </message>
    <message>
        <source>Arket er laget med en nyere versjon av Prosjektark (et nyere mindre formatnummer). Felt denne versjonen ikke kjenner, beholdes og skrives tilbake uendret; de sjekkes ikke.</source>
        <translation>Arket er laga med ein nyare versjon av Prosjektark (eit nyare mindre formatnummer). Felt denne versjonen ikkje kjenner, blir haldne og skrivne tilbake uendra; dei blir ikkje sjekka.</translation>
    </message>
    <message>
        <source>Arket bruker en finansieringskilde, et driftsunntak eller en faseovergang som avtaleprofilen ikke kjenner (f.eks. et ark fra et annet program).</source>
        <translation>Arket brukar ei finansieringskjelde, eit driftsunntak eller ein faseovergang som avtaleprofilen ikkje kjenner (t.d. eit ark frå eit anna program).</translation>
    </message>
    <message>
        <source>Avtaleprofilen mangler tall eller regler som programmets dokumenter ennå ikke har gitt; reglene som trenger dem er ikke sjekket.</source>
        <translation>Avtaleprofilen manglar tal eller reglar som dokumenta til programmet enno ikkje har gitt; reglane som treng dei, er ikkje sjekka.</translation>
    </message>
</context>
<context>
    <name>scenario</name>
    <message>
        <source>Avtaleprofilen {programme} har ikke satt opp porteføljen (hvilke saksstatuser et scenario tar med), så det kan ikke lages scenarioer for den.</source>
        <translation>Avtaleprofilen {programme} har ikkje sett opp porteføljen (kva saksstatusar eit scenario tek med), så det kan ikkje lagast scenario for han.</translation>
    </message>
    <message>
        <source>Scenarioet må ha et navn.</source>
        <translation>Scenarioet må ha eit namn.</translation>
    </message>
    <message>
        <source>{programme} har allerede et scenario som heter «{name}». Velg et annet navn; det som finnes, er ikke endret.</source>
        <translation>{programme} har allereie eit scenario som heiter «{name}». Vel eit anna namn; det som finst, er ikkje endra.</translation>
    </message>
    <message>
        <source>Laget scenarioet «{name}» for {programme} med {n} prosjektark.</source>
        <translation>Laga scenarioet «{name}» for {programme} med {n} prosjektark.</translation>
    </message>
    <message>
        <source>Med er de leverte arkene med saksstatus {states}.</source>
        <translation>Med er dei leverte arka med saksstatus {states}.</translation>
    </message>
    <message>
        <source>Ingen scenarioer ennå. Lag et med «prosjektark scenario new NAVN --profile P».</source>
        <translation>Ingen scenario enno. Lag eit med «prosjektark scenario new NAMN --profile P».</translation>
    </message>
    <message>
        <source>ukjent</source>
        <translation>ukjend</translation>
    </message>
    <message>
        <source>{name} ({programme}): {included} av {n} prosjektark med, versjon {version}, sist endret av {who} {when}</source>
        <translation>{name} ({programme}): {included} av {n} prosjektark med, versjon {version}, sist endra av {who} {when}</translation>
    </message>
    <message>
        <source>Miljøvariabelen {var} er ikke satt eller er tom; den skal holde passordet til identiteten din.</source>
        <translation>Miljøvariabelen {var} er ikkje sett eller er tom; han skal halde passordet til identiteten din.</translation>
    </message>
    <message>
        <source>Du har ingen signeringsidentitet ennå. Lag en med «prosjektark identity new», eller importer organisasjonens med «prosjektark identity import».</source>
        <translation>Du har ingen signeringsidentitet enno. Lag ein med «prosjektark identity new», eller importer den frå organisasjonen med «prosjektark identity import».</translation>
    </message>
    <message>
        <source>Fant ikke scenarioet «{name}» i {programme}. «prosjektark scenario list» viser dem som finnes.</source>
        <translation>Fann ikkje scenarioet «{name}» i {programme}. «prosjektark scenario list» viser dei som finst.</translation>
    </message>
    <message>
        <source>Fant ikke scenarioet «{name}». «prosjektark scenario list» viser dem som finnes.</source>
        <translation>Fann ikkje scenarioet «{name}». «prosjektark scenario list» viser dei som finst.</translation>
    </message>
    <message>
        <source>«{path}» finnes og er ikke en mappe.</source>
        <translation>«{path}» finst og er ikkje ei mappe.</translation>
    </message>
    <message>
        <source>Merk: ett ark i scenarioet er endret siden det ble laget. Forslaget bruker revisjonen scenarioet bygger på; åpne scenarioet og ta stilling til det:</source>
        <translation>Merk: eitt ark i scenarioet er endra sidan det vart laga. Framlegget bruker revisjonen scenarioet byggjer på; opne scenarioet og ta stilling til det:</translation>
    </message>
    <message>
        <source>Merk: {n} ark i scenarioet er endret siden det ble laget. Forslaget bruker revisjonene scenarioet bygger på; åpne scenarioet og ta stilling til dem:</source>
        <translation>Merk: {n} ark i scenarioet er endra sidan det vart laga. Framlegget bruker revisjonane scenarioet byggjer på; opne scenarioet og ta stilling til dei:</translation>
    </message>
    <message>
        <source>Merk: {programme} har ingen rammer registrert; balansen viser bare hva tiltakene bruker.</source>
        <translation>Merk: {programme} har ingen rammer registrerte; balansen viser berre kva tiltaka bruker.</translation>
    </message>
    <message>
        <source>Skrev {path}</source>
        <translation>Skreiv {path}</translation>
    </message>
    <message>
        <source>PDF-en og pakken er signert med identiteten til {name}.</source>
        <translation>PDF-en og pakken er signerte med identiteten til {name}.</translation>
    </message>
    <message>
        <source>Filene er ikke signert (ingen --passphrase-env). Bruk --passphrase-env for et signert forslag.</source>
        <translation>Filene er ikkje signerte (ingen --passphrase-env). Bruk --passphrase-env for eit signert framlegg.</translation>
    </message>
</context>
<context>
    <name>schema</name>
    <message>
        <source>Skrev {path}</source>
        <translation>Skreiv {path}</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <source>Merknad</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Svar på merknad</source>
        <translation>Svar på merknad</translation>
    </message>
</context>
<context>
    <name>settings_dialog</name>
    <message>
        <source>Innstillinger</source>
        <translation>Innstillingar</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Arbeidsgruppe</source>
        <translation>&amp;Arbeidsgruppe</translation>
    </message>
    <message>
        <source>&amp;Sekretariat</source>
        <translation>&amp;Sekretariat</translation>
    </message>
    <message>
        <source>Arbeidsgruppen fyller ut, signerer og sender prosjektark. Sekretariatet får i tillegg arbeidsflaten «Sekretariat»: innkomne ark, saksstatus, import av pakker og porteføljen.</source>
        <translation>Arbeidsgruppa fyller ut, signerer og sender prosjektark. Sekretariatet får i tillegg arbeidsflata «Sekretariat»: innkomne ark, saksstatus, import av pakkar og porteføljen.</translation>
    </message>
    <message>
        <source>Språk</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Som maskinoppsettet ({language})</source>
        <translation>Som maskinoppsettet ({language})</translation>
    </message>
    <message>
        <source>Som systemet ({language})</source>
        <translation>Som systemet ({language})</translation>
    </message>
    <message>
        <source>&amp;Programmets språk:</source>
        <translation>&amp;Språket i programmet:</translation>
    </message>
    <message>
        <source>Et nytt språk gjelder fra neste gang du starter Prosjektark. PDF og Excel for et ark skrives alltid på arkets eget språk (steget «Grunnlag»).</source>
        <translation>Eit nytt språk gjeld frå neste gong du startar Prosjektark. PDF og Excel for eit ark blir alltid skrivne på språket i arket (steget «Grunnlag»).</translation>
    </message>
    <message>
        <source>Levering til sekretariatet</source>
        <translation>Levering til sekretariatet</translation>
    </message>
    <message>
        <source>Ikke valgt – du blir spurt når du sender</source>
        <translation>Ikkje valt – du blir spurd når du sender</translation>
    </message>
    <message>
        <source>Velg …</source>
        <translation>Vel …</translation>
    </message>
    <message>
        <source>&amp;Leveringsmappe:</source>
        <translation>&amp;Leveringsmappe:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Tom: som maskinoppsettet ({url})</source>
        <translation>Tom: som i maskinoppsettet ({url})</translation>
    </message>
    <message>
        <source>Tom: filen på denne maskinen</source>
        <translation>Tom: fila på denne maskina</translation>
    </message>
    <message>
        <source>&amp;Databaseserver:</source>
        <translation>&amp;Databasetenar:</translation>
    </message>
    <message>
        <source>Et sekretariat med flere brukere kan dele en PostgreSQL-database, for eksempel postgresql://server.kommune.no/prosjektark eller postgresql:///?service=prosjektark. Passordet legger IT i en passordfil (pgpass) eller en tjenestefil; finnes det ikke der, spør Prosjektark når det starter.</source>
        <translation>Eit sekretariat med fleire brukarar kan dele ein PostgreSQL-database, til dømes postgresql://server.kommune.no/prosjektark eller postgresql:///?service=prosjektark. Passordet legg IT i ei passordfil (pgpass) eller ei tenestefil; finst det ikkje der, spør Prosjektark etter det når programmet startar.</translation>
    </message>
    <message>
        <source>Tomt felt: en fil på denne maskinen. Ikke skriv passord her. Gjelder fra neste start.</source>
        <translation>Tomt felt: ei fil på denne maskina. Ikkje skriv passord her. Gjeld frå neste gong programmet startar.</translation>
    </message>
    <message>
        <source>Satt med miljøvariabelen {variable} for dette programmet.</source>
        <translation>Sett med miljøvariabelen {variable} for dette programmet.</translation>
    </message>
    <message>
        <source>Maskinoppsett</source>
        <translation>Maskinoppsett</translation>
    </message>
    <message>
        <source>IT-avdelingen har satt opp denne maskinen i {folder}.</source>
        <translation>IT-avdelinga har sett opp denne maskina i {folder}.</translation>
    </message>
    <message>
        <source>Feil i maskinoppsettet (disse delene blir ikke brukt; si fra til IT-avdelingen):</source>
        <translation>Feil i maskinoppsettet (desse delane blir ikkje brukte; sei frå til IT-avdelinga):</translation>
    </message>
    <message>
        <source>Velg sekretariatets leveringsmappe</source>
        <translation>Vel leveringsmappa til sekretariatet</translation>
    </message>
    <message>
        <source>Adressen inneholder et passord. Passord lagres ikke i innstillingene: fjern det, og legg det i en passordfil (pgpass) eller en tjenestefil, eller skriv det når Prosjektark spør ved start.</source>
        <translation>Adressa inneheld eit passord. Passord blir ikkje lagra i innstillingane: fjern det, og legg det i ei passordfil (pgpass) eller ei tenestefil, eller skriv det når Prosjektark spør ved oppstart.</translation>
    </message>
    <message>
        <source>Dette er ikke adressen til en PostgreSQL-database. Den begynner med postgresql://, for eksempel postgresql://server.kommune.no/prosjektark. La feltet stå tomt for å bruke filen på denne maskinen.</source>
        <translation>Dette er ikkje adressa til ein PostgreSQL-database. Ho byrjar med postgresql://, til dømes postgresql://server.kommune.no/prosjektark. La feltet stå tomt for å bruke fila på denne maskina.</translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Satt av IT-avdelingen for denne maskinen.</source>
        <translation>Sett av IT-avdelinga for denne maskina.</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>sheet</name>
    <message>
        <source>ukjent felt</source>
        <translation>ukjent felt</translation>
    </message>
    <message>
        <source>Ugyldig prosjektark:</source>
        <translation>Ugyldig prosjektark:</translation>
    </message>
    <message>
        <source>… og {count} feil til</source>
        <translation>… og {count} feil til</translation>
    </message>
    <message>
        <source>(dokumentet)</source>
        <translation>(dokumentet)</translation>
    </message>
    <message>
        <source>Ugyldig prosjektark: {reason}</source>
        <translation>Ugyldig prosjektark: {reason}</translation>
    </message>
    <message>
        <source>mangler</source>
        <translation>manglar</translation>
    </message>
    <message>
        <source>ikke gyldig JSON</source>
        <translation>ikkje gyldig JSON</translation>
    </message>
    <message>
        <source>ugyldig verdi</source>
        <translation>ugyldig verdi</translation>
    </message>
    <message>
        <source>må være et heltall</source>
        <translation>må vere eit heiltal</translation>
    </message>
    <message>
        <source>må være et tall</source>
        <translation>må vere eit tal</translation>
    </message>
    <message>
        <source>for mange desimaler</source>
        <translation>for mange desimalar</translation>
    </message>
    <message>
        <source>må være tekst</source>
        <translation>må vere tekst</translation>
    </message>
    <message>
        <source>må være sann eller usann</source>
        <translation>må vere sann eller usann</translation>
    </message>
    <message>
        <source>må være en dato (ÅÅÅÅ-MM-DD)</source>
        <translation>må vere ein dato (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>må være et tidspunkt</source>
        <translation>må vere eit tidspunkt</translation>
    </message>
    <message>
        <source>må være en UUID</source>
        <translation>må vere ein UUID</translation>
    </message>
    <message>
        <source>må være en liste</source>
        <translation>må vere ei liste</translation>
    </message>
    <message>
        <source>må være et objekt</source>
        <translation>må vere eit objekt</translation>
    </message>
    <message>
        <source>er for lav</source>
        <translation>er for låg</translation>
    </message>
    <message>
        <source>er for høy</source>
        <translation>er for høg</translation>
    </message>
    <message>
        <source>har feil form</source>
        <translation>har feil form</translation>
    </message>
    <message>
        <source>må være et endelig tall</source>
        <translation>må vere eit endeleg tal</translation>
    </message>
    <message>
        <source>ugyldig verdi ({reason})</source>
        <translation>ugyldig verdi ({reason})</translation>
    </message>
    <message>
        <source>høyst {limit}</source>
        <translation>høgst {limit}</translation>
    </message>
    <message>
        <source>minst {limit}</source>
        <translation>minst {limit}</translation>
    </message>
</context>
<context>
    <name>sheet_editor</name>
    <message>
        <source>Skrivebeskyttet: denne versjonen av arket kan ikke endres.</source>
        <translation>Skriveverna: denne versjonen av arket kan ikkje endrast.</translation>
    </message>
    <message>
        <source>← Forrige</source>
        <translation>← Førre</translation>
    </message>
    <message>
        <source>Forrige steg (Ctrl+Page Up)</source>
        <translation>Førre steg (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Forrige steg</source>
        <translation>Førre steg</translation>
    </message>
    <message>
        <source>Neste →</source>
        <translation>Neste →</translation>
    </message>
    <message>
        <source>Neste steg (Ctrl+Page Down)</source>
        <translation>Neste steg (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Neste steg</source>
        <translation>Neste steg</translation>
    </message>
    <message>
        <source>Hele arket</source>
        <translation>Heile arket</translation>
    </message>
    <message>
        <source>Steg {number} av {count}</source>
        <translation>Steg {number} av {count}</translation>
    </message>
</context>
<context>
    <name>sheet_format</name>
    <message>
        <source>Arket er laget med en nyere versjon av Prosjektark ({format}); denne versjonen leser {current}. Det som er nytt, beholdes uendret og sjekkes ikke. Oppdater Prosjektark for å se alt.</source>
        <translation>Arket er laga med ein nyare versjon av Prosjektark ({format}); denne versjonen les {current}. Det som er nytt, blir halde uendra og blir ikkje sjekka. Oppdater Prosjektark for å sjå alt.</translation>
    </message>
    <message>
        <source>Arket er laget med en nyere versjon av Prosjektark ({format}); denne versjonen leser {current}. Det som er nytt, beholdes uendret og sjekkes ikke. Felt denne versjonen ikke kjenner: {fields}. Oppdater Prosjektark for å se alt.</source>
        <translation>Arket er laga med ein nyare versjon av Prosjektark ({format}); denne versjonen les {current}. Det som er nytt, blir halde uendra og blir ikkje sjekka. Felt denne versjonen ikkje kjenner: {fields}. Oppdater Prosjektark for å sjå alt.</translation>
    </message>
    <message>
        <source>Arket er laget med en nyere versjon av Prosjektark ({format}); denne versjonen leser {current}. Det som er nytt, beholdes uendret og sjekkes ikke. Felt denne versjonen ikke kjenner: {fields} og {more} til. Oppdater Prosjektark for å se alt.</source>
        <translation>Arket er laga med ein nyare versjon av Prosjektark ({format}); denne versjonen les {current}. Det som er nytt, blir halde uendra og blir ikkje sjekka. Felt denne versjonen ikkje kjenner: {fields} og {more} til. Oppdater Prosjektark for å sjå alt.</translation>
    </message>
</context>
<context>
    <name>sheet_list_model</name>
    <message>
        <source>Tittel</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Tiltaksområde</source>
        <translation>Tiltaksområde</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Forventet kostnad (MNOK)</source>
        <translation>Forventa kostnad (MNOK)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sist endret</source>
        <translation>Sist endra</translation>
    </message>
    <message>
        <source>(uten tittel)</source>
        <translation>(utan tittel)</translation>
    </message>
    <message>
        <source>Eksempel: {title}</source>
        <translation>Døme: {title}</translation>
    </message>
    <message>
        <source>Eksempelark</source>
        <translation>Dømeark</translation>
    </message>
    <message>
        <source>Revisjon {revision}</source>
        <translation>Revisjon {revision}</translation>
    </message>
</context>
<context>
    <name>sql_store</name>
    <message>
        <source>Kunne ikke lese fra databasen «{database}»: {error}</source>
        <translation>Kunne ikkje lese frå databasen «{database}»: {error}</translation>
    </message>
    <message>
        <source>Databasen «{database}» var opptatt med en annen brukers endring, og ingenting ble lagret. Last inn på nytt og prøv igjen.</source>
        <translation>Databasen «{database}» var oppteken med ei endring frå ein annan brukar, og ingenting vart lagra. Last inn på nytt og prøv igjen.</translation>
    </message>
    <message>
        <source>En annen bruker lagret det samme i databasen «{database}» samtidig med deg, og ingenting av ditt ble lagret. Last inn på nytt og prøv igjen.</source>
        <translation>Ein annan brukar lagra det same i databasen «{database}» samstundes med deg, og ingenting av ditt vart lagra. Last inn på nytt og prøv igjen.</translation>
    </message>
    <message>
        <source>Kunne ikke lagre i databasen «{database}»: {error}</source>
        <translation>Kunne ikkje lagre i databasen «{database}»: {error}</translation>
    </message>
    <message>
        <source>Prosjektarket «{title}» finnes allerede.</source>
        <translation>Prosjektarket «{title}» finst allereie.</translation>
    </message>
    <message>
        <source>Kunne ikke lese prosjektarket {id} fra databasen.</source>
        <translation>Kunne ikkje lese prosjektarket {id} frå databasen.</translation>
    </message>
    <message>
        <source>Prosjektarket har nådd det høyeste revisjonsnummeret ({max}). Dupliser arket for å arbeide videre med en kopi.</source>
        <translation>Prosjektarket har nådd det høgaste revisjonsnummeret ({max}). Dupliser arket for å arbeide vidare med ein kopi.</translation>
    </message>
    <message>
        <source>Kunne ikke lese versjon {revision} av prosjektarket {id} fra databasen.</source>
        <translation>Kunne ikkje lese versjon {revision} av prosjektarket {id} frå databasen.</translation>
    </message>
    <message>
        <source>Prosjektarket må ligge i papirkurven før det kan slettes for godt.</source>
        <translation>Prosjektarket må liggje i papirkorga før det kan slettast for godt.</translation>
    </message>
    <message>
        <source>Fant ikke filen «{file}».</source>
        <translation>Fann ikkje fila «{file}».</translation>
    </message>
    <message>
        <source>«{file}» er ikke en vanlig fil og kan ikke legges ved.</source>
        <translation>«{file}» er ikkje ei vanleg fil og kan ikkje leggjast ved.</translation>
    </message>
    <message>
        <source>Kunne ikke lagre vedlegget «{name}» i «{folder}»: {error}</source>
        <translation>Kunne ikkje lagre vedlegget «{name}» i «{folder}»: {error}</translation>
    </message>
    <message>
        <source>Vedlegget «{name}» finnes ikke lenger i lageret.</source>
        <translation>Vedlegget «{name}» finst ikkje lenger i lageret.</translation>
    </message>
    <message>
        <source>Ugyldig sjekksum for vedlegg: {digest}.</source>
        <translation>Ugyldig sjekksum for vedlegg: {digest}.</translation>
    </message>
    <message>
        <source>Kunne ikke kopiere vedlegget «{name}»: {error}</source>
        <translation>Kunne ikkje kopiere vedlegget «{name}»: {error}</translation>
    </message>
    <message>
        <source>Fant ikke pakken i utboksen.</source>
        <translation>Fann ikkje pakken i utboksen.</translation>
    </message>
    <message>
        <source>Merknaden er tom. Skriv hva arbeidsgruppen skal se på.</source>
        <translation>Merknaden er tom. Skriv kva arbeidsgruppa skal sjå på.</translation>
    </message>
    <message>
        <source>(uten tittel)</source>
        <translation>(utan tittel)</translation>
    </message>
    <message>
        <source>Prosjektarket «{title}» er slettet for godt et annet sted mens du arbeidet med det. Endringene dine er ikke lagret.</source>
        <translation>Prosjektarket «{title}» er sletta for godt ein annan stad medan du arbeidde med det. Endringane dine er ikkje lagra.</translation>
    </message>
    <message>
        <source>Prosjektarket «{title}» er endret et annet sted (i et annet vindu eller fra kommandolinjen) siden du åpnet det. Endringene dine er ikke skrevet over de andre.</source>
        <translation>Prosjektarket «{title}» er endra ein annan stad (i eit anna vindauge eller frå kommandolinja) sidan du opna det. Endringane dine er ikkje skrivne over dei andre.</translation>
    </message>
    <message>
        <source>Fant ikke prosjektarket {id}.</source>
        <translation>Fann ikkje prosjektarket {id}.</translation>
    </message>
    <message>
        <source>Fant ikke versjon {revision} av prosjektarket {id}.</source>
        <translation>Fann ikkje versjon {revision} av prosjektarket {id}.</translation>
    </message>
    <message>
        <source>Kunne ikke lese filen «{file}»: {error}</source>
        <translation>Kunne ikkje lese fila «{file}»: {error}</translation>
    </message>
    <message>
        <source>Vedlegget «{name}» er for stort ({size} MB). Største tillatte størrelse er {max} MB.</source>
        <translation>Vedlegget «{name}» er for stort ({size} MB). Største tillatne storleik er {max} MB.</translation>
    </message>
    <message>
        <source>Kunne ikke lagre vedlegget «{name}»: en annen bruker slettet det samtidig. Prøv igjen.</source>
        <translation>Kunne ikkje lagre vedlegget «{name}»: ein annan brukar sletta det samstundes. Prøv igjen.</translation>
    </message>
    <message>
        <source>Kunne ikke lagre vedlegget «{name}» i databasen: {error}</source>
        <translation>Kunne ikkje lagre vedlegget «{name}» i databasen: {error}</translation>
    </message>
    <message>
        <source>Vedlegget «{name}» er skadet i databasen: innholdet stemmer ikke med sjekksummen.</source>
        <translation>Vedlegget «{name}» er skadd i databasen: innhaldet stemmer ikkje med sjekksummen.</translation>
    </message>
    <message>
        <source>Kunne ikke lese vedlegget «{name}» fra databasen: {error}</source>
        <translation>Kunne ikkje lese vedlegget «{name}» frå databasen: {error}</translation>
    </message>
    <message>
        <source>Filen «{file}» ble endret mens den ble lagt ved. Prøv igjen.</source>
        <translation>Fila «{file}» vart endra medan ho vart lagd ved. Prøv igjen.</translation>
    </message>
    <message>
        <source>Kunne ikke lage en lokal kopi av vedlegget «{name}» i «{folder}»: {error}</source>
        <translation>Kunne ikkje lage ein lokal kopi av vedlegget «{name}» i «{folder}»: {error}</translation>
    </message>
</context>
<context>
    <name>stamp</name>
    <message>
        <source>Fant ikke skrifttypen for signaturstempelet: {path}</source>
        <translation>Fann ikkje skrifttypen for signaturstempelet: {path}</translation>
    </message>
</context>
<context>
    <name>step_navigator</name>
    <message>
        <source>● feil</source>
        <translation>● feil</translation>
    </message>
    <message>
        <source>▲ advarsel</source>
        <translation>▲ åtvaring</translation>
    </message>
    <message>
        <source>har feil</source>
        <translation>har feil</translation>
    </message>
    <message>
        <source>har advarsler</source>
        <translation>har åtvaringar</translation>
    </message>
    <message>
        <source>✎ 1 merknad</source>
        <translation>✎ 1 merknad</translation>
    </message>
    <message>
        <source>✎ {count} merknader</source>
        <translation>✎ {count} merknader</translation>
    </message>
    <message>
        <source>✎ 1 ubesvart merknad</source>
        <translation>✎ 1 merknad utan svar</translation>
    </message>
    <message>
        <source>✎ {count} ubesvarte merknader</source>
        <translation>✎ {count} merknader utan svar</translation>
    </message>
    <message>
        <source>Steg i prosjektarket</source>
        <translation>Steg i prosjektarket</translation>
    </message>
    <message>
        <source>Piltastene velger steg. Ctrl+Page Down går til neste steg. F6 går videre til skjemaet, funnene og hjelpen.</source>
        <translation>Piltastane vel steg. Ctrl+Page Down går til neste steg. F6 går vidare til skjemaet, funna og hjelpa.</translation>
    </message>
</context>
<context>
    <name>step_page</name>
    <message>
        <source>Merknad fra sekretariatet</source>
        <translation>Merknad frå sekretariatet</translation>
    </message>
    <message>
        <source>Felt merket * må fylles ut i fasen {phase} ({code}).</source>
        <translation>Felt merkte * må fyllast ut i fasen {phase} ({code}).</translation>
    </message>
</context>
<context>
    <name>store_location</name>
    <message>
        <source>(ugyldig adresse)</source>
        <translation>(ugyldig adresse)</translation>
    </message>
    <message>
        <source>Legg passordet i en passordfil (~/.pgpass, på Windows %APPDATA%\postgresql\pgpass.conf) eller bruk en tjenestefil (postgresql:///?service=prosjektark).</source>
        <translation>Legg passordet i ei passordfil (~/.pgpass, på Windows %APPDATA%\postgresql\pgpass.conf), eller bruk ei tenestefil (postgresql:///?service=prosjektark).</translation>
    </message>
    <message>
        <source>Database-adressen i innstillingene ({file}) inneholder et passord, og passord skal ikke lagres i innstillingene. Fjern passordet fra adressen.</source>
        <translation>Databaseadressa i innstillingane ({file}) inneheld eit passord, og passord skal ikkje lagrast i innstillingane. Fjern passordet frå adressa.</translation>
    </message>
    <message>
        <source>«{value}» ({where}) er ikke adressen til en PostgreSQL-database. Skriv for eksempel postgresql://server.kommune.no/prosjektark eller postgresql:///?service=prosjektark, eller la feltet stå tomt for å bruke filen på denne maskinen.</source>
        <translation>«{value}» ({where}) er ikkje adressa til ein PostgreSQL-database. Skriv til dømes postgresql://server.kommune.no/prosjektark eller postgresql:///?service=prosjektark, eller la feltet stå tomt for å bruke fila på denne maskina.</translation>
    </message>
    <message>
        <source>Serveren «{database}» godtok ikke passordet. {hint}</source>
        <translation>Tenaren «{database}» godtok ikkje passordet. {hint}</translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <source>Utkast</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Klar</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Signert</source>
        <translation>Signert</translation>
    </message>
</context>
<context>
    <name>summary_page</name>
    <message>
        <source>Utfylling per steg</source>
        <translation>Utfylling per steg</translation>
    </message>
    <message>
        <source>{count} mangler</source>
        <translation>{count} manglar</translation>
    </message>
    <message>
        <source>✓ alt påkrevd er fylt ut</source>
        <translation>✓ alt som er kravt, er fylt ut</translation>
    </message>
    <message>
        <source>valgfritt (ingen påkrevde felt)</source>
        <translation>valfritt (ingen felt er kravde)</translation>
    </message>
    <message>
        <source>Gå til {step}: {status}</source>
        <translation>Gå til {step}: {status}</translation>
    </message>
    <message>
        <source>Mangler: {fields}</source>
        <translation>Manglar: {fields}</translation>
    </message>
</context>
<context>
    <name>table</name>
    <message>
        <source>{path} har ikke markørene {start} og {end}</source>
        <translation>{path} har ikkje markørane {start} og {end}</translation>
    </message>
    <message>
        <source>Skrev regeltabellen i {path}</source>
        <translation>Skreiv regeltabellen i {path}</translation>
    </message>
</context>
<context>
    <name>table_widgets</name>
    <message>
        <source>0 – ingen</source>
        <translation>0 – ingen</translation>
    </message>
    <message>
        <source>1 – lite</source>
        <translation>1 – lite</translation>
    </message>
    <message>
        <source>2 – middels</source>
        <translation>2 – middels</translation>
    </message>
    <message>
        <source>3 – stort</source>
        <translation>3 – stort</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>{column}, rad {row}</source>
        <translation>{column}, rad {row}</translation>
    </message>
    <message>
        <source>Legg til rad</source>
        <translation>Legg til rad</translation>
    </message>
    <message>
        <source>Ingen rader ennå.</source>
        <translation>Ingen rader enno.</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Fjern rad {row}</source>
        <translation>Fjern rad {row}</translation>
    </message>
    <message>
        <source>Kostnadspost</source>
        <translation>Kostnadspost</translation>
    </message>
    <message>
        <source>Lav (P10)</source>
        <translation>Låg (P10)</translation>
    </message>
    <message>
        <source>Mest sannsynlig</source>
        <translation>Mest sannsynleg</translation>
    </message>
    <message>
        <source>Høy (P90)</source>
        <translation>Høg (P90)</translation>
    </message>
    <message>
        <source>Legg til kostnadspost</source>
        <translation>Legg til kostnadspost</translation>
    </message>
    <message>
        <source>Ingen kostnadsposter. Postene er valgfrie.</source>
        <translation>Ingen kostnadspostar. Postane er valfrie.</translation>
    </message>
    <message>
        <source>Bruk som forventet kostnad og usikkerhet</source>
        <translation>Bruk som forventa kostnad og usikkerheit</translation>
    </message>
    <message>
        <source>Vis utregning</source>
        <translation>Vis utrekning</translation>
    </message>
    <message>
        <source>Beregnet forventet kostnad: &lt;b&gt;{expected}&lt;/b&gt;, standardavvik {std_dev} ({percent}).&lt;br&gt;P50: {p50} · P85: {p85}.</source>
        <translation>Utrekna forventa kostnad: &lt;b&gt;{expected}&lt;/b&gt;, standardavvik {std_dev} ({percent}).&lt;br&gt;P50: {p50} · P85: {p85}.</translation>
    </message>
    <message>
        <source>Skjul utregning</source>
        <translation>Skjul utrekning</translation>
    </message>
    <message>
        <source>Risiko</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Sannsynlighet (1–5)</source>
        <translation>Sannsyn (1–5)</translation>
    </message>
    <message>
        <source>Konsekvens (1–5)</source>
        <translation>Konsekvens (1–5)</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Legg til risiko</source>
        <translation>Legg til risiko</translation>
    </message>
    <message>
        <source>Ingen risikoer registrert.</source>
        <translation>Ingen risikoar registrerte.</translation>
    </message>
    <message>
        <source>Milepæl</source>
        <translation>Milepåle</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Nådd</source>
        <translation>Nådd</translation>
    </message>
    <message>
        <source>Legg til milepæl</source>
        <translation>Legg til milepåle</translation>
    </message>
    <message>
        <source>Ingen milepæler registrert.</source>
        <translation>Ingen milepålar registrerte.</translation>
    </message>
    <message>
        <source>Organ</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>Faseovergang</source>
        <translation>Faseovergang</translation>
    </message>
    <message>
        <source>Politisk</source>
        <translation>Politisk</translation>
    </message>
    <message>
        <source>Vedtak</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>Legg til behandling</source>
        <translation>Legg til handsaming</translation>
    </message>
    <message>
        <source>Ingen behandling registrert.</source>
        <translation>Inga handsaming registrert.</translation>
    </message>
    <message>
        <source>{programme} har ennå ikke fastsatt en programperiode. Årene er dette og de tre neste, og årene arket har beløp for.</source>
        <translation>{programme} har enno ikkje fastsett ein programperiode. Åra er dette og dei tre neste, og åra arket har beløp for.</translation>
    </message>
    <message>
        <source>Arket har også beløp for {years} (utenfor programperioden).</source>
        <translation>Arket har òg beløp for {years} (utanfor programperioden).</translation>
    </message>
    <message>
        <source>Kilde (MNOK)</source>
        <translation>Kjelde (MNOK)</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Sum per år</source>
        <translation>Sum per år</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Poeng</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Grunngjeving</translation>
    </message>
    <message>
        <source>— ikke vurdert</source>
        <translation>— ikkje vurdert</translation>
    </message>
    <message>
        <source>Hvorfor dette poenget?</source>
        <translation>Kvifor dette poenget?</translation>
    </message>
    <message>
        <source>Poeng: {goal}</source>
        <translation>Poeng: {goal}</translation>
    </message>
    <message>
        <source>Begrunnelse: {goal}</source>
        <translation>Grunngjeving: {goal}</translation>
    </message>
</context>
<context>
    <name>tagged_pdf</name>
    <message>
        <source>Et bilde i PDF-en mangler alternativ tekst: {image}</source>
        <translation>Eit bilete i PDF-en manglar alternativ tekst: {image}</translation>
    </message>
</context>
<context>
    <name>trust</name>
    <message>
        <source>Kunne ikke lese sertifikat fra {path}.</source>
        <translation>Kunne ikkje lese sertifikat frå {path}.</translation>
    </message>
    <message>
        <source>Ugyldig fingeravtrykk i {path}: «{line}».</source>
        <translation>Ugyldig fingeravtrykk i {path}: «{line}».</translation>
    </message>
    <message>
        <source>Fant ikke tillitslisten {path}.</source>
        <translation>Fann ikkje tillitslista {path}.</translation>
    </message>
    <message>
        <source>Kunne ikke lese tillitslisten {path}: {reason}</source>
        <translation>Kunne ikkje lese tillitslista {path}: {reason}</translation>
    </message>
    <message>
        <source>Fant ingen sertifikater eller fingeravtrykk i {path}.</source>
        <translation>Fann ingen sertifikat eller fingeravtrykk i {path}.</translation>
    </message>
    <message>
        <source>{error} Den delen av maskinens tillitsliste blir ikke brukt.</source>
        <translation>{error} Den delen av tillitslista til maskina blir ikkje brukt.</translation>
    </message>
    <message>
        <source>Ingen tillitsliste: velg sertifikatet til avsenderen, eller en mappe med sertifikatene du stoler på.</source>
        <translation>Inga tillitsliste: vel sertifikatet til avsendaren, eller ei mappe med sertifikata du stolar på.</translation>
    </message>
</context>
<context>
    <name>values</name>
    <message>
        <source>Feltet kan ikke være tomt.</source>
        <translation>Feltet kan ikkje vere tomt.</translation>
    </message>
    <message>
        <source>Bruk høyst {count} desimaler.</source>
        <translation>Bruk høgst {count} desimalar.</translation>
    </message>
    <message>
        <source>Tallet kan ikke være større enn {limit}.</source>
        <translation>Talet kan ikkje vere større enn {limit}.</translation>
    </message>
    <message>
        <source>Tallet kan ikke være mindre enn {limit}.</source>
        <translation>Talet kan ikkje vere mindre enn {limit}.</translation>
    </message>
    <message>
        <source>Ugyldig verdi.</source>
        <translation>Ugyldig verdi.</translation>
    </message>
    <message>
        <source>Skriv et tall, for eksempel 12,5.</source>
        <translation>Skriv eit tal, til dømes 12,5.</translation>
    </message>
    <message>
        <source>Skriv et heltall, for eksempel 2027.</source>
        <translation>Skriv eit heiltal, til dømes 2027.</translation>
    </message>
    <message>
        <source>Datoen finnes ikke.</source>
        <translation>Datoen finst ikkje.</translation>
    </message>
    <message>
        <source>Skriv datoen som dd.mm.åååå, for eksempel 01.06.2026.</source>
        <translation>Skriv datoen som dd.mm.åååå, til dømes 01.06.2026.</translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <source>Fant ikke pakken {path}.</source>
        <translation>Fann ikkje pakken {path}.</translation>
    </message>
    <message>
        <source>Signert av:</source>
        <translation>Signert av:</translation>
    </message>
    <message>
        <source>{file}: kan ikke leses.</source>
        <translation>{file}: kan ikkje lesast.</translation>
    </message>
    <message>
        <source>{file}: GYLDIG</source>
        <translation>{file}: GYLDIG</translation>
    </message>
    <message>
        <source>Filer:</source>
        <translation>Filer:</translation>
    </message>
    <message>
        <source>{file}: UGYLDIG</source>
        <translation>{file}: UGYLDIG</translation>
    </message>
</context>
<context>
    <name>verify_dialog</name>
    <message>
        <source>Verifiser pakke – Prosjektark</source>
        <translation>Verifiser pakke – Prosjektark</translation>
    </message>
    <message>
        <source>Pakken som skal kontrolleres (.asice)</source>
        <translation>Pakken som skal kontrollerast (.asice)</translation>
    </message>
    <message>
        <source>Velg pakke …</source>
        <translation>Vel pakke …</translation>
    </message>
    <message>
        <source>Sertifikat (.pem) eller mappe med sertifikater</source>
        <translation>Sertifikat (.pem) eller mappe med sertifikat</translation>
    </message>
    <message>
        <source>Fil …</source>
        <translation>Fil …</translation>
    </message>
    <message>
        <source>Mappe …</source>
        <translation>Mappe …</translation>
    </message>
    <message>
        <source>&amp;Pakke:</source>
        <translation>&amp;Pakke:</translation>
    </message>
    <message>
        <source>&amp;Stol på:</source>
        <translation>&amp;Stol på:</translation>
    </message>
    <message>
        <source>I tillegg gjelder sertifikatene IT-avdelingen har lagt inn for denne maskinen.</source>
        <translation>I tillegg gjeld sertifikata IT-avdelinga har lagt inn for denne maskina.</translation>
    </message>
    <message>
        <source>Kontroller</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <source>Signert av:</source>
        <translation>Signert av:</translation>
    </message>
    <message>
        <source>Filer:</source>
        <translation>Filer:</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Velg pakke</source>
        <translation>Vel pakke</translation>
    </message>
    <message>
        <source>Signert pakke (*.asice);;Alle filer (*)</source>
        <translation>Signert pakke (*.asice);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Velg sertifikat</source>
        <translation>Vel sertifikat</translation>
    </message>
    <message>
        <source>Sertifikater og fingeravtrykk (*.pem *.crt *.cer *.sha256 *.txt);;Alle filer (*)</source>
        <translation>Sertifikat og fingeravtrykk (*.pem *.crt *.cer *.sha256 *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Velg mappe med sertifikater</source>
        <translation>Vel mappe med sertifikat</translation>
    </message>
    <message>
        <source>Fant ikke pakken {path}.</source>
        <translation>Fann ikkje pakken {path}.</translation>
    </message>
    <message>
        <source>Uventet feil under verifisering: {error}</source>
        <translation>Uventa feil under verifiseringa: {error}</translation>
    </message>
    <message>
        <source>✖  Tillitslisten kan ikke leses</source>
        <translation>✖  Tillitslista kan ikkje lesast</translation>
    </message>
    <message>
        <source>✔  Pakken er gyldig</source>
        <translation>✔  Pakken er gyldig</translation>
    </message>
    <message>
        <source>Signaturen stemmer, signereren er på tillitslisten, og ingen filer er endret.</source>
        <translation>Signaturen stemmer, signeraren er på tillitslista, og ingen filer er endra.</translation>
    </message>
    <message>
        <source>✖  Pakken kan ikke leses</source>
        <translation>✖  Pakken kan ikkje lesast</translation>
    </message>
    <message>
        <source>✖  Pakken er ikke gyldig</source>
        <translation>✖  Pakken er ikkje gyldig</translation>
    </message>
</context>
<context>
    <name>versions_dialog</name>
    <message>
        <source>Arbeidskopien</source>
        <translation>Arbeidskopien</translation>
    </message>
    <message>
        <source>Ny</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Fjernet</source>
        <translation>Fjerna</translation>
    </message>
    <message>
        <source>Versjon {revision}</source>
        <translation>Versjon {revision}</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Før</source>
        <translation>Før</translation>
    </message>
    <message>
        <source>Etter</source>
        <translation>Etter</translation>
    </message>
    <message>
        <source>Versjoner og endringer – {title}</source>
        <translation>Versjonar og endringar – {title}</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(utan namn)</translation>
    </message>
    <message>
        <source>Versjon</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Lagret</source>
        <translation>Lagra</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Signert</source>
        <translation>Signert</translation>
    </message>
    <message>
        <source>Versjonen er signert og eksportert som pakke.</source>
        <translation>Versjonen er signert og eksportert som pakke.</translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Åpne den valgte versjonen skrivebeskyttet</source>
        <translation>Opne den valde versjonen skriveverna</translation>
    </message>
    <message>
        <source>&amp;Sammenlign …</source>
        <translation>&amp;Samanlikn …</translation>
    </message>
    <message>
        <source>Vis hva som er endret mellom den valgte versjonen og arbeidskopien, eller mellom to versjoner</source>
        <translation>Vis kva som er endra mellom den valde versjonen og arbeidskopien, eller mellom to versjonar</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>1 lagret versjon, nyeste først.</source>
        <translation>1 lagra versjon, nyaste først.</translation>
    </message>
    <message>
        <source>{count} lagrede versjoner, nyeste først.</source>
        <translation>{count} lagra versjonar, nyaste først.</translation>
    </message>
    <message>
        <source>En lagret versjon endres aldri; arbeidskopien er arket slik du redigerer det.</source>
        <translation>Ein lagra versjon blir aldri endra; arbeidskopien er arket slik du redigerer det.</translation>
    </message>
    <message>
        <source>Arket har ingen lagrede versjoner ennå. «Lagre versjon» (Ctrl+S) lagrer en fast versjon du kan se og sammenligne med senere.</source>
        <translation>Arket har ingen lagra versjonar enno. «Lagre versjon» (Ctrl+S) lagrar ein fast versjon du kan sjå og samanlikne med seinare.</translation>
    </message>
    <message>
        <source>Kunne ikke åpne versjonen</source>
        <translation>Kunne ikkje opne versjonen</translation>
    </message>
    <message>
        <source>{title} – versjon {revision} (skrivebeskyttet)</source>
        <translation>{title} – versjon {revision} (skriveverna)</translation>
    </message>
    <message>
        <source>Versjon {revision}, lagret {time}, vises skrivebeskyttet.</source>
        <translation>Versjon {revision}, lagra {time}, blir vist skriveverna.</translation>
    </message>
    <message>
        <source>Versjonen er signert.</source>
        <translation>Versjonen er signert.</translation>
    </message>
    <message>
        <source>Merknad: «{note}».</source>
        <translation>Merknad: «{note}».</translation>
    </message>
    <message>
        <source>Endringer gjøres i arbeidskopien.</source>
        <translation>Endringar gjer du i arbeidskopien.</translation>
    </message>
    <message>
        <source>Sammenlign versjoner</source>
        <translation>Samanlikn versjonar</translation>
    </message>
    <message>
        <source>&amp;Før:</source>
        <translation>&amp;Før:</translation>
    </message>
    <message>
        <source>&amp;Etter:</source>
        <translation>&amp;Etter:</translation>
    </message>
    <message>
        <source>&amp;Kopier</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>Kopier de valgte radene, eller alle, som tekst (Ctrl+C)</source>
        <translation>Kopier dei valde radene, eller alle, som tekst (Ctrl+C)</translation>
    </message>
    <message>
        <source>{before} og {after}</source>
        <translation>{before} og {after}</translation>
    </message>
    <message>
        <source>Kunne ikke lese versjonene: {error}</source>
        <translation>Kunne ikkje lese versjonane: {error}</translation>
    </message>
    <message>
        <source>Velg to forskjellige versjoner for å se hva som er endret.</source>
        <translation>Vel to ulike versjonar for å sjå kva som er endra.</translation>
    </message>
    <message>
        <source>Ingen endringer mellom {names}.</source>
        <translation>Ingen endringar mellom {names}.</translation>
    </message>
    <message>
        <source>Det som er nytt er merket «{added}» og grønt og det som er fjernet er merket «{removed}» og rødt.</source>
        <translation>Det som er nytt, er merkt «{added}» og grønt, og det som er fjerna, er merkt «{removed}» og raudt.</translation>
    </message>
    <message>
        <source>Det som er nytt er merket «{added}» og grønt.</source>
        <translation>Det som er nytt, er merkt «{added}» og grønt.</translation>
    </message>
    <message>
        <source>Det som er fjernet er merket «{removed}» og rødt.</source>
        <translation>Det som er fjerna, er merkt «{removed}» og raudt.</translation>
    </message>
    <message>
        <source>1 endring mellom {names}.</source>
        <translation>1 endring mellom {names}.</translation>
    </message>
    <message>
        <source>{count} endringer mellom {names}.</source>
        <translation>{count} endringar mellom {names}.</translation>
    </message>
    <message>
        <source>Endret siden forrige levering</source>
        <translation>Endra sidan førre levering</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>programperioden</source>
        <translation>programperioden</translation>
    </message>
    <message>
        <source>prisnivået (kroneår)</source>
        <translation>prisnivået (kroneår)</translation>
    </message>
    <message>
        <source>fristen for innspill</source>
        <translation>fristen for innspel</translation>
    </message>
    <message>
        <source>hvor lenge bevilgede midler kan stå ubrukt</source>
        <translation>kor lenge løyvde midlar kan stå ubrukte</translation>
    </message>
    <message>
        <source>toleransen mellom oppgitt og beregnet kostnad</source>
        <translation>toleransen mellom oppgitt og utrekna kostnad</translation>
    </message>
    <message>
        <source>faseovergangene</source>
        <translation>faseovergangane</translation>
    </message>
    <message>
        <source>unntakene for drift</source>
        <translation>unntaka for drift</translation>
    </message>
    <message>
        <source>grensen for et troverdig beløp</source>
        <translation>grensa for eit truverdig beløp</translation>
    </message>
    <message>
        <source>terskelen for Anslagsmetoden</source>
        <translation>terskelen for Anslagsmetoden</translation>
    </message>
    <message>
        <source>terskelen for anbefalt styringsmål</source>
        <translation>terskelen for tilrådd styringsmål</translation>
    </message>
    <message>
        <source>grensen per sekkepost per år</source>
        <translation>grensa per sekkepost per år</translation>
    </message>
    <message>
        <source>hvem som beslutter faseovergangene</source>
        <translation>kven som tek avgjerd om faseovergangane</translation>
    </message>
    <message>
        <source>usikkerhetsbåndene per estimattype</source>
        <translation>usikkerheitsbanda per estimattype</translation>
    </message>
    <message>
        <source>Finansieringskilden «{source}» ({year}) finnes ikke i {programme}. Velg en av programmets kilder.</source>
        <translation>Finansieringskjelda «{source}» ({year}) finst ikkje i {programme}. Vel ei av kjeldene til programmet.</translation>
    </message>
    <message>
        <source>Driftsunntaket «{exception}» finnes ikke i {programme}. Velg et av programmets unntak.</source>
        <translation>Driftsunntaket «{exception}» finst ikkje i {programme}. Vel eitt av unntaka til programmet.</translation>
    </message>
    <message>
        <source>Faseovergangen «{transition}» finnes ikke i {programme}.</source>
        <translation>Faseovergangen «{transition}» finst ikkje i {programme}.</translation>
    </message>
    <message>
        <source>{programme} har ennå ikke fastsatt {parts}. Reglene som trenger dette er ikke sjekket; sekretariatet fyller det inn i avtaleprofilen.</source>
        <translation>{programme} har enno ikkje fastsett {parts}. Reglane som treng dette, er ikkje sjekka; sekretariatet fyller det inn i avtaleprofilen.</translation>
    </message>
</context>
<context>
    <name>xlsx</name>
    <message>
        <source>Oversikt</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Kostnad</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Finansiering</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Måloppnåelse</source>
        <translation>Måloppnåing</translation>
    </message>
    <message>
        <source>Risiko</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Milepæler</source>
        <translation>Milepælar</translation>
    </message>
    <message>
        <source>Sjekkliste</source>
        <translation>Sjekkliste</translation>
    </message>
    <message>
        <source>Funn</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>Poeng: 0 = ingen, 1 = lite, 2 = middels, 3 = stort bidrag til målet.</source>
        <translation>Poeng: 0 = ikkje noko, 1 = lite, 2 = middels, 3 = stort bidrag til målet.</translation>
    </message>
    <message>
        <source>S = sannsynlighet, K = konsekvens, fra 1 (lav) til 5 (høy).</source>
        <translation>S = sannsyn, K = konsekvens, frå 1 (låg) til 5 (høg).</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Verdi</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Prosjektnavn</source>
        <translation>Prosjektnamn</translation>
    </message>
    <message>
        <source>Avtaleprofil</source>
        <translation>Avtaleprofil</translation>
    </message>
    <message>
        <source>{profile} ({programme})</source>
        <translation>{profile} ({programme})</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Finansieringsform</source>
        <translation>Finansieringsform</translation>
    </message>
    <message>
        <source>Kommune(r)</source>
        <translation>Kommune(ar)</translation>
    </message>
    <message>
        <source>Part som foreslår tiltaket</source>
        <translation>Part som føreslår tiltaket</translation>
    </message>
    <message>
        <source>Ansvarlig etat</source>
        <translation>Ansvarleg etat</translation>
    </message>
    <message>
        <source>Tiltaksområde</source>
        <translation>Tiltaksområde</translation>
    </message>
    <message>
        <source>Arbeidsgruppe</source>
        <translation>Arbeidsgruppe</translation>
    </message>
    <message>
        <source>Kontaktperson</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Kort beskrivelse</source>
        <translation>Kort skildring</translation>
    </message>
    <message>
        <source>Forventet kostnad (MNOK)</source>
        <translation>Forventa kostnad (MNOK)</translation>
    </message>
    <message>
        <source>Usikkerhet, standardavvik (%)</source>
        <translation>Usikkerheit, standardavvik (%)</translation>
    </message>
    <message>
        <source>Prisnivå (kroneår)</source>
        <translation>Prisnivå (kroneår)</translation>
    </message>
    <message>
        <source>Sum finansiering (MNOK)</source>
        <translation>Sum finansiering (MNOK)</translation>
    </message>
    <message>
        <source>Sum målpoeng</source>
        <translation>Sum målpoeng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Feil</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Advarsler</source>
        <translation>Åtvaringar</translation>
    </message>
    <message>
        <source>Prosjektark-ID</source>
        <translation>Prosjektark-ID</translation>
    </message>
    <message>
        <source>Revisjon</source>
        <translation>Revisjon</translation>
    </message>
    <message>
        <source>Opprettet</source>
        <translation>Oppretta</translation>
    </message>
    <message>
        <source>Sist endret</source>
        <translation>Sist endra</translation>
    </message>
    <message>
        <source>Skjemaversjon</source>
        <translation>Skjemaversjon</translation>
    </message>
    <message>
        <source>Neste faseovergang</source>
        <translation>Neste faseovergang</translation>
    </message>
    <message>
        <source>Ingen: utbygging er den siste fasen.</source>
        <translation>Ingen: utbygging er den siste fasen.</translation>
    </message>
    <message>
        <source> ({start} til {end})</source>
        <translation> ({start} til {end})</translation>
    </message>
    <message>
        <source>{body} (politisk behandling)</source>
        <translation>{body} (politisk handsaming)</translation>
    </message>
    <message>
        <source>{body} (administrativ)</source>
        <translation>{body} (administrativ)</translation>
    </message>
    <message>
        <source>Behandles av</source>
        <translation>Blir handsama av</translation>
    </message>
    <message>
        <source>Kostnadspost</source>
        <translation>Kostnadspost</translation>
    </message>
    <message>
        <source>Lav (MNOK)</source>
        <translation>Låg (MNOK)</translation>
    </message>
    <message>
        <source>Mest sannsynlig (MNOK)</source>
        <translation>Mest sannsynleg (MNOK)</translation>
    </message>
    <message>
        <source>Høy (MNOK)</source>
        <translation>Høg (MNOK)</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Ingen kostnadsposter er lagt inn.</source>
        <translation>Ingen kostnadspostar er lagde inn.</translation>
    </message>
    <message>
        <source>Kostnadsanslag</source>
        <translation>Kostnadsoverslag</translation>
    </message>
    <message>
        <source>Standardavvik (MNOK)</source>
        <translation>Standardavvik (MNOK)</translation>
    </message>
    <message>
        <source>Type estimat</source>
        <translation>Type estimat</translation>
    </message>
    <message>
        <source>Krav til usikkerhet (%)</source>
        <translation>Krav til usikkerheit (%)</translation>
    </message>
    <message>
        <source>Anslagsmetode</source>
        <translation>Overslagsmetode</translation>
    </message>
    <message>
        <source>Styringsmål (MNOK)</source>
        <translation>Styringsmål (MNOK)</translation>
    </message>
    <message>
        <source>Styringsramme (MNOK)</source>
        <translation>Styringsramme (MNOK)</translation>
    </message>
    <message>
        <source>Opprinnelig beløp (MNOK)</source>
        <translation>Opphavleg beløp (MNOK)</translation>
    </message>
    <message>
        <source>Opprinnelig kroneår</source>
        <translation>Opphavleg kroneår</translation>
    </message>
    <message>
        <source>Merknader</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <source>År</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Beløp i MNOK, {year}-kroner.</source>
        <translation>Beløp i MNOK, {year}-kroner.</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Poeng</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Grunngjeving</translation>
    </message>
    <message>
        <source>Sum poeng</source>
        <translation>Sum poeng</translation>
    </message>
    <message>
        <source>Ingen mål er scoret.</source>
        <translation>Ingen mål har fått poeng.</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Sannsynlighet (S)</source>
        <translation>Sannsyn (S)</translation>
    </message>
    <message>
        <source>Konsekvens (K)</source>
        <translation>Konsekvens (K)</translation>
    </message>
    <message>
        <source>S × K</source>
        <translation>S × K</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Ingen risikoer er registrert.</source>
        <translation>Ingen risikoar er registrerte.</translation>
    </message>
    <message>
        <source>Milepæl</source>
        <translation>Milepæl</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Planlagt</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Fullført</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Ingen milepæler er registrert.</source>
        <translation>Ingen milepælar er registrerte.</translation>
    </message>
    <message>
        <source>Tema</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Spørsmål</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Alvorlighet</source>
        <translation>Alvorsgrad</translation>
    </message>
    <message>
        <source>Steg</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Kvittering</source>
        <translation>Kvittering</translation>
    </message>
    <message>
        <source>Ingen funn</source>
        <translation>Ingen funn</translation>
    </message>
    <message>
        <source>Utkast</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Klar</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Prosjektark</source>
        <translation>Prosjektark</translation>
    </message>
    <message>
        <source>{worksheet} · revisjon {revision}</source>
        <translation>{worksheet} · revisjon {revision}</translation>
    </message>
    <message>
        <source>Side &amp;P av &amp;N</source>
        <translation>Side &amp;P av &amp;N</translation>
    </message>
    <message>
        <source>Prosjektark revisjon {revision}</source>
        <translation>Prosjektark revisjon {revision}</translation>
    </message>
</context>
</TS>
