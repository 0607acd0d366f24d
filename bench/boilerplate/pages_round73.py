# Round 73: eight pages on four more layouts (a Montreal daily's digital edition, an international wire agency's
# article page, a Congolese news portal, a web portal republishing agency and partner stories), written blind:
# without looking at the classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented
# text; no real article is copied.
ROUND73 = [
 dict(id="la-presse-quebec-style-1", site="la-presse-quebec-style", lang="fr", sep="\n", title="Déneigement des trottoirs : Montréal mise sur des capteurs pour cibler les secteurs glacés", date="2026-02-10", page="""
skip-link|Passer au contenu principal
cookie|La Vigie utilise des témoins (cookies) et des technologies similaires pour améliorer votre expérience, mesurer l'audience et personnaliser la publicité. Pour en savoir plus, consultez notre politique de confidentialité.
cookie|Tout accepter
cookie|Tout refuser
cookie|Personnaliser mes choix
menu|Menu
search|Recherche
donate|Nous soutenir
account|Se connecter
menu|Actualités
menu|International
menu|Dialogue
menu|Contexte
menu|Affaires
menu|Sports
menu|Auto
menu|Arts
menu|Cinéma
menu|Voyage
menu|Maison
menu|Gourmand
menu|Société
menu|Mode et beauté
menu|Infolettres
weather|Montréal -14 °C
section-label|Actualités
section-label|Grand Montréal
h1|Déneigement des trottoirs : Montréal mise sur des capteurs pour cibler les secteurs glacés
lead|Après un début d'hiver marqué par une vague de chutes sur la glace, la Ville de Montréal installe une centaine de capteurs dans quatre arrondissements pour savoir, en temps réel, quels trottoirs épandre en priorité.
credit|PHOTO FRANÇOIS ROY, LA VIGIE
caption|Un employé de l'arrondissement de Rosemont–La Petite-Patrie épand de l'abrasif sur un trottoir de la rue Masson, lundi matin.
byline|Maude Gervais-Tremblay
byline|La Vigie
dateline|Publié le 10 février 2026 à 5 h 00
dateline|Mis à jour le 10 février 2026 à 9 h 47
share|Partager
share|Facebook
share|Courriel
share|Copier le lien
share|Plus
section-label|Ce qu'il faut savoir
li|La Ville installe 120 capteurs de température et d'humidité sur les trottoirs de quatre arrondissements.
li|Les données doivent permettre d'envoyer les équipes d'épandage là où la glace se forme en premier.
li|Les urgences de Montréal ont traité près de 30 % plus de fractures liées aux chutes en janvier qu'un an plus tôt.
p|Ils sont à peine plus gros qu'une rondelle de hockey et sont vissés dans le béton, au pied des lampadaires. D'ici la fin du mois, 120 petits capteurs auront été installés sur les trottoirs de Rosemont–La Petite-Patrie, du Plateau-Mont-Royal, de Villeray–Saint-Michel–Parc-Extension et de Verdun.
p|Leur rôle : mesurer toutes les cinq minutes la température de la surface et la présence d'eau, puis transmettre ces données à un tableau de bord consulté par les contremaîtres des travaux publics. Lorsque le capteur détecte que l'eau de fonte est sur le point de geler, une alerte est envoyée à l'équipe d'épandage du secteur.
p|« Jusqu'ici, on épandait un peu à l'aveugle, selon les prévisions et les plaintes au 311, explique Julien Lafrenière, responsable du déneigement à la Ville. Là, on va savoir quel bout de trottoir devient une patinoire avant que quelqu'un tombe dessus. »
ad|Publicité
h2|Un hiver « particulièrement vicieux »
p|Le projet pilote, d'une valeur de 850 000 $, avait été annoncé l'automne dernier, mais il a été accéléré après les épisodes répétés de pluie verglaçante de janvier. Les alternances de redoux et de froid intense ont transformé plusieurs rues résidentielles en véritables pièges, au point que des citoyens ont organisé eux-mêmes des corvées d'abrasif.
p|Selon des données obtenues par La Vigie auprès de deux centres hospitaliers, le nombre de patients traités pour des fractures du poignet, de la hanche ou de la cheville à la suite d'une chute a bondi de près de 30 % en janvier par rapport à la même période l'an dernier.
p|« C'est un hiver particulièrement vicieux, surtout pour les aînés, qui hésitent maintenant à sortir de chez eux », souligne Diane Beaulieu, porte-parole d'un regroupement de locataires âgés du Plateau.
read-also|Lisez « Pluie verglaçante : des quartiers entiers privés de trottoirs praticables »
h2|Des résultats attendus au printemps
p|La Ville reconnaît que les capteurs ne régleront pas tout. La pénurie de cols bleus et le nombre limité de chenillettes restent les principaux freins à un déneigement plus rapide. Certains arrondissements doivent encore faire appel à des entrepreneurs privés, dont les contrats prévoient des délais d'intervention de 12 à 24 heures.
p|L'opposition à l'hôtel de ville juge d'ailleurs l'initiative insuffisante. « Des gadgets, c'est bien beau, mais ce qu'il faut, ce sont des bras et de l'abrasif dans les rues », a réagi la porte-parole de l'opposition en matière de travaux publics, qui réclame un plan de déneigement distinct pour les trottoirs.
p|Un premier bilan du projet pilote doit être présenté à la commission des services aux citoyens en mai. S'il est concluant, la Ville envisage d'étendre le réseau de capteurs à l'ensemble des 19 arrondissements d'ici l'hiver 2027-2028.
section-label|En savoir plus
li|10 000 km : longueur des trottoirs à déneiger chaque hiver à Montréal
li|185 millions : budget annuel de déneigement de la Ville, en dollars
source|SOURCE : VILLE DE MONTRÉAL
comments|Qu'en pensez-vous ? Participez au dialogue
newsletter|Infolettre Actualités
newsletter|Recevez chaque matin les nouvelles qui vont marquer la journée.
newsletter|Adresse courriel
newsletter|S'inscrire
related|À lire aussi
related|Stationnement : les vignettes de ruelle coûteront plus cher dans trois arrondissements
related|Il y a 2 heures
related|Tempête attendue mercredi : jusqu'à 25 cm de neige sur le sud du Québec
related|Il y a 5 heures
related|STM : des bus articulés retirés de la route à cause du froid
related|Hier
most-read|Les plus lus
most-read|1. Hydro-Québec : un record de consommation battu lundi soir
most-read|2. Le Canadien rappelle un défenseur de Laval
most-read|3. Immobilier : les prix repartent à la hausse à Montréal
teaser-list|4. Déneigement des trottoirs : Montréal mise sur des capteurs pour cibler les secteurs glacés
most-read|5. Recette : le pâté chinois revisité de notre chroniqueuse
donate|Vous aimez nos articles ? Soutenez le journalisme d'ici. La Vigie est un organisme sans but lucratif. Chaque don compte. Faire un don
app|Téléchargez l'application La Vigie
footer|À propos de La Vigie
footer|Nous joindre
footer|Annoncez avec nous
footer|Carrières
footer|Ombudsman
footer|Normes et pratiques journalistiques
footer|Conditions d'utilisation
footer|Politique de confidentialité
footer|Gérer mes témoins
copyright|© La Vigie inc. Tous droits réservés.
"""),
 dict(id="la-presse-quebec-style-2", site="la-presse-quebec-style", lang="fr", sep="\n", title="Médecine familiale : Québec obligera les GMF à ouvrir des plages le soir et la fin de semaine", date="2026-01-21", page="""
skip-link|Passer au contenu principal
menu|Menu
search|Recherche
donate|Nous soutenir
account|Se connecter
menu|Actualités
menu|International
menu|Dialogue
menu|Contexte
menu|Affaires
menu|Sports
menu|Auto
menu|Arts
menu|Cinéma
menu|Voyage
menu|Maison
menu|Gourmand
menu|Société
menu|Mode et beauté
menu|Infolettres
weather|Montréal -9 °C
section-label|Actualités
section-label|Santé
h1|Médecine familiale : Québec obligera les GMF à ouvrir des plages le soir et la fin de semaine
lead|Les groupes de médecine de famille qui n'offrent pas de rendez-vous après 17 h ou le samedi perdront une partie de leur financement, annonce le ministre de la Santé. Les fédérations médicales crient à l'improvisation.
byline|Étienne Dubé-Castonguay
byline|La Vigie
dateline|Publié le 21 janvier 2026 à 12 h 38
share|Partager
share|Facebook
share|Courriel
share|Copier le lien
share|Plus
credit|PHOTO JACQUES BOISSONNEAULT, ARCHIVES LA VIGIE
caption|La salle d'attente d'un groupe de médecine de famille à Québec
gallery|1/2
p|(Québec) Les cliniques de médecine familiale devront désormais garder leurs portes ouvertes le soir et la fin de semaine si elles veulent conserver l'ensemble de leur financement public. Le ministre de la Santé a présenté mercredi un nouveau cadre de gestion des groupes de médecine de famille (GMF), qui entrera en vigueur le 1er avril.
p|Concrètement, chaque GMF devra offrir au moins 12 heures de consultation par semaine en dehors des heures ouvrables, dont quatre le samedi ou le dimanche. Les cliniques qui ne respecteront pas cette exigence verront leur subvention annuelle réduite de 15 % à 40 %, selon l'ampleur de l'écart.
p|« Les Québécois ne tombent pas malades seulement du lundi au vendredi, de 9 h à 17 h. Trop de gens se retrouvent à l'urgence un samedi pour une otite ou une infection urinaire, faute d'avoir un autre endroit où aller », a fait valoir le ministre en conférence de presse.
read-also|Lisez « Urgences : un temps d'attente moyen de plus de 17 heures dans la région de Laval »
h2|Un casse-tête pour les petites cliniques
p|Du côté des fédérations médicales, l'annonce a été accueillie froidement. La présidente de la fédération des médecins omnipraticiens a dénoncé une décision prise « sans aucune consultation », quelques semaines seulement après la fin d'une négociation difficile avec le gouvernement.
p|Selon elle, les petites cliniques des régions, qui comptent parfois moins de six médecins, auront toutes les peines du monde à couvrir des plages de soir sans épuiser leur personnel. « On va demander à des médecins qui font déjà 50 heures par semaine d'en faire plus, avec moins d'infirmières et moins de secrétaires », a-t-elle déploré.
ad|Publicité
p|Plusieurs GMF de la région de Québec ont déjà fait savoir qu'ils auraient besoin de personnel administratif supplémentaire pour gérer les nouvelles plages. Le ministère promet une enveloppe de 45 millions sur trois ans pour les aider à embaucher, une somme jugée nettement insuffisante par les cliniques.
h2|Ce qui change au 1er avril
li|Au moins 12 heures de consultation par semaine après 17 h ou la fin de semaine
li|Des rendez-vous à prendre en ligne, réservés aux patients inscrits au GMF
li|Une reddition de comptes trimestrielle auprès du ministère
li|Des pénalités financières progressives en cas de non-respect
p|Le ministre s'est dit ouvert à des accommodements pour les cliniques situées hors des grands centres, notamment la possibilité de partager les plages de soir entre deux GMF voisins. Une consultation en ligne sera lancée la semaine prochaine.
p|L'opposition officielle a pour sa part salué l'objectif, tout en rappelant que plus de 1,5 million de Québécois attendent toujours d'être inscrits auprès d'un médecin de famille. « Ouvrir le soir, c'est bien. Encore faut-il avoir un médecin », a résumé son porte-parole en matière de santé.
signature|Avec Léa Fortin-Pelletier, La Vigie
video|EN VIDÉO
video|Le ministre de la Santé présente le nouveau cadre des GMF
video|2:14
comments|Qu'en pensez-vous ? Participez au dialogue
newsletter|Infolettre Santé
newsletter|Les nouvelles santé de la semaine, tous les jeudis.
newsletter|Adresse courriel
newsletter|S'inscrire
related|À lire aussi
related|Infirmières praticiennes : Québec veut en former 300 de plus d'ici 2028
related|Il y a 3 heures
related|Accès à un médecin : le guichet d'inscription débordé
related|Il y a 2 jours
most-read|Les plus lus
most-read|1. Tempête de neige : les écoles fermées dans plusieurs régions
most-read|2. Budget fédéral : ce qu'il faut retenir
most-read|3. Le Canadien s'impose en prolongation à Boston
most-read|4. Comment réduire sa facture d'électricité cet hiver
most-read|5. Chronique : la course à la mairie de Québec est lancée
donate|Vous aimez nos articles ? Soutenez le journalisme d'ici. La Vigie est un organisme sans but lucratif. Chaque don compte. Faire un don
app|Téléchargez l'application La Vigie
footer|À propos de La Vigie
footer|Nous joindre
footer|Annoncez avec nous
footer|Carrières
footer|Ombudsman
footer|Normes et pratiques journalistiques
footer|Conditions d'utilisation
footer|Politique de confidentialité
footer|Gérer mes témoins
copyright|© La Vigie inc. Tous droits réservés.
"""),
 dict(id="reuters-wire-style-1", site="reuters-wire-style", lang="en", sep="\n", title="Cocoa futures slide to 18-month low as West African crop outlook improves", date="2026-03-04", page="""
skip-link|Skip to main content
promo|Exclusive news, data and analytics for financial market professionals
promo|Learn more about Globewire Terminal
menu|Globewire
menu|World
menu|Business
menu|Markets
menu|Sustainability
menu|Legal
menu|Commentary
menu|Technology
menu|Investigations
menu|More
account|My News
account|Sign In
account|Register
search|Search
breadcrumb|Markets
breadcrumb|Commodities
h1|Cocoa futures slide to 18-month low as West African crop outlook improves
byline|By Alice Mbengue and Tom Hartley
reading-time|4 minute read
dateline|March 4, 2026 4:12 PM GMTUpdated 3 hours ago
gallery|Item 1 of 2
caption|A farmer dries cocoa beans in the sun in a village near Soubre, Ivory Coast, November 12, 2025. GLOBEWIRE/Kofi Arhin/File Photo
licensing|Purchase Licensing Rights, opens new tab
gallery|Item 2 of 2
caption|[2/2] Cocoa pods are seen on a tree at a plantation in Ghana's Western Region, October 3, 2025. GLOBEWIRE/Ama Owusu/File Photo
licensing|Purchase Licensing Rights, opens new tab
section-label|Summary
li|New York cocoa down 5.8% on the day, lowest since September 2024
li|Ivory Coast arrivals up 14% year-on-year, exporters estimate
li|Grinding data due next month seen as next test for demand
p|LONDON/ABIDJAN, March 4 (Globewire) - Cocoa futures fell to their lowest in 18 months on Wednesday as favourable weather in Ivory Coast and Ghana pointed to a larger mid-crop harvest, while weak demand from chocolate makers continued to weigh on prices.
p|May New York cocoa settled down 5.8% at $5,412 a metric ton, after earlier touching $5,360, its weakest since September 2024. London cocoa fell 4.9% to 3,988 pounds a ton.
ad|Advertisement · Scroll to continue
ad|Report This Ad
p|Prices have now lost more than half of their value since the record highs above $12,000 reached in late 2024, when poor harvests in West Africa, which grows around 60% of the world's cocoa, created the biggest supply deficit in decades.
p|Farmers in Ivory Coast, the world's top producer, have sent about 1.41 million tons of beans to ports since the start of the season on October 1, up 14% from the same period last season, according to exporters' estimates.
p|"The rains have been close to ideal, and the mid-crop flowering looks very good. The market is starting to price a surplus for next season," said a London-based broker, who asked not to be named because he was not authorised to speak to the media.
newsletter|The Morning Bid newsletter brings you the day ahead in global markets. Sign up here.
p|Traders said speculative funds had also been cutting their long positions ahead of quarterly grinding data, due in mid-April, which will show how much cocoa processors in Europe, Asia and North America turned into chocolate ingredients in the first three months of the year.
p|Grindings fell sharply through 2025 as manufacturers reduced the cocoa content of some products and consumers balked at higher chocolate prices. Analysts expect only a modest recovery.
p|"Lower prices take time to filter through to the supermarket shelf. Chocolate makers hedged a lot of their 2026 needs at much higher levels," said Katja Brandt, senior commodities analyst at a Frankfurt bank. "We don't see demand picking up before the second half."
p|In Ghana, the industry regulator said this week it expected to meet its forward contract commitments for the season, after two years of deferred deliveries that unsettled buyers.
p|Among other soft commodities, arabica coffee rose 1.2% to $3.61 per lb, while raw sugar slipped 0.4% to 17.82 cents per lb.
signature|Reporting by Alice Mbengue in Abidjan and Tom Hartley in London; Additional reporting by Priya Raman in Singapore; Editing by Louise Carmody
tags|Suggested Topics:
tags|Commodities
tags|Africa
tags|Agriculture
disclaimer|Our Standards: The Globewire Trust Principles., opens new tab
licensing|Purchase Licensing Rights
author-bio|Alice Mbengue
author-bio|Globewire
follow|Follow
author-bio|Alice Mbengue reports on West Africa's agricultural commodities, including cocoa, cashew and cotton, from Abidjan. She previously covered politics in Dakar.
author-bio|Tom Hartley
author-bio|Globewire
follow|Follow
author-bio|Tom covers soft commodities markets from London.
share|Share
share|X
share|Facebook
share|Linkedin
share|Email
share|Link
read-next|Read Next
read-next|Commodities
read-next|Gold holds near record as traders weigh U.S. rate cut odds
read-next|category · 2 hours ago
read-next|Markets
read-next|Wheat futures climb as Black Sea shipping insurance costs rise
read-next|category · 47 min ago
sponsored|Sponsored Content
sponsored|Why smart investors are rethinking fixed income in 2026
sponsored|Sponsored by Halcourt Asset Management
footer|Site Index
footer|Browse
footer|World
footer|Business
footer|Markets
footer|Sustainability
footer|Legal
footer|About Globewire
footer|About Globewire, opens new tab
footer|Careers, opens new tab
footer|Globewire Fact Check
footer|Stay Informed
app|Download the App (iOS), opens new tab
app|Download the App (Android), opens new tab
newsletter|Newsletters
about|Information you can trust
about|Globewire is an independent news agency, supplying news to thousands of newspapers, broadcasters and websites in more than 100 countries every day.
social|Follow Us
footer|Cookies
footer|Terms of Use
footer|Privacy
footer|Accessibility
footer|Corrections
disclaimer|All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.
copyright|© 2026 Globewire. All rights reserved
"""),
 dict(id="reuters-wire-style-2", site="reuters-wire-style", lang="en", sep="\n", title="Indonesia freezes new nickel smelter permits in forest-rich provinces", date="2026-01-27", page="""
skip-link|Skip to main content
promo|Exclusive news, data and analytics for financial market professionals
promo|Learn more about Globewire Terminal
menu|Globewire
menu|World
menu|Business
menu|Markets
menu|Sustainability
menu|Legal
menu|Commentary
menu|Technology
menu|Investigations
menu|More
account|My News
account|Sign In
account|Register
search|Search
breadcrumb|Sustainability
breadcrumb|Land Use & Biodiversity
h1|Indonesia freezes new nickel smelter permits in forest-rich provinces
byline|By Rizky Santoso and Michelle Tan
reading-time|3 minute read
dateline|January 27, 2026 7:05 AM GMTUpdated January 27, 2026
caption|Trucks carry nickel ore at a mining site in Central Halmahera, North Maluku province, Indonesia, June 18, 2025. GLOBEWIRE/Dimas Pratama/File Photo
licensing|Purchase Licensing Rights, opens new tab
companies|Companies
ticker|Vale Indonesia Tbk PT
follow|Follow
ticker|-3.41%
ticker|Harita Nickel (Trimegah Bangun Persada Tbk PT)
follow|Follow
ticker|-2.07%
p|JAKARTA, Jan 27 (Globewire) - Indonesia will stop issuing permits for new nickel smelters in three eastern provinces with large areas of natural forest, its investment minister said on Tuesday, as the world's biggest producer of the battery metal tries to ease mounting environmental criticism.
p|The moratorium covers North Maluku, Southeast Sulawesi and Central Sulawesi, which together host most of the country's nickel processing capacity, and will last at least two years, the minister told reporters after a cabinet meeting.
ad|Advertisement · Scroll to continue
ad|Report This Ad
p|"We have enough smelters in these regions. The priority now is to make sure existing plants meet environmental standards and to move further downstream, into battery materials and cells," the minister said.
p|Projects that have already received a permit will not be affected, he added, meaning dozens of plants under construction will still come online over the next few years.
p|Indonesia has attracted tens of billions of dollars of investment into nickel processing since it banned exports of raw ore in 2020, most of it from Chinese companies. Its share of global mined nickel supply has risen to more than half.
p|But the boom has come at a cost. Environmental groups say mining and smelting have cleared large areas of rainforest, polluted coastal waters and relied heavily on captive coal-fired power plants.
p|A report by a coalition of Indonesian non-governmental organisations last year estimated that more than 75,000 hectares of forest had been lost to nickel mining in the three provinces since 2015. The government has disputed the figures.
h2|MARKET REACTION
p|Shares in listed nickel miners fell on the news, with Vale Indonesia down 3.4% and Harita Nickel down 2.1% by the midday break, as investors weighed the impact on future expansion plans.
p|Nickel prices on the London Metal Exchange rose 1.6% to $16,240 a ton, their highest in six weeks, on expectations that slower growth in Indonesian output could tighten a market that has been in surplus for three years.
p|"It's a signal that Jakarta is willing to put a ceiling on supply growth, which the market hasn't seen before," said a Singapore-based metals analyst. "The question is whether it's enforced."
p|The government is also revising its rules on mining quotas, known as RKAB, to tie approvals to reforestation commitments, according to two officials familiar with the matter.
signature|Reporting by Rizky Santoso and Bernadette Wulandari in Jakarta; Additional reporting by Michelle Tan in Singapore; Writing by Michelle Tan; Editing by Kim Oduya and Susan Fenwick
tags|Suggested Topics:
tags|Land Use & Biodiversity
tags|Mining
tags|Asia Pacific
disclaimer|Our Standards: The Globewire Trust Principles., opens new tab
licensing|Purchase Licensing Rights
author-bio|Rizky Santoso
author-bio|Globewire
follow|Follow
author-bio|Rizky covers energy, mining and environmental policy in Indonesia. Before joining Globewire in 2019, he reported for a Jakarta business daily.
share|Share
share|X
share|Facebook
share|Linkedin
share|Email
share|Link
read-next|Read Next
read-next|Climate & Energy
read-next|Philippines aims to triple offshore wind capacity by 2035
read-next|category · 5 hours ago
read-next|Asia Pacific
read-next|Malaysia's palm oil exports rise for third straight month, cargo surveyors say
read-next|category · January 26, 2026
sponsored|Sponsored Content
sponsored|The energy transition needs critical minerals. Here's how to finance it
sponsored|Sponsored by Northgate Capital
footer|Site Index
footer|Browse
footer|World
footer|Business
footer|Markets
footer|Sustainability
footer|Legal
footer|About Globewire
footer|About Globewire, opens new tab
footer|Careers, opens new tab
footer|Globewire Fact Check
footer|Stay Informed
app|Download the App (iOS), opens new tab
app|Download the App (Android), opens new tab
newsletter|Newsletters
about|Information you can trust
about|Globewire is an independent news agency, supplying news to thousands of newspapers, broadcasters and websites in more than 100 countries every day.
social|Follow Us
footer|Cookies
footer|Terms of Use
footer|Privacy
footer|Accessibility
footer|Corrections
disclaimer|All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.
copyright|© 2026 Globewire. All rights reserved
"""),

 dict(id="actualite-cd-style-1", site="actualite-cd-style", lang="fr", sep="\n", title="Kinshasa : les tricycles « wewa » interdits sur les grandes artères à partir du 1er mars", date="2026-02-16", page="""
timestamp|Lundi 16 février 2026
ticker|Taux du jour : 1 USD = 2 842 CDF • 1 EUR = 3 071 CDF
social|Facebook • X • YouTube • Instagram • WhatsApp
menu|EBALE.CD
menu|L'info du Congo en continu
menu|Accueil
menu|Politique
menu|Sécurité
menu|Économie
menu|Société
menu|Provinces
menu|Santé
menu|Éducation
menu|Environnement
menu|Sport
menu|Culture
menu|Opinion
menu|Podcast
search|Rechercher
breaking|FLASH
breaking|Nord-Kivu : reprise des cours dans les écoles de Rutshuru après trois semaines d'interruption
ad|Publicité
ad|Envoyez de l'argent partout en RDC sans frais jusqu'au 28 février avec Mbongo Cash. *150# pour en profiter
breadcrumb|Accueil › Société › Kinshasa : les tricycles « wewa » interdits sur les grandes artères à partir du 1er mars
section-label|Société
h1|Kinshasa : les tricycles « wewa » interdits sur les grandes artères à partir du 1er mars
byline-label|Par
byline|Jonathan Kabeya
dateline|Publié le lun 16/02/2026 - 10:47
views|Lu 3 214 fois
reading-time|Temps de lecture : 3 min
font|A- A+
caption|Des tricycles stationnés au rond-point Victoire, dans la commune de Kalamu
credit|Photo d'illustration/Droits tiers
p|Les tricycles motorisés, communément appelés « wewa trois roues » ou « bajaj », ne pourront plus circuler sur les grandes artères de la ville de Kinshasa à compter du dimanche 1er mars 2026. La mesure est contenue dans un arrêté du gouverneur de la ville-province rendu public ce lundi 16 février.
p|Sont notamment concernés le boulevard du 30 Juin, le boulevard Lumumba, l'avenue de la Libération, le boulevard Triomphal ainsi que l'avenue Kasa-Vubu sur son tronçon compris entre le rond-point Victoire et le marché central. Les tricycles restent autorisés dans les quartiers et sur les voies secondaires.
p|Selon l'hôtel de ville, cette décision vise à « désengorger les principales voies de la capitale et à réduire le nombre d'accidents de circulation », dont une part importante impliquerait des engins à deux et trois roues.
read-also|Lire aussi : Kinshasa : 312 morts sur les routes en 2025, selon la Commission nationale de prévention routière
p|« Nous avons constaté que ces engins circulent sans respecter le code de la route, s'arrêtent n'importe où pour prendre des passagers et occupent toutes les bandes. Le boulevard du 30 Juin n'est pas un parking », a déclaré à Ebale.cd Maître Patrice Lukusa, ministre provincial des Transports et de la Mobilité urbaine.
h2|Colère chez les conducteurs
p|Du côté des conducteurs, la nouvelle est mal accueillie. Plusieurs centaines d'entre eux se sont rassemblés dans l'après-midi devant le siège de leur association, à Lingwala, pour exprimer leur mécontentement.
p|« Nous avons acheté ces engins à crédit. Si on nous chasse des grandes routes, où allons-nous trouver les clients ? Les gens qui vont au centre-ville, c'est là qu'ils sont », s'indigne Trésor Mbala, conducteur depuis quatre ans sur la ligne Matete-Gare centrale.
p|Le président de l'Association des conducteurs de tricycles de Kinshasa (ACTK) dit ne pas avoir été consulté. Il annonce une demande d'audience auprès du gouverneur et n'exclut pas un mouvement de grève si la mesure est maintenue sans période de transition.
ad|Publicité
h2|Des amendes et la mise en fourrière
p|L'arrêté prévoit une amende de 100 000 francs congolais pour tout contrevenant, ainsi que la mise en fourrière de l'engin en cas de récidive. La Police de circulation routière sera déployée aux principaux carrefours dès la première semaine de mars.
p|L'hôtel de ville assure par ailleurs que des points de stationnement seront aménagés à proximité des grandes artères, afin de permettre aux passagers de poursuivre leur trajet à pied ou en bus. Une liste de ces emplacements doit être publiée dans les prochains jours.
p|Ce n'est pas la première fois que les autorités urbaines tentent de réguler ce secteur. En 2022 déjà, une mesure similaire visant les motos-taxis dans le quartier de la Gombe avait été partiellement levée, faute de moyens pour la faire respecter.
signature|Jonathan Kabeya
tags|Étiquettes
tags|Kinshasa
tags|Transport
tags|Mobilité urbaine
tags|Wewa
share|Partager sur :
share|Facebook
share|X
share|WhatsApp
share|Telegram
share|LinkedIn
share|Copier le lien
whatsapp|Suivez l'actualité de la RDC en temps réel : rejoignez la chaîne WhatsApp d'Ebale.cd
comments|Ajouter un commentaire
comments|Votre nom
comments|Objet
comments|Commentaire
comments|À propos des formats de texte
comments|Texte brut
comments|Aucune balise HTML autorisée.
comments|Les lignes et les paragraphes vont à la ligne automatiquement.
comments|Les adresses de pages web et de courriels se transforment en liens automatiquement.
captcha|CAPTCHA
captcha|Cette question sert à vérifier si vous êtes un visiteur humain ou non afin d'éviter les soumissions de pourriel (spam) automatisées.
comments|Enregistrer
comments|Aperçu
related|Articles similaires
related|Kinshasa : les embouteillages sur le boulevard Lumumba paralysent l'est de la ville
related|13/02/2026 - 17:20
related|Transport en commun : 50 nouveaux bus attendus à Kinshasa avant la fin de l'année
related|09/02/2026 - 09:05
related|Kinshasa : démolition des constructions anarchiques le long de la rivière Kalamu
related|04/02/2026 - 14:58
teaser-list|Dernières infos
teaser-list|il y a 35 minutes
teaser-list|Ituri : la MONUSCO annonce le redéploiement d'une base à Djugu
teaser-list|il y a 1 heure
teaser-list|Haut-Katanga : hausse du prix du sac de farine de maïs à Lubumbashi
teaser-list|il y a 2 heures
teaser-list|Linafoot : le TP Mazembe reprend la tête du classement
most-read|Les plus lus
most-read|24 heures
most-read|7 jours
most-read|Assemblée nationale : la session extraordinaire convoquée pour le 2 mars
most-read|Examen d'État 2026 : le calendrier officiel publié
teaser-list|Kinshasa : les tricycles « wewa » interdits sur les grandes artères à partir du 1er mars
most-read|Sud-Kivu : des pluies diluviennes font d'importants dégâts à Uvira
newsletter|Recevez l'essentiel de l'actualité congolaise chaque matin dans votre boîte mail
newsletter|Votre adresse e-mail
newsletter|S'abonner
about|Ebale.cd est un site d'information générale édité à Kinshasa. Il couvre l'actualité politique, sécuritaire, économique et sociale de la République démocratique du Congo.
footer|Qui sommes-nous
footer|Notre équipe
footer|Nous contacter
footer|Annonces et publicité
footer|Politique de confidentialité
copyright|© 2026 Ebale.cd - Tous droits réservés
footer|Conçu et hébergé par KinWeb Solutions
back-to-top|Retour en haut
"""),
 dict(id="actualite-cd-style-2", site="actualite-cd-style", lang="fr", sep="\n", title="Kasaï-Central : les enseignants du primaire en grève pour réclamer trois mois d'arriérés de salaire", date="2026-03-09", page="""
timestamp|Lundi 9 mars 2026
ticker|Taux du jour : 1 USD = 2 851 CDF • 1 EUR = 3 094 CDF
social|Facebook • X • YouTube • Instagram • WhatsApp
menu|EBALE.CD
menu|L'info du Congo en continu
menu|Accueil
menu|Politique
menu|Sécurité
menu|Économie
menu|Société
menu|Provinces
menu|Santé
menu|Éducation
menu|Environnement
menu|Sport
menu|Culture
menu|Opinion
menu|Podcast
search|Rechercher
breaking|FLASH
breaking|Kinshasa : coupure d'électricité annoncée mardi dans six communes pour travaux de maintenance
ad|Publicité
ad|BANQUE DU FLEUVE - Ouvrez votre compte épargne en ligne en 5 minutes. Taux de 6 % l'an
breadcrumb|Accueil › Éducation › Kasaï-Central : les enseignants du primaire en grève pour réclamer trois mois d'arriérés de salaire
section-label|Éducation
h1|Kasaï-Central : les enseignants du primaire en grève pour réclamer trois mois d'arriérés de salaire
byline|Soumis par Clément Muamba le lun 09/03/2026 - 15:12
views|Lu 1 087 fois
reading-time|Temps de lecture : 3 min
font|A- A+
caption|Une salle de classe vide à l'école primaire Tshibashi, à Kananga, ce lundi 9 mars 2026
credit|Photo Ebale.cd
p|Les cours n'ont pas repris ce lundi 9 mars dans la majorité des écoles primaires publiques de la province du Kasaï-Central. Les enseignants, réunis au sein de l'intersyndicale provinciale, ont entamé une grève sèche pour réclamer le paiement de trois mois d'arriérés de salaire.
p|À Kananga, chef-lieu de la province, Ebale.cd a constaté que plusieurs établissements des communes de Katoka, Kananga et Ndesha étaient fermés. Dans d'autres, des élèves se sont présentés dans la matinée avant d'être renvoyés à la maison.
p|« Depuis décembre, beaucoup d'entre nous n'ont rien perçu. Les nouvelles unités, c'est encore pire : certains enseignent depuis deux ans sans avoir jamais été payés. On ne peut pas continuer à travailler le ventre creux », explique Joséphine Kapinga, enseignante dans une école conventionnée catholique de Katoka.
read-also|Lire aussi : Gratuité de l'enseignement : le gouvernement promet la mécanisation de 40 000 nouvelles unités en 2026
h2|Les revendications de l'intersyndicale
p|Dans un mémo adressé au gouverneur de province et au ministre national de l'Éducation, l'intersyndicale énumère ses principales exigences :
li|le paiement immédiat des salaires des mois de décembre 2025, janvier et février 2026 ;
li|la mécanisation des enseignants dits « nouvelles unités », qui travaillent sans matricule ;
li|l'alignement de la prime de zone rurale sur celle des provinces voisines ;
li|l'arrêt des retenues jugées illégales opérées par certains bureaux gestionnaires.
p|Le président de l'intersyndicale, Jean-Pierre Tshimanga, affirme que la grève est « illimitée » et ne sera levée qu'après des paiements effectifs. « Nous avons déjà attendu trop longtemps. Les promesses ne suffisent plus », a-t-il déclaré lors d'un point de presse tenu à la paroisse Saint-Clément.
ad|Publicité
h2|Le gouvernement provincial appelle au dialogue
p|Joint au téléphone, le ministre provincial de l'Éducation, Albert Ngalula, reconnaît des « retards de paie » qu'il attribue à des difficultés techniques dans la bancarisation, certaines agences bancaires n'étant pas présentes dans les territoires reculés. Il assure que les fonds du mois de décembre ont été virés et que la paie devrait intervenir « dans les tout prochains jours ».
p|Il appelle les enseignants à reprendre le chemin de l'école « dans l'intérêt des enfants », rappelant que les épreuves de l'Examen national de fin d'études primaires (ENAFEP) approchent.
p|Les parents d'élèves, eux, s'inquiètent. « Nos enfants ont déjà perdu des semaines à cause des pluies et des routes coupées. Si la grève dure, ils vont échouer », redoute un père de famille rencontré au marché central de Kananga.
p|Selon l'intersyndicale, des mouvements similaires sont envisagés dans les provinces voisines du Kasaï et du Kasaï-Oriental si aucune solution n'est trouvée d'ici la fin du mois.
signature|Clément Muamba, à Kananga
tags|Étiquettes
tags|Kasaï-Central
tags|Grève
tags|Enseignants
tags|Gratuité de l'enseignement
share|Partager sur :
share|Facebook
share|X
share|WhatsApp
share|Telegram
share|LinkedIn
share|Copier le lien
whatsapp|Suivez l'actualité de la RDC en temps réel : rejoignez la chaîne WhatsApp d'Ebale.cd
comments|Commentaires
comments|Kabasele (non vérifié)
comments|lun 09/03/2026 - 16:40
comments|Toujours la même chanson chaque année. Où va l'argent de la gratuité ?
comments|Répondre
comments|Ajouter un commentaire
comments|Votre nom
comments|Objet
comments|Commentaire
comments|À propos des formats de texte
comments|Texte brut
comments|Aucune balise HTML autorisée.
comments|Les lignes et les paragraphes vont à la ligne automatiquement.
comments|Les adresses de pages web et de courriels se transforment en liens automatiquement.
captcha|CAPTCHA
captcha|Cette question sert à vérifier si vous êtes un visiteur humain ou non afin d'éviter les soumissions de pourriel (spam) automatisées.
comments|Enregistrer
comments|Aperçu
related|Articles similaires
related|Kasaï : les élèves de Tshikapa passent les cours sous des arbres faute de salles de classe
related|02/03/2026 - 11:30
related|EPST : le ministre annonce le contrôle de la paie dans toutes les provinces éducationnelles
related|24/02/2026 - 18:02
teaser-list|Dernières infos
teaser-list|il y a 12 minutes
teaser-list|Sénat : le budget rectificatif 2026 adopté en commission
teaser-list|il y a 48 minutes
teaser-list|Tanganyika : une épidémie de choléra déclarée à Kalemie
teaser-list|il y a 3 heures
teaser-list|Léopards : la liste des joueurs convoqués pour les éliminatoires dévoilée
most-read|Les plus lus
most-read|24 heures
most-read|7 jours
most-read|Lualaba : les exportations de cobalt reprennent sous le régime des quotas
most-read|Kinshasa : les tricycles « wewa » désormais interdits sur le boulevard du 30 Juin
most-read|Bunia : couvre-feu instauré après des tirs nocturnes
newsletter|Recevez l'essentiel de l'actualité congolaise chaque matin dans votre boîte mail
newsletter|Votre adresse e-mail
newsletter|S'abonner
about|Ebale.cd est un site d'information générale édité à Kinshasa. Il couvre l'actualité politique, sécuritaire, économique et sociale de la République démocratique du Congo.
footer|Qui sommes-nous
footer|Notre équipe
footer|Nous contacter
footer|Annonces et publicité
footer|Politique de confidentialité
copyright|© 2026 Ebale.cd - Tous droits réservés
footer|Conçu et hébergé par KinWeb Solutions
back-to-top|Retour en haut
"""),

 dict(id="yahoo-news-syndication-style-1", site="yahoo-news-syndication-style", lang="en", sep="\n", title="Colorado River states agree to deeper cuts as Lake Mead nears record low", date="2026-02-19", page="""
skip-link|Skip to main content
skip-link|Skip to related content
menu|Beacon
menu|Mail
menu|News
menu|Finance
menu|Sports
menu|Entertainment
menu|Life
menu|Shopping
menu|More
search|Search query
search|Search the web
account|Sign in
mail|Mail
menu|Beacon News
menu|Home
menu|US
menu|Politics
menu|World
menu|Climate change
menu|Health
menu|Science
menu|Originals
menu|Newsletters
menu|Games
provider|American Wire Press
h1|Colorado River states agree to deeper cuts as Lake Mead nears record low
byline|ELENA VARGAS and DAVID OKAFOR
dateline|Thu, February 19, 2026 at 11:42 PM UTC
reading-time|5 min read
comments|1,284
share|Link Copied
caption|FILE - A white band of mineral deposits marks the former high-water line on the canyon walls above Lake Mead near Boulder City, Nev., Aug. 14, 2025. (AWP Photo/Marcus Reyes, File)
gallery|1 / 2
p|PHOENIX (AWP) — The seven states that share the Colorado River agreed Thursday to a temporary plan for deeper cuts in water deliveries over the next two years, as officials warned that Lake Mead, the nation's largest reservoir, could fall to its lowest level on record by the end of the summer.
p|The deal, announced by federal and state officials in a joint statement, would reduce deliveries to Arizona, Nevada and California by a combined 2.1 million acre-feet a year, roughly 15% more than under the cuts already in place. Mexico, which receives a share of the river under a 1944 treaty, is expected to sign on to a parallel reduction.
p|"Nobody got everything they wanted, and that's how you know it's a real compromise," said the U.S. Interior Department's deputy secretary for water and science. "The river simply does not have the water it had 25 years ago."
ad|Advertisement
p|The agreement comes after more than two years of tense negotiations over how to manage the river after the current operating guidelines expire at the end of 2026. Talks stalled repeatedly over how to divide cuts between the upper basin states — Colorado, Utah, Wyoming and New Mexico — and the lower basin.
p|Snowpack in the Rocky Mountains, which feeds most of the river's flow, stood at about 62% of normal this week, according to federal data, after a dry and unusually warm winter across much of the West.
read-more|Story continues
p|Arizona will again bear the largest share of the reductions. Farmers in Pinal County, who lost most of their river water in earlier rounds of cuts, have already shifted to groundwater or left fields fallow. Cities including Phoenix and Tucson say they have stored enough water underground to avoid mandatory restrictions on residents this year.
p|"We've planned for this day for a long time," Phoenix's water services director said in an interview. "People are not going to turn on their taps and find nothing. But the era of cheap, abundant water is over."
p|In California, the Imperial Irrigation District, the river's single largest user, agreed to leave an additional 250,000 acre-feet in Lake Mead in exchange for federal payments, extending a conservation program first used in 2023.
p|The temporary plan does not settle the larger question of how the river will be managed in the long run. Federal officials said they still expect to publish a draft of new long-term guidelines later this year, and several tribes with water rights on the river said they had not been adequately consulted.
p|"Tribes hold some of the most senior rights on this river, and yet we keep learning about these deals from the newspaper," said the chairman of one Arizona tribe, who called for a seat at the table in the next round of talks.
p|Lake Mead, formed by Hoover Dam on the Arizona-Nevada line, was about 31% full this week. Lake Powell, upstream, was at about 28%.
signature|American Wire Press writer Kevin Lam in Las Vegas contributed to this report.
copyright|Copyright 2026 American Wire Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
comments|View comments (1,284)
video|Up next
video|Lake Powell levels drop as snowpack lags across the West
video|0:00 / 1:52
video|Beacon News Video
trending|Trending Now
trending|1. Super Bowl ticket prices
trending|2. Mortgage rates
trending|3. Winter storm warning
trending|4. Tax refund schedule
trending|5. Measles outbreak
weather|New York, NY
weather|34°
weather|H: 39° L: 27°
weather|See more weather
related|Recommended Stories
related|Drought forces Utah to cap new housing water hookups
related|The Salt Lake Ledger · 6h ago
related|Western farmers brace for another dry spring as reservoirs shrink
related|American Wire Press · 1d ago
related|Why your water bill could double in the next decade
related|Beacon Finance · 2d ago
footer|Terms/Privacy Policy
footer|Your Privacy Choices
footer|CA Privacy Notice
footer|About Our Ads
footer|Help
footer|Feedback
copyright|© 2026 Beacon. All rights reserved.
"""),
 dict(id="yahoo-news-syndication-style-2", site="yahoo-news-syndication-style", lang="en", sep="\n", title="Town's only grocery store closes, leaving residents a 40-mile drive for milk", date="2026-01-08", page="""
skip-link|Skip to main content
skip-link|Skip to related content
menu|Beacon
menu|Mail
menu|News
menu|Finance
menu|Sports
menu|Entertainment
menu|Life
menu|Shopping
menu|More
search|Search query
search|Search the web
account|Sign in
mail|Mail
menu|Beacon News
menu|Home
menu|US
menu|Politics
menu|World
menu|Climate change
menu|Health
menu|Science
menu|Originals
menu|Newsletters
menu|Games
provider|The Prairie Sentinel
h1|Town's only grocery store closes, leaving residents a 40-mile drive for milk
byline|Hannah Lindgren, The Prairie Sentinel
dateline|Thu, January 8, 2026 at 6:15 PM UTC
reading-time|4 min read
comments|312
share|Link Copied
caption|Shelves stand empty inside Hoffman's Market in Clearwater, Neb., on Jan. 5, 2026, days before the store closed for good.
credit|Hannah Lindgren/The Prairie Sentinel
p|CLEARWATER, Neb. — For 71 years, Hoffman's Market sold the milk, bread and ground beef that kept this town of 430 people fed. On Saturday afternoon, Dale Hoffman turned off the coolers, swept the floor one last time and locked the front door.
p|"I kept telling myself one more year," said Hoffman, 68, who took over the store from his father in 1989. "But the numbers stopped working a long time ago. I was paying to keep it open."
p|The closest full grocery store is now in Neligh, about 20 miles away. For residents on the farms north of town, the round trip is closer to 40 miles — a real burden for older people who no longer drive, or for anyone when winter storms close the county roads.
ad|Advertisement
p|Clearwater is far from alone. Hundreds of small-town grocery stores across the Great Plains have closed over the past two decades, squeezed by shrinking populations, rising wholesale prices and competition from supercenters and online delivery in bigger towns.
p|Researchers at the state university estimate that about a third of Nebraska's towns with fewer than 1,000 residents no longer have a store selling fresh food.
read-more|Story continues
p|"When the grocery store goes, a lot of other things follow," said a rural sociologist who studies small-town economies. "It's where people see each other. It's often the last business on Main Street that's open six days a week."
p|Residents say they are already feeling the loss. Marla Jensen, 79, who lives three blocks from the store, said she used to walk there every morning for the newspaper and a few groceries.
p|"Now I have to wait for my daughter to drive up from Norfolk on the weekend," she said. "I bought two freezers' worth of food in December because I knew this was coming."
p|Town leaders are looking for a way to reopen the store. The village board has scheduled a public meeting for Jan. 20 to discuss options, which could include:
li|a community-owned cooperative, with residents buying shares;
li|a smaller store run by the village, with limited hours;
li|a partnership with a regional chain to open a satellite store stocked from Neligh.
p|Several Nebraska towns have kept their stores alive through cooperatives in recent years, sometimes with help from a state grant program for rural grocers. But organizers say it can take a year or more to raise money and recruit a manager.
p|Hoffman said he would be willing to lease the building to a cooperative at a low rent and has offered to help train whoever takes over.
p|"I don't want to see it sit empty," he said. "This town deserves a store."
signature|Reach Hannah Lindgren at hlindgren@prairiesentinel.com.
signature|This article originally appeared on The Prairie Sentinel: Town's only grocery store closes, leaving residents a 40-mile drive for milk
comments|View comments (312)
video|Up next
video|Small towns try co-ops to save grocery stores
video|0:00 / 2:07
video|Beacon News Video
trending|Trending Now
trending|1. Powerball jackpot
trending|2. Golden Globes winners
trending|3. Social Security COLA
trending|4. Flu cases
trending|5. Polar vortex
weather|New York, NY
weather|28°
weather|H: 31° L: 19°
weather|See more weather
related|Recommended Stories
related|Dollar store chain to close 150 locations in rural areas
related|Beacon Finance · 3h ago
related|Farm bill stalls again as lawmakers head home
related|American Wire Press · 9h ago
related|This Iowa town bought its own grocery store. Here's how it's going
related|The Des Moines Courier · 2d ago
footer|Terms/Privacy Policy
footer|Your Privacy Choices
footer|CA Privacy Notice
footer|About Our Ads
footer|Help
footer|Feedback
copyright|© 2026 Beacon. All rights reserved.
"""),
]
