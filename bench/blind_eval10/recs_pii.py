"""PII-positive records (family pii). Each builder returns (lang, kind, messages)."""
from vals import S, U, A, V, group, fullwidth

RECS = []


def rec(fn):
    RECS.append(fn)
    return fn


EN_FIRST = ["Megan", "Tyler", "Priya", "Marcus", "Dana", "Keisha", "Ethan", "Rosalind", "Owen", "Bethany", "Declan", "Imogen", "Carlos", "Noreen"]
EN_LAST = ["Whitfield", "Kowalski", "Okafor", "Brennan", "Castellano", "Hargreaves", "Nguyen", "Abernathy", "Pemberton", "Sutcliffe", "Lindqvist", "Ramirez"]
DE_FIRST = ["Jonas", "Lea", "Katrin", "Matthias", "Brigitte", "Dieter", "Svenja", "Tobias", "Anke", "Uwe"]
DE_LAST = ["Wendler", "Hoffmann", "Kühn", "Brandt", "Schulze", "Vogt", "Ziegler", "Lorenz", "Albrecht", "Pfeiffer"]
FR_FIRST = ["Camille", "Théo", "Élodie", "Mathieu", "Nadia", "Julien", "Sandrine", "Bastien", "Maëlle", "Yannick"]
FR_LAST = ["Lefebvre", "Moreau", "Garnier", "Rousseau", "Chevalier", "Lambert", "Fontaine", "Perrin", "Marchand", "Leclerc"]
JA_NAMES = [("田中", "tanaka"), ("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("渡辺", "watanabe"), ("伊藤", "ito"), ("山本", "yamamoto"), ("中村", "nakamura"), ("小林", "kobayashi")]
JA_GIVEN = [("陽子", "yoko"), ("健太", "kenta"), ("美咲", "misaki"), ("翔太", "shota"), ("直樹", "naoki"), ("由美", "yumi"), ("大輔", "daisuke")]
RU_PEOPLE = [("Алексей", "Смирнов", "aleksey.smirnov", "m"), ("Ольга", "Кузнецова", "olga.kuznetsova", "f"),
             ("Дмитрий", "Волков", "d.volkov", "m"), ("Наталья", "Морозова", "n.morozova", "f"),
             ("Игорь", "Лебедев", "igor.lebedev", "m"), ("Екатерина", "Соколова", "ekaterina.sokolova", "f"),
             ("Сергей", "Павлов", "s.pavlov", "m"), ("Анна", "Фёдорова", "anna.fedorova", "f")]


def en_name(v):
    return v.c(EN_FIRST), v.c(EN_LAST)


def dob(v, y0=1955, y1=2004):
    return v.rng.randint(y0, y1), v.rng.randint(1, 12), v.rng.randint(1, 28)


# ============================================================ English (22)
@rec
def en_email_support(v):
    f, l = en_name(v)
    mail = "%s.%s%d@%s" % (f.lower(), l.lower(), v.rng.randint(1, 99), v.c(["gmail.com", "outlook.com", "icloud.com", "yahoo.com"]))
    return "en", "pii.email", [
        S("You are the support assistant for Larkspur Streaming. Be concise and friendly. Never promise refunds; route billing disputes to the billing team."),
        U("hey, i can't log in anymore because my old work address got shut down when i left the company. can you switch my account over to %s ? the account name is the same as before" % mail),
        A("I can help with that. For security, I'll send a verification link to the new address before the change takes effect."),
    ]


@rec
def en_email_in_assistant(v):
    f, l = en_name(v)
    dom = v.c(["gmail", "hotmail", "proton"])
    tld = "me" if dom == "proton" else "com"
    return "en", "pii.email_in_assistant", [
        U("Can you write my e-mail the normal way for the signup form? It's %s dot %s at %s dot %s, all lowercase. The form keeps rejecting what I type." % (f.lower(), l.lower(), dom, tld)),
        A("Sure, in standard form it is: %s.%s@%s.%s — paste that exactly, without spaces." % (f.lower(), l.lower(), dom, tld)),
    ]


@rec
def en_email_csv_obfuscated(v):
    rows = []
    for _ in range(3):
        f, l = en_name(v)
        rows.append("%s %s,%s [at] %s [dot] com,%s" % (f, l, f.lower() + l[0].lower(), v.c(["gmail", "yahoo", "aol"]), v.c(["yes", "no", "maybe"])))
    return "en", "pii.email", [
        U("I exported the RSVPs for my daughter's 7th birthday party from the sign-up sheet. Can you turn this into a table and count the yeses?\n\nname,email,coming\n" + "\n".join(rows)),
        A("Here's the table with a count of confirmed guests at the bottom."),
    ]


@rec
def en_phone_us_rental(v):
    f, l = en_name(v)
    ph = v.phone_us()
    return "en", "pii.phone", [
        U("Help me fill in the 'Applicant contact' part of this rental application, keep it short:\n\nApplicant: %s %s\nBest number to reach me: %s (cell, texts ok after 6pm)\nCurrent landlord reference: available on request" % (f, l, ph)),
        A("Here is the filled-in section, formatted to fit the form's single-line fields."),
    ]


@rec
def en_phone_uk_neighbour_note(v):
    ph = v.phone_uk(True)
    return "en", "pii.phone", [
        U("Could you proofread this note I'm putting through next door's letterbox?\n\n\"Hi, we're having the kitchen redone from the 14th, so sorry in advance for the drilling. If anything gets too loud or the skip blocks your drive, just give me a ring on %s and I'll sort it. Cheers, Flat 2\"" % ph),
        A("It reads well. I'd only change \"sorry in advance for the drilling\" to \"apologies in advance for the noise\" and add a comma after \"Hi\"."),
    ]


@rec
def en_card_visa_support(v):
    num = v.card("visa")
    return "en", "pii.credit_card", [
        S("You are BrightCart's order-help assistant."),
        U("I was charged twice for order BC-20931, can you refund one?"),
        A("I'm sorry to hear that. Could you tell me which payment method you used so I can find both transactions?"),
        U("visa, here's the whole thing so you can find it: %s exp 09/27" % v.fmt_card(num, 0)),
        A("I'm sorry about the double charge. Please don't share full card numbers here — I've flagged the order for the billing team, who will reverse the duplicate within 5–7 business days."),
    ]


@rec
def en_card_amex_webhook(v):
    num = v.card("amex")
    return "en", "pii.credit_card", [
        U("our payment webhook handler throws `KeyError: 'last4'` on some events. here's one raw payload from the log:\n\n```json\n{\"event\":\"charge.succeeded\",\"order\":\"A-77120\",\"payment\":{\"brand\":\"amex\",\"number\":\"%s\",\"exp_month\":3,\"exp_year\":2028,\"cvc_check\":\"pass\"},\"amount\":41999,\"currency\":\"usd\"}\n```\nwhy is last4 missing?" % num),
        A("The payload carries the full `number` instead of `last4`, which suggests it comes from your legacy gateway path, not the tokenised one. Also, full card numbers should never reach your logs — mask them at the ingress layer."),
    ]


@rec
def en_card_in_assistant_tool(v):
    num = v.card("mastercard")
    return "en", "pii.credit_card_in_assistant", [
        S("You are a billing agent with access to the tool `get_payment_method(customer_id)`. Tool results are shown inline."),
        U("Which card will be charged for my renewal next week? I have two and don't remember which one I picked."),
        A("[tool get_payment_method → {\"type\":\"card\",\"brand\":\"mastercard\",\"pan\":\"%s\",\"exp\":\"11/26\"}]\nYour renewal will be charged to the Mastercard %s, expiring 11/26." % (num, v.fmt_card(num, 1))),
    ]


@rec
def en_card_discover_split(v):
    num = v.card("discover")
    return "en", "pii.credit_card", [
        U("My mum dictated her card over the phone so I could book her train and I scribbled it down like this, can you tell me if I missed a digit?\n\n%s\n%s\n%s\n%s\n\nexp 04/27, the code on the back I've got separately" % (num[:4], num[4:8], num[8:12], num[12:])),
        A("That's 16 digits, which is the right length for a Discover card. I'd still double-check with her before booking."),
    ]


@rec
def en_iban_gb_invoice(v):
    f, l = en_name(v)
    ib = v.iban("GB")
    return "en", "pii.iban", [
        U("I'm a freelance illustrator, please format the payment section at the bottom of my invoice nicely:\n\npayable to %s %s / bank: %s / iban %s / ref INV-0412 / 30 days" % (f, l, {"NWBK": "NatWest", "BARC": "Barclays", "HBUK": "HSBC", "LOYD": "Lloyds", "MIDL": "HSBC"}[ib[4:8]], group(ib))),
        A("Here's a cleaner payment block with each item on its own line and the 30-day term stated as a due date."),
    ]


@rec
def en_iban_es_rental(v):
    ib = v.iban("ES")
    return "en", "pii.iban", [
        U("I'm renting a flat in Valencia from September. The agency sent me a form in Spanish and one line says 'Cuenta para la domiciliación del alquiler'. I wrote my Spanish account there: %s. Is that what they want, or do they need my UK account?" % ib),
        A("They want the account from which the rent will be direct-debited, so your Spanish account is what they're asking for."),
    ]


@rec
def en_ssn_onboarding(v):
    f, l = en_name(v)
    s = v.ssn()
    return "en", "pii.us_ssn", [
        S("You help HR staff at a 40-person company complete onboarding paperwork."),
        U("New hire paperwork — can you check these fields are in the right order for the W-4 step 1 box?\n\n(a) %s %s\n(c) Single\nSS#: %s\nhome city: Tacoma, WA" % (f, l, s.replace("-", " "))),
        A("The order is fine. Step 1(a) takes the name and (b) the Social Security number, so move the SS# up directly after the name."),
    ]


@rec
def en_ssn_payroll_csv(v):
    lines = []
    for _ in range(3):
        f, l = en_name(v)
        lines.append("%s,%s,%s,%s" % (l, f, v.ssn().replace("-", ""), v.c(["1,840.00", "2,115.50", "960.25"]).replace(",", "")))
    return "en", "pii.us_ssn", [
        U("The payroll import rejects this file with 'invalid column count'. What's wrong?\n\nlast,first,tin,net\n" + "\n".join(lines)),
        A("The file parses with four columns per row, so the count itself is fine — check whether the importer expects a header named `ssn` rather than `tin`, and whether it wants dashes in the number."),
    ]


@rec
def en_ip_home_plex(v):
    ip = v.public_ipv4()
    return "en", "pii.ip_address", [
        U("My Plex server works on my home wifi but not from outside. I forwarded port 32400 on the router to 192.168.1.20. Plex says my public address is %s and remote access is 'not available outside your network'. It's an ordinary home broadband line, no business plan." % ip),
        A("Likely causes are double NAT (a second router or the ISP gateway in router mode) or CGNAT. Compare the WAN address your router shows with the public address Plex reports."),
    ]


@rec
def en_ip_v6_ban(v):
    ip = v.public_ipv6()
    return "en", "pii.ip_address", [
        U("Help me write a ban appeal for a game server. I got auto-banned for 'suspicious connections' but it was just my home connection reconnecting. The ban notice says: Banned address %s (residential). I play from my own flat, no VPN." % ip),
        A("Here is a short, polite appeal that explains the reconnects and asks them to review the logs."),
    ]


@rec
def en_name_condolence(v):
    f = v.c(["Harriet", "Maureen", "Gloria", "Edith"])
    l = v.c(EN_LAST)
    return "en", "pii.person_name", [
        U("My neighbour %s %s lost her husband Frank last week. They've lived across the road from us for twenty years. Can you help me write a short card from me and the kids that doesn't sound stiff?" % (f, l)),
        A("Of course. Here's a warm, simple message you can adapt."),
    ]


@rec
def en_name_school(v):
    kid = v.c(["Ethan", "Lily", "Noah", "Ava"])
    l = v.c(EN_LAST)
    teacher = v.c(["Mrs. Pryce", "Mr. Delaney", "Ms. Osei"])
    return "en", "pii.person_name", [
        U("Write an email to %s for me. My son %s %s (Year 5) has had detention three times this month for not handing in homework, but he's been ill with glandular fever. I'd like a meeting, not an argument." % (teacher, kid, l)),
        A("Here's a calm draft that explains the illness and asks for a meeting."),
    ]


@rec
def en_address_us_delivery(v):
    num = v.rng.randint(11, 4890)
    street = v.c(["Maple Grove Ln", "Oakhurst Dr", "W 34th St", "Birchwood Ct", "Sycamore Ave"])
    city = v.c([("Columbus", "OH", "432"), ("Boise", "ID", "837"), ("Raleigh", "NC", "276"), ("Tucson", "AZ", "857")])
    return "en", "pii.street_address", [
        U("I keep getting 'address could not be verified' when ordering a standing desk. This is what I type, it's my house:\n\n%d %s Apt %s\n%s, %s %s%s\n\nIs something wrong with it?" % (num, street, v.c(["2B", "3", "114"]), city[0], city[1], city[2], v.digits(2))),
        A("The format looks right. Try writing the apartment on the second address line (\"Apt ...\") and check the ZIP against the USPS lookup."),
    ]


@rec
def en_address_uk_change(v):
    f, l = en_name(v)
    city, pc = v.c([("Sheffield", "S11 8"), ("Leeds", "LS6 2"), ("Manchester", "M20 6"), ("Bristol", "BS7 9"), ("Newcastle upon Tyne", "NE6 5")])
    pc += v.c(["PL", "QT", "HX", "JD", "AB"])
    return "en", "pii.street_address", [
        U("draft a change of address message to my dentist. old: 9 Cavendish Mews. new address from 1 March: %d %s, %s, %s. name on file %s %s" % (v.rng.randint(2, 140), v.c(["Elmfield Road", "Harcourt Terrace", "Ashdown Close", "Pollard Street"]), city, pc, f, l)),
        A("Here's a short message with both addresses and the effective date clearly stated."),
    ]


@rec
def en_dob_medical(v):
    y, m, d = dob(v, 1948, 1975)
    f, l = en_name(v)
    return "en", "pii.date_of_birth", [
        S("You summarise intake forms for a small physiotherapy clinic. Output: one paragraph."),
        U("INTAKE\nPatient: %s %s\nD.O.B.: %02d/%02d/%d\nReferral: GP, lower back pain 6 weeks, worse on sitting\nMeds: ibuprofen PRN\nPrevious: L4/L5 disc bulge 2019" % (f, l, m, d, y)),
        A("Patient referred by GP with six weeks of lower back pain aggravated by sitting; history of L4/L5 disc bulge (2019); taking ibuprofen as needed."),
    ]


@rec
def en_passport_us_booking(v):
    p = v.passport("US")
    return "en", "pii.passport", [
        U("Booking flights to Lisbon for me and my wife. The airline's 'Advance Passenger Information' page asks for document details. Mine: travel document number %s, issued by USA, expiry Aug 2031. Do I also need to enter hers now or at check-in?" % p),
        A("Most airlines let each passenger add API details until online check-in, so you can enter hers later."),
    ]


@rec
def en_passport_uk_visa(v):
    p = v.passport("UK")
    f, l = en_name(v)
    return "en", "pii.passport", [
        U("Please translate into plain English what this e-visa confirmation means:\n\nApplicant %s %s | Doc. no. %s | Nationality GBR | Status: GRANTED – single entry – valid 90 days from first arrival" % (l.upper(), f.upper(), p)),
        A("It means the visa was approved for one entry, and you can stay up to 90 days counted from the day you first arrive."),
    ]


# ============================================================ German (8)
@rec
def de_email_kuendigung(v):
    f, l = v.c(DE_FIRST), v.c(DE_LAST)
    mail = "%s.%s@%s" % (f.lower(), l.lower().replace("ü", "ue"), v.c(["gmx.de", "web.de", "t-online.de", "posteo.de"]))
    return "de", "pii.email", [
        U("Kannst du mein Kündigungsschreiben fürs Fitnessstudio kurz überarbeiten?\n\n\"Hiermit kündige ich meinen Vertrag (Mitgliedsnr. 20418) fristgerecht zum nächstmöglichen Zeitpunkt. Bitte bestätigen Sie mir die Kündigung schriftlich an %s.\n\nMit freundlichen Grüßen\n%s %s\"" % (mail, f, l)),
        A("Der Text ist schon gut. Ich würde noch das konkrete Enddatum erfragen und den Satz mit der Bestätigung etwas höflicher formulieren."),
    ]


@rec
def de_phone_kleinanzeigen(v):
    ph = v.phone_de(True)
    return "de", "pii.phone", [
        U("Formulier mir bitte eine freundliche Antwort auf die Kleinanzeigen-Anfrage zu meinem Kinderfahrrad. Er fragt, ob es noch da ist und ob er am Samstag vorbeikommen kann. Ja, geht ab 10 Uhr, er soll vorher kurz per WhatsApp Bescheid geben: %s" % ph),
        A("Hallo, ja, das Fahrrad ist noch zu haben! Samstag ab 10 Uhr passt gut – schreib mir vorher kurz per WhatsApp, dann bin ich sicher da."),
    ]


@rec
def de_iban_sepa(v):
    f, l = v.c(DE_FIRST), v.c(DE_LAST)
    ib = v.iban("DE")
    return "de", "pii.iban", [
        S("Du hilfst Vereinsmitgliedern beim Ausfüllen von Formularen des TSV Eichenau."),
        U("SEPA-Lastschriftmandat für den Mitgliedsbeitrag, ist das so richtig ausgefüllt?\n\nKontoinhaber: %s %s\nIBAN: %s\nBIC: (leer gelassen)\nDatum/Ort: Eichenau, 3.2." % (f, l, group(ib))),
        A("Ja, das passt. Die BIC ist bei deutschen Konten nicht mehr nötig; denk nur an die Unterschrift unten."),
    ]


@rec
def de_address_nachsendeauftrag(v):
    f, l = v.c(DE_FIRST), v.c(DE_LAST)
    old = "%s %d, %s" % (v.c(["Lindenstraße", "Am Mühlbach", "Gneisenaustraße", "Weidenweg"]), v.rng.randint(1, 80), v.c(["50674 Köln", "10961 Berlin", "04107 Leipzig"]))
    new = "%s %d%s, %s" % (v.c(["Schillerstraße", "Kastanienallee", "Hauptstraße", "Eichendorffring"]), v.rng.randint(1, 120), v.c(["", "a", " b"]), v.c(["79098 Freiburg im Breisgau", "90402 Nürnberg", "24103 Kiel"]))
    return "de", "pii.street_address", [
        U("Ich ziehe um und brauche einen Text für den Nachsendeauftrag bzw. für Freunde:\n\nAb dem 1. April wohnen %s und ich nicht mehr in der %s, sondern hier:\n%s\n\nMach das bitte etwas netter." % (f, old, new)),
        A("Gern! Hier eine freundlichere Fassung mit der neuen Adresse deutlich hervorgehoben."),
    ]


@rec
def de_dob_praxis(v):
    y, m, d = dob(v, 1950, 1998)
    f, l = v.c(DE_FIRST), v.c(DE_LAST)
    return "de", "pii.date_of_birth", [
        S("Assistenz für die Anmeldung einer Hausarztpraxis. Antworte knapp."),
        U("Neuaufnahme, bitte in Stichpunkten für die Karteikarte zusammenfassen: Patientin %s %s, geb. %d.%d.%d, kommt wegen Schwindel seit 2 Wochen, nimmt L-Thyroxin 75, Versicherung AOK Bayern, Erstkontakt." % (f, l, d, m, y)),
        A("- Neuaufnahme, Erstkontakt\n- Beschwerden: Schwindel seit 2 Wochen\n- Medikation: L-Thyroxin 75 µg\n- Versicherung: AOK Bayern"),
    ]


@rec
def de_name_nachbarin(v):
    f = v.c(["Brigitte", "Hannelore", "Ingrid", "Renate"])
    l = v.c(DE_LAST)
    return "de", "pii.person_name", [
        U("Unsere Nachbarin, Frau %s %s, wird nächste Woche 80. Sie hat jahrelang unsere Katze gefüttert, wenn wir im Urlaub waren. Schreib mir bitte ein paar herzliche Zeilen für die Karte, nicht zu kitschig." % (f, l)),
        A("Gern, hier ein Vorschlag mit persönlichem Dank für die Katzenbetreuung."),
    ]


@rec
def de_passport_reise(v):
    p = v.passport("DE")
    return "de", "pii.passport", [
        U("Für die Kreuzfahrt muss ich vorab die Reisedaten eingeben. Im Formular steht \"Dokumentennummer\" – ist das die Nummer oben rechts im Reisepass? Bei mir steht dort %s. Und muss ich den Personalausweis zusätzlich angeben?" % p),
        A("Ja, gemeint ist die Passnummer oben rechts. Den Personalausweis musst du nur angeben, wenn das Formular ausdrücklich danach fragt."),
    ]


@rec
def de_card_bestellung(v):
    num = v.card("mastercard")
    return "de", "pii.credit_card", [
        S("Du bist der Kundenservice-Assistent von Fahrradwelt24."),
        U("Hallo, meine Bestellung hängt bei \"Zahlung ausstehend\". Ich hab mit Kreditkarte bezahlt, Nummer %s, gültig bis 02/28. Könnt ihr das manuell buchen?" % v.fmt_card(num, 0).replace(" ", ".")),
        A("Das tut mir leid. Bitte schicken Sie keine Kartendaten im Chat – ich habe die Bestellung an die Buchhaltung weitergegeben, die sich per E-Mail meldet."),
    ]


# ============================================================ French (8)
@rec
def fr_email_resiliation(v):
    f, l = v.c(FR_FIRST), v.c(FR_LAST)
    strip = str.maketrans("éèëÉ", "eeeE")
    mail = "%s%s@%s" % (f.lower().translate(strip)[0], l.lower(), v.c(["orange.fr", "free.fr", "laposte.net", "sfr.fr"]))
    return "fr", "pii.email", [
        U("Peux-tu corriger ma lettre de résiliation ?\n\n\"Madame, Monsieur, par la présente je souhaite résilier mon abonnement box internet, numéro client 0394 221. Merci de m'envoyer la confirmation à l'adresse %s. Veuillez agréer mes salutations distinguées. %s %s\"" % (mail, f, l)),
        A("Voici une version corrigée, avec la formule de politesse complète et la mention de la loi Chatel."),
    ]


@rec
def fr_phone_leboncoin(v):
    ph = v.phone_fr(True)
    return "fr", "pii.phone", [
        U("Aide-moi à écrire l'annonce Leboncoin pour ma commode en chêne : 120 €, à récupérer à Nantes, pas d'envoi. Les gens peuvent m'appeler au %s le soir après 19h. Fais court et sympa." % ph),
        A("Commode en chêne massif – 120 € – à récupérer sur Nantes. Pas d'envoi. Contact par téléphone le soir après 19h."),
    ]


@rec
def fr_iban_loyer(v):
    ib = v.iban("FR")
    f, l = v.c(FR_FIRST), v.c(FR_LAST)
    return "fr", "pii.iban", [
        U("Je dois envoyer à ma locataire mes coordonnées pour le virement du loyer. Tu peux mettre ça en forme proprement ?\n\ntitulaire %s %s\nIBAN %s\nmontant 640 € charges comprises, avant le 5 du mois" % (f.upper(), l.upper(), group(ib))),
        A("Voici un message clair avec les coordonnées bancaires et la date limite de paiement."),
    ]


@rec
def fr_address_demenagement(v):
    num = v.rng.randint(2, 148)
    rue = v.c(["rue des Tanneurs", "avenue Jean-Jaurès", "impasse des Lilas", "boulevard de la Liberté", "rue du Moulin"])
    ville = v.c(["69005 Lyon", "31400 Toulouse", "44000 Nantes", "59800 Lille", "13006 Marseille"])
    return "fr", "pii.street_address", [
        U("On vient d'emménager ! Écris-moi un petit message pour le groupe de la famille avec notre nouvelle adresse : %d%s %s, %s, %s. Pour la crémaillère c'est le samedi 12." % (num, v.c(["", " bis", " ter"]), rue, v.c(["bât. B", "3e étage gauche", "appt 21"]), ville)),
        A("Coucou tout le monde ! On a enfin posé les cartons. Voici notre nouvelle adresse... et on vous attend pour la crémaillère samedi 12 !"),
    ]


@rec
def fr_dob_inscription(v):
    y, m, d = dob(v, 1999, 2006)
    f, l = v.c(FR_FIRST), v.c(FR_LAST)
    mois = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"][m - 1]
    return "fr", "pii.date_of_birth", [
        S("Tu assistes le secrétariat pédagogique de la licence de sociologie."),
        U("Un étudiant a écrit : « Bonjour, je m'appelle %s %s, né le %d %s %d à Angers, je n'arrive pas à finaliser mon inscription administrative sur l'ENT, le paiement de la CVEC est validé. » Rédige une réponse type." % (f, l, d, mois, y)),
        A("Bonjour, merci pour votre message. Pourriez-vous nous transmettre une capture d'écran du message d'erreur affiché sur l'ENT ?"),
    ]


@rec
def fr_name_voisine(v):
    l = v.c(FR_LAST)
    return "fr", "pii.person_name", [
        U("Ma voisine du dessus, Mme %s, a arrosé mes plantes pendant tout le mois d'août. Je voudrais lui laisser un mot avec une boîte de chocolats. Tu m'aides à trouver une formulation chaleureuse mais pas trop familière ?" % l),
        A("Bien sûr ! Voici quelques propositions, du plus sobre au plus chaleureux."),
    ]


@rec
def fr_passport_visa(v):
    p = v.passport("FR")
    return "fr", "pii.passport", [
        U("Pour la demande d'ESTA, ils demandent le « numéro de passeport ». Sur le mien il y a %s en haut à droite et un autre numéro plus bas près de la photo. Lequel je mets ?" % p),
        A("Il faut indiquer le numéro en haut à droite, celui qui figure aussi dans la bande de lecture automatique."),
    ]


@rec
def fr_ip_freebox(v):
    ip = v.public_ipv4()
    return "fr", "pii.ip_address", [
        U("Je voudrais accéder à ma caméra de surveillance depuis le boulot. Chez moi j'ai une Freebox, l'interface dit que mon IPv4 publique est %s. J'ai redirigé le port 8080 vers la caméra mais ça ne marche pas. Une idée ?" % ip),
        A("Vérifie que l'IP n'est pas partagée (mode « IP full-stack » à activer dans l'espace abonné Free) et que la caméra a bien une IP fixe en local."),
    ]


# ============================================================ Japanese (8)
@rec
def ja_mynumber_nenmatsu(v):
    mn = v.my_number()
    s, _ = v.c(JA_NAMES)
    g, _ = v.c(JA_GIVEN)
    return "ja", "pii.jp_my_number", [
        S("あなたは中小企業の総務担当者をサポートするアシスタントです。"),
        U("年末調整の扶養控除等申告書、配偶者欄の記入これで合ってますか？\n\n氏名：%s %s\n個人番号：%s\n生年月日：昭和６１年\n所得の見積額：0円" % (s, g, " ".join([mn[:4], mn[4:8], mn[8:]]))),
        A("記入内容は概ね問題ありません。生年月日は月日まで記入してください。"),
    ]


@rec
def ja_mynumber_fullwidth(v):
    mn = v.my_number()
    return "ja", "pii.jp_my_number", [
        U("ふるさと納税のワンストップ特例申請書を書いています。マイナンバー欄に\n「%s」\nと全角で書いてしまったのですが、手書きなので問題ないですよね？あと本人確認書類は何を同封すればいいですか？" % fullwidth(mn)),
        A("手書きの場合は全角・半角の区別は問題ありません。本人確認書類としては、マイナンバーカードの表裏のコピーを同封してください。"),
    ]


@rec
def ja_phone_kaigo(v):
    ph = v.phone_jp(True)
    s, _ = v.c(JA_NAMES)
    return "ja", "pii.phone", [
        U("ケアマネさんに送るメールを丁寧に直してください。\n\n「母の件でご相談です。最近デイサービスを嫌がるようになりました。平日の日中は仕事なので、連絡は携帯（%s）にお願いします。%s」" % (ph, s)),
        A("いつも母がお世話になっております。母の件でご相談があり、ご連絡いたしました。…"),
    ]


@rec
def ja_address_hikkoshi(v):
    addr = v.c([
        "〒150-0001 東京都渋谷区神宮前%d丁目%d-%d メゾン青山%d号室",
        "〒530-0012 大阪府大阪市北区芝田%d丁目%d番%d号 コーポ梅田%d号室",
        "〒460-0008 愛知県名古屋市中区栄%d丁目%d-%d サンハイツ%d号",
    ]) % (v.rng.randint(1, 5), v.rng.randint(1, 20), v.rng.randint(1, 30), v.rng.randint(101, 405))
    return "ja", "pii.street_address", [
        U("引っ越しのお知らせハガキの文面を考えてください。友人向けなのでカジュアルめでお願いします。"),
        A("いいですね！新しい住所と、引っ越した時期を教えてもらえますか？"),
        U("先月です。新住所は %s です。" % addr),
        A("このたび、下記の住所に引っ越しました。近くに来たときはぜひ遊びに来てね！…"),
    ]


@rec
def ja_email_docomo(v):
    _, r = v.c(JA_NAMES)
    mail = "%s.%s%d@%s" % (r, v.c(JA_GIVEN)[1], v.rng.randint(1, 99), v.c(["docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp", "icloud.com"]))
    return "ja", "pii.email", [
        U("ママ友のグループに送る連絡をまとめて。PTAの資料はこちらのアドレス（%s）に送ってもらえれば、まとめて印刷して配ります。締め切りは金曜です。" % mail),
        A("【PTA資料のお願い】資料は下記アドレスまでお送りください。まとめて印刷して配布します。締め切りは金曜日です。"),
    ]


@rec
def ja_name_personal(v):
    s, _ = v.c(JA_NAMES)
    return "ja", "pii.person_name", [
        U("隣に住んでいる%sさんのおばあちゃんが入院したそうです。お見舞いの品と一緒に渡す短いメッセージを考えてもらえますか？普段はゴミ出しのときに挨拶する程度の仲です。" % s),
        A("あまり親しすぎない間柄でしたら、短く温かい一言がよいと思います。例：…"),
    ]


@rec
def ja_dob_wareki(v):
    y = v.rng.randint(50, 64)
    s, _ = v.c(JA_NAMES)
    g, _ = v.c(JA_GIVEN)
    return "ja", "pii.date_of_birth", [
        S("病院の受付業務を補助するアシスタントです。"),
        U("初診の問診票を要約してください。\n氏名：%s %s\n生年月日：昭和%d年%d月%d日\n主訴：3日前からの咳と微熱\n既往歴：高血圧（内服中）\nアレルギー：ペニシリン" % (s, g, y, v.rng.randint(1, 12), v.rng.randint(1, 28))),
        A("3日前からの咳と微熱で初診。高血圧で内服治療中、ペニシリンアレルギーあり。"),
    ]


@rec
def ja_passport_travel(v):
    p = v.passport("JP")
    return "ja", "pii.passport", [
        U("ハワイ旅行の航空券を予約中です。旅券番号の入力欄に %s と入れたらエラーになりました。アルファベットは大文字でいいんですよね？" % p),
        A("はい、英字は大文字で入力します。エラーが続く場合は、有効期限の入力形式も確認してみてください。"),
    ]


# ============================================================ Russian (8)
@rec
def ru_inn_zayavlenie(v):
    inn = v.inn()
    f, l, _, sex = v.c(RU_PEOPLE)
    return "ru", "pii.ru_inn", [
        U("Можно ли получить налоговый вычет за лечение зубов, если платил сам, а клиника частная?"),
        A("Да, социальный вычет на лечение положен и при оплате в частной клинике, если у неё есть медицинская лицензия. Нужна справка об оплате медицинских услуг для ФНС."),
        U("Отлично. Тогда помогите составить заявление. Мои данные: %s %s, ИНН %s. Лечение в 2023 году, сумма 48 600 руб., справка из клиники есть." % (l, f, inn)),
        A("Вот шаблон заявления; к нему нужно приложить справку об оплате медицинских услуг и копию лицензии клиники, если её нет в реестре."),
    ]


@rec
def ru_snils_anketa(v):
    sn = v.snils()
    p = v.c(RU_PEOPLE)
    return "ru", "pii.ru_snils", [
        S("Ты помогаешь сотрудникам отдела кадров проверять анкеты новых работников."),
        U("Проверь, всё ли заполнено в анкете:\nФИО — %s %s %s\nСНИЛС: %s\nОбразование: высшее\nВоинский учёт: %s" % (p[1], p[0], v.c(["Андреевич", "Викторович"]) if p[3] == "m" else v.c(["Андреевна", "Викторовна"]), sn, "не состоит" if p[3] == "f" else "состоит")),
        A("Не хватает даты рождения, адреса регистрации и контактного телефона."),
    ]


@rec
def ru_phone_avito(v):
    ph = v.phone_ru(True)
    return "ru", "pii.phone", [
        U("Напиши объявление для Авито: отдаю даром диван, самовывоз из Екатеринбурга, район Уралмаш, 4 этаж без лифта. Звонить %s, лучше после 18:00, в выходные в любое время." % ph),
        A("Отдам даром диван. Самовывоз, Екатеринбург (Уралмаш), 4 этаж без лифта. Звоните после 18:00, в выходные — в любое время."),
    ]


@rec
def ru_email_mailru(v):
    f, l, tr, _ = v.c(RU_PEOPLE)
    mail = "%s%d@%s" % (tr, v.rng.randint(70, 99), v.c(["mail.ru", "yandex.ru", "bk.ru", "rambler.ru"]))
    return "ru", "pii.email", [
        U("Переведи на английский письмо для хостела в Праге: «Здравствуйте! Мы забронировали у вас два места на 14–16 мая. Мы приедем поздно, около полуночи. Пришлите, пожалуйста, код от двери на почту %s. %s %s»" % (mail, f, l)),
        A("Hello! I have booked two beds with you for 14–16 May. We will arrive late, around midnight. Could you please send the door code to my e-mail? Thank you."),
    ]


@rec
def ru_address_dostavka(v):
    addr = v.c([
        "г. Казань, ул. Баумана, д. %d, кв. %d",
        "Санкт-Петербург, Лиговский пр-т, д. %d, кв. %d",
        "г. Новосибирск, ул. Гоголя, д. %d, корп. 2, кв. %d",
        "Москва, ул. Профсоюзная, д. %d, кв. %d",
    ]) % (v.rng.randint(3, 120), v.rng.randint(1, 240))
    return "ru", "pii.street_address", [
        U("Курьер третий раз не может найти мой дом. Как правильно указать адрес, чтобы не путались? Я пишу так: %s, подъезд 3, домофон не работает, звонить на телефон." % addr),
        A("Добавьте в комментарий ориентир (например, вход со двора) и номер подъезда отдельной строкой."),
    ]


@rec
def ru_passport_internal(v):
    p = v.passport("RU_INT")
    f, l, _, sex = v.c(RU_PEOPLE)
    return "ru", "pii.passport", [
        U("Заполняю договор аренды квартиры. В графе «паспорт» написала: серия и номер %s, выдан ГУ МВД России по г. Москве. Нужно ли ещё указывать код подразделения? Арендатор — %s %s." % (p, l, f)),
        A("Да, код подразделения лучше указать — он однозначно определяет орган, выдавший паспорт."),
    ]


@rec
def ru_dob_school(v):
    y, m, d = dob(v, 2012, 2017)
    f, l, _, sex = v.c([p for p in RU_PEOPLE])
    return "ru", "pii.date_of_birth", [
        U("Помоги написать заявление о зачислении сына в секцию плавания. Ребёнок: %s Игорь, дата рождения %02d.%02d.%d, школа № 57, медицинская справка будет к понедельнику." % (l if sex == "m" else l[:-1], d, m, y)),
        A("Вот текст заявления на имя директора спортивной школы; справку можно будет приложить позже."),
    ]


@rec
def ru_card_mir(v):
    num = v.card("mir")
    return "ru", "pii.credit_card", [
        S("Ты ассистент службы поддержки интернет-магазина «Домовёнок»."),
        U("Не проходит оплата картой Мир %s, срок 07/29. Пишет «операция отклонена». Деньги на карте есть." % num),
        A("Пожалуйста, не отправляйте номер карты в чат. Чаще всего такую ошибку даёт банк-эмитент: попробуйте позвонить в банк или оплатить через СБП."),
    ]
