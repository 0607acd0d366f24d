# Round 25: eight pages on four more layouts (a Lebanese French-language daily, an English fact-checking site, a
# Senegalese ministry's news page, an Asian business wire republished on a finance portal), written blind: without
# looking at the classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no
# real article is copied.
ROUND25 = [
 dict(id="orient-jour-lb-1", site="orient-jour-lb", lang="fr", sep="\n", title="Transports : des bus publics relient de nouveau Beyrouth à Tripoli", date="2026-05-12", page="""
skip-link|Aller au contenu
lang-switch|FR  EN  عربي
timestamp|Mardi 12 mai 2026
weather|Beyrouth 24°
ticker|Dollar : 89 500 LL  |  Essence 95 : 1 452 000 LL  |  Mazout : 1 288 000 LL
login|Se connecter
subscribe|S'abonner
menu|LE MATIN DU LEVANT
menu|Liban
menu|Moyen-Orient
menu|Monde
menu|Économie
menu|Culture
menu|Sport
menu|Idées
menu|Podcasts
menu|Carnet
menu|Horoscope
breaking|DERNIÈRE MINUTE  Sud-Liban : une frappe de drone signalée près de Naqoura, selon l'ANI
breadcrumb|Accueil  >  Liban  >  Société
section-label|TRANSPORTS
h1|Transports : des bus publics relient de nouveau Beyrouth à Tripoli
lead|Après plus de cinq ans d'interruption, une ligne régulière de l'Office des chemins de fer et des transports en commun a repris lundi entre la capitale et le Nord. Ticket à 100 000 livres, départs toutes les heures.
byline|Par Nada KHOURY
dateline|le 12 mai 2026 à 00h00
reading-time|Lecture : 4 min
listen|Écouter cet article
listen|00:00 / 05:12
gift-article|Offrir cet article
share|Facebook
share|X
share|WhatsApp
share|Copier le lien
caption|Un des nouveaux bus de la ligne Beyrouth-Tripoli, lundi, à la station de Charles Helou.
credit|Photo Joseph E.
p|Il est 7 heures à la gare routière de Charles Helou, et une quinzaine de passagers attendent déjà devant le bus blanc et vert, encore luisant de sa première semaine de service. « Je n'y croyais pas quand ma fille me l'a montré sur Facebook », sourit Samira, 64 ans, qui rend visite chaque semaine à sa sœur à Tripoli.
p|Depuis lundi, l'Office des chemins de fer et des transports en commun (OCFTC) fait circuler quatorze bus sur la ligne côtière reliant Beyrouth à Tripoli, via Jounieh, Jbeil et Batroun. Les départs ont lieu toutes les heures, de 6 heures à 19 heures, dans les deux sens.
h2|Un ticket quatre fois moins cher
p|Le billet coûte 100 000 livres libanaises, soit un peu plus d'un dollar, quel que soit l'arrêt. À titre de comparaison, le trajet complet en van privé revient à au moins 400 000 livres, et bien plus en taxi-service.
p|« L'objectif n'est pas de concurrencer les chauffeurs privés, mais d'offrir une option à ceux qui ne peuvent plus payer », explique un responsable de l'office, qui a requis l'anonymat. Selon lui, la ligne a transporté près de 3 200 voyageurs lors de ses deux premiers jours.
read-also|Lire aussi : Au Liban, la voiture individuelle devient un luxe
p|Les véhicules proviennent d'un don étranger livré en 2022, resté en grande partie immobilisé faute de budget pour le carburant et l'entretien. Un financement international couvre désormais une partie des frais de fonctionnement pour deux ans.
ad|PUBLICITÉ
h2|Des inquiétudes sur la durée
p|Sur le terrain, les chauffeurs de vans ne cachent pas leur mécontentement. « Ils prennent nos clients à la station même », s'agace Bilal, qui fait la navette depuis douze ans. Un syndicat de transporteurs a demandé une réunion au ministère des Travaux publics.
p|D'autres s'interrogent sur la pérennité du service. Plusieurs lignes lancées ces dernières années dans le Grand Beyrouth ont été suspendues après quelques mois, faute de pièces détachées ou de chauffeurs, dont les salaires restent très bas.
p|Le ministère assure qu'une deuxième ligne, vers Saïda et Tyr, doit suivre avant la fin de l'été. Aucune date n'a toutefois été annoncée.
related|Pour mémoire
related|Les bus publics reprennent du service à Beyrouth, mais pour combien de temps ?
related|Transport : les prix des vans et taxis-services s'envolent à nouveau
tags|Transports  OCFTC  Tripoli  Beyrouth  Ministère des Travaux publics
comments|Commentaires (3)
comments|Les commentaires sont réservés aux abonnés.
comments|S'abonner  Se connecter
teaser-list|Les plus lus
teaser-list|1  Loyers : ce que change le nouveau barème pour les anciens baux
teaser-list|2  Examens officiels : le calendrier du brevet et du bac dévoilé
teaser-list|3  Le port de Beyrouth rouvre un terminal à conteneurs
teaser-list|4  Fête des Mères : les fleuristes misent sur les petits bouquets
teaser-list|5  Météo : premier coup de chaleur attendu jeudi
obituaries|Carnet
obituaries|Décès
obituaries|Georges Antoine HADDAD  –  Les funérailles auront lieu mercredi à 15h en l'église Saint-Nicolas, Achrafieh.
obituaries|Mme veuve Layla NASR  –  Condoléances jeudi et vendredi au domicile familial, Broummana.
obituaries|Voir tous les avis
newsletter|Recevez chaque matin l'essentiel de l'actualité libanaise
newsletter|Votre adresse e-mail
newsletter|Je m'inscris
app|Téléchargez l'application Le Matin du Levant
footer|Qui sommes-nous ?  Contact  Publicité  Conditions générales  Politique de confidentialité  Archives  Édition PDF
footer|Le Matin du Levant, immeuble Hajj, rue Monnot, Achrafieh, Beyrouth
copyright|© 2026 Le Matin du Levant. Tous droits réservés.
cookie|Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience. En poursuivant votre navigation, vous acceptez leur utilisation.
cookie|Paramétrer
cookie|Tout accepter
"""),
 dict(id="orient-jour-lb-2", site="orient-jour-lb", lang="fr", sep="\n", title="À Batroun, un premier salon du livre jeunesse fait le plein", date="2026-10-19", page="""
skip-link|Aller au contenu
lang-switch|FR  EN  عربي
timestamp|Lundi 19 octobre 2026
weather|Beyrouth 27°
ticker|Dollar : 89 500 LL  |  Essence 95 : 1 437 000 LL  |  Mazout : 1 301 000 LL
login|Se connecter
subscribe|S'abonner
menu|LE MATIN DU LEVANT
menu|Liban
menu|Moyen-Orient
menu|Monde
menu|Économie
menu|Culture
menu|Sport
menu|Idées
menu|Podcasts
menu|Carnet
menu|Horoscope
breadcrumb|Accueil  >  Culture  >  Livres
section-label|ÉVÉNEMENT
h1|À Batroun, un premier salon du livre jeunesse fait le plein
lead|Pendant trois jours, près de 9 000 visiteurs, en majorité des familles et des classes, ont arpenté les stands installés dans les vieux souks de la ville côtière.
byline|Par Karim ABI RACHED
dateline|le 19 octobre 2026 à 00h00
reading-time|Lecture : 3 min
listen|Écouter cet article
listen|00:00 / 03:48
gift-article|Offrir cet article
share|Facebook
share|X
share|WhatsApp
share|Copier le lien
caption|Des enfants lors d'un atelier d'illustration, samedi, dans le souk de Batroun.
credit|Photo Karim Abi Rached
paywall|Vous avez lu 2 de vos 3 articles gratuits ce mois-ci.
paywall|Abonnez-vous pour 1 $ le premier mois
p|On y entend parler trois langues, parfois dans la même phrase. Samedi après-midi, dans la cour d'une ancienne maison de négociants, une trentaine d'enfants écoutent une conteuse passer de l'arabe au français, avant de répondre en anglais à une question sur le loup de l'histoire.
p|Organisé par une association locale avec le soutien de la municipalité, le premier Salon du livre jeunesse de Batroun a réuni, du 16 au 18 octobre, vingt-six éditeurs et librairies venus de tout le pays. Les organisateurs, qui en espéraient 4 000, ont compté plus du double de visiteurs.
h2|Des livres à petits prix
p|La plupart des exposants ont joué le jeu des prix réduits. « Un album coûte aujourd'hui entre 8 et 15 dollars en librairie, c'est devenu inaccessible pour beaucoup de parents », rappelle Maya, libraire à Jbeil, qui proposait un stand de livres d'occasion à 2 dollars.
p|Les écoles publiques de la région avaient reçu des bons d'achat financés par des donateurs privés. Près de 1 200 élèves en ont profité, selon l'association.
p|Au programme également :
li|des ateliers d'illustration et de bande dessinée ;
li|des lectures bilingues par des auteurs libanais ;
li|une bourse d'échange de livres entre familles.
h2|Une deuxième édition déjà annoncée
p|Le président de la municipalité a annoncé que le salon reviendrait l'an prochain, sur quatre jours. « La ville vit du tourisme l'été ; nous voulons qu'elle vive aussi de la culture le reste de l'année », a-t-il déclaré lors de la clôture.
p|Plusieurs éditeurs ont toutefois souligné la difficulté de produire des livres pour enfants au Liban, où le prix du papier et de l'impression a fortement augmenté depuis la crise. Certains impriment désormais à Chypre ou en Jordanie.
read-also|Lire aussi : Lecture publique : les bibliothèques municipales face au manque de moyens
tags|Livres  Jeunesse  Batroun  Culture
comments|Commentaires (0)
comments|Les commentaires sont réservés aux abonnés.
comments|S'abonner  Se connecter
teaser-list|Les plus lus
teaser-list|1  Rentrée universitaire : les frais d'inscription en hausse à l'UL ?
teaser-list|2  Sud-Liban : la récolte des olives sous haute surveillance
teaser-list|3  Le festival de jazz de Beyrouth annonce ses têtes d'affiche
teaser-list|4  Coupures d'eau : les quartiers concernés cette semaine
teaser-list|5  Tennis : un Libanais en finale à Doha
obituaries|Carnet
obituaries|Décès
obituaries|Michel Joseph SFEIR  –  Les funérailles auront lieu mardi à 14h en l'église Mar Elias, Antélias.
obituaries|Voir tous les avis
newsletter|Recevez chaque matin l'essentiel de l'actualité libanaise
newsletter|Votre adresse e-mail
newsletter|Je m'inscris
app|Téléchargez l'application Le Matin du Levant
footer|Qui sommes-nous ?  Contact  Publicité  Conditions générales  Politique de confidentialité  Archives  Édition PDF
footer|Le Matin du Levant, immeuble Hajj, rue Monnot, Achrafieh, Beyrouth
copyright|© 2026 Le Matin du Levant. Tous droits réservés.
cookie|Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience. En poursuivant votre navigation, vous acceptez leur utilisation.
cookie|Paramétrer
cookie|Tout accepter
"""),
 dict(id="factcheck-hub-1", site="factcheck-hub", lang="en", sep="\n\n", title="No, Leeds council is not banning barbecues in back gardens", date="2026-06-18", page="""
skip-link|Skip to main content
menu|FactCheck Hub
menu|Independent. Non-partisan. Evidence first.
menu|Fact checks  Explainers  Health  Climate  Economy  Online  Elections  About us
search|Search fact checks
donate|Donate
tip|Send us a claim
breadcrumb|Home  /  Fact checks  /  Online
section-label|FACT CHECK
h1|No, Leeds council is not banning barbecues in back gardens
byline|By Priya Nandakumar
dateline|Published: 18 June 2026
rating|Rating: FALSE
section-label|What was claimed
p|Leeds City Council is introducing a ban on barbecues in private gardens this summer, with £1,000 fines for anyone caught using one.
section-label|Our verdict
p|False. The council has no such plan and has no power to ban barbecues on private property. The post appears to misread a consultation about disposable barbecues in parks.
methodology|How we rate claims: True · Mostly true · Missing context · Misleading · False. Read our rating guide
share|Share this fact check
share|Facebook
share|X
share|WhatsApp
share|Email
p|A post shared thousands of times on Facebook and X this week claims that Leeds City Council will ban barbecues in private gardens from July, and fine residents £1,000 if they ignore the rule.
p|This is not true. A council spokesperson told us there are "no plans whatsoever" to restrict barbecues in people's gardens, and that the authority would not have the legal power to do so.
alt-text|Screenshot of a social media post claiming a barbecue ban in Leeds
caption|The post has been shared more than 6,000 times since Sunday.
h2|Where did the claim come from?
p|Earlier this month the council opened a public consultation on whether to ban disposable barbecues in some of its parks and green spaces, following several grass fires last summer.
p|The proposal covers land owned and managed by the council only. It would not apply to gardens, private land, or to gas and charcoal barbecues used at home.
p|The consultation document does mention fines, but of up to £100 through a fixed penalty notice, not £1,000.
h2|Can councils ban barbecues at home?
p|Local authorities can act against smoke or smells that cause a "statutory nuisance" to neighbours, which in rare cases may involve repeated bonfires or barbecues. But that is a complaint-based process, not a general ban, and it has been in place for decades.
p|Some other councils in England have already restricted disposable barbecues in parks and on beaches. None, as far as we can find, has tried to ban them in private gardens.
h2|Sources
li|Leeds City Council, Consultation on disposable barbecues in parks and green spaces, June 2026
li|Environmental Protection Act 1990, section 79
li|Statement from Leeds City Council press office, 17 June 2026
correction|Correction policy: We aim to correct mistakes as quickly as possible. If you think we've got something wrong, contact us.
disclaimer|This fact check was produced as part of our partnership with social media platforms to reduce the spread of false information online. Our ratings are our own and are not influenced by our partners.
poll|Was this fact check useful?
poll|Yes  No
tip|Have you seen a claim you think we should check? Send it to us on WhatsApp or through our online form.
donate|Fact checking takes time. We're an independent charity, and we rely on readers like you. Donate today
teaser-list|More fact checks
teaser-list|MISLEADING
teaser-list|Viral chart on rising hay fever deaths uses the wrong data
teaser-list|16 June 2026
teaser-list|FALSE
teaser-list|No evidence that new smart meters can switch off your fridge
teaser-list|13 June 2026
teaser-list|MISSING CONTEXT
teaser-list|Yes, bus fares are rising, but the cap still applies in most of England
teaser-list|11 June 2026
newsletter|Get our weekly round-up of the claims you need to know about
newsletter|Sign up
footer|About  Our team  Funding  Methodology  Corrections  Contact  Privacy  Accessibility
footer|FactCheck Hub is a registered charity in England and Wales (no. 1180000) and a signatory of the International Fact-Checking Network's Code of Principles.
copyright|© FactCheck Hub 2026
"""),
 dict(id="factcheck-hub-2", site="factcheck-hub", lang="en", sep="\n\n", title="Have egg prices really doubled in a year?", date="2026-03-04", page="""
skip-link|Skip to main content
menu|FactCheck Hub
menu|Independent. Non-partisan. Evidence first.
menu|Fact checks  Explainers  Health  Climate  Economy  Online  Elections  About us
search|Search fact checks
donate|Donate
tip|Send us a claim
breadcrumb|Home  /  Fact checks  /  Economy
section-label|FACT CHECK
h1|Have egg prices really doubled in a year?
byline|By Tom Ashworth
dateline|Published: 4 March 2026
dateline|Updated: 5 March 2026
rating|Rating: MISLEADING
section-label|What was claimed
p|The price of a dozen eggs has doubled in the past year.
section-label|Our verdict
p|Misleading. Average egg prices have risen sharply, by around 28% according to official figures, but not doubled. Some individual products and shops have seen bigger rises.
methodology|How we rate claims: True · Mostly true · Missing context · Misleading · False. Read our rating guide
share|Share this fact check
share|Facebook
share|X
share|WhatsApp
share|Email
p|During a radio phone-in last week, a caller said that "a dozen eggs has doubled in price in a year", and the presenter agreed. A clip of the exchange has since been widely shared online.
p|Eggs have certainly become more expensive. But the best available figures show a rise of under a third over the past twelve months, not a doubling.
h2|What the official figures show
p|The Office for National Statistics publishes average prices for a range of everyday items as part of its inflation data. Its figure for a dozen large free-range eggs rose from £3.41 in January 2025 to £4.37 in January 2026.
p|That is an increase of 28%, far above overall food inflation over the same period, but well short of 100%.
p|Industry data on the price farmers receive for their eggs shows a similar picture, with prices up by about a quarter.
h2|Why some shoppers may feel otherwise
p|The average hides a lot of variation. We checked the prices of three common egg products at four big supermarkets, using archived versions of their websites. We found:
li|a pack of six value-range eggs that rose from 95p to £1.55, up 63%;
li|a dozen mixed-weight free-range eggs up between 19% and 34%, depending on the shop;
li|no product that had doubled in price over the year.
p|Several smaller shops have also reported higher rises, because they buy in smaller quantities and pay more per egg.
p|Producers blame higher feed and energy costs and outbreaks of bird flu, which have reduced the number of laying hens.
h2|Sources
li|Office for National Statistics, Shopping prices comparison tool, January 2026
li|Department for Environment, Food & Rural Affairs, Egg statistics, quarterly release, February 2026
li|FactCheck Hub analysis of archived supermarket web pages
correction|Update, 5 March 2026: This article was updated to add the figure for value-range eggs.
correction|Correction policy: We aim to correct mistakes as quickly as possible. If you think we've got something wrong, contact us.
disclaimer|This fact check was produced as part of our partnership with social media platforms to reduce the spread of false information online. Our ratings are our own and are not influenced by our partners.
poll|Was this fact check useful?
poll|Yes  No
tip|Have you seen a claim you think we should check? Send it to us on WhatsApp or through our online form.
donate|Fact checking takes time. We're an independent charity, and we rely on readers like you. Donate today
teaser-list|More fact checks
teaser-list|FALSE
teaser-list|Photo of "flooded motorway" was taken in 2019, not this week
teaser-list|3 March 2026
teaser-list|MOSTLY TRUE
teaser-list|Are NHS dentist waiting lists at a record high?
teaser-list|2 March 2026
teaser-list|MISSING CONTEXT
teaser-list|The truth about the "tax on savings" claim
teaser-list|27 February 2026
newsletter|Get our weekly round-up of the claims you need to know about
newsletter|Sign up
footer|About  Our team  Funding  Methodology  Corrections  Contact  Privacy  Accessibility
footer|FactCheck Hub is a registered charity in England and Wales (no. 1180000) and a signatory of the International Fact-Checking Network's Code of Principles.
copyright|© FactCheck Hub 2026
"""),
 dict(id="ministere-agri-sn-1", site="ministere-agri-sn", lang="fr", sep="\n", title="Campagne de commercialisation arachidière 2025-2026 : le prix au producteur fixé à 305 FCFA le kilogramme", date="2025-11-28", page="""
menu|République du Sénégal
menu|Un Peuple – Un But – Une Foi
menu|MINISTÈRE DE L'AGRICULTURE, DE L'ÉQUIPEMENT RURAL ET DE LA SOUVERAINETÉ ALIMENTAIRE
font|A-  A  A+
lang-switch|Français  English
search|Rechercher…
menu|Accueil
menu|Le Ministère
menu|Actualités
menu|Programmes et projets
menu|Documentation
menu|Appels d'offres
menu|Médiathèque
menu|Contact
ticker|À LA UNE : Recensement agricole 2026 : lancement de la phase pilote à Kaffrine  •  Distribution des intrants : la liste des commissions départementales publiée  •  Journée mondiale de l'alimentation : le Sénégal à l'honneur
breadcrumb|Accueil » Actualités » Communiqués
h1|Campagne de commercialisation arachidière 2025-2026 : le prix au producteur fixé à 305 FCFA le kilogramme
dateline|Publié le 28 novembre 2025
byline|Par Cellule de Communication
views|1 452 vues
share|Partager :  Facebook  X  WhatsApp  LinkedIn
p|Le Comité national interprofessionnel de l'arachide (CNIA) s'est réuni ce jeudi 27 novembre 2025 à Dakar, sous la présidence du Ministre de l'Agriculture, de l'Équipement rural et de la Souveraineté alimentaire, pour préparer la campagne de commercialisation arachidière 2025-2026.
p|À l'issue des travaux, le prix plancher au producteur a été fixé à 305 francs CFA le kilogramme, contre 280 francs lors de la campagne précédente.
caption|Le Ministre présidant la réunion du CNIA, jeudi à Dakar.
p|Le Ministre a rappelé que cette hausse répond à une demande forte des organisations de producteurs, confrontés à l'augmentation du coût des intrants et de la main-d'œuvre.
h2|Ouverture de la campagne le 5 décembre
p|La campagne de commercialisation sera officiellement ouverte le vendredi 5 décembre 2025 sur l'ensemble du territoire national. Les mesures suivantes ont été arrêtées :
li|la priorité d'achat est accordée aux huiliers et aux opérateurs semenciers agréés jusqu'au 31 janvier 2026 ;
li|les exportations de graines décortiquées sont soumises à une taxe de 40 francs CFA par kilogramme ;
li|les points de collecte devront afficher le prix plancher de manière visible ;
li|les peseurs devront utiliser des balances contrôlées par les services de la métrologie.
p|Le Ministre a insisté sur le respect du prix plancher, précisant que des équipes de contrôle seront déployées dans les principaux bassins de production, notamment Kaffrine, Kaolack, Fatick et Diourbel.
h2|Une production estimée à 1,5 million de tonnes
p|Selon les premières estimations de la Direction de l'Analyse, de la Prévision et des Statistiques agricoles, la production d'arachide de l'hivernage 2025 devrait avoisiner 1,5 million de tonnes, en légère hausse par rapport à l'année dernière.
p|Les représentants des producteurs ont salué la décision, tout en demandant que le paiement des récoltes se fasse sans délai. Les industriels ont pour leur part plaidé pour un meilleur accès au financement bancaire afin de constituer leurs stocks.
signature|La Cellule de Communication
pdf|Télécharger le communiqué (PDF – 312 Ko)
tags|Étiquettes : Arachide, Commercialisation, CNIA, Prix au producteur
nav|« Article précédent : Kaolack : remise de 60 décortiqueuses aux groupements de femmes
nav|Article suivant : Journée mondiale de l'alimentation 2025 : le Ministre appelle à consommer local »
related|Articles similaires
related|Semences certifiées : le dispositif de distribution pour l'hivernage 2026 présenté aux acteurs
related|Matam : visite des aménagements hydroagricoles de la vallée
event|Agenda du Ministre
event|02 déc. 2025 – Conseil interministériel sur la campagne agricole
event|05 déc. 2025 – Lancement officiel de la campagne arachidière, Kaffrine
tenders|Appels d'offres en cours
tenders|AAO n°2025-047 : Acquisition de matériel agricole au profit des coopératives – Date limite : 15/12/2025
tenders|AMI n°2025-012 : Recrutement d'un cabinet pour l'évaluation à mi-parcours du programme d'irrigation
tenders|Voir tous les avis
promo|Sénégal 2050 – Agenda national de transformation
links|Liens utiles
links|Présidence de la République
links|Primature
links|Secrétariat général du Gouvernement
links|ISRA
links|ANSD
contact|Numéro vert : 800 00 12 12 (appel gratuit)
footer|Ministère de l'Agriculture, de l'Équipement rural et de la Souveraineté alimentaire
footer|Building administratif Président Mamadou Dia, 2e étage – Dakar
footer|Tél. : +221 33 800 00 00 – Email : contact@maersa.gouv.sn
footer|Mentions légales  |  Plan du site  |  Accessibilité  |  FAQ
copyright|© 2025 MAERSA. Tous droits réservés.
updated|Dernière mise à jour : 28 novembre 2025
"""),
 dict(id="ministere-agri-sn-2", site="ministere-agri-sn", lang="fr", sep="\n", title="Anambé : le Ministre lance la campagne rizicole de contre-saison chaude", date="2026-02-17", page="""
menu|République du Sénégal
menu|Un Peuple – Un But – Une Foi
menu|MINISTÈRE DE L'AGRICULTURE, DE L'ÉQUIPEMENT RURAL ET DE LA SOUVERAINETÉ ALIMENTAIRE
font|A-  A  A+
lang-switch|Français  English
search|Rechercher…
menu|Accueil
menu|Le Ministère
menu|Actualités
menu|Programmes et projets
menu|Documentation
menu|Appels d'offres
menu|Médiathèque
menu|Contact
ticker|À LA UNE : Campagne arachidière : plus de 600 000 tonnes déjà collectées  •  Salon international de l'agriculture de Paris : le pavillon Sénégal inauguré  •  Recensement agricole 2026 : les agents recenseurs formés
breadcrumb|Accueil » Actualités » Activités du Ministre
h1|Anambé : le Ministre lance la campagne rizicole de contre-saison chaude
dateline|Publié le 17 février 2026
byline|Par Cellule de Communication
views|638 vues
share|Partager :  Facebook  X  WhatsApp  LinkedIn
dateline|Kounkané, 16 février 2026
p|Le Ministre de l'Agriculture, de l'Équipement rural et de la Souveraineté alimentaire a procédé, ce lundi 16 février 2026, au lancement de la campagne rizicole de contre-saison chaude dans le bassin de l'Anambé, dans la région de Kolda.
p|Accompagné du Gouverneur de la région et des responsables de la Société de développement agricole et industriel (SODAGRI), le Ministre a visité plusieurs parcelles déjà repiquées ainsi que la station de pompage de Kounkané, récemment réhabilitée.
video|Vidéo : Lancement de la campagne de contre-saison à l'Anambé (03:26)
p|Pour cette campagne, 6 500 hectares sont programmés, contre 4 200 l'année dernière. L'objectif est une production de plus de 35 000 tonnes de paddy.
h2|Des intrants subventionnés
p|Les producteurs bénéficient de semences certifiées et d'engrais subventionnés à hauteur de 50 %, ainsi que de la mise à disposition de tracteurs et de moissonneuses-batteuses par l'intermédiaire des unions de producteurs.
p|« L'Anambé doit redevenir un grenier à riz pour le Sud du pays », a déclaré le Ministre, qui a annoncé la réhabilitation de 18 kilomètres de canaux d'irrigation avant le prochain hivernage.
caption|Le Ministre échangeant avec des productrices de riz à Kounkané.
credit|© MAERSA / Cellule de Communication
h2|Les préoccupations des producteurs
p|Les représentants des producteurs ont fait part de plusieurs difficultés, notamment le coût de l'électricité pour le pompage, l'enherbement des parcelles et le manque de magasins de stockage.
p|Ils ont également demandé un meilleur encadrement de la commercialisation du paddy, afin d'éviter la vente à bas prix au moment des récoltes.
p|En réponse, le Ministre a assuré que l'État poursuivra l'achat du riz local à un prix garanti et que des discussions sont en cours avec la société nationale d'électricité pour un tarif adapté aux stations de pompage agricoles.
signature|La Cellule de Communication
tags|Étiquettes : Riz, Anambé, SODAGRI, Kolda, Contre-saison
nav|« Article précédent : Campagne arachidière : plus de 600 000 tonnes déjà collectées
nav|Article suivant : Podor : remise de motopompes aux jeunes maraîchers »
related|Articles similaires
related|Vallée du fleuve Sénégal : 40 000 hectares emblavés pour la contre-saison
related|Souveraineté alimentaire : le programme riz 2026-2030 validé
event|Agenda du Ministre
event|19 févr. 2026 – Revue annuelle conjointe du secteur agricole, Dakar
event|24 févr. 2026 – Salon international de l'agriculture, Paris
tenders|Appels d'offres en cours
tenders|AAO n°2026-006 : Réhabilitation de canaux d'irrigation dans le bassin de l'Anambé – Date limite : 20/03/2026
tenders|Voir tous les avis
promo|Sénégal 2050 – Agenda national de transformation
links|Liens utiles
links|Présidence de la République
links|Primature
links|Secrétariat général du Gouvernement
links|ISRA
links|ANSD
contact|Numéro vert : 800 00 12 12 (appel gratuit)
footer|Ministère de l'Agriculture, de l'Équipement rural et de la Souveraineté alimentaire
footer|Building administratif Président Mamadou Dia, 2e étage – Dakar
footer|Tél. : +221 33 800 00 00 – Email : contact@maersa.gouv.sn
footer|Mentions légales  |  Plan du site  |  Accessibilité  |  FAQ
copyright|© 2026 MAERSA. Tous droits réservés.
updated|Dernière mise à jour : 17 février 2026
"""),
 dict(id="bizwire-asia-1", site="bizwire-asia", lang="en", sep="\n\n", title="Grocery app Pasarly posts first quarterly profit as orders climb", date="2026-08-06", page="""
skip-link|Skip to navigation
skip-link|Skip to main content
skip-link|Skip to right column
menu|Nexus
menu|Home  Mail  News  Finance  Sport  Weather  Lifestyle
search|Search for news, symbols or companies
login|Sign in
menu|Finance
menu|My portfolio  Markets  Stocks  Crypto  Personal finance  Videos
ticker|Nikkei 225  42,180.55  +0.62%   Hang Seng  24,904.12  -0.35%   STI  4,212.30  +0.18%   USD/SGD  1.2841
provider|Asia BizWire
provider|Follow
h1|Grocery app Pasarly posts first quarterly profit as orders climb
byline|Mei Ling Tan
dateline|Thu, 6 August 2026 at 2:14 pm GMT+8
reading-time|3 min read
quotes|In this article:
quotes|PSRL.SI  +6.84%
quotes|GRAB  +1.12%
section-label|Summary
li|Second-quarter net profit of $4.2 million vs loss a year ago
li|Orders up 31% on year, average basket size rises
li|Shares jump nearly 7% in Singapore
dateline|SINGAPORE, Aug 6 (Asia BizWire) -
p|Singapore-listed grocery delivery company Pasarly reported its first quarterly profit on Thursday, helped by a jump in orders in Indonesia and the Philippines and lower delivery costs.
p|Net profit for the April-June quarter was $4.2 million, compared with a loss of $11.6 million a year earlier. Revenue rose 24% to $187 million.
ad|Advertisement
p|The company, which delivers fresh produce and household goods in five Southeast Asian countries, said the number of orders rose 31% from a year earlier, while the average basket size grew by 8%.
p|"We have shown that quick commerce can be profitable without cutting corners for customers," chief executive Ananda Wirawan told analysts on a call.
read-more|Story continues
p|Pasarly has closed about a fifth of its small urban warehouses over the past 18 months, concentrating deliveries in larger sites that serve several districts. It has also increased the share of its own-brand products, which carry higher margins.
p|Shares of the company rose as much as 6.8% in Singapore trade, their biggest intraday gain in four months, before paring some gains.
p|Analysts said the results were better than expected but warned that competition from larger ride-hailing and e-commerce groups, which have expanded their grocery services, could squeeze margins in the second half.
p|Pasarly kept its full-year revenue forecast of $720 million to $760 million unchanged.
signature|(Reporting by Mei Ling Tan; Editing by Rahul Menon)
tags|Pasarly  Singapore  e-commerce  earnings
terms|Terms and Privacy Policy
terms|Privacy dashboard
comments|View comments
teaser-list|Recommended stories
teaser-list|Asia BizWire
teaser-list|Malaysia's central bank holds rates, flags softer exports
teaser-list|2 hours ago
teaser-list|Motley Views
teaser-list|3 Asian dividend stocks to watch this month
teaser-list|5 hours ago
teaser-list|Asia BizWire
teaser-list|Vietnam's rice exports hit seven-month high in July
teaser-list|Yesterday
quotes|Trending tickers
quotes|9984.T  SoftBank Group Corp.  -2.14%
quotes|D05.SI  DBS Group Holdings Ltd  +0.46%
quotes|0700.HK  Tencent Holdings Ltd  +0.91%
footer|About  Help  Feedback  Sitemap  Advertise  Careers  Terms  Privacy  Your privacy choices
disclaimer|Quotes delayed at least 15 minutes. Market data provided by third parties. Nexus Finance does not give investment advice.
copyright|© 2026 Nexus Media Ltd. All rights reserved.
cookie|We, Nexus, are part of the Nexus family of brands. We and our partners use cookies and similar technologies to store and access information on your device.
cookie|Accept all  Reject all  Manage privacy settings
"""),
 dict(id="bizwire-asia-2", site="bizwire-asia", lang="en", sep="\n\n", title="Japan's convenience stores raise rice ball prices as rice costs bite", date="2026-09-02", page="""
skip-link|Skip to navigation
skip-link|Skip to main content
skip-link|Skip to right column
menu|Nexus
menu|Home  Mail  News  Finance  Sport  Weather  Lifestyle
search|Search for news, symbols or companies
login|Sign in
menu|Finance
menu|My portfolio  Markets  Stocks  Crypto  Personal finance  Videos
ticker|Nikkei 225  41,566.02  -0.88%   Hang Seng  25,310.77  +0.21%   STI  4,198.64  -0.07%   USD/JPY  146.92
provider|Asia BizWire
provider|Follow
h1|Japan's convenience stores raise rice ball prices as rice costs bite
byline|Kenji Morimoto and Aya Fujita
dateline|Wed, 2 September 2026 at 11:05 am GMT+9
reading-time|2 min read
quotes|In this article:
quotes|3382.T  -0.41%
quotes|2651.T  +0.27%
video|Video: Why is rice so expensive in Japan? (1:58)
dateline|TOKYO, Sept 2 (Asia BizWire) -
p|Japan's biggest convenience store chains will raise the price of onigiri rice balls by up to 10% from October, the latest sign of how a prolonged jump in rice costs is feeding through to everyday food.
p|The chains, which sell millions of rice balls a day, said the rises would apply to most of their standard range. A basic salmon onigiri will cost around 198 yen including tax, up from 180 yen.
ad|Advertisement
p|Retail rice prices in Japan have stayed close to record highs for much of the past two years, after a poor harvest, rising demand from tourists and low stocks pushed up wholesale costs.
p|"We have absorbed as much as we could, but rice is now more than half of the ingredient cost of a rice ball," an executive at one of the chains said, declining to be named as the decision had not been formally announced.
read-more|Story continues
p|The government has released stockpiled rice several times to cool prices and has promised to raise production, but supermarket prices of a 5-kg bag remain well above levels seen before 2024.
p|Economists say food costs are a key reason core inflation in Japan has stayed above the central bank's 2% target, putting pressure on household budgets even as wages rise.
p|Some chains are trying to soften the impact by launching smaller, cheaper rice balls and offering more bread-based products.
signature|(Reporting by Kenji Morimoto and Aya Fujita; Editing by Simon Clarke)
tags|Japan  rice  inflation  retail
terms|Terms and Privacy Policy
terms|Privacy dashboard
comments|View comments
teaser-list|Recommended stories
teaser-list|Asia BizWire
teaser-list|Bank of Japan's Ueda says will watch food prices closely
teaser-list|1 hour ago
teaser-list|Motley Views
teaser-list|Is it time to buy Japanese retail stocks?
teaser-list|6 hours ago
teaser-list|Asia BizWire
teaser-list|Thai baht slips as exports disappoint
teaser-list|Yesterday
quotes|Trending tickers
quotes|7203.T  Toyota Motor Corp.  -0.52%
quotes|6758.T  Sony Group Corp.  +1.38%
quotes|2330.TW  Taiwan Semiconductor Manufacturing  +0.74%
footer|About  Help  Feedback  Sitemap  Advertise  Careers  Terms  Privacy  Your privacy choices
disclaimer|Quotes delayed at least 15 minutes. Market data provided by third parties. Nexus Finance does not give investment advice.
copyright|© 2026 Nexus Media Ltd. All rights reserved.
cookie|We, Nexus, are part of the Nexus family of brands. We and our partners use cookies and similar technologies to store and access information on your device.
cookie|Accept all  Reject all  Manage privacy settings
"""),
]
