# Round 28: eight pages on four more layouts (a Senegalese news portal, a Nigerian national daily, a Belgian
# French-language daily with premium articles and a live blog box, a Canadian public broadcaster's local news page),
# written blind: without looking at the classifier, its rules or the benchmark, measured once.
# Each line: "label|text". Invented text; no real article is copied.
ROUND28 = [
 dict(id="dakar-portail-1", site="dakar-portail", lang="fr", sep="\n", title="Pikine : les commerçants du marché Zinc relogés avant la fin de l’année", date="2025-11-18", page="""
push|TerangaPortail souhaite vous envoyer des notifications pour les dernières actualités.
push|Plus tard
push|Autoriser
timestamp|Mardi 18 Novembre 2025
ticker|Fajr 05:32 | Dhuhr 13:21 | Asr 16:34 | Maghrib 19:02 | Isha 20:15
menu|TerangaPortail.sn – L’info du Sénégal en continu
menu|Accueil
menu|Actualité
menu|Politique
menu|Société
menu|Économie
menu|Sport
menu|People
menu|Vidéos
menu|Revue de presse
menu|Contributions
menu|Nécrologie
ad|PUBLICITÉ
ad|Orange Money : envoyez jusqu’à 2 000 000 FCFA à 0 frais ce week-end. Composez #144#
breaking|DERNIÈRE MINUTE : Coupure d’électricité prévue mercredi à Guédiawaye et Thiaroye, selon la Senelec
breadcrumb|Accueil » Société
h1|Pikine : les commerçants du marché Zinc relogés avant la fin de l’année
dateline|Publié le 18 novembre 2025 à 10h47
byline|Par Mame Diarra Sow
views|1 934 vues
comments|12 commentaires
share|Partager :
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
whatsapp|Rejoignez la chaîne WhatsApp de TerangaPortail pour recevoir l’info en temps réel
lead|Les quelque 600 marchands installés sur les emprises de la future voie de dégagement devront rejoindre un site provisoire aménagé à Bountou Pikine d’ici au 31 décembre, a annoncé la mairie.
p|La décision a été officialisée lundi lors d’une rencontre entre le maire de Pikine, les délégués des commerçants et les services de la préfecture. Le site provisoire, d’une superficie de deux hectares, doit accueillir les cantines en attendant la reconstruction du marché.
p|Selon la municipalité, chaque commerçant recensé lors de l’opération d’identification de septembre recevra un emplacement numéroté. Les travaux de terrassement du nouveau site ont démarré la semaine dernière.
ad|PUBLICITÉ
ad|Wave – Payez vos factures Senelec et Sen’Eau sans vous déplacer. Téléchargez l’application
p|Les délégués des commerçants, qui réclamaient depuis plusieurs mois des garanties, se disent « prudemment satisfaits ». « Nous voulons surtout que les emplacements soient attribués de façon transparente et que personne ne soit oublié », a déclaré Modou Fall, président de l’association des marchands.
related|LIRE AUSSI : Thiaroye : la mairie lance le recensement des cantines
p|Certains vendeurs de légumes et de poisson redoutent toutefois une baisse de leur chiffre d’affaires. Le site de Bountou Pikine est éloigné de l’arrêt des bus Tata, où transite chaque jour une grande partie de la clientèle.
h2|Un marché reconstruit en deux ans
p|Le futur marché, financé dans le cadre du programme de modernisation des marchés urbains, comptera trois niveaux, un parking et une chambre froide pour les produits halieutiques.
p|La mairie annonce une livraison en 2027. Les commerçants relogés seront prioritaires pour l’attribution des nouvelles cantines.
video|VIDÉO
video|Marché Zinc : les commerçants entre inquiétude et espoir
video|03:12
p|Le préfet de Pikine a, de son côté, rappelé qu’aucune occupation de la voie publique ne serait tolérée après le déménagement.
tags|Mots-clés : Pikine, marché Zinc, déguerpissement, commerçants
share|Partager cet article sur Facebook | Twitter | WhatsApp
ad|PUBLICITÉ
ad|Canal+ Sénégal : la Ligue des champions en intégralité. Abonnez-vous dès 5 000 FCFA
comments|12 commentaires
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Publier
comments|Baye Ndiaye – 18 novembre 2025 à 11h02
comments|Encore des promesses. Ils ont dit la même chose à Colobane.
comments|Répondre
comments|Fatou K. – 18 novembre 2025 à 11h40
comments|Il faut penser aux femmes qui vendent le poisson, Bountou c’est loin pour les clientes.
comments|Répondre
comments|Charger plus de commentaires
disclaimer|Les commentaires sont sous la responsabilité de leurs auteurs. TerangaPortail se réserve le droit de supprimer tout propos injurieux, diffamatoire ou contraire à la loi.
sponsored|Contenus sponsorisés
sponsored|Ce médecin révèle l’astuce simple contre les douleurs articulaires
sponsored|Santé Nature
sponsored|Voici combien coûte un appartement à Saly en 2025
sponsored|Immo Afrique | Sponsorisé
most-read|LES PLUS LUS
most-read|1 Résultats du BFEM : le taux de réussite national dévoilé
most-read|2 Lutte : le grand combat de l’arène nationale enfin programmé
most-read|3 Le Premier ministre reçoit les syndicats d’enseignants
most-read|4 Accident sur l’autoroute à péage : deux morts à Diamniadio
most-read|5 Pikine : les commerçants du marché Zinc relogés avant la fin de l’année
teaser-list|À LA UNE
teaser-list|Tabaski 2026 : le ministère fixe le calendrier d’importation des moutons
teaser-list|il y a 2 heures
teaser-list|Kaolack : la campagne de commercialisation de l’arachide démarre lundi
teaser-list|il y a 4 heures
video|NOS VIDÉOS
video|[VIDÉO] Embouteillages sur la VDN : les automobilistes à bout
video|[VIDÉO] Revue de presse Wolof du mardi 18 novembre 2025
obituary|NÉCROLOGIE
obituary|Rappel à Dieu de El Hadji Ibrahima Diop, ancien directeur d’école à Rufisque
newsletter|Newsletter : recevez chaque matin l’essentiel de l’actualité
newsletter|Votre adresse e-mail
newsletter|S’inscrire
footer|À propos | Contact | Publicité | Mentions légales | Charte des commentaires
social|Suivez-nous : Facebook · X · Instagram · TikTok · YouTube
copyright|© 2025 TerangaPortail.sn – Tous droits réservés. Reproduction interdite sans autorisation.
cookie|Ce site utilise des cookies pour améliorer votre expérience. En continuant, vous acceptez leur utilisation.
cookie|J’accepte
cookie|En savoir plus
"""),
 dict(id="dakar-portail-2", site="dakar-portail", lang="fr", sep="\n", title="Saint-Louis : la pêche artisanale paralysée par la houle depuis une semaine", date="2025-12-03", page="""
push|TerangaPortail souhaite vous envoyer des notifications pour les dernières actualités.
push|Plus tard
push|Autoriser
timestamp|Mercredi 3 Décembre 2025
ticker|Fajr 05:41 | Dhuhr 13:27 | Asr 16:36 | Maghrib 19:03 | Isha 20:17
menu|TerangaPortail.sn – L’info du Sénégal en continu
menu|Accueil
menu|Actualité
menu|Politique
menu|Société
menu|Économie
menu|Sport
menu|People
menu|Vidéos
menu|Revue de presse
menu|Contributions
menu|Nécrologie
ad|PUBLICITÉ
ad|Free Sénégal : 30 Go pour 3 000 FCFA, valable 30 jours. Tapez #150#
breaking|DERNIÈRE MINUTE : L’ANACIM prolonge son alerte sur la houle dangereuse jusqu’à vendredi
breadcrumb|Accueil » Économie
h1|Saint-Louis : la pêche artisanale paralysée par la houle depuis une semaine
dateline|Publié le 3 décembre 2025 à 08h15
byline|Par Cheikh Tidiane Mbaye (Correspondant à Saint-Louis)
views|2 407 vues
comments|5 commentaires
share|Partager :
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
whatsapp|Rejoignez la chaîne WhatsApp de TerangaPortail pour recevoir l’info en temps réel
p|Sur la plage de Guet Ndar, les pirogues colorées restent alignées sur le sable. Depuis le 26 novembre, aucune embarcation n’a pris la mer, à la suite de l’alerte lancée par l’Agence nationale de l’aviation civile et de la météorologie (ANACIM).
caption|Des pirogues immobilisées sur la plage de Guet Ndar, mardi. (Photo : TerangaPortail)
p|Les vagues, qui dépassent par endroits trois mètres, rendent particulièrement dangereux le passage de la brèche, à l’embouchure du fleuve. Les pêcheurs n’ont pas oublié les chavirements meurtriers des dernières années.
p|« Nous perdons de l’argent chaque jour, mais nous ne voulons pas d’autres morts », confie Abdoulaye Guèye, capitaine d’une pirogue de 18 mètres.
ad|PUBLICITÉ
ad|Sonatel Academy : formations gratuites au numérique. Inscriptions ouvertes
h2|Le prix du poisson grimpe
p|Sur les marchés de la ville, l’arrêt des sorties se fait déjà sentir. Le kilo de sardinelle, habituellement vendu entre 300 et 500 FCFA, s’échange désormais à plus de 1 000 FCFA.
p|Les transformatrices du quai de pêche, qui fument et sèchent le poisson, sont elles aussi au chômage technique. Plusieurs d’entre elles disent avoir dû emprunter pour nourrir leur famille.
related|LIRE AUSSI : Kayar : deux pêcheurs portés disparus après le chavirement d’une pirogue
h2|Les pêcheurs demandent un appui
p|Le Conseil local de la pêche artisanale a adressé une lettre au gouverneur pour réclamer :
li|une aide d’urgence en vivres pour les familles de pêcheurs ;
li|la distribution de gilets de sauvetage supplémentaires ;
li|l’accélération des travaux de stabilisation de la brèche.
p|Le service régional des pêches indique que la situation devrait s’améliorer à partir du week-end, si les prévisions se confirment.
video|VIDÉO
video|Guet Ndar : les pêcheurs face à la mer déchaînée
video|02:48
tags|Mots-clés : Saint-Louis, pêche, Guet Ndar, houle, ANACIM
share|Partager cet article sur Facebook | Twitter | WhatsApp
ad|PUBLICITÉ
ad|1xBet – Pariez sur la CAN 2025. Bonus de bienvenue jusqu’à 130 000 FCFA
disclaimer|Les jeux d’argent sont interdits aux mineurs. Jouez avec modération.
comments|5 commentaires
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Publier
comments|Ndèye Awa – 3 décembre 2025 à 09h10
comments|Que Dieu protège nos pêcheurs. Restez à terre.
comments|Répondre
comments|Charger plus de commentaires
disclaimer|Les commentaires sont sous la responsabilité de leurs auteurs. TerangaPortail se réserve le droit de supprimer tout propos injurieux, diffamatoire ou contraire à la loi.
sponsored|Contenus sponsorisés
sponsored|Les Sénégalais de plus de 50 ans se ruent sur cette assurance obsèques
sponsored|Assur Plus | Sponsorisé
most-read|LES PLUS LUS
most-read|1 Budget 2026 : l’Assemblée adopte la loi de finances
most-read|2 Mercato : un Lion annoncé en Premier League
most-read|3 Tabaski 2026 : le ministère fixe le calendrier d’importation des moutons
most-read|4 Touba : les travaux du nouvel hôpital avancent
most-read|5 Saint-Louis : la pêche artisanale paralysée par la houle depuis une semaine
teaser-list|À LA UNE
teaser-list|Dakar : les taxis clandos interdits sur la corniche à partir de janvier
teaser-list|il y a 1 heure
teaser-list|Ziguinchor : reprise des vols quotidiens vers Dakar
teaser-list|il y a 3 heures
video|NOS VIDÉOS
video|[VIDÉO] Revue de presse Wolof du mercredi 3 décembre 2025
video|[VIDÉO] Kaolack : la récolte d’arachide s’annonce bonne
obituary|NÉCROLOGIE
obituary|Rappel à Dieu de Sokhna Aminata Seck, ancienne sage-femme à Thiès
newsletter|Newsletter : recevez chaque matin l’essentiel de l’actualité
newsletter|Votre adresse e-mail
newsletter|S’inscrire
footer|À propos | Contact | Publicité | Mentions légales | Charte des commentaires
social|Suivez-nous : Facebook · X · Instagram · TikTok · YouTube
copyright|© 2025 TerangaPortail.sn – Tous droits réservés. Reproduction interdite sans autorisation.
cookie|Ce site utilise des cookies pour améliorer votre expérience. En continuant, vous acceptez leur utilisation.
cookie|J’accepte
cookie|En savoir plus
"""),
 dict(id="lagos-guardian-style-1", site="lagos-guardian-style", lang="en", sep="\n\n", title="Lagos commuters groan as BRT fares rise by 40 per cent", date="2025-10-07", page="""
timestamp|Tuesday, October 7, 2025
ticker|Naira: $1 = ₦1,468 (official) | Brent: $64.20 | NGX ASI: 141,302.55 ▲0.42%
menu|The Nigerian Ledger
menu|Conscience of the Nation since 1983
menu|ePaper
menu|Subscribe
menu|Sign in
menu|News  Politics  Business  Opinion  Sport  Metro  Features  Life  Tech  Editorial
ad|Advertisement
breadcrumb|Home › Metro
section-label|Metro
h1|Lagos commuters groan as BRT fares rise by 40 per cent
byline|By Adaeze Okafor
dateline|07 October 2025 | 4:15 am
listen|Listen to this article
listen|00:00 / 04:36
share|Facebook  X  WhatsApp  LinkedIn  Email
credit|Photo: The Nigerian Ledger/Kelechi Obi
caption|Passengers queue at the Ikorodu BRT terminal on Monday.
lead|Commuters on the Ikorodu and Oshodi corridors say the new fares will force them back onto danfo buses, as the operator blames fuel and spare parts costs.
p|Thousands of commuters who rely on the Lagos Bus Rapid Transit (BRT) system woke up on Monday to a 40 per cent increase in fares, a move that has drawn criticism from passengers and labour groups.
p|A trip from Ikorodu to TBS, which cost ₦1,000 last week, now costs ₦1,400, while the fare from Oshodi to Abule Egba has risen from ₦700 to ₦1,000.
p|The operator, in a statement signed by its head of corporate communications, said the review had become unavoidable because of the rising cost of diesel, tyres and imported spare parts.
related|ALSO READ: FG approves new minimum wage template for states
p|"We held fares for eighteen months while our costs doubled," the statement read. "Without this adjustment, many of our buses would be off the road before the end of the year."
h2|'We can't cope'
p|At the Ikorodu terminal, several passengers said they would return to yellow danfo buses, which are slower but cheaper on short stretches.
p|"I spend almost a third of my salary on transport now," said Tunde Adewale, a civil servant who commutes daily to Lagos Island. "Something has to give."
ad|Advertisement
p|The Nigeria Labour Congress in Lagos State called on the state government to introduce a subsidy for low-income workers, similar to the 25 per cent discount granted during the fuel crisis of 2023.
h2|Government reacts
p|The Lagos Metropolitan Area Transport Authority (LAMATA) said it had not approved the new fares and had invited the operator for talks.
p|The authority added that the Blue and Red Line rail services would keep their current fares until at least the end of the first quarter of 2026.
signature|Additional reporting by Segun Adebayo
tags|Related Topics: BRT  fares  LAMATA  Lagos  transport
app|Get the latest news on the go. Download The Nigerian Ledger app on iOS and Android
whatsapp|Join The Nigerian Ledger WhatsApp Channel for breaking news
related|Related News
related|Lagos Red Line: Trains to run till 10pm from November
related|Okada ban: Riders protest in Ikotun
related|Third Mainland Bridge to close for 48 hours
comments|Comments
comments|Leave a Reply
comments|You must be logged in to post a comment.
disclaimer|Notice: Readers' comments do not represent the views of The Nigerian Ledger. Comments that are abusive or libellous will be removed.
most-read|Most Read
most-read|Super Eagles: Coach names 25 for World Cup playoff
most-read|Tinubu signs tax reform bills into law
most-read|NECO 2025: How to check your result
most-read|Lagos commuters groan as BRT fares rise by 40 per cent
ad|Advertisement
newsletter|Get the day's top stories in your inbox
newsletter|Enter your email address
newsletter|Subscribe
footer|About Us  Contact Us  Advertise  Careers  Privacy Policy  Terms of Use  Corrections
footer|The Nigerian Ledger, 14 Ladipo Street, Ikeja, Lagos
copyright|© 2025 The Nigerian Ledger Newspapers Ltd. All rights reserved.
"""),
 dict(id="lagos-guardian-style-2", site="lagos-guardian-style", lang="en", sep="\n\n", title="Kano tomato farmers count losses as Tuta absoluta returns", date="2025-08-21", page="""
timestamp|Thursday, August 21, 2025
ticker|Naira: $1 = ₦1,532 (official) | Brent: $67.85 | NGX ASI: 139,870.10 ▼0.18%
menu|The Nigerian Ledger
menu|Conscience of the Nation since 1983
menu|ePaper
menu|Subscribe
menu|Sign in
menu|News  Politics  Business  Opinion  Sport  Metro  Features  Life  Tech  Editorial
ad|Advertisement
breadcrumb|Home › Business › Agriculture
section-label|Agriculture
h1|Kano tomato farmers count losses as Tuta absoluta returns
byline|From Ibrahim Musa, Kano
dateline|21 August 2025 | 3:02 am
listen|Listen to this article
listen|00:00 / 05:10
share|Facebook  X  WhatsApp  LinkedIn  Email
credit|Photo: The Nigerian Ledger
caption|A farmer inspects damaged tomato plants at Kadawa, Kano State.
p|Tomato farmers in Kano State say they have lost up to 70 per cent of their crops in the past month after a fresh outbreak of Tuta absoluta, the pest popularly called "tomato Ebola".
p|At Kadawa, one of the largest irrigation schemes in the North-West, farmers showed reporters fields of withered plants and fruits pierced by the moth's larvae.
p|"I planted two hectares. What I will harvest cannot fill a pick-up," said Malam Sani Garba, who has farmed tomatoes for twenty years.
ad|Advertisement
h2|Prices on the rise
p|The outbreak is already being felt in southern markets. A big basket of tomatoes that sold for ₦25,000 at Mile 12 market in Lagos in July now costs between ₦60,000 and ₦75,000, traders said.
related|ALSO READ: Food inflation eases slightly in July – NBS
p|Processing companies that buy from the region have also reduced their intake, with at least one factory in Kano suspending operations for two weeks.
h2|What farmers want
p|The Tomato Growers Association of Nigeria listed its demands to the state and federal governments:
li|free distribution of approved pesticides and pheromone traps;
li|training of extension workers on integrated pest management;
li|low-interest loans to help farmers replant.
p|The Kano State Commissioner for Agriculture said the ministry had procured traps for 5,000 farmers and would begin distribution next week.
p|Experts warn, however, that the pest will keep returning unless farmers rotate crops and destroy infected plants after harvest.
tags|Related Topics: Agriculture  Kano  tomato  Tuta absoluta  food prices
app|Get the latest news on the go. Download The Nigerian Ledger app on iOS and Android
whatsapp|Join The Nigerian Ledger WhatsApp Channel for breaking news
related|Related News
related|Rice millers seek waiver on paddy imports
related|Fertiliser prices drop as Dangote plant ramps up
comments|Comments
comments|Leave a Reply
comments|You must be logged in to post a comment.
disclaimer|Notice: Readers' comments do not represent the views of The Nigerian Ledger. Comments that are abusive or libellous will be removed.
most-read|Most Read
most-read|ASUU threatens fresh strike over unpaid allowances
most-read|Super Eagles striker scores twice on club return
most-read|JAMB releases 2025 cut-off marks
most-read|CBN retains interest rate at 27.5 per cent
sponsored|Sponsored
sponsored|How this Abuja mum earns ₦450,000 monthly from home (Partner content)
ad|Advertisement
newsletter|Get the day's top stories in your inbox
newsletter|Enter your email address
newsletter|Subscribe
footer|About Us  Contact Us  Advertise  Careers  Privacy Policy  Terms of Use  Corrections
footer|The Nigerian Ledger, 14 Ladipo Street, Ikeja, Lagos
copyright|© 2025 The Nigerian Ledger Newspapers Ltd. All rights reserved.
"""),
 dict(id="bruxelles-matin-1", site="bruxelles-matin", lang="fr", sep="\n\n", title="La Stib prolonge le tram 9 jusqu’au plateau du Heysel dès le printemps", date="2025-11-26", page="""
cookie|Nous respectons votre vie privée
cookie|Nous et nos 187 partenaires utilisons des cookies et des technologies similaires pour stocker et accéder à des informations sur votre appareil, afin de personnaliser les publicités et le contenu, mesurer leur performance et développer nos services.
cookie|Tout accepter
cookie|Continuer sans accepter
cookie|Paramétrer
skip-link|Aller au contenu
menu|Le Courrier bruxellois
weather|Bruxelles 6° Averses
menu|S’abonner
menu|Se connecter
menu|Mon journal
epaper|Journal numérique
menu|Bruxelles  Belgique  Monde  Économie  Sports  Culture  Opinions  Plus
live|EN DIRECT
live|Grève nationale : suivez la journée de mobilisation en direct
live|10:42 Les trains reprennent progressivement entre Bruxelles-Midi et Namur
live|10:15 La Stib annonce un service quasi normal sur les lignes de métro
live|Voir le direct
breadcrumb|Bruxelles › Mobilité
h1|La Stib prolonge le tram 9 jusqu’au plateau du Heysel dès le printemps
lead|Le chantier touche à sa fin : la ligne de tram 9 desservira quatre nouveaux arrêts entre la place de Miramar et le Heysel à partir d’avril, a annoncé la société de transport bruxelloise.
byline|Par Julien Van den Broeck
dateline|Publié le 26/11/2025 à 06:00
reading-time|Temps de lecture: 3 min
share|Partager
share|Copier le lien
save|Sauvegarder
credit|© Belga.
caption|Le tram 9 sur le boulevard de Smet de Naeyer, à Jette.
p|Les Bruxellois du nord-ouest de la capitale l’attendaient depuis plusieurs années. La prolongation de la ligne de tram 9 jusqu’au plateau du Heysel sera mise en service au début du mois d’avril, a confirmé mardi la Stib lors d’une visite du chantier.
p|Longue de 2,8 kilomètres, la nouvelle section compte quatre arrêts, dont un au pied de l’Atomium et un autre devant le futur quartier Neo. Les essais de circulation commenceront en janvier, sans voyageurs.
ad|Publicité
p|Selon la Stib, la ligne transportera à terme 25.000 voyageurs par jour. Les trams circuleront toutes les six minutes en heure de pointe.
h2|Des riverains partagés
p|Si les commerçants de la chaussée Romaine se réjouissent de l’arrivée du tram, plusieurs riverains du quartier du Verregat se plaignent du bruit des travaux, menés de nuit depuis septembre.
p|« On nous avait promis des fenêtres isolantes, on attend toujours », déplore une habitante de l’avenue des Croix de l’Yser. La Région assure que les demandes de compensation seront traitées d’ici la fin de l’année.
related|À lire aussi Métro 3 : le chantier de la gare du Nord prend encore du retard
h2|Ce qui change pour les voyageurs
li|Le bus 88 sera raccourci et ne desservira plus le terminus Heysel.
li|Un parking de dissuasion de 400 places ouvrira à proximité de l’arrêt Heysel.
li|Les abonnements Brupass resteront valables sans supplément.
p|Le coût total du chantier s’élève à 62 millions d’euros, financés par la Région bruxelloise et la Stib, avec un soutien de Beliris.
tags|Stib  Mobilité  Laeken  Tram
newsletter|Newsletter Bruxelles
newsletter|Chaque matin, l’essentiel de l’actualité de la capitale dans votre boîte mail.
newsletter|Je m’inscris
most-read|Les plus lus
most-read|1 Une nouvelle zone 30 dans tout le centre-ville de Liège dès janvier
most-read|2 Indexation : ce qui change sur votre fiche de paie en décembre
most-read|3 Saint-Gilles : le parvis fermé aux voitures le week-end
most-read|4 Météo : les premiers flocons attendus jeudi en Ardenne
teaser-list|Sur le même sujet
teaser-list|Bruxelles Mobilité : la Région présente son plan de stationnement
teaser-list|Abonnés Piétonnier : cinq ans après, le bilan des commerçants
obituary|Avis de décès
obituary|Consultez les avis nécrologiques de votre région
games|Jeux : mots croisés, sudoku, mots fléchés
footer|Le Courrier bruxellois
footer|Qui sommes-nous ?  Contact  Publicité  Conditions générales  Vie privée  Gestion des cookies  Déclaration d’accessibilité
app|Téléchargez notre application
copyright|© Éditions du Sablon SA – 2025 : Le Courrier bruxellois. Tous droits réservés.
"""),
 dict(id="bruxelles-matin-2", site="bruxelles-matin", lang="fr", sep="\n\n", title="Crèches bruxelloises : « Il manque encore 4.000 places, et le personnel s’épuise »", date="2025-09-15", page="""
cookie|Nous respectons votre vie privée
cookie|Nous et nos 187 partenaires utilisons des cookies et des technologies similaires pour stocker et accéder à des informations sur votre appareil, afin de personnaliser les publicités et le contenu, mesurer leur performance et développer nos services.
cookie|Tout accepter
cookie|Continuer sans accepter
cookie|Paramétrer
skip-link|Aller au contenu
menu|Le Courrier bruxellois
weather|Bruxelles 17° Ensoleillé
menu|S’abonner
menu|Se connecter
menu|Mon journal
epaper|Journal numérique
menu|Bruxelles  Belgique  Monde  Économie  Sports  Culture  Opinions  Plus
live|EN DIRECT
live|Rentrée politique : suivez la déclaration du gouvernement bruxellois
live|14:05 Le ministre-président promet un budget « à l’équilibre en 2029 »
live|13:48 L’opposition dénonce « un plan d’austérité déguisé »
live|Voir le direct
breadcrumb|Bruxelles › Société
paywall|Abonnés
h1|Crèches bruxelloises : « Il manque encore 4.000 places, et le personnel s’épuise »
lead|Malgré les ouvertures annoncées, les parents bruxellois continuent de chercher une place d’accueil pendant des mois. Directrices et puéricultrices décrivent un secteur à bout de souffle.
byline|Par Sarah Lemaire
dateline|Publié le 15/09/2025 à 17:30
dateline|Mis à jour le 16/09/2025 à 08:12
reading-time|Temps de lecture: 5 min
share|Partager
share|Copier le lien
save|Sauvegarder
paywall|Article réservé aux abonnés
credit|© Pierre-Yves Thienpont.
caption|Dans une crèche communale d’Anderlecht, une puéricultrice s’occupe de huit enfants.
p|Camille avait commencé à chercher une crèche au troisième mois de sa grossesse. Son fils a aujourd’hui onze mois, et elle est toujours sur quatre listes d’attente. « Je reprends le travail dans trois semaines, je ne sais pas encore qui gardera mon enfant », raconte cette habitante de Schaerbeek.
p|Son cas n’a rien d’exceptionnel. Selon les chiffres de l’Office de la naissance et de l’enfance, Bruxelles compte environ 24.000 places d’accueil pour les moins de trois ans, soit une place pour deux enfants en moyenne, avec de fortes différences entre communes.
p|Les fédérations du secteur estiment qu’il faudrait au moins 4.000 places supplémentaires pour répondre à la demande, surtout dans les communes du croissant pauvre.
ad|Publicité
h2|Des équipes en sous-effectif
p|Le manque de places n’est pas le seul problème. Plusieurs directrices racontent qu’elles doivent fermer des sections faute de personnel. « J’ai des lits vides parce que je ne trouve pas de puéricultrices », explique la responsable d’une crèche de Molenbeek.
p|Les salaires, proches du minimum, et la pénibilité du métier découragent les candidates. Le taux d’encadrement, une adulte pour sept enfants, reste l’un des plus élevés d’Europe occidentale.
p|« On ne peut pas demander à une personne seule de changer, nourrir et consoler sept bébés en même temps, et d’appeler ça de l’accueil de qualité », résume une puéricultrice qui exerce depuis quinze ans.
related|À lire aussi Enseignement : la pénurie de professeurs s’aggrave à Bruxelles
h2|Ce que promet la Région
p|Le gouvernement bruxellois affirme vouloir créer 1.500 places d’ici 2029 et revaloriser les barèmes dès l’an prochain. Un budget de 30 millions d’euros est prévu, mais son calendrier dépend encore des négociations budgétaires.
p|En attendant, les parents s’organisent. À Forest, un collectif a mis sur pied un groupe d’entraide pour partager des gardiennes à domicile.
p|Camille, elle, envisage de réduire son temps de travail. « C’est toujours aux mères que ça retombe », soupire-t-elle.
paywall|Vous lisez cet article grâce à votre abonnement. Merci de soutenir un journalisme de qualité.
tags|Petite enfance  ONE  Crèches  Bruxelles
newsletter|Newsletter Bruxelles
newsletter|Chaque matin, l’essentiel de l’actualité de la capitale dans votre boîte mail.
newsletter|Je m’inscris
most-read|Les plus lus
most-read|1 Rentrée scolaire : les nouveaux horaires posent problème aux parents
most-read|2 Bruxelles-Midi : la gare sera fermée deux week-ends en octobre
most-read|3 Une brasserie historique d’Ixelles ferme ses portes
most-read|4 Anderlecht : le nouveau coach déjà sous pression
teaser-list|Sur le même sujet
teaser-list|Abonnés Enseignement : les écoles bruxelloises face au manque de places
teaser-list|Allocations familiales : ce qui change au 1er janvier
obituary|Avis de décès
obituary|Consultez les avis nécrologiques de votre région
games|Jeux : mots croisés, sudoku, mots fléchés
footer|Le Courrier bruxellois
footer|Qui sommes-nous ?  Contact  Publicité  Conditions générales  Vie privée  Gestion des cookies  Déclaration d’accessibilité
app|Téléchargez notre application
copyright|© Éditions du Sablon SA – 2025 : Le Courrier bruxellois. Tous droits réservés.
"""),
 dict(id="cbc-style-local-1", site="cbc-style-local", lang="en", sep="\n", title="Halifax ferry to Mill Cove will carry its first passengers next summer, city says", date="2025-11-04", page="""
skip-link|Skip to Main Content
skip-link|Accessibility Help
menu|PBC
menu|Menu
menu|Search
menu|Sign In
lang-switch|Français
menu|News
menu|Top Stories
menu|Local
menu|Climate
menu|World
menu|Canada
menu|Politics
menu|Indigenous
menu|Business
menu|Health
menu|Entertainment
menu|Science
menu|Video
menu|Podcasts
section-label|Nova Scotia
h1|Halifax ferry to Mill Cove will carry its first passengers next summer, city says
lead|New fast ferry will cut commute from Bedford to downtown to about 25 minutes
byline|Ryan MacIsaac · PBC News ·
dateline|Posted: Nov 04, 2025 5:00 AM AST | Last Updated: 2 hours ago
listen|Listen to this article
listen|Estimated 4 minutes
disclaimer|The audio version of this article is generated by text-to-speech, a technology based on artificial intelligence.
alt-text|A ferry crosses the harbour.
caption|Halifax Transit's new ferries are being built in Nova Scotia and will be larger than the current Alderney boats. (Mark Cormier/PBC)
share|Social Sharing
share|Facebook
share|X
share|Email
share|Reddit
share|LinkedIn
p|Commuters in Bedford will be able to take a ferry to downtown Halifax by next summer, according to a report going to regional council on Tuesday.
p|The new Mill Cove ferry service has been delayed several times since it was first proposed more than a decade ago. Staff now say the terminal will be ready in June 2026, with service beginning shortly after.
p|The crossing is expected to take about 25 minutes, compared with up to an hour by car or bus during rush hour.
p|"It's a real alternative to sitting on the Bedford Highway," said Coun. Janet Fougere, who represents the area. "People have been asking about this for years."
h2|Costs have grown
p|The project's budget has grown to $287 million, up from an estimate of $210 million in 2022. The report blames construction inflation and the cost of dredging near the new terminal.
p|The federal government has committed about $112 million through its public transit fund, and the province about $93 million.
p|Halifax Transit says three new fast ferries, each carrying up to 150 passengers, are being built at a shipyard in Meteghan.
h2|Parking and bus links
p|The terminal will include about 250 parking spaces and a new bus route connecting the ferry to Sackville and the Bedford Commons area.
p|Staff estimate the service will carry about 2,700 passengers a day once it's fully running.
signature|With files from Information Morning Nova Scotia
author-bio|ABOUT THE AUTHOR
author-bio|Ryan MacIsaac is a reporter with PBC Nova Scotia. He covers municipal politics and transportation. You can reach him at ryan.macisaac@pbc.ca.
related|RELATED STORIES
related|Halifax council approves $1B transit plan for next decade
related|Why the Bedford ferry took so long to get off the ground
comments|Comments
comments|To encourage thoughtful and respectful conversations, first and last names will appear with each submission to PBC/Radio-Publique's online communities (except in children and youth-oriented communities). Pseudonyms will no longer be permitted.
comments|By submitting a comment, you accept that PBC has the right to reproduce and publish that comment in whole or in part, in any manner PBC chooses.
comments|Join the conversation
comments|Create account
comments|Already have an account? Sign in
newsletter|Add some "good" to your morning and evening.
newsletter|A variety of newsletters you'll love, delivered straight to you.
newsletter|Sign up now
most-read|Popular Now in News
most-read|1 Man charged after crash that closed Highway 102 overnight
most-read|2 N.S. teachers' union reaches tentative deal with province
most-read|3 Halifax ferry to Mill Cove will carry its first passengers next summer, city says
most-read|4 What's open and closed on Remembrance Day in Halifax
most-read|5 Power outages expected as wind warning issued for much of N.S.
footer|PBC Nova Scotia
footer|Audience Relations, PBC
footer|P.O. Box 500 Station A, Toronto, ON, Canada, M5W 1E6
footer|Toll-free (Canada only): 1-866-306-4636
footer|Contact us  Submit a story tip  Weather  Traffic  Radio schedule
footer|Corporate Info  Public Appearances  Commercial Services  Reuse & Permission  Terms of Use  Privacy Policy  Accessibility  Jobs
footer|Our Unions  Independent Ombudsman  PBC's Journalistic Standards and Practices
copyright|©2025 PBC/Radio-Publique. All rights reserved.
lang-switch|Visitez RadioPublique.ca
"""),
 dict(id="cbc-style-local-2", site="cbc-style-local", lang="en", sep="\n", title="Lobster season opens in southwestern N.S. after two-day weather delay", date="2025-12-02", page="""
skip-link|Skip to Main Content
skip-link|Accessibility Help
menu|PBC
menu|Menu
menu|Search
menu|Sign In
lang-switch|Français
menu|News
menu|Top Stories
menu|Local
menu|Climate
menu|World
menu|Canada
menu|Politics
menu|Indigenous
menu|Business
menu|Health
menu|Entertainment
menu|Science
menu|Video
menu|Podcasts
section-label|Nova Scotia
h1|Lobster season opens in southwestern N.S. after two-day weather delay
lead|Hundreds of boats left wharves before dawn on Tuesday for 'Dumping Day'
byline|Colin Boudreau, Emma Duguay · PBC News ·
dateline|Posted: Dec 02, 2025 6:12 AM AST | Last Updated: December 2
listen|Listen to this article
listen|Estimated 3 minutes
disclaimer|The audio version of this article is generated by text-to-speech, a technology based on artificial intelligence.
video|WATCH | Boats loaded with traps leave Meteghan wharf:
video|Duration 1:58
video|Fishermen in southwestern Nova Scotia headed out Tuesday morning for the start of the most lucrative lobster season in Canada.
share|Social Sharing
share|Facebook
share|X
share|Email
share|Reddit
share|LinkedIn
p|Hundreds of fishing boats piled high with traps left wharves in southwestern Nova Scotia early Tuesday, as the region's lobster season finally got underway after a two-day delay caused by high winds.
p|The opening of lobster fishing areas 33 and 34, known locally as Dumping Day, was originally set for Sunday. Fisheries and Oceans Canada postponed it after consultations with industry on Saturday.
p|"It's the right call. Nobody wants to be out there with a full load of traps in 40-knot winds," said Kenny Doucette, who fishes out of Yarmouth.
alt-text|Boats loaded with lobster traps leave a wharf at sunrise.
caption|Boats loaded with traps leave the wharf in Meteghan, N.S., on Tuesday morning. (Danielle Arsenault/PBC)
p|The season runs until the end of May and accounts for roughly 40 per cent of Canada's lobster landings.
h2|Prices lower than last year
p|Buyers were offering fishermen about $7.50 a pound on Tuesday, down from more than $9 at the opening last year.
p|Industry observers say demand from China, a major market, has softened, while U.S. buyers remain cautious because of tariff uncertainty.
p|Fishermen also face rising costs for bait and fuel. Several told PBC News they expect a tighter year.
h2|Safety reminders
p|The Canadian Coast Guard and the Joint Rescue Coordination Centre in Halifax reminded crews to:
li|avoid overloading boats with traps;
li|wear a personal flotation device at all times on deck;
li|check that emergency beacons are registered and working.
p|Two fishermen died off southwestern Nova Scotia during the opening weeks of the season in 2023.
correction|Corrections and clarifications
correction|An earlier version of this story said the season opened on Monday. In fact, it opened on Tuesday.
author-bio|ABOUT THE AUTHOR
author-bio|Colin Boudreau is a reporter based in Yarmouth. He has covered fisheries and rural communities in southwestern Nova Scotia for more than 15 years.
related|RELATED STORIES
related|DFO delays opening of lobster season in southwestern N.S.
related|Lobster buyers warn of lower prices as U.S. tariffs loom
comments|Comments
comments|To encourage thoughtful and respectful conversations, first and last names will appear with each submission to PBC/Radio-Publique's online communities (except in children and youth-oriented communities). Pseudonyms will no longer be permitted.
comments|By submitting a comment, you accept that PBC has the right to reproduce and publish that comment in whole or in part, in any manner PBC chooses.
comments|Join the conversation
comments|Create account
comments|Already have an account? Sign in
newsletter|Add some "good" to your morning and evening.
newsletter|A variety of newsletters you'll love, delivered straight to you.
newsletter|Sign up now
most-read|Popular Now in News
most-read|1 Snowfall warning issued for Cape Breton, eastern mainland
most-read|2 Lobster season opens in southwestern N.S. after two-day weather delay
most-read|3 Province announces new family doctors for Truro clinic
most-read|4 Halifax Christmas tree lighting moved indoors
footer|PBC Nova Scotia
footer|Audience Relations, PBC
footer|P.O. Box 500 Station A, Toronto, ON, Canada, M5W 1E6
footer|Toll-free (Canada only): 1-866-306-4636
footer|Contact us  Submit a story tip  Weather  Traffic  Radio schedule
footer|Corporate Info  Public Appearances  Commercial Services  Reuse & Permission  Terms of Use  Privacy Policy  Accessibility  Jobs
footer|Our Unions  Independent Ombudsman  PBC's Journalistic Standards and Practices
copyright|©2025 PBC/Radio-Publique. All rights reserved.
lang-switch|Visitez RadioPublique.ca
"""),
]
