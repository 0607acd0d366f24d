# Round 23: eight pages on four more layouts (an Ivorian daily news portal, a Gulf-based business news site, a French
# regional daily of a big press group with a live local-news ticker, a South African university-town community news
# site), written blind: without looking at the classifier, its rules or the benchmark, measured once.
# Each line: "label|text". Invented text; no real article is copied.
ROUND23 = [
 dict(id="ivoire-matin-1", site="ivoire-matin", lang="fr", sep="\n", title="Abidjan : le prix du manioc s’envole, l’attiéké se vend plus cher sur les marchés", date="2026-10-27", page="""
timestamp|Mardi 27 octobre 2026
weather|Abidjan 30°C – Averses orageuses
ticker|1 € = 655,957 FCFA  •  1 $ = 563,40 FCFA  •  BRVM Composite 318,42 (+0,37 %)
login|Connexion  |  S’abonner
menu|IVOIRE MATIN
menu|Le quotidien de tous les Ivoiriens
menu|ACCUEIL  POLITIQUE  ÉCONOMIE  SOCIÉTÉ  RÉGIONS  SPORT  CULTURE  INTERNATIONAL  VIDÉOS  ANNONCES LÉGALES
breaking|FLASH INFO : Bac 2026, session de remplacement : les résultats disponibles à partir de jeudi sur le site de la DECO
ad|PUBLICITÉ
ad|WaliPay – Payez vos factures CIE et SODECI sans frais jusqu’au 31 octobre. Composez #144#
breadcrumb|Accueil » Économie » Consommation
section-label|ÉCONOMIE
h1|Abidjan : le prix du manioc s’envole, l’attiéké se vend plus cher sur les marchés
dateline|Publié le 27/10/2026 à 08:12
byline|Par Adjoua Bernadette Yao
views|1 842 vues
share|Partager :  Facebook  WhatsApp  X  LinkedIn  E-mail
caption|Une vendeuse d’attiéké au marché d’Adjamé, lundi. Les prix ont augmenté de près d’un tiers en deux mois.
credit|(Photo : Ivoire Matin / S. Konan)
lead|Sur les marchés d’Abidjan, le prix du manioc a presque doublé en deux mois. Conséquence directe : l’attiéké, plat incontournable des ménages, se vend plus cher, ou en portions plus petites.
p|Au grand marché d’Adjamé, lundi matin, les sacs de manioc se faisaient rares. « Le sac de 100 kilos qu’on payait 12 000 francs en août est à 22 000 francs aujourd’hui », constate Awa Touré, grossiste depuis quinze ans.
p|Chez les transformatrices, la hausse se répercute immédiatement. À Yopougon, plusieurs productrices d’attiéké ont réduit leur activité faute de matière première. « Je faisais quatre sacs par jour, maintenant j’en fais deux », témoigne Marie-Claire Kouassi, qui emploie six femmes dans sa cour.
p|Pour le consommateur, la différence se voit dans l’assiette. La portion de 100 francs a fondu, et de nombreuses vendeuses ont tout simplement supprimé les plus petits sachets.
read-also|Lire aussi : Cherté de la vie : le gouvernement reconduit le plafonnement des prix de douze produits de grande consommation
h2|Des pluies tardives et des pistes abîmées
p|Selon les acteurs de la filière, plusieurs facteurs se conjuguent. Les pluies tardives ont retardé les récoltes dans les zones de production du Sud et du Centre, notamment autour de Dabou, Tiassalé et Toumodi.
p|À cela s’ajoute l’état de certaines pistes rurales, rendues impraticables par les dernières averses. « Les camions restent bloqués deux ou trois jours. Le transport a augmenté et c’est le client qui paie à la fin », explique un transporteur rencontré à la gare de marchandises d’Adjamé.
ad|PUBLICITÉ
p|Un responsable du ministère du Commerce, joint par téléphone, assure que la situation est « conjoncturelle » et que les prix devraient se détendre avec l’arrivée des nouvelles récoltes en décembre. Des contrôles sont par ailleurs annoncés sur les marchés pour sanctionner la spéculation.
h2|Les ménages s’adaptent
p|En attendant, les familles font leurs calculs. Certaines se tournent vers le riz local ou l’igname, d’autres achètent l’attiéké en gros en début de semaine pour limiter la dépense.
p|« Avec 1 000 francs, je ne peux plus nourrir mes quatre enfants le soir comme avant », soupire Henriette, ménagère à Abobo. « On mange, mais on mange moins. »
signature|A.B.Y.
tags|Mots-clés :  Attiéké  Manioc  Cherté de la vie  Marchés  Abidjan
social|📲 Rejoignez la chaîne WhatsApp d’Ivoire Matin pour ne rien manquer de l’actualité
comments|Réagir à cet article (4)
comments|Koffi D. – 27/10/2026 à 10:41
comments|Même à Yopougon c’est pareil, le sachet de 200 F est devenu petit petit. Il faut que l’État regarde ça.
comments|Répondre
comments|Aminata S. – 27/10/2026 à 11:05
comments|Les routes de Tiassalé là, c’est le vrai problème.
comments|Répondre
comments|Laisser un commentaire
comments|Votre nom
comments|Votre e-mail (ne sera pas publié)
comments|Envoyer
teaser-list|Dans la même rubrique
teaser-list|Port autonome d’Abidjan : le trafic conteneurs en hausse de 9 % au troisième trimestre
teaser-list|Il y a 5 heures
teaser-list|Cacao : les producteurs de la Nawa attendent toujours le paiement des primes
teaser-list|Il y a 1 jour
teaser-list|Électricité : la CIE annonce des coupures programmées à Cocody et Bingerville
teaser-list|Il y a 2 jours
teaser-list|LES PLUS LUS
teaser-list|1. Concours directs de la fonction publique 2026 : la liste des admis
teaser-list|2. Ligue 1 : l’ASEC s’impose dans le derby face à l’Africa
teaser-list|3. Yamoussoukro : un pont effondré coupe la route de Bouaflé
teaser-list|4. Santé : une campagne de dépistage gratuit du diabète à Treichville
obituary|NÉCROLOGIE
obituary|Avis de décès – Les familles Kouadio, N’Dri et alliées ont la profonde douleur de vous annoncer le décès de M. Kouadio N’Dri Jérôme, instituteur à la retraite…
obituary|Remerciements – Famille Bamba Lassina
obituary|Voir tous les avis
jobs|OFFRES D’EMPLOI : Une société de la place recrute un comptable confirmé (Bac+4) – Dépôt des dossiers avant le 10 novembre
subscribe|Lisez Ivoire Matin en version numérique : l’édition du jour dès 6 heures, à partir de 3 000 F CFA par mois. Je m’abonne
social|Suivez-nous : Facebook | X | Instagram | YouTube | TikTok
footer|À propos  |  Nous contacter  |  Publicité  |  Mentions légales  |  Politique de confidentialité
footer|Ivoire Matin – Société Ivoirienne de Presse et d’Édition (SIPE) – Abidjan-Plateau, 01 BP 1234 Abidjan 01 – Tél. : +225 27 20 00 00 00
copyright|© 2026 Ivoire Matin. Tous droits réservés. Reproduction interdite sans autorisation écrite.
"""),
 dict(id="ivoire-matin-2", site="ivoire-matin", lang="fr", sep="\n", title="Bouaké : le CHU inaugure une unité d’hémodialyse de vingt postes", date="2026-11-09", page="""
timestamp|Lundi 9 novembre 2026
weather|Abidjan 31°C – Partiellement nuageux
ticker|1 € = 655,957 FCFA  •  1 $ = 566,12 FCFA  •  BRVM Composite 320,05 (-0,12 %)
login|Connexion  |  S’abonner
menu|IVOIRE MATIN
menu|Le quotidien de tous les Ivoiriens
menu|ACCUEIL  POLITIQUE  ÉCONOMIE  SOCIÉTÉ  RÉGIONS  SPORT  CULTURE  INTERNATIONAL  VIDÉOS  ANNONCES LÉGALES
breaking|FLASH INFO : Éliminatoires CAN : la liste des 26 Éléphants dévoilée ce lundi à 15 heures
ad|PUBLICITÉ
ad|WaliPay – Payez vos factures CIE et SODECI sans frais. Composez #144#
breadcrumb|Accueil » Régions » Gbêkê
section-label|RÉGIONS
h1|Bouaké : le CHU inaugure une unité d’hémodialyse de vingt postes
dateline|Publié le 09/11/2026 à 07:45
byline|Par Ouattara Mamadou
byline|Correspondant régional
views|964 vues
share|Partager :  Facebook  WhatsApp  X  LinkedIn  E-mail
alt-text|Inauguration unité hémodialyse CHU Bouaké
caption|Le ministre de la Santé coupant le ruban symbolique, samedi, en présence des autorités de la région.
credit|(Photo : DR)
lead|Les malades insuffisants rénaux de la région du Gbêkê n’auront plus à parcourir près de 350 kilomètres pour leurs séances de dialyse. Le CHU de Bouaké a mis en service, samedi, une unité de vingt générateurs.
dateline|Bouaké, le 8 novembre 2026 –
p|La cérémonie s’est tenue en présence du ministre de la Santé, du préfet de région et de nombreux responsables sanitaires. Pour beaucoup de malades présents, c’est la fin d’un long calvaire.
p|« Trois fois par semaine, je prenais le car pour Abidjan. Je dépensais tout ce que j’avais dans le transport », raconte Sékou Koné, 54 ans, dialysé depuis deux ans.
h2|Ce que comprend la nouvelle unité
p|D’un coût de 2,8 milliards de francs CFA, le bâtiment comprend :
li|vingt postes d’hémodialyse, dont deux réservés aux urgences ;
li|une station de traitement d’eau ;
li|une salle de consultation de néphrologie et un laboratoire d’analyses ;
li|un espace d’attente pour les accompagnants.
p|L’unité pourra prendre en charge jusqu’à 120 patients par semaine. Douze infirmiers et trois néphrologues ont été affectés au service, après une formation de six mois à Abidjan.
ad|PUBLICITÉ
p|Dans son allocution, le ministre a rappelé que la séance de dialyse reste subventionnée dans les structures publiques. Il a annoncé l’ouverture de centres similaires à Korhogo et à San-Pedro d’ici à la fin de l’année prochaine.
read-also|Lire aussi : Santé : 45 nouveaux médecins spécialistes affectés dans les régions du Nord
h2|Le défi de la maintenance
p|Le directeur général du CHU a, pour sa part, insisté sur l’entretien des équipements. « Un générateur en panne, ce sont des malades qui attendent. Nous avons signé un contrat de maintenance de cinq ans avec le fournisseur », a-t-il précisé.
p|Les premières séances débutent ce lundi. Les patients déjà suivis à Abidjan peuvent demander leur transfert auprès du service de néphrologie du CHU.
signature|O.M.
tags|Mots-clés :  Bouaké  CHU  Santé  Dialyse  Gbêkê
social|📲 Rejoignez la chaîne WhatsApp d’Ivoire Matin pour ne rien manquer de l’actualité
comments|Réagir à cet article (0)
comments|Soyez le premier à réagir.
comments|Laisser un commentaire
comments|Votre nom
comments|Votre e-mail (ne sera pas publié)
comments|Envoyer
teaser-list|Dans la même rubrique
teaser-list|Korhogo : les producteurs d’anacarde réclament un nouveau magasin de stockage
teaser-list|Il y a 3 heures
teaser-list|San-Pedro : la nouvelle voie de contournement ouverte à la circulation
teaser-list|Il y a 2 jours
teaser-list|LES PLUS LUS
teaser-list|1. Éliminatoires CAN : trois nouveaux venus chez les Éléphants ?
teaser-list|2. Abidjan : le prix du manioc s’envole, l’attiéké se vend plus cher sur les marchés
teaser-list|3. Fonction publique : le calendrier de paie de novembre publié
teaser-list|4. Man : la fête des masques attire des milliers de visiteurs
obituary|NÉCROLOGIE
obituary|Avis de décès – La grande famille Gnagne, à Dabou, Abidjan et en France, a le regret de vous annoncer le décès de Mme Gnagne née Akré Pauline…
obituary|Avis de décès – Famille Diomandé Vakaba
obituary|Voir tous les avis
jobs|OFFRES D’EMPLOI : Une ONG internationale recrute des chargés de suivi-évaluation à Bouaké et Korhogo – Date limite : 20 novembre
subscribe|Lisez Ivoire Matin en version numérique : l’édition du jour dès 6 heures, à partir de 3 000 F CFA par mois. Je m’abonne
social|Suivez-nous : Facebook | X | Instagram | YouTube | TikTok
footer|À propos  |  Nous contacter  |  Publicité  |  Mentions légales  |  Politique de confidentialité
footer|Ivoire Matin – Société Ivoirienne de Presse et d’Édition (SIPE) – Abidjan-Plateau, 01 BP 1234 Abidjan 01 – Tél. : +225 27 20 00 00 00
copyright|© 2026 Ivoire Matin. Tous droits réservés. Reproduction interdite sans autorisation écrite.
"""),
 dict(id="gulf-business-daily-1", site="gulf-business-daily", lang="en", sep="\n\n", title="Dubai villa rents climb 11% as families chase space, report shows", date="2026-11-17", page="""
ticker|DFM 5,412.30 ▲0.42%   ADX 9,876.15 ▼0.11%   TASI 11,904.62 ▲0.27%   QE 10,512.08 ▲0.05%   Brent $71.84   Gold $3,612.40   USD/AED 3.6725
timestamp|Tuesday, November 17, 2026
lang-switch|English  |  عربي
menu|GULF BUSINESS DAILY
login|Subscribe   Sign in
menu|Home  Economy  Markets  Companies  Real Estate  Energy  Banking & Finance  Aviation  Tech  Opinion  Events  Videos
search|Search
breadcrumb|Home / Real Estate / UAE
section-label|REAL ESTATE
h1|Dubai villa rents climb 11% as families chase space, report shows
lead|Apartment rents rose more slowly in the third quarter, but demand for villas in established communities shows no sign of cooling, according to a property consultancy.
byline|Rahul Menon
byline|Senior Reporter, Dubai
dateline|Published: Tue 17 Nov 2026, 9:48 AM
dateline|Last updated: Tue 17 Nov 2026, 11:05 AM
listen|Listen to this article
listen|00:00 / 04:12
share|Share:  Facebook  X  LinkedIn  WhatsApp  Email
font|A+  A-
caption|Villas in one of Dubai's older gated communities. Average villa rents rose almost twice as fast as apartment rents in the third quarter.
credit|Photo: GBD Archive
p|Average villa rents in Dubai rose 11 per cent year on year in the third quarter, nearly double the 6 per cent increase recorded for apartments, according to a report published on Monday by property consultancy Harbourline Advisory.
p|The gap reflects strong demand from families moving to the emirate, many of whom are looking for gardens and extra bedrooms, while new villa supply has been concentrated in off-plan projects that will not be handed over before 2028.
p|"We are seeing a two-speed market," said Nadia Farouk, head of research at Harbourline. "Apartment rents are stabilising as new buildings are completed, but in mature villa communities there is simply not enough stock."
ad|ADVERTISEMENT
read-also|ALSO READ: Abu Dhabi off-plan sales hit quarterly record as overseas buyers return
h2|Apartments level off
p|More than 38,000 apartments were handed over in Dubai in the first nine months of the year, the highest figure in seven years, the report said. In several districts with large amounts of new supply, average asking rents were flat or slightly down compared with the previous quarter.
p|Landlords are also offering more flexibility, brokers say, with some accepting four or six cheques a year instead of one or two.
h2|What tenants are paying
p|The report's average annual rents for the third quarter were:
li|one-bedroom apartment: Dh92,000
li|two-bedroom apartment: Dh138,000
li|three-bedroom villa: Dh265,000
li|four-bedroom villa: Dh340,000
p|Increases on renewals remain capped by the emirate's rental index, which limits what landlords can charge existing tenants. Analysts say this has widened the gap between what long-standing tenants pay and the asking rents quoted to newcomers.
ad|ADVERTISEMENT
p|Harbourline expects villa rents to rise by a further 5 to 8 per cent next year, while apartment rents could stay broadly flat as another 40,000 units are due for completion.
tags|Topics:  Dubai  Rents  Property  Real Estate  UAE Economy
newsletter|GBD Morning Brief
newsletter|The five stories that move Gulf markets, in your inbox before 7am.
newsletter|Enter your email address
newsletter|Sign up
newsletter|By signing up, you agree to our Privacy Policy and Terms of Use.
teaser-list|Most Read
teaser-list|1  Saudi Arabia's non-oil PMI hits 18-month high
teaser-list|2  Emirates orders 30 more wide-body jets at Dubai Airshow
teaser-list|3  Qatar's LNG expansion: first cargo from new trains expected in spring
teaser-list|4  UAE banks' lending growth slows in October
teaser-list|5  Gold jewellery sales drop as prices stay near record
sponsored|Partner Content
sponsored|In association with Ardent Wealth: Why Gulf family offices are rethinking private credit
sponsored|Sponsored: Five things to know before buying your first off-plan home
teaser-list|More from Real Estate
teaser-list|Sharjah launches freehold zone for foreign buyers
teaser-list|Nov 16, 2026
teaser-list|Riyadh office occupancy reaches 98%, pushing rents higher
teaser-list|Nov 14, 2026
app|Get the GBD app   Download on the App Store   Get it on Google Play
social|Follow us:  X  LinkedIn  Instagram  YouTube
footer|About Us   Contact Us   Advertise   Careers   Terms of Use   Privacy Policy   Cookie Policy   Sitemap
footer|Gulf Business Daily is published by Meridian Media FZ-LLC, Dubai Media City, Dubai, United Arab Emirates. Licensed by the UAE Media Council.
copyright|© 2026 Gulf Business Daily. All rights reserved.
cookie|We use cookies to give you the best experience on our website, to analyse traffic and to show you relevant ads. You can manage your preferences at any time.
cookie|Accept all   Reject non-essential   Manage preferences
"""),
 dict(id="gulf-business-daily-2", site="gulf-business-daily", lang="en", sep="\n\n", title="Bahraini cloud kitchen start-up Tabkha raises $14m to expand into Saudi Arabia", date="2026-11-24", page="""
ticker|DFM 5,398.77 ▼0.25%   ADX 9,901.42 ▲0.26%   TASI 11,860.10 ▼0.37%   QE 10,498.55 ▼0.13%   Brent $70.92   Gold $3,640.15   USD/AED 3.6725
timestamp|Tuesday, November 24, 2026
lang-switch|English  |  عربي
menu|GULF BUSINESS DAILY
login|Subscribe   Sign in
menu|Home  Economy  Markets  Companies  Real Estate  Energy  Banking & Finance  Aviation  Tech  Opinion  Events  Videos
search|Search
paywall|You have 2 free articles left this month. Subscribe for unlimited access from $4.99 a month.
breadcrumb|Home / Companies / Start-ups
section-label|START-UPS
h1|Bahraini cloud kitchen start-up Tabkha raises $14m to expand into Saudi Arabia
lead|The delivery-only kitchen operator plans 18 sites in three Saudi cities by the end of 2027.
byline|Sara Al Mahmood
byline|Staff Writer
dateline|Published: Tue 24 Nov 2026, 2:15 PM
listen|Listen to this article
listen|00:00 / 03:38
share|Share:  Facebook  X  LinkedIn  WhatsApp  Email
font|A+  A-
section-label|KEY POINTS
li|Tabkha raised $14 million in a Series A round led by a Riyadh-based venture fund
li|The company plans to open 18 kitchens in Riyadh, Jeddah and Dammam by the end of 2027
li|Revenue grew 70% last year, the company says, although it is not yet profitable
caption|Tabkha co-founders Deepa Raghavan and Yousif Janahi at the company's kitchen in Sitra.
credit|Photo: Supplied
p|Tabkha, a Bahrain-based company that runs shared "dark" kitchens for restaurant brands, has raised $14 million to expand into Saudi Arabia, its founders said on Tuesday.
p|The Series A round was led by Najd Ventures, a Riyadh-based fund, with participation from existing investors including a Manama family office. The company did not disclose its valuation.
p|Founded in 2021 by Yousif Janahi and Deepa Raghavan, Tabkha operates nine sites in Bahrain and Kuwait, each housing between six and twelve restaurant brands that sell only through delivery apps.
ad|ADVERTISEMENT
h2|Why Saudi Arabia
p|"Saudi Arabia is where the volume is," Raghavan, the chief executive, told Gulf Business Daily. "Delivery orders in Riyadh alone are several times the size of the whole Bahraini market."
p|The company plans to open 18 kitchens in Riyadh, Jeddah and Dammam by the end of 2027, creating around 400 jobs. It will also rent kitchen space to Saudi food brands that want to test new neighbourhoods without the cost of opening a full restaurant.
read-also|ALSO READ: Saudi food delivery orders jump 22% as app competition heats up
p|The cloud kitchen model went through a difficult period after the pandemic, when several regional operators closed sites as diners returned to restaurants. Raghavan said Tabkha had survived by keeping its kitchens small and charging brands a share of sales rather than a fixed rent.
h2|Path to profit
p|Revenue rose 70 per cent last year, according to the company, although it remains loss-making. Janahi said the business expected to break even in Bahrain next year and across the group in 2028.
p|"We are not chasing growth at any cost anymore. Investors want to see that each kitchen makes money on its own," he said.
signature|With additional reporting by Omar Haddad in Riyadh
tags|Topics:  Bahrain  Saudi Arabia  Start-ups  Venture Capital  Food Delivery
newsletter|GBD Morning Brief
newsletter|The five stories that move Gulf markets, in your inbox before 7am.
newsletter|Enter your email address
newsletter|Sign up
newsletter|By signing up, you agree to our Privacy Policy and Terms of Use.
teaser-list|Most Read
teaser-list|1  Dubai villa rents climb 11% as families chase space, report shows
teaser-list|2  Oman's new airline to start flights to Europe in March
teaser-list|3  Kuwait approves long-awaited debt law
teaser-list|4  Saudi Arabia's non-oil PMI hits 18-month high
teaser-list|5  Abu Dhabi fund takes stake in Indian renewables developer
sponsored|Partner Content
sponsored|In association with Ardent Wealth: Why Gulf family offices are rethinking private credit
sponsored|Sponsored: How SMEs in the UAE can prepare for e-invoicing
event|EVENTS  GBD Future of Retail Summit 2027 · Dubai · 9 February 2027 · Register now
teaser-list|More from Companies
teaser-list|Qatari logistics firm lists on Doha exchange, shares rise 9% on debut
teaser-list|Nov 23, 2026
teaser-list|Emirati fintech lays off 60 staff as funding tightens
teaser-list|Nov 22, 2026
app|Get the GBD app   Download on the App Store   Get it on Google Play
social|Follow us:  X  LinkedIn  Instagram  YouTube
footer|About Us   Contact Us   Advertise   Careers   Terms of Use   Privacy Policy   Cookie Policy   Sitemap
footer|Gulf Business Daily is published by Meridian Media FZ-LLC, Dubai Media City, Dubai, United Arab Emirates. Licensed by the UAE Media Council.
copyright|© 2026 Gulf Business Daily. All rights reserved.
cookie|We use cookies to give you the best experience on our website, to analyse traffic and to show you relevant ads. You can manage your preferences at any time.
cookie|Accept all   Reject non-essential   Manage preferences
"""),
 dict(id="le-petit-savoyard-1", site="le-petit-savoyard", lang="fr", sep="\n\n", title="Aix-les-Bains : les bus seront gratuits tous les samedis à partir de janvier", date="2026-11-05", page="""
cookie|Vos choix concernant l’utilisation de cookies
cookie|Avec votre accord, Le Petit Savoyard et ses 187 partenaires utilisent des cookies ou technologies similaires pour stocker et accéder à des informations sur votre appareil, afin de mesurer l’audience, vous proposer de la publicité personnalisée et des contenus adaptés. Vous pouvez modifier vos choix à tout moment via le lien « Gérer mes cookies » en bas de page.
cookie|Accepter et fermer
cookie|Paramétrer mes choix
cookie|Refuser et s’abonner
skip-link|Aller au contenu principal
skip-link|Aller au menu
skip-link|Aller au pied de page
menu|Le Petit Savoyard
subscribe|Offre spéciale : 1 € le premier mois  Je m’abonne
login|Se connecter
edition|Mon édition : Aix-les-Bains ▾
menu|Mon actu  Faits divers – Justice  Politique  Économie  Sport  Montagne  Loisirs  Météo  Avis de décès  Annonces
menu|Savoie  Haute-Savoie  Isère  Ain
ticker|EN CONTINU
ticker|18h52  Chambéry : la rue de Boigne rouverte à la circulation après une fuite de gaz
ticker|18h31  Albertville : une collision entre deux voitures fait un blessé léger sur la RN90
ticker|18h07  Annecy : le lac passe sous la barre des 12 degrés
ticker|Voir tout le fil
breadcrumb|Accueil  >  Savoie  >  Aix-les-Bains
section-label|Aix-les-Bains
section-label|Transports en commun
h1|Aix-les-Bains : les bus seront gratuits tous les samedis à partir de janvier
lead|Pour relancer la fréquentation de son réseau et désengorger le centre-ville, l’agglomération aixoise rendra ses bus gratuits tous les samedis dès le 2 janvier. Une expérimentation d’un an.
byline|Par Mathilde Perrier
dateline|Le 05 nov. 2026 à 17:30
dateline|Mis à jour le 05 nov. 2026 à 19:02
reading-time|Temps de lecture : 3 min
listen|Écouter cet article
listen|Lecture audio générée par intelligence artificielle
save|Ajouter à mes favoris
share|Offrir cet article
share|Partager :  Facebook  X  WhatsApp  E-mail  Copier le lien
caption|Les onze lignes urbaines du réseau Lacéo seront concernées par la gratuité du samedi.
credit|Photo Le Petit Savoyard / Mathilde PERRIER
p|C’est une mesure que réclamaient depuis longtemps les commerçants du centre-ville. À partir du samedi 2 janvier, il ne sera plus nécessaire de valider un titre de transport pour monter dans les bus du réseau Lacéo, sur l’ensemble des onze lignes urbaines.
p|Votée mardi soir en conseil communautaire, la gratuité du samedi est présentée comme une expérimentation d’un an. « Nous ferons un bilan précis en fin d’année, ligne par ligne », a précisé le vice-président chargé des mobilités, Bernard Collomb.
p|Le coût de la mesure est estimé à 310 000 euros par an, soit les recettes de billetterie du samedi. Il sera en partie compensé par la suppression de la navette de parking du week-end, jugée peu utilisée.
ad|Publicité
read-also|À lire aussi
read-also|Chambéry : le ticket de bus passera à 1,80 euro au 1er janvier
h2|Le samedi, le centre saturé
p|Le samedi est aujourd’hui le jour le plus chargé dans les rues commerçantes d’Aix-les-Bains, mais aussi celui où le bus est le moins utilisé. Selon les comptages de l’agglomération, la fréquentation y est inférieure de 40 % à celle d’un jour de semaine.
p|« Les gens viennent en voiture, tournent pour se garer et repartent énervés », résume Sophie Delorme, présidente de l’union des commerçants. « Si le bus est gratuit, certaines familles changeront peut-être leurs habitudes. »
newsletter|Newsletter Aix-les-Bains
newsletter|Recevez chaque matin l’essentiel de l’actualité de votre ville.
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
h2|L’opposition sceptique
p|Dans l’opposition, on doute de l’efficacité de la mesure. « La gratuité ne sert à rien si le bus passe toutes les quarante minutes », a lancé le conseiller communautaire Patrick Rey pendant la séance, plaidant plutôt pour une hausse des fréquences.
p|L’agglomération promet un renfort sur les lignes 1 et 2 le samedi après-midi, avec un bus toutes les quinze minutes entre 13 heures et 19 heures.
embed-blocked|Ce contenu est bloqué car vous n’avez pas accepté les cookies et autres traceurs. Ce contenu est fourni par Google Maps. Pour pouvoir le visualiser, vous devez accepter l’usage étant opéré par Google Maps avec vos données qui pourront être utilisées pour les finalités suivantes : vous permettre de visualiser et de partager des contenus avec des médias sociaux, favoriser le développement et l’amélioration des produits d’Alpes Presse Média et de ses partenaires, vous afficher des publicités personnalisées par rapport à votre profil et activité, vous présenter des contenus personnalisés, mesurer la performance des publicités et du contenu de ce site et mesurer l’audience de ce site (en savoir plus)
embed-blocked|Gérer mes choix
p|Les abonnés annuels ne verront pas de changement de tarif. Une réflexion est toutefois engagée sur une baisse de l’abonnement pour les moins de 26 ans à la rentrée prochaine.
tags|Aix-les-Bains  Transports  Bus  Commerce  Savoie
report|Signaler une erreur
comments|Commentaires (12)
comments|Réagissez à cet article. L’espace commentaires est réservé aux abonnés.
comments|Je m’abonne  Se connecter
ad|Contenus sponsorisés
ad|Voici pourquoi les Savoyards de plus de 60 ans changent de mutuelle en novembre | Comparateur Santé
ad|Pompe à chaleur : la nouvelle aide que beaucoup de propriétaires ignorent | Conseils Habitat
teaser-list|Les plus lus
teaser-list|1  Chambéry : un incendie ravage un entrepôt dans la zone de Bissy
teaser-list|2  Savoie : la neige attendue dès 1 200 mètres ce week-end
teaser-list|3  Aix-les-Bains : le casino change de propriétaire
teaser-list|4  Ski : les forfaits augmentent de 4 % en moyenne dans les Alpes du Nord
teaser-list|5  Faits divers : un randonneur secouru de nuit dans le massif des Bauges
weather|Météo Aix-les-Bains
weather|Ce soir 7°  Demain 9° / 3°  Pluie faible
weather|Voir les prévisions à 15 jours
horoscope|Horoscope du jour
horoscope|Bélier  Taureau  Gémeaux  Cancer  Lion  Vierge  Balance  Scorpion  Sagittaire  Capricorne  Verseau  Poissons
games|Jeux : Mots fléchés  Mots croisés  Sudoku  Solitaire
obituary|Avis de décès
obituary|Consultez les avis de décès de Savoie et de Haute-Savoie
obituary|Déposer un avis de décès
classifieds|Annonces légales et marchés publics
classifieds|Publier une annonce légale
teaser-list|À la une en Savoie
teaser-list|Chambéry : le conseil municipal adopte le budget de la future patinoire
teaser-list|Il y a 2 heures
teaser-list|Maurienne : la route du col du Galibier fermée pour l’hiver
teaser-list|Il y a 4 heures
app|Téléchargez l’application Le Petit Savoyard  App Store  Google Play
social|Suivez-nous  Facebook  Instagram  X  LinkedIn
footer|Le Petit Savoyard est une publication du groupe Alpes Presse Média
footer|Nos titres : Le Petit Savoyard · L’Écho du Léman · La Voix de l’Isère · Le Journal de l’Ain · Montagnes Magazine
footer|Mentions légales  CGU  CGV  Politique de confidentialité  Gérer mes cookies  Contact  Publicité  Nous rejoindre  Plan du site
footer|Accessibilité : partiellement conforme
copyright|© Le Petit Savoyard 2026 – Toute reproduction interdite
"""),
 dict(id="le-petit-savoyard-2", site="le-petit-savoyard", lang="fr", sep="\n\n", title="Tarentaise : à un mois de l’ouverture, les stations cherchent encore 1 200 saisonniers", date="2026-11-12", page="""
cookie|Vos choix concernant l’utilisation de cookies
cookie|Avec votre accord, Le Petit Savoyard et ses 187 partenaires utilisent des cookies ou technologies similaires pour stocker et accéder à des informations sur votre appareil, afin de mesurer l’audience, vous proposer de la publicité personnalisée et des contenus adaptés. Vous pouvez modifier vos choix à tout moment via le lien « Gérer mes cookies » en bas de page.
cookie|Accepter et fermer
cookie|Paramétrer mes choix
cookie|Refuser et s’abonner
skip-link|Aller au contenu principal
skip-link|Aller au menu
skip-link|Aller au pied de page
menu|Le Petit Savoyard
subscribe|Offre spéciale : 1 € le premier mois  Je m’abonne
login|Se connecter
edition|Mon édition : Albertville – Tarentaise ▾
menu|Mon actu  Faits divers – Justice  Politique  Économie  Sport  Montagne  Loisirs  Météo  Avis de décès  Annonces
menu|Savoie  Haute-Savoie  Isère  Ain
ticker|EN CONTINU
ticker|07h41  Moûtiers : circulation alternée sur la RN90 à hauteur de Saint-Marcel
ticker|07h12  Haute-Savoie : un motard grièvement blessé à Sallanches
ticker|06h55  Météo : vigilance jaune neige-verglas sur les Savoie à partir de midi
ticker|Voir tout le fil
watch|EN DIRECT | Suivez le conseil départemental de la Savoie à partir de 9h30
breadcrumb|Accueil  >  Savoie  >  Bourg-Saint-Maurice
paywall|Abonnés
section-label|Emploi
h1|Tarentaise : à un mois de l’ouverture, les stations cherchent encore 1 200 saisonniers
lead|Cuisiniers, serveurs, agents des remontées mécaniques, loueurs de skis… À quatre semaines du lancement de la saison d’hiver, les employeurs de la vallée peinent toujours à boucler leurs équipes. Le logement reste le principal frein.
byline|Par Loïc Vernaz
dateline|Le 12 nov. 2026 à 06:00
reading-time|Temps de lecture : 4 min
listen|Écouter cet article
listen|Lecture audio générée par intelligence artificielle
save|Ajouter à mes favoris
share|Offrir cet article
share|Partager :  Facebook  X  WhatsApp  E-mail  Copier le lien
caption|Au forum de l’emploi saisonnier de Bourg-Saint-Maurice, mercredi, les candidats ont été moins nombreux que l’an dernier.
credit|Photo Le Petit Savoyard / Loïc VERNAZ
p|Mercredi, le forum de l’emploi saisonnier organisé à Bourg-Saint-Maurice a attiré un peu plus de 600 candidats. C’est moins que l’an dernier, alors que les offres, elles, n’ont jamais été aussi nombreuses.
p|Selon l’agence locale de France Travail, près de 1 200 postes restaient à pourvoir mardi dans les stations de Tarentaise, de Val-d’Isère aux Arcs, pour une saison qui débutera le 12 décembre dans la plupart des domaines.
h2|Les métiers les plus recherchés
p|Les besoins se concentrent sur quelques métiers :
li|cuisiniers et commis de cuisine, près de 300 postes ;
li|serveurs et plongeurs, environ 250 postes ;
li|femmes et valets de chambre dans l’hôtellerie ;
li|agents des remontées mécaniques et conducteurs d’engins de damage ;
li|vendeurs et loueurs de matériel de ski.
ad|Publicité
p|« On propose des contrats de cinq mois, bien payés, avec les heures supplémentaires. Le problème, c’est qu’on ne trouve pas où loger les gens », explique Frédéric Arnaud, qui gère deux restaurants d’altitude.
read-also|À lire aussi
read-also|Ski : les forfaits augmentent de 4 % en moyenne dans les Alpes du Nord
h2|Le logement, point noir
p|Dans les stations, la plupart des appartements sont loués aux vacanciers, à des prix bien supérieurs à ce que peut payer un saisonnier. Certains employeurs ont acheté ou loué des studios pour leurs salariés ; d’autres renoncent tout simplement à embaucher.
p|La communauté de communes a ouvert l’an dernier une résidence de 80 lits à Bourg-Saint-Maurice, remplie en quelques jours. Un second projet, de 120 lits, doit voir le jour en 2028.
newsletter|Newsletter Albertville – Tarentaise
newsletter|Recevez chaque matin l’essentiel de l’actualité de votre ville.
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
p|En attendant, les organisateurs du forum avaient installé un « point logement » où propriétaires et employeurs pouvaient déposer leurs offres. Une trentaine de chambres ont été proposées dans la journée.
p|Les candidats peuvent encore consulter les offres auprès de France Travail et des offices de tourisme des stations.
tags|Tarentaise  Emploi  Saisonniers  Stations de ski  Logement
report|Signaler une erreur
comments|Commentaires (27)
comments|Réagissez à cet article. L’espace commentaires est réservé aux abonnés.
comments|Je m’abonne  Se connecter
ad|Contenus sponsorisés
ad|Cette méthode simple permet de réduire sa facture de chauffage cet hiver | Énergie Conseil
ad|Retraités : ce placement méconnu rapporte plus que le livret A | Patrimoine Info
teaser-list|Les plus lus
teaser-list|1  Savoie : vigilance jaune neige-verglas ce jeudi
teaser-list|2  Val-d’Isère : l’ouverture anticipée confirmée pour le 28 novembre
teaser-list|3  Albertville : le centre aquatique fermé pour une semaine
teaser-list|4  Aix-les-Bains : les bus seront gratuits tous les samedis à partir de janvier
teaser-list|5  Maurienne : le tunnel du Fréjus fermé deux nuits pour travaux
weather|Météo Bourg-Saint-Maurice
weather|Ce matin -2°  Demain 4° / -3°  Neige
weather|Voir les prévisions à 15 jours
snow|Bulletin neige : Val-d’Isère 35 cm · Tignes 42 cm · Les Arcs 20 cm · La Plagne 18 cm  Voir l’enneigement des stations
horoscope|Horoscope du jour
horoscope|Bélier  Taureau  Gémeaux  Cancer  Lion  Vierge  Balance  Scorpion  Sagittaire  Capricorne  Verseau  Poissons
games|Jeux : Mots fléchés  Mots croisés  Sudoku  Solitaire
obituary|Avis de décès
obituary|Consultez les avis de décès de Savoie et de Haute-Savoie
obituary|Déposer un avis de décès
jobs|Offres d’emploi en Savoie : 1 450 annonces  Voir les offres
teaser-list|À la une en Savoie
teaser-list|Chambéry : la future ligne de tram-bus soumise à concertation
teaser-list|Il y a 1 heure
teaser-list|Beaufortain : un troupeau de 600 brebis redescend dans la vallée
teaser-list|Il y a 3 heures
app|Téléchargez l’application Le Petit Savoyard  App Store  Google Play
social|Suivez-nous  Facebook  Instagram  X  LinkedIn
footer|Le Petit Savoyard est une publication du groupe Alpes Presse Média
footer|Nos titres : Le Petit Savoyard · L’Écho du Léman · La Voix de l’Isère · Le Journal de l’Ain · Montagnes Magazine
footer|Mentions légales  CGU  CGV  Politique de confidentialité  Gérer mes cookies  Contact  Publicité  Nous rejoindre  Plan du site
footer|Accessibilité : partiellement conforme
copyright|© Le Petit Savoyard 2026 – Toute reproduction interdite
"""),
 dict(id="campus-voice-za-1", site="campus-voice-za", lang="en", sep="\n", title="Water trucks return to Joza as treatment works shuts for repairs", date="2026-11-12", page="""
skip-link|Skip to content
alert|⚡ Load-shedding: Stage 2 from 16:00 to 18:30 today. Check your area's schedule »
timestamp|Thursday, 12 November 2026
weather|Makhanda 19°C Partly cloudy
menu|CAMPUS VOICE
menu|Independent community news for Makhanda and its campuses
menu|Home
menu|News
menu|Campus
menu|Community
menu|Sport
menu|Arts & Festival
menu|Opinion
menu|Notices
menu|About
menu|Contact
donate|Support Campus Voice: independent local news needs readers like you. Donate via SnapScan or EFT »
breadcrumb|Home » News » Water trucks return to Joza as treatment works shuts for repairs
section-label|Community
h1|Water trucks return to Joza as treatment works shuts for repairs
byline|By Lwazi Ndlovu
dateline|12 November 2026
comments|3 Comments
caption|Residents fill containers from a municipal water truck at the Joza sports field on Wednesday.
credit|PHOTO: Lwazi Ndlovu
p|Residents of Joza and parts of Extension 7 queued at municipal water trucks on Wednesday after the eastern treatment works was shut down for emergency repairs to a pump station.
p|"The works will be offline for at least four days while a damaged motor is replaced," municipal spokesperson Nomsa Jacobs said in a statement on Tuesday evening. Six water trucks have been deployed to the affected areas, and two more are expected from a neighbouring municipality.
h2|Where to find water
p|The municipality has listed the following collection points, open from 7am to 6pm:
li|Joza sports field (near the main entrance)
li|Extension 7 community hall
li|Tantyi clinic parking area
li|Fingo Village library
p|Residents are asked to bring their own clean containers, with a limit of 50 litres per household per visit.
ad|Advertisement
ad|MAMA THEMBI'S KITCHEN – Home-cooked meals, student special R45 with cooldrink. High Street, next to the post office. Open 7 days.
p|At the sports field on Wednesday afternoon, the queue stretched past the gate. Thandeka Sobekwa, 63, said she had been waiting for more than two hours. "My grandchildren must go to school clean. What can we do? We wait," she said.
h2|Students affected too
p|Several private student residences in the upper town also reported low water pressure. The university's student representative council said it was in contact with landlords and would share updates on its social media pages.
p|Ward councillor Sipho Mqhayi said he had asked the municipality for a clear timeline. "People are tired of hearing 'soon'. We want dates," he said.
p|The municipality said it would update residents daily on its Facebook page and on community radio.
share|Share this:
share|WhatsApp
share|Facebook
share|X
share|Email
print|Print
like|Like this:
like|Like Loading...
related|Related
related|Municipality promises new pumps for eastern works "by winter"
related|In "Community"
related|Joza clinic queues: patients wait up to six hours
related|In "News"
tags|Tags: Joza, Makhanda, municipality, water
nav|← Previous Post: Festival organisers announce 2027 dates
nav|Next Post: Kowie Road netball league crowns first champions →
comments|3 thoughts on “Water trucks return to Joza as treatment works shuts for repairs”
comments|Nomvula K says:
comments|12 November 2026 at 14:22
comments|Extension 9 also has no water since Monday. Please ask them when the truck will come there.
comments|Reply
comments|Pieter van Wyk says:
comments|12 November 2026 at 16:05
comments|Fourth time this year. Where is the maintenance budget going?
comments|Reply
comments|Campus Voice says:
comments|12 November 2026 at 17:40
comments|Thanks Nomvula, we have asked the municipality and will update the story.
comments|Reply
comments|Leave a Reply Cancel reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Website
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
search|Search for:
search|Search
teaser-list|Recent Posts
teaser-list|Kowie Road netball league crowns first champions
teaser-list|Festival organisers announce 2027 dates
teaser-list|SRC elections: turnout lowest in a decade
teaser-list|Library extends hours for exam season
notices|Community Notices
notices|LOST: Black Labrador, answers to "Bongo", last seen near Oatlands Road. Call 082 000 0000.
notices|Blood drive at the cathedral hall, Saturday 14 November, 9am–2pm.
event|Upcoming Events
event|14 Nov – Saturday market, Church Square
event|19 Nov – Jazz evening at the Monument foyer
classifieds|Classifieds
classifieds|ROOM TO LET: Furnished room in shared house, 5 min walk to campus, R3,800 p/m incl. Wi-Fi. WhatsApp 073 000 0000
social|Follow us on Instagram @campusvoiceza
press-code|Campus Voice subscribes to the Press Code of Ethics and Conduct for South African Print and Online Media. If you have a complaint about our reporting, contact the editor or the Press Ombud.
footer|About  |  Contact  |  Advertise  |  Privacy Policy  |  Submit a notice
copyright|© 2026 Campus Voice. All rights reserved.
footer|Proudly powered by WordPress | Theme: NewsFlash by ThemeCraft.
"""),
 dict(id="campus-voice-za-2", site="campus-voice-za", lang="en", sep="\n", title="Student-run textbook swap saves classmates R1.2 million in its first year", date="2026-11-26", page="""
skip-link|Skip to content
alert|⚡ Load-shedding suspended until further notice. Check your area's schedule »
timestamp|Thursday, 26 November 2026
weather|Makhanda 24°C Sunny
menu|CAMPUS VOICE
menu|Independent community news for Makhanda and its campuses
menu|Home
menu|News
menu|Campus
menu|Community
menu|Sport
menu|Arts & Festival
menu|Opinion
menu|Notices
menu|About
menu|Contact
donate|Support Campus Voice: independent local news needs readers like you. Donate via SnapScan or EFT »
breadcrumb|Home » Campus » Student-run textbook swap saves classmates R1.2 million in its first year
section-label|Campus
h1|Student-run textbook swap saves classmates R1.2 million in its first year
byline|By Aisha Petersen
dateline|26 November 2026
comments|1 Comment
caption|BookLoop co-founders Kagiso Molefe and Zinhle Maseko in the exchange room at the students' union building.
credit|PHOTO: Supplied
p|A textbook exchange started by three second-year students in a residence common room has saved its members an estimated R1.2 million in its first year, the organisers say.
p|BookLoop, which runs from a borrowed room in the students' union building, lets students hand in textbooks they no longer need in exchange for credits, which they can use to take other books. Prescribed books that would cost between R800 and R2,500 new are passed on for free.
p|"We saw people photographing entire chapters on their phones because they couldn't afford the book," said co-founder Kagiso Molefe, who studies pharmacy. "That's not how anyone should have to study."
h2|How it works
li|Students drop off books in good condition and receive one credit per book.
li|Each credit can be exchanged for any book on the shelf.
li|First-year students on financial aid receive two free credits at the start of the year.
li|Books that are no longer prescribed are donated to schools and to the public library.
ad|Advertisement
ad|QUICKPRINT HIGH STREET – Thesis binding from R60. Same-day printing. 10% off with student card.
p|Since February, more than 1,900 books have changed hands, according to the group's records. The organisers calculated the savings by comparing each book with its price at the campus bookshop.
p|The project relies on about 20 volunteers who staff the room at lunchtime and in the evenings. A local printing business donated shelving, and the students' union waived the room's rental fee.
h2|Plans for next year
p|The group now wants to add an online catalogue so that students can check which titles are available before coming in. It is also talking to lecturers about setting prescribed books earlier, and about not changing editions every year.
p|"When a lecturer switches to a new edition for three pages of changes, hundreds of old books become useless overnight," said co-founder Zinhle Maseko.
p|BookLoop is collecting books during the exam period, until 11 December, at the students' union and at two residence dining halls.
correction|Correction: An earlier version of this article misspelled Zinhle Maseko's surname. This has been corrected.
share|Share this:
share|WhatsApp
share|Facebook
share|X
share|Email
print|Print
like|Like this:
like|Like Loading...
related|Related
related|Library extends hours for exam season
related|In "Campus"
related|Food bank at student centre feeds 400 a week
related|In "Campus"
tags|Tags: BookLoop, students, textbooks, university
nav|← Previous Post: Kowie Road netball league crowns first champions
nav|Next Post: Taxi fares to rise by R2 from December →
comments|One thought on “Student-run textbook swap saves classmates R1.2 million in its first year”
comments|Lindiwe M says:
comments|26 November 2026 at 10:18
comments|BookLoop saved me in first year. Thank you guys!
comments|Reply
comments|Leave a Reply Cancel reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Website
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
search|Search for:
search|Search
teaser-list|Recent Posts
teaser-list|Taxi fares to rise by R2 from December
teaser-list|Water trucks return to Joza as treatment works shuts for repairs
teaser-list|Kowie Road netball league crowns first champions
teaser-list|Festival organisers announce 2027 dates
notices|Community Notices
notices|FOUND: Student card in the name of T. Mahlangu, handed in at the library front desk.
notices|Christmas toy collection for Joza children's home: drop-off at St Bartholomew's hall until 15 December.
event|Upcoming Events
event|28 Nov – Saturday market, Church Square
event|3 Dec – Carols by candlelight, Drostdy lawns
classifieds|Classifieds
classifieds|FOR SALE: Single bed and desk, R1,200 for both, must collect before 10 Dec. WhatsApp 061 000 0000
social|Follow us on Instagram @campusvoiceza
press-code|Campus Voice subscribes to the Press Code of Ethics and Conduct for South African Print and Online Media. If you have a complaint about our reporting, contact the editor or the Press Ombud.
footer|About  |  Contact  |  Advertise  |  Privacy Policy  |  Submit a notice
copyright|© 2026 Campus Voice. All rights reserved.
footer|Proudly powered by WordPress | Theme: NewsFlash by ThemeCraft.
"""),
]
