# Round 30: eight pages on four more layouts (a Guinean press agency, an American big-city daily, a Swiss public
# broadcaster's news page, a Singapore national daily), written blind: without looking at the classifier, its rules
# or the benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND30 = [
 dict(id="agence-presse-guinee-1", site="agence-presse-guinee", lang="fr", sep="\n", title="Kindia : 1 200 jeunes formés aux métiers du maraîchage d’ici à la fin de l’année", date="2026-03-18", page="""
menu|AGIP
menu|Agence Guinéenne d’Information et de Presse
menu|L’information officielle, au service du citoyen
timestamp|mercredi 18 mars 2026
lang-switch|Français | English
social|Facebook  X  YouTube  WhatsApp
menu|Accueil
menu|Actualités
menu|Régions
menu|Économie
menu|Société
menu|Sport
menu|Culture
menu|Communiqués
menu|Vidéos
menu|Contact
ticker|DERNIÈRES INFOS
ticker|Boké : remise de 40 motos aux agents de santé communautaire
ticker|Conakry : ouverture du salon de l’artisanat au Palais du peuple
ticker|Mamou : les transporteurs suspendent leur mot d’ordre de grève
search|Rechercher …
breadcrumb|Accueil » Régions » Kindia
section-label|RÉGIONS
h1|Kindia : 1 200 jeunes formés aux métiers du maraîchage d’ici à la fin de l’année
empty-label|Publié par :
byline|Fatoumata Binta Diallo
dateline|18 mars 2026
views|👁 412 vues
comments|0 commentaire
font|A- A A+
dateline|Kindia, 18 mars (AGIP) –
p|Le ministère de l’Agriculture et de l’Élevage a lancé, mardi à Kindia, un programme de formation destiné à 1 200 jeunes de la région aux techniques modernes du maraîchage, en partenariat avec l’Agence nationale pour la promotion de l’emploi.
p|La cérémonie de lancement s’est tenue au centre de formation agricole de Friguiagbé, en présence du préfet de Kindia, des élus locaux, des représentants des groupements de producteurs et de nombreux jeunes venus des sous-préfectures voisines.
caption|Le préfet de Kindia remettant des kits d’irrigation aux premiers bénéficiaires
credit|Photo : AGIP
p|Selon le coordinateur du programme, les bénéficiaires suivront une formation de trois mois alternant cours théoriques et travaux pratiques sur des parcelles de démonstration. À l’issue de la formation, chacun recevra un kit de démarrage comprenant des semences, du petit matériel et un système d’irrigation goutte-à-goutte.
h2|Des filières ciblées
p|Les modules porteront en priorité sur les cultures les plus demandées sur les marchés de Conakry :
li|la tomate et le piment ;
li|l’oignon et la pomme de terre ;
li|l’aubergine et le gombo ;
li|les légumes-feuilles.
p|« Nous voulons que les jeunes restent dans leurs villages et vivent de la terre, au lieu de partir à l’aventure », a déclaré le préfet, qui a invité les parents à encourager leurs enfants à s’inscrire.
p|Une bénéficiaire, Mariama Camara, 23 ans, titulaire d’une licence en sociologie, dit avoir choisi le maraîchage faute de trouver un emploi dans son domaine. « Avec un hectare bien entretenu, on peut gagner plus qu’un salaire de bureau », estime-t-elle.
p|Le programme, financé sur le budget national et par un partenaire technique, sera étendu à Boffa et à Forécariah au second semestre.
signature|FBD/AGIP
share|Partager :
share|Facebook
share|X
share|WhatsApp
share|Telegram
print|Imprimer
like|J’aime ça :
like|J’aime chargement…
tags|Étiquettes : agriculture emploi des jeunes Kindia maraîchage
related|Articles similaires
related|Friguiagbé : les producteurs d’ananas réclament une unité de transformation
related|12 février 2026
related|Dans « Régions »
related|Coyah : 300 femmes formées à la transformation du manioc
related|3 janvier 2026
related|Dans « Économie »
nav|← Article précédent : Télimélé : la route de Sarékaly à nouveau praticable
nav|Article suivant : Dubréka : un nouveau poste de santé inauguré à Tanènè →
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Site web
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Laisser un commentaire
most-read|LES PLUS LUS
most-read|Examen du BEPC 2026 : le calendrier officiel publié
most-read|Conakry : la SEG annonce des travaux sur le réseau de Kaloum
most-read|Football : le Syli national convoque 26 joueurs
notices|COMMUNIQUÉS OFFICIELS
notices|Communiqué du ministère de l’Enseignement pré-universitaire relatif aux inscriptions
notices|Avis de recrutement : l’ANPE recherche des conseillers en emploi
footer|AGIP – Agence Guinéenne d’Information et de Presse
footer|Établissement public placé sous la tutelle du Ministère de l’Information et de la Communication
footer|Siège : Boulbinet, Commune de Kaloum, Conakry – République de Guinée
footer|Tél. : +224 620 00 00 00 – E-mail : redaction@agip.gov.gn
footer|À propos | La rédaction | Nos bureaux régionaux | Mentions légales | Contact
copyright|© 2026 AGIP. Tous droits réservés.
footer|Propulsé par WordPress | Thème : NewsPress par ThemeHunk
back-to-top|↑
"""),
 dict(id="agence-presse-guinee-2", site="agence-presse-guinee", lang="fr", sep="\n", title="Conakry : la SEG annonce des coupures d’eau programmées à Ratoma jusqu’au 10 mai", date="2026-04-27", page="""
menu|AGIP
menu|Agence Guinéenne d’Information et de Presse
menu|L’information officielle, au service du citoyen
timestamp|lundi 27 avril 2026
lang-switch|Français | English
social|Facebook  X  YouTube  WhatsApp
menu|Accueil
menu|Actualités
menu|Régions
menu|Économie
menu|Société
menu|Sport
menu|Culture
menu|Communiqués
menu|Vidéos
menu|Contact
ticker|DERNIÈRES INFOS
ticker|Labé : la foire agricole régionale ouvre ses portes
ticker|Siguiri : 18 orpailleurs secourus après l’effondrement d’un puits
ticker|Conakry : le prix du carburant à la pompe reste inchangé
search|Rechercher …
breadcrumb|Accueil » Actualités » Société
section-label|SOCIÉTÉ
h1|Conakry : la SEG annonce des coupures d’eau programmées à Ratoma jusqu’au 10 mai
empty-label|Publié par :
byline|Ibrahima Sory Bangoura
dateline|27 avril 2026
views|👁 1 938 vues
comments|2 commentaires
font|A- A A+
dateline|Conakry, 27 avril (AGIP) –
p|La Société des Eaux de Guinée (SEG) a annoncé, lundi, une série de coupures programmées de la distribution d’eau dans plusieurs quartiers de la commune de Ratoma, en raison de travaux de raccordement d’une nouvelle conduite principale.
p|Les travaux, qui ont débuté ce week-end, doivent permettre de relier le réservoir de Yessoulou au réseau de la haute banlieue et d’augmenter le volume d’eau distribué aux ménages pendant la saison sèche.
h2|Les quartiers concernés
p|Selon le calendrier publié par la direction commerciale de la SEG, les interruptions concerneront tour à tour :
li|Kipé et Dar-es-Salam, du 28 au 30 avril ;
li|Nongo et Taouyah, du 1er au 4 mai ;
li|Lambanyi et Sonfonia, du 5 au 7 mai ;
li|Koloma et Hamdallaye, du 8 au 10 mai.
p|Chaque coupure durera en principe de 8 heures à 18 heures. La société assure que des camions-citernes seront positionnés dans les quartiers les plus touchés pour approvisionner les habitants.
caption|Des agents de la SEG sur le chantier de raccordement à Kipé, ce lundi
credit|Photo : AGIP
p|Le directeur de la distribution a demandé aux usagers de constituer des réserves d’eau la veille des coupures et de signaler toute fuite au numéro vert de la société.
p|À Kipé, plusieurs habitants rencontrés par l’AGIP disaient accueillir la nouvelle avec résignation. « Nous avons déjà l’habitude de faire la queue aux forages. Si les travaux améliorent vraiment le service après, on patientera », confie Aïssatou Baldé, commerçante.
p|La SEG indique que le nouveau réservoir, d’une capacité de 10 000 mètres cubes, devrait être pleinement opérationnel à la fin du mois de mai.
signature|ISB/AGIP
share|Partager :
share|Facebook
share|X
share|WhatsApp
share|Telegram
print|Imprimer
like|J’aime ça :
like|J’aime chargement…
tags|Étiquettes : eau potable Ratoma SEG
related|Articles similaires
related|Kaloum : fin des travaux sur le réseau d’eau de Boulbinet
related|9 mars 2026
related|Dans « Société »
related|Électricité : EDG annonce un programme de délestage pendant le ramadan
related|20 février 2026
related|Dans « Économie »
nav|← Article précédent : Boké : remise de 40 motos aux agents de santé communautaire
nav|Article suivant : Kankan : les commerçants du grand marché relogés provisoirement →
comments|2 réponses à « Conakry : la SEG annonce des coupures d’eau programmées à Ratoma jusqu’au 10 mai »
comments|Alpha D.
comments|27 avril 2026 à 14 h 12 min
comments|Et Cosa alors ? Nous n’avons pas d’eau depuis deux semaines sans aucun communiqué.
comments|Répondre
comments|Kadiatou
comments|27 avril 2026 à 16 h 40 min
comments|Merci pour l’information, au moins on peut s’organiser.
comments|Répondre
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Site web
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Laisser un commentaire
most-read|LES PLUS LUS
most-read|Hadj 2026 : le coût du pèlerinage fixé par le gouvernement
most-read|Siguiri : 18 orpailleurs secourus après l’effondrement d’un puits
most-read|Ligue 1 : Horoya reprend la tête du championnat
notices|COMMUNIQUÉS OFFICIELS
notices|Communiqué conjoint des ministères de la Santé et de l’Éducation sur la campagne de vermifugation
notices|Avis d’appel d’offres : fourniture de matériel informatique à l’AGIP
footer|AGIP – Agence Guinéenne d’Information et de Presse
footer|Établissement public placé sous la tutelle du Ministère de l’Information et de la Communication
footer|Siège : Boulbinet, Commune de Kaloum, Conakry – République de Guinée
footer|Tél. : +224 620 00 00 00 – E-mail : redaction@agip.gov.gn
footer|À propos | La rédaction | Nos bureaux régionaux | Mentions légales | Contact
copyright|© 2026 AGIP. Tous droits réservés.
footer|Propulsé par WordPress | Thème : NewsPress par ThemeHunk
back-to-top|↑
"""),
 dict(id="us-metro-daily-1", site="us-metro-daily", lang="en", sep="\n\n", title="Park District will keep 12 beaches open through Labor Day after lifeguard hiring surge", date="2026-05-21", page="""
skip-link|Skip to content
ad|Advertisement
breaking|BREAKING: Lake Shore Drive northbound lanes closed at Fullerton after multi-car crash
menu|The Lakeshore Ledger
timestamp|Thursday, May 21, 2026
weather|68°F Partly Cloudy
paywall|Subscribe for 99¢
menu|Log In
menu|News
menu|Sports
menu|Business
menu|Opinion
menu|Entertainment
menu|Food & Dining
menu|Real Estate
menu|Obituaries
menu|e-Edition
menu|Puzzles
menu|Classifieds
menu|Shop
trending|Trending:
trending|Memorial Day weekend forecast
trending|CTA fare changes
trending|Cubs-Sox tickets
trending|Property tax bills
section-label|NEWS
section-label|Local News
h1|Park District will keep 12 beaches open through Labor Day after lifeguard hiring surge
lead|After two summers of shortened hours and red flags at empty chairs, officials say they have more certified lifeguards than at any point since 2019.
byline|By Danielle Ortiz | dortiz@lakeshoreledger.com | Lakeshore Ledger
dateline|PUBLISHED: May 21, 2026 at 5:00 AM CDT | UPDATED: May 21, 2026 at 11:42 AM CDT
share|Share this:
share|Click to share on Facebook (Opens in new window)
share|Click to share on X (Opens in new window)
share|Click to email a link to a friend (Opens in new window)
share|Click to print (Opens in new window)
listen|Listen to this article
listen|0:00 / 5:12
listen|Audio generated by AI. Learn more.
caption|Lifeguards train in the water off North Avenue Beach on May 19, 2026.
credit|(Marcus Bell / Lakeshore Ledger)
p|All 12 of the city’s staffed beaches will open with lifeguards on Memorial Day weekend and stay open daily through Labor Day, the Park District announced Thursday, ending a string of summers in which some shorelines had to close early or post swimmers-at-your-own-risk signs.
p|The district said it has hired and certified 642 lifeguards for the season, up from 471 last year and the highest number since before the pandemic. It needs roughly 600 to staff every beach and pool on a full schedule.
ad|ADVERTISEMENT
video|Now Playing
video|Up Next
video|Chicago weather: Warm start to the holiday weekend
video|0:47
video|Video: Crews prepare beaches for summer opening
video|1:32
p|Officials credited a pay increase to $22 an hour for returning guards, a $1,000 signing bonus paid in two installments and free certification classes held at indoor pools over the winter.
p|“We went into high schools and community colleges in January instead of waiting for applications in April,” said Rosa Whitfield, the district’s aquatics director. “That made the difference.”
h2|Longer hours at some beaches
p|Beaches will be guarded from 9 a.m. to 7 p.m., an hour later than last year at five locations, including Montrose, Rainbow and Loyola. Swimming will still be banned when no lifeguard is on duty.
p|The district will also reopen the swimming area at Calumet Beach, which had been closed since 2024 because of erosion repairs.
newsletter|Get the latest local news delivered daily
newsletter|Sign up for our Morning Briefing newsletter.
newsletter|Enter your email
newsletter|Sign Up
newsletter|This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.
p|Water safety advocates welcomed the announcement but said the city should also add more rescue equipment at unguarded stretches of the lakefront, where several drownings occurred last summer after hours.
p|“Having lifeguards at the beaches is the first step,” said Tom Gallagher, who founded a drowning-prevention group after his nephew died near a breakwater in 2022. “People still swim off the rocks at night. That’s where we need ring buoys and signs in more than one language.”
p|Park District officials said 40 new life rings would be installed along the lakefront trail by July.
p|Beach status, water quality alerts and swim advisories are posted daily on the district’s website.
dateline|Originally Published: May 21, 2026 at 5:00 AM CDT
tags|Tags: Beaches, Lake Michigan, Park District, Summer
ad|Advertisement
sponsored|Sponsored Content
sponsored|Promoted Links by Taboola
sponsored|Doctors Are Stunned: This Simple Trick Relieves Knee Pain Fast
sponsored|Health Journal
sponsored|Chicago Homeowners Who Haven’t Refinanced Should Read This
sponsored|Mortgage Insights
most-read|Most Popular
most-read|Lake Shore Drive northbound lanes closed at Fullerton after multi-car crash
most-read|Where to find the best Italian beef in the suburbs, ranked
most-read|Bears sign veteran linebacker to one-year deal
most-read|Property tax bills arrive late again. Here’s what to know.
most-read|Man charged in Logan Square restaurant break-ins
ad|Advertisement
trending|Trending Nationally
trending|Stock market today: Wall Street drifts ahead of holiday weekend
trending|Airline passengers brace for record Memorial Day travel
footer|Report an Error
footer|Policies and Standards
footer|Contact Us
footer|About Us
footer|Subscribe
footer|Advertise
footer|Careers
footer|Privacy Policy
footer|Terms of Use
footer|Cookie Settings
footer|Do Not Sell/Share My Personal Information
footer|Cookie Preferences
copyright|Copyright © 2026 The Lakeshore Ledger
footer|Powered by WordPress.com VIP
"""),
 dict(id="us-metro-daily-2", site="us-metro-daily", lang="en", sep="\n\n", title="Rogers Park landlord fined $480,000 after tenants spent winter without heat", date="2026-02-10", page="""
skip-link|Skip to content
ad|Advertisement
menu|The Lakeshore Ledger
timestamp|Tuesday, February 10, 2026
weather|19°F Cloudy
paywall|Subscribe for 99¢
menu|Log In
menu|News
menu|Sports
menu|Business
menu|Opinion
menu|Entertainment
menu|Food & Dining
menu|Real Estate
menu|Obituaries
menu|e-Edition
menu|Puzzles
menu|Classifieds
menu|Shop
trending|Trending:
trending|Winter storm watch
trending|Bulls trade rumors
trending|Super Bowl ads
trending|Chicago Public Schools budget
section-label|NEWS
section-label|Housing
h1|Rogers Park landlord fined $480,000 after tenants spent winter without heat
lead|A Cook County judge also ordered the owner to hand control of the 48-unit building to a court-appointed receiver.
byline|By Kevin Marsh and Priya Raman
byline|Lakeshore Ledger
dateline|PUBLISHED: February 10, 2026 at 3:58 PM CST
share|Share this:
share|Click to share on Facebook (Opens in new window)
share|Click to share on X (Opens in new window)
share|Click to email a link to a friend (Opens in new window)
share|Click to print (Opens in new window)
listen|Listen to this article
listen|0:00 / 4:05
listen|Audio generated by AI. Learn more.
paywall|You have 2 free articles remaining this month. Subscribe now for unlimited access.
p|A Cook County judge on Tuesday fined the owner of a Rogers Park apartment building $480,000 for failing to provide heat to dozens of tenants for much of December and January, one of the largest penalties ever imposed in a city housing court case.
p|Judge Lorraine Pacheco also appointed a receiver to take over management of the 48-unit courtyard building on North Sheridan Road, saying the owner had “repeatedly and knowingly” ignored court orders to repair the boiler.
caption|Tenants gather in the lobby of their building on North Sheridan Road on Jan. 22, 2026, where many used space heaters and ovens to stay warm.
credit|(Ana Lucía Torres / Lakeshore Ledger)
p|The owner, a limited liability company registered in Delaware, did not appear in court. An attorney who had represented the company withdrew from the case last month.
ad|ADVERTISEMENT
p|City inspectors documented indoor temperatures as low as 49 degrees in some units during a cold snap in early January, according to court records. Chicago’s heat ordinance requires landlords to keep apartments at 68 degrees during the day and 66 at night from mid-September through June.
h2|‘We slept in our coats’
p|Tenants described weeks of using space heaters, open ovens and extra blankets. Several families with young children moved in with relatives.
p|“We slept in our coats. My daughter did her homework with gloves on,” said Maribel Suárez, who has lived in the building for 11 years. “Every time we called, they said the part was coming.”
video|WATCH: Tenants describe weeks without heat
video|2:14
p|Tenant organizers said the fine matters less than the receivership, which gives a court-supervised manager authority to collect rent and spend it on repairs.
p|The city’s Department of Buildings said it had received more than 160 no-heat complaints about the property since November. A spokesperson said the department referred the case to the city’s law department after the landlord missed two repair deadlines.
h2|What tenants can do
p|Renters without adequate heat can:
li|call 311 to file a complaint and request an inspection;
li|keep a log of indoor temperatures with dates and times;
li|contact a tenant rights hotline before withholding any rent.
p|The receiver is expected to begin work on the boiler this week, the judge said. A follow-up hearing is set for March 3.
correction|Correction: An earlier version of this story misstated the number of units in the building. It has 48 units.
tags|Tags: Housing, Rogers Park, Cook County Courts, Winter Weather
newsletter|Get the latest local news delivered daily
newsletter|Sign up for our Morning Briefing newsletter.
newsletter|Enter your email
newsletter|Sign Up
newsletter|This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.
ad|Advertisement
sponsored|Sponsored Content
sponsored|Promoted Links by Taboola
sponsored|The One Kitchen Gadget Every Chicagoan Is Buying This Winter
sponsored|Home Finds Daily
sponsored|Seniors Born Before 1965 Could Get Big Savings on Car Insurance
sponsored|Quote Compare
most-read|Most Popular
most-read|Winter storm watch issued for Chicago area; up to 8 inches possible
teaser-list|Rogers Park landlord fined $480,000 after tenants spent winter without heat
most-read|CPS board weighs short-term loan to close budget gap
most-read|Longtime Pilsen bakery to close after 52 years
most-read|Bulls guard listed as out for rest of road trip
ad|Advertisement
trending|Trending Nationally
trending|Egg prices fall for the first time in six months
trending|Winter storm threatens travel across Midwest and Northeast
footer|Report an Error
footer|Policies and Standards
footer|Contact Us
footer|About Us
footer|Subscribe
footer|Advertise
footer|Careers
footer|Privacy Policy
footer|Terms of Use
footer|Cookie Settings
footer|Do Not Sell/Share My Personal Information
footer|Cookie Preferences
copyright|Copyright © 2026 The Lakeshore Ledger
footer|Powered by WordPress.com VIP
"""),
 dict(id="rts-style-suisse-1", site="rts-style-suisse", lang="fr", sep="\n\n", title="L’abonnement demi-tarif coûtera 10 francs de plus dès décembre", date="2026-06-04", page="""
skip-link|Aller au contenu
skip-link|Aller à la navigation principale
skip-link|Aller à la recherche
network|SRG SSR
network|SRF
network|RTR
network|RSI
network|swissinfo
lang-switch|FR DE IT RM EN
menu|RTRo Info
menu|Info
menu|Sport
menu|Culture
menu|Découverte
menu|Audio
menu|Vidéo
menu|Météo
menu|Se connecter
menu|Suisse
menu|Monde
menu|Économie
menu|Régions
menu|Sciences-Tech
menu|Vérification
menu|Le Mag
breadcrumb|Info › Suisse
section-label|Suisse
h1|L’abonnement demi-tarif coûtera 10 francs de plus dès décembre
lead|Les entreprises de transports publics relèvent le prix de l’abonnement demi-tarif à 200 francs par an. Les billets ordinaires et l’abonnement général ne bougent pas cette année.
dateline|Publié le 4 juin 2026 à 06:12
dateline|Modifié le 4 juin 2026 à 09:40
listen|Écouter l’article
listen|Cet audio a été généré automatiquement.
video|Le demi-tarif passe à 200 francs
video|Le 12h45 / 1 min. / aujourd’hui à 12:45
p|Voyager à moitié prix sera un peu plus cher dès le changement d’horaire de décembre. L’organisation faîtière des transports publics a annoncé jeudi que l’abonnement demi-tarif passera de 190 à 200 francs pour une année, soit une hausse d’un peu plus de 5%.
p|Le prix de l’abonnement de deux ans augmente dans la même proportion. Les jeunes de moins de 25 ans paieront 110 francs au lieu de 100, précise la faîtière dans un communiqué.
h2|Les billets épargnés
p|En revanche, les prix des billets individuels, des cartes journalières et de l’abonnement général resteront inchangés cette année. La branche dit vouloir éviter une hausse généralisée après les augmentations décidées en 2024.
related|Lire aussi : Les CFF renoncent à supprimer les cartes journalières des communes
p|Selon les entreprises de transport, la hausse du demi-tarif doit compenser en partie l’augmentation des coûts d’exploitation et d’entretien des infrastructures, notamment de l’énergie et des salaires.
p|Près de trois millions de personnes possèdent un demi-tarif en Suisse, ce qui en fait de loin l’abonnement le plus répandu du pays.
h2|Critiques des associations
p|L’association des usagers des transports publics regrette une décision qui touche « précisément les voyageurs occasionnels que l’on cherche à attirer vers le train ». Elle demande que la hausse soit accompagnée d’une amélioration de l’offre dans les régions périphériques.
p|La Fédération romande des consommateurs estime quant à elle que la mesure est « modérée », mais appelle à une plus grande transparence sur la formation des prix.
embed-blocked|Contenu externe
embed-blocked|Ce contenu externe ne peut pas être affiché car il pourrait collecter des données personnelles. Pour voir ce contenu, vous devez autoriser la catégorie Réseaux sociaux.
embed-blocked|Accepter
embed-blocked|Plus d’info
p|Le Surveillant des prix, consulté comme chaque année, n’a pas formulé d’opposition, indique la faîtière. Les nouveaux tarifs entreront en vigueur le 13 décembre.
signature|Sujet radio: Claire Monnier
signature|Adaptation web: Julien Favre
signature|ats/jfav
share|Partager
share|Partager sur Facebook
share|Partager sur WhatsApp
share|Partager par e-mail
share|Copier le lien
tags|Plus sur ce sujet : Transports publics · CFF · Consommation
related|Articles en lien
related|Trafic ferroviaire: la ligne du Simplon rouverte après des travaux
related|Suisse
related|Les Suisses ont pris le train comme jamais en 2025
related|Économie
most-read|Les plus lus
most-read|1 Une tempête de grêle ravage les vignes de Lavaux
most-read|2 Le Conseil fédéral veut assouplir les règles sur les drones de loisir
most-read|3 Pourquoi le prix des cerises s’envole cette année
podcast|À écouter
podcast|Le podcast Tout un monde
podcast|Forum – L’émission d’actualité du soir
podcast|28 min.
weather|Météo Lausanne 22° ☀
app|Téléchargez l’application RTRo Info
app|App Store · Google Play
footer|RTRo – Radio Télévision Romande
footer|Une unité d’entreprise de la SRG SSR
footer|Contact
footer|Aide
footer|Emplois
footer|Médiation
footer|Conditions d’utilisation
footer|Protection des données
footer|Paramètres des cookies
footer|Impressum
copyright|© 2026 RTRo. Tous droits réservés.
"""),
 dict(id="rts-style-suisse-2", site="rts-style-suisse", lang="fr", sep="\n\n", title="Un glissement de terrain coupe la route du Grand-Saint-Bernard près d’Orsières", date="2026-08-17", page="""
skip-link|Aller au contenu
skip-link|Aller à la navigation principale
skip-link|Aller à la recherche
network|SRG SSR
network|SRF
network|RTR
network|RSI
network|swissinfo
lang-switch|FR DE IT RM EN
menu|RTRo Info
menu|Info
menu|Sport
menu|Culture
menu|Découverte
menu|Audio
menu|Vidéo
menu|Météo
menu|Se connecter
menu|Suisse
menu|Monde
menu|Économie
menu|Régions
menu|Sciences-Tech
menu|Vérification
menu|Le Mag
breadcrumb|Info › Régions › Valais
section-label|Valais
h1|Un glissement de terrain coupe la route du Grand-Saint-Bernard près d’Orsières
lead|Après de violents orages dans la nuit de dimanche à lundi, une coulée de boue a emporté une partie de la chaussée entre Orsières et Liddes. L’axe restera fermé au moins jusqu’à mercredi.
dateline|Publié le 17 août 2026 à 07:35
dateline|Modifié le 17 août 2026 à 14:02
listen|Écouter l’article
listen|Cet audio a été généré automatiquement.
caption|La coulée de boue a recouvert la route sur près de 80 mètres.
credit|Police cantonale valaisanne
p|La route principale du Grand-Saint-Bernard est coupée à la circulation depuis lundi matin entre Orsières et Liddes, dans l’Entremont. Un glissement de terrain consécutif à de fortes pluies orageuses a emporté une partie de la chaussée, a indiqué la police cantonale valaisanne.
p|Personne n’a été blessé. Un automobiliste qui circulait peu avant 4 heures du matin a pu s’arrêter à temps et donner l’alerte.
video|Les images de la coulée de boue dans l’Entremont
video|19h30 / 2 min. / hier à 19:30
p|Selon les premières estimations, environ 15 000 mètres cubes de matériaux se sont détachés du versant. Des géologues étaient sur place lundi pour évaluer la stabilité de la pente avant le début des travaux de déblaiement.
h2|Déviation par le tunnel
p|Le trafic de transit vers l’Italie est dévié par la route du tunnel, accessible depuis Bourg-Saint-Pierre par une route secondaire. Les poids lourds sont invités à emprunter l’axe du Simplon.
p|Les villages de Liddes et de Bourg-Saint-Pierre restent accessibles par une piste forestière, réservée aux habitants et aux véhicules de secours.
embed-blocked|Contenu externe
embed-blocked|Ce contenu externe ne peut pas être affiché car il pourrait collecter des données personnelles. Pour voir ce contenu, vous devez autoriser la catégorie Réseaux sociaux.
embed-blocked|Accepter
embed-blocked|Plus d’info
h2|Un été marqué par les intempéries
p|C’est le troisième épisode de ce type en Valais depuis le début de l’été. MétéoSuisse avait émis dimanche une alerte de degré 3 pour des orages violents sur le sud-ouest des Alpes.
p|« Les sols sont saturés d’eau après les pluies de juillet. Le moindre orage suffit à déclencher des glissements », explique le géologue cantonal, joint par la radio.
p|Le président de la commune d’Orsières appelle la population à ne pas s’approcher de la zone, où de nouveaux mouvements de terrain ne sont pas exclus.
p|Le canton espère rouvrir une voie de circulation mercredi soir, avec un trafic alterné réglé par des feux.
signature|Sujet TV: Nathalie Genoud
signature|Adaptation web: Mathieu Rey
signature|mre avec ats
share|Partager
share|Partager sur Facebook
share|Partager sur WhatsApp
share|Partager par e-mail
share|Copier le lien
tags|Plus sur ce sujet : Valais · Intempéries · Trafic routier
related|Articles en lien
related|Orages: la Dranse sort de son lit au Châble
related|Valais
related|Les glissements de terrain, un risque en hausse avec le réchauffement
related|Sciences-Tech
most-read|Les plus lus
teaser-list|1 Un glissement de terrain coupe la route du Grand-Saint-Bernard près d’Orsières
most-read|2 Le lac Léman atteint une température record
most-read|3 Un nouveau radar tronçon sur l’autoroute A9 dès septembre
podcast|À écouter
podcast|Le podcast Tout un monde
podcast|Forum – L’émission d’actualité du soir
podcast|31 min.
weather|Météo Sion 24° ⛅
app|Téléchargez l’application RTRo Info
app|App Store · Google Play
footer|RTRo – Radio Télévision Romande
footer|Une unité d’entreprise de la SRG SSR
footer|Contact
footer|Aide
footer|Emplois
footer|Médiation
footer|Conditions d’utilisation
footer|Protection des données
footer|Paramètres des cookies
footer|Impressum
copyright|© 2026 RTRo. Tous droits réservés.
"""),
 dict(id="singapore-straits-style-1", site="singapore-straits-style", lang="en", sep="\n", title="More HDB void decks to get senior-friendly fitness corners by 2028", date="2026-07-09", page="""
skip-link|Skip to main content
menu|The Merlion Times
menu|Singapore
menu|Asia
menu|World
menu|Opinion
menu|Life
menu|Business
menu|Tech
menu|Sport
menu|Videos
menu|Podcasts
menu|Multimedia
epaper|Today’s Paper
paywall|Subscribe
menu|Log in
hot-topics|Hot topics
hot-topics|National Day Rally 2026
hot-topics|Budget support payouts
hot-topics|Heatwave
hot-topics|COE prices
breadcrumb|Singapore
section-label|Housing
h1|More HDB void decks to get senior-friendly fitness corners by 2028
lead|About 300 blocks in mature estates will be fitted with low-impact exercise equipment under the next phase of the programme.
byline|Tan Mei Xuan
byline|Housing Correspondent
dateline|Updated Jul 09, 2026, 08:15 PM
dateline|Published Jul 09, 2026, 05:00 PM
tags|Follow topic:
tags|HDB
tags|Ageing
share|Gift this article
share|Share
listen|Listen to this article
listen|0:00 / 3:48
caption|A resident exercising at a fitness corner at a void deck in Toa Payoh. Each new corner will have at least four types of equipment suited to older users. MT PHOTO: LIM WEN JIE
caption|Residents will be consulted on the location and design of the corners.
p|SINGAPORE – About 300 Housing Board blocks in mature estates such as Ang Mo Kio, Bedok and Queenstown will have their void decks fitted with fitness corners designed for seniors by 2028.
p|The corners will feature low-impact equipment such as leg presses with adjustable resistance, balance bars and hand-grip trainers, the Housing and Development Board (HDB) said on July 9.
p|Each corner will come with signs in four languages showing how to use the equipment safely, along with QR codes linking to short exercise videos.
ad|ADVERTISEMENT
p|The move is part of a wider push to help older residents stay active close to home, as Singapore’s population ages. By 2030, about one in four citizens will be 65 and older.
h2|Residents to be consulted
p|HDB said town councils and residents’ networks will run consultation sessions before each corner is built, so that residents can weigh in on its location and the choice of equipment.
p|Pilot corners at 12 blocks in Toa Payoh and Clementi, opened in 2025, drew about 150 users a week on average, most of them aged above 60.
p|Madam Lee Siew Lan, 74, who uses the corner at her block in Toa Payoh Lorong 4 three mornings a week, said it had helped her knees. “Last time I need to take bus to the park. Now I just come downstairs,” she said.
h2|Trained volunteers on hand
p|Under the next phase, volunteers from active ageing centres will be trained to lead group sessions at the corners twice a week. HDB said it expects to spend about $18 million on the programme.
p|Minister of State for National Development Alvin Goh said the corners would also give neighbours a reason to meet. “A void deck should be a place where residents gather, not just a place they walk through,” he said.
whatsapp|Join The Merlion Times’ WhatsApp channel and get the latest news and must-reads.
tags|See more on
tags|HDB
tags|Ageing
tags|Health
tags|Community
most-read|Most Read
most-read|Heatwave: Temperatures could hit 36 deg C this weekend, says Met Service
most-read|COE prices for small cars fall to 10-month low
most-read|Man arrested after fight at Clarke Quay bar
most-read|Three new hawker centres to open in 2027
related|Related topics
related|Older Singaporeans more likely to exercise if facilities are nearby: Study
related|Town councils to upgrade 40 playgrounds islandwide
sponsored|Partner Content
sponsored|How one local bank is making retirement planning simpler
ad|ADVERTISEMENT
app|Get The Merlion Times app
app|Download on the App Store · Get it on Google Play
footer|About Us
footer|Contact Us
footer|Advertise With Us
footer|Subscription Packages
footer|Terms & Conditions
footer|Data Protection Policy
footer|Need help? Reach us here.
footer|Corrections & Clarifications
copyright|MCI (P) 028/10/2025, MCI (P) 041/10/2025
copyright|Merlion Media Holdings. Co. Regn. No. 201912345K. Copyright © 2026. All rights reserved.
"""),
 dict(id="singapore-straits-style-2", site="singapore-straits-style", lang="en", sep="\n", title="Stall rents at new Tengah hawker centre to be capped for first two years", date="2026-09-15", page="""
skip-link|Skip to main content
menu|The Merlion Times
menu|Singapore
menu|Asia
menu|World
menu|Opinion
menu|Life
menu|Business
menu|Tech
menu|Sport
menu|Videos
menu|Podcasts
menu|Multimedia
epaper|Today’s Paper
paywall|Subscribe
menu|Log in
hot-topics|Hot topics
hot-topics|Mid-Autumn Festival
hot-topics|F1 Singapore Grand Prix
hot-topics|Haze
hot-topics|COE prices
breadcrumb|Singapore
section-label|Community
h1|Stall rents at new Tengah hawker centre to be capped for first two years
lead|The move aims to draw younger hawkers and keep food prices affordable in Singapore’s newest town.
byline|Rachel Koh
dateline|Published Sep 15, 2026, 06:22 PM
tags|Follow topic:
tags|Hawkers
share|Gift this article
share|Share
listen|Listen to this article
listen|0:00 / 3:05
paywall|You are reading a subscriber-only story. Enjoy unlimited access with a digital subscription.
p|SINGAPORE – Stall rents at the new hawker centre in Tengah will be capped at $1,500 a month for the first two years of operation, in a bid to attract more young hawkers and keep food affordable for residents.
p|The 40-stall centre at Plantation Plaza is set to open in the first quarter of 2027 and will be run by a social enterprise operator appointed by the National Environment Agency (NEA).
p|Tenders for the stalls will open on Oct 1 and close on Oct 29, the NEA said on Sept 15.
ad|ADVERTISEMENT
p|Under the operator’s terms, hawkers must offer at least two value meals priced at $4 or less. They will not have to pay separate fees for cleaning or tray-return services, which some hawkers at other socially-conscious enterprise centres had complained about.
caption|An artist’s impression of the Tengah hawker centre, which will have 40 cooked food stalls and a rooftop garden. PHOTO: NEA
h2|Priority for first-time hawkers
p|Half the stalls will be set aside for applicants below 45 years old or those who have completed the NEA’s hawker training programme. Successful applicants in this group will also get a one-off grant of up to $10,000 to buy cooking equipment.
p|Mr Daniel Ong, 32, a former cook at a hotel restaurant who finished the training programme in 2025, said the cap would make a real difference. “Rent is the first thing you think about when you start. If I know it is fixed for two years, I can focus on my food,” he said.
p|Tengah, which has about 14,000 flats completed so far, has only a handful of coffee shops. Residents have complained in online forums about having to travel to Bukit Batok or Jurong East for cheaper meals.
p|The Federation of Merchants’ Associations welcomed the rent cap but said it should be extended to other new centres. NEA said it will review the arrangement after the first two years.
whatsapp|Join The Merlion Times’ WhatsApp channel and get the latest news and must-reads.
tags|See more on
tags|Hawkers
tags|Food
tags|Tengah
tags|NEA
most-read|Most Read
most-read|Haze: PSI enters unhealthy range in western Singapore
most-read|F1 road closures: What you need to know
teaser-list|Stall rents at new Tengah hawker centre to be capped for first two years
most-read|Woman fined for feeding pigeons in Yishun
related|Related topics
related|Hawker centres to get more automated tray-return systems by 2027
related|Young hawkers find it tough to break even, survey finds
sponsored|Partner Content
sponsored|Five family-friendly staycations for the school holidays
ad|ADVERTISEMENT
app|Get The Merlion Times app
app|Download on the App Store · Get it on Google Play
footer|About Us
footer|Contact Us
footer|Advertise With Us
footer|Subscription Packages
footer|Terms & Conditions
footer|Data Protection Policy
footer|Need help? Reach us here.
footer|Corrections & Clarifications
copyright|MCI (P) 028/10/2025, MCI (P) 041/10/2025
copyright|Merlion Media Holdings. Co. Regn. No. 201912345K. Copyright © 2026. All rights reserved.
"""),
]
