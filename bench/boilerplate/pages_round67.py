# Round 67: eight pages on four more layouts (a French national daily's Africa section, partly paywalled, a Russian
# state news agency's English wire, a Burkinabè daily's news portal, a British national daily's world news page),
# written blind: without looking at the classifier, its rules or the benchmark, measured once. Each line:
# "label|text". Invented text; no real article is copied.
ROUND67 = [
 dict(id="le-monde-afrique-style-1", site="le-monde-afrique-style", lang="fr", sep="\n", title="A Abidjan, la flambée des loyers repousse les classes moyennes toujours plus loin du centre", date="2026-02-12", page="""
skip-link|Aller au contenu principal
skip-link|Aller à la navigation
menu|Le Globe
menu|Le Globe Afrique
subscribe|S'abonner
account|Se connecter
menu|Rubriques
menu|Afrique
menu|Afrique de l'Ouest
menu|Afrique de l'Est
menu|Afrique centrale
menu|Afrique australe
menu|Maghreb
menu|Économie
menu|Culture
menu|Sport
menu|Débats
menu|Podcasts
search|Rechercher
epaper|Édition du jour
epaper|Daté du jeudi 12 février 2026
breadcrumb|Afrique › Côte d'Ivoire
section-label|Côte d'Ivoire
h1|A Abidjan, la flambée des loyers repousse les classes moyennes toujours plus loin du centre
lead|Dans la capitale économique ivoirienne, les prix de location ont bondi de près de 40 % en cinq ans. Fonctionnaires, cadres du privé et jeunes diplômés s'installent à Anyama, Bingerville ou Songon, au prix d'interminables trajets.
byline|Par Clémence Aubry-Koné (Abidjan, correspondance)
dateline|Publié le 12 février 2026 à 06h00, modifié le 12 février 2026 à 10h14
reading-time|Temps de Lecture 4 min.
share|Offrir l'article
save|Lire plus tard
share|Partager
paywall|Article réservé aux abonnés
caption|Des immeubles en construction dans le quartier de la Riviera, à Abidjan, le 3 février 2026.
credit|KOFFI ADJOUMANI / AFP
p|Chaque matin à 4 h 45, Armelle quitte son deux-pièces d'Anyama, au nord d'Abidjan, pour attraper le premier gbaka, ces minibus verts qui sillonnent la métropole. Comptable dans une société de transit du Plateau, le quartier des affaires, elle passe désormais près de quatre heures par jour dans les embouteillages. « Je n'ai pas eu le choix, raconte la trentenaire. A Cocody, on me demandait 250 000 francs CFA [environ 380 euros] par mois pour un studio, plus dix mois de caution. C'est la moitié de mon salaire. »
p|Son cas est loin d'être isolé. Selon une étude publiée en janvier par un cabinet de conseil immobilier installé à Abidjan, le loyer moyen d'un appartement de trois pièces dans les communes centrales a augmenté de 38 % entre 2020 et 2025. Dans le même temps, le salaire minimum n'a été revalorisé qu'une fois, et les traitements des fonctionnaires sont restés quasiment stables.
read-also|Lire aussi Article réservé à nos abonnés  En Côte d'Ivoire, le gouvernement veut encadrer les cautions exigées par les propriétaires
p|Plusieurs facteurs expliquent cette envolée. La croissance démographique de la ville, qui compte désormais plus de 6 millions d'habitants, la vague de « déguerpissements » – ces démolitions de quartiers précaires engagées depuis 2024 – et l'afflux de cadres expatriés et d'organisations internationales ont fait grimper la demande bien plus vite que l'offre.
p|« Les promoteurs construisent surtout du haut de gamme, parce que c'est là que les marges sont les plus fortes, observe un urbaniste de l'université Félix-Houphouët-Boigny. Le logement intermédiaire, celui que peuvent s'offrir un enseignant ou une infirmière, est le grand oublié. »
h2|« Le démarcheur prend un mois de loyer »
p|A cette pression s'ajoutent des pratiques que les locataires jugent abusives. Outre les cautions, qui peuvent atteindre un an de loyer malgré une loi de 2019 censée les plafonner, les candidats doivent souvent payer un démarcheur, intermédiaire informel qui exige l'équivalent d'un mois de loyer pour une simple visite réussie.
p|Le programme gouvernemental de logements sociaux, lancé il y a plus de dix ans, n'a livré qu'une fraction des unités promises. Dans les files d'attente des guichets de souscription, certains affirment avoir versé un apport il y a six ou sept ans sans avoir jamais reçu les clés.
paywall|Il vous reste 61.48% de cet article à lire. La suite est réservée aux abonnés.
paywall|Vous pouvez lire Le Globe sur un seul appareil à la fois
paywall|Ce message s'affichera sur l'autre appareil.
paywall|Découvrir les offres multicomptes
paywall|Déjà abonné ? Se connecter
subscribe|Offre spéciale : accédez à tous nos contenus à partir de 1 € le premier mois
subscribe|S'abonner
comments|Contribuer
share|Réutiliser ce contenu
newsletter|Newsletter « Le Globe Afrique »
newsletter|Depuis Dakar, Abidjan, Nairobi ou Johannesburg, l'essentiel de l'actualité africaine chaque samedi dans votre boîte mail.
newsletter|S'inscrire
whatsapp|Le Globe Afrique sur WhatsApp : rejoignez notre chaîne pour suivre l'actualité du continent
related|Sur le même sujet
related|Article réservé à nos abonnés Au Sénégal, les jeunes de Dakar face à la crise du logement
related|Article réservé à nos abonnés Côte d'Ivoire : la croissance reste forte mais la vie chère inquiète
related|« A Lagos, la ville s'étend plus vite que les routes »
most-read|Les plus lus
most-read|Au Kenya, la grève des médecins paralyse les hôpitaux publics
most-read|RDC : ce que prévoit l'accord de cessez-le-feu signé à Doha
most-read|Maroc : le chantier du TGV Kénitra-Marrakech prend du retard
most-read|Article réservé à nos abonnés Au Mali, les mines d'or artisanales attirent des milliers de jeunes
ad|Publicité
games|Jeux
games|Mots croisés, sudoku, mots fléchés : nos grilles du jour
games|Jouer
footer|Le Globe Afrique
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Index des sujets
footer|Mentions légales
footer|Conditions générales de vente
footer|Charte du groupe
footer|Politique de confidentialité
cookie|Gestion des cookies
footer|Journal indépendant
network|Les sites du groupe : Le Globe, L'Hebdo du Globe, Globe Diplomatique, Radio Globe
app|Télécharger l'application Le Globe
copyright|© Le Globe 2026 - Reproduction interdite de tous les articles du site sans l'accord de la rédaction
"""),
 dict(id="le-monde-afrique-style-2", site="le-monde-afrique-style", lang="fr", sep="\n", title="Tanzanie : Zanzibar instaure une taxe sur les plongeurs pour financer la protection de ses récifs", date="2026-01-08", page="""
skip-link|Aller au contenu principal
skip-link|Aller à la navigation
menu|Le Globe
menu|Le Globe Afrique
subscribe|S'abonner
account|Se connecter
menu|Rubriques
menu|Afrique
menu|Afrique de l'Ouest
menu|Afrique de l'Est
menu|Afrique centrale
menu|Afrique australe
menu|Maghreb
menu|Économie
menu|Culture
menu|Sport
menu|Débats
menu|Podcasts
search|Rechercher
breadcrumb|Afrique › Tanzanie
section-label|Tanzanie
h1|Tanzanie : Zanzibar instaure une taxe sur les plongeurs pour financer la protection de ses récifs
lead|A partir du 1er mars, chaque visiteur pratiquant la plongée ou le snorkeling dans l'archipel devra s'acquitter d'une redevance de 15 dollars. Les autorités veulent enrayer le blanchissement des coraux.
byline|Le Globe Afrique avec AFP
dateline|Publié le 08 janvier 2026 à 17h32
reading-time|Temps de Lecture 3 min.
share|Offrir l'article
save|Lire plus tard
share|Partager
listen|Écouter cet article
listen|00:00 / 03:41
caption|Des touristes s'apprêtent à plonger au large de l'île de Mnemba, dans l'archipel de Zanzibar, en août 2025.
credit|TONY KARUMBA / AFP
p|Les autorités de Zanzibar ont annoncé, mercredi 7 janvier, l'instauration d'une taxe spécifique pour les touristes pratiquant la plongée sous-marine ou le snorkeling autour de l'archipel semi-autonome tanzanien. Cette redevance de 15 dollars (environ 13 euros) par personne et par séjour sera prélevée à partir du 1er mars par les clubs de plongée et les opérateurs d'excursions en mer, a précisé le ministère de l'économie bleue.
p|Les recettes, estimées à plus de 4 millions de dollars par an, doivent financer la surveillance des aires marines protégées, la replantation de coraux et l'installation de bouées d'amarrage pour éviter que les bateaux ne jettent l'ancre sur les récifs.
p|« Nos récifs sont notre capital. Sans eux, il n'y a plus de tourisme, plus de poisson, plus de protection contre l'érosion », a déclaré le ministre lors d'une conférence de presse à Stone Town, la vieille ville classée au patrimoine mondial de l'Unesco.
read-also|Lire aussi  A Zanzibar, le boom touristique bouscule la vie des pêcheurs
h2|Un blanchissement massif en 2024
p|L'archipel, qui a accueilli près de 800 000 touristes en 2025, un record, a été durement touché par l'épisode mondial de blanchissement des coraux de 2024. Selon une évaluation menée par l'Institut des sciences marines de Zanzibar, jusqu'à un tiers des coraux de certains sites très fréquentés, comme l'atoll de Mnemba, ont péri après plusieurs semaines de températures anormalement élevées.
p|Les scientifiques pointent aussi la pression directe des visiteurs : palmes qui heurtent les coraux, crèmes solaires, surfréquentation de quelques sites vedettes où se pressent parfois plus de vingt bateaux en même temps.
p|La nouvelle réglementation prévoit également :
li|un plafond journalier de visiteurs sur l'atoll de Mnemba ;
li|l'interdiction des crèmes solaires non certifiées « sans danger pour les récifs » lors des excursions ;
li|la formation obligatoire des guides de plongée à la protection des fonds marins.
ad|Publicité
p|Les professionnels du tourisme se montrent partagés. L'association des opérateurs de plongée de l'archipel dit soutenir l'objectif mais s'inquiète du calendrier, jugé trop court, et réclame des garanties sur l'utilisation des fonds. « Nous voulons voir les bouées dans l'eau, pas seulement une ligne de plus sur la facture », a réagi son président, cité par la presse locale.
p|Zanzibar avait déjà instauré en 2024 une assurance obligatoire pour tous les visiteurs étrangers, une mesure critiquée à l'époque par une partie du secteur. Le tourisme représente près de 30 % du produit intérieur brut de l'archipel et la majorité de ses recettes en devises.
signature|Le Globe Afrique avec AFP
comments|Contribuer
share|Réutiliser ce contenu
newsletter|Newsletter « Le Globe Afrique »
newsletter|Depuis Dakar, Abidjan, Nairobi ou Johannesburg, l'essentiel de l'actualité africaine chaque samedi dans votre boîte mail.
newsletter|S'inscrire
whatsapp|Le Globe Afrique sur WhatsApp : rejoignez notre chaîne pour suivre l'actualité du continent
related|Sur le même sujet
related|Article réservé à nos abonnés Au Kenya, les pêcheurs de Lamu face à la disparition des mangroves
related|Océan Indien : les Seychelles veulent limiter les croisières
related|Article réservé à nos abonnés « Le tourisme de masse menace les côtes est-africaines »
subscribe|Découvrir les offres Le Globe
subscribe|Le Globe Afrique, c'est aussi des enquêtes, des reportages et des analyses réservés aux abonnés. Sans engagement, à partir de 1 € le premier mois.
subscribe|Je m'abonne
most-read|Les plus lus
most-read|Au Kenya, la grève des médecins paralyse les hôpitaux publics
most-read|Article réservé à nos abonnés Au Cameroun, la succession au cœur de toutes les conversations
most-read|Afrique du Sud : l'ANC et ses alliés trouvent un accord sur le budget
games|Jeux
games|Mots croisés, sudoku, mots fléchés : nos grilles du jour
games|Jouer
footer|Le Globe Afrique
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Index des sujets
footer|Mentions légales
footer|Conditions générales de vente
footer|Charte du groupe
footer|Politique de confidentialité
cookie|Gestion des cookies
footer|Journal indépendant
network|Les sites du groupe : Le Globe, L'Hebdo du Globe, Globe Diplomatique, Radio Globe
app|Télécharger l'application Le Globe
copyright|© Le Globe 2026 - Reproduction interdite de tous les articles du site sans l'accord de la rédaction
"""),
 dict(id="tass-english-style-1", site="tass-english-style", lang="en", sep="\n", title="Russian grain exports to Africa up 18% in 2025, agriculture ministry says", date="2026-01-20", page="""
menu|ROSINFORM
menu|Russian News Agency
lang-switch|Русский
lang-switch|Español
lang-switch|中文
search|Search
menu|Russian Politics & Diplomacy
menu|World
menu|Business & Economy
menu|Military & Defense
menu|Science & Space
menu|Emergencies
menu|Society & Culture
menu|Press Review
menu|Sports
menu|Infographics
menu|Special projects
breaking|BREAKING NEWS: Kremlin says Russian, US delegations to meet in Riyadh next week
section-label|Business & Economy
dateline|20 JAN 2026, 14:05
dateline|UPDATED: 20 JAN 2026, 15:31
h1|Russian grain exports to Africa up 18% in 2025, agriculture ministry says
lead|Egypt, Algeria and Kenya remained the largest buyers on the continent, the deputy minister said
caption|Grain terminal in the port of Novorossiysk © Vitaly Timkin/ROSINFORM
p|MOSCOW, January 20. /ROSINFORM/. Russia's grain exports to African countries grew by 18% in 2025 compared with the previous year and exceeded 26 million tonnes, Deputy Agriculture Minister Sergei Dolgushin told reporters on Tuesday.
p|"African countries are our strategic partners in food security. Despite all the logistical and financial obstacles created by unfriendly states, supplies to the continent continued to grow," he said.
p|According to the deputy minister, wheat accounted for about 85% of the total volume, with the rest made up of barley, corn and pulses. Egypt, Algeria and Kenya remained the largest buyers, while shipments to Nigeria, Tanzania and Sudan showed the fastest growth.
read-also|Read also
read-also|Russia ready to expand humanitarian grain supplies to least developed countries - diplomat
p|Dolgushin noted that Russian exporters had increasingly switched to settlements in national currencies. "More than a third of contracts with African buyers are now settled in rubles or the partners' currencies, bypassing the dollar," he said, without naming specific countries.
p|The ministry also expects the opening of a new grain terminal in the port of Taman and the launch of a logistics hub in one of the East African countries to help increase supplies further in 2026. Talks on the hub are at an advanced stage, the deputy minister added.
h2|Free supplies
p|Since 2023, Russia has delivered free grain to six African countries, including Burkina Faso, Mali, Somalia, the Central African Republic, Eritrea and Zimbabwe. According to Dolgushin, the programme will continue this year, and several more countries have applied to join it.
p|At the same time, he said, the ministry is working with Russian companies on the construction of grain storage facilities and flour mills in Africa, which would allow partners to "create their own processing capacity rather than only import."
p|Earlier, the head of the Russian Grain Union said that the overall grain export potential of Russia in the 2025/2026 agricultural year could reach 53-55 million tonnes, depending on the weather in the spring and world prices. Russia harvested about 135 million tonnes of grain in 2025, according to preliminary data from the national statistics service.
p|In late 2025, the Russian government extended the grain export quota mechanism until mid-2026. The quota for the period from February 15 to June 30 has been set at 20 million tonnes, the agriculture ministry said earlier.
tags|Tags
tags|Grain exports
tags|Africa
tags|Agriculture
share|Share
share|VK
share|Telegram
share|OK
share|Copy link
social|Follow ROSINFORM on Telegram
teaser-list|Top stories
teaser-list|Lavrov to hold talks with Egyptian counterpart in Moscow on Wednesday
teaser-list|Russian forces liberate two more settlements in DPR - Defense Ministry
teaser-list|Ruble strengthens against dollar, euro at opening of Moscow Exchange trading
teaser-list|Latest news
teaser-list|15:48
teaser-list|Russia's Arctic oil exports via Northern Sea Route to rise in 2026 - official
teaser-list|15:41
teaser-list|Kazakhstan, Russia agree to expand cooperation in nuclear power engineering
teaser-list|15:27
teaser-list|Putin to address plenary session of Russian Energy Week - Kremlin
teaser-list|15:12
teaser-list|Snowfall disrupts traffic in Vladivostok, over 40 flights delayed
read-more|All news
read-more|Show more
footer|ROSINFORM
footer|About us
footer|Contacts
footer|Advertising
footer|Privacy policy
footer|Rules for using information
disclaimer|ROSINFORM Russian News Agency. Mass media registration certificate No. FS77-00000 issued by the Federal Service for Supervision of Communications, Information Technology and Mass Media.
contact|Editor-in-chief: Andrei Valeryevich Sokolov. Email: newsdesk@rosinform.example. Tel.: +7 (495) 000-00-00
footer|Age restrictions 18+
copyright|Copyright © ROSINFORM, 1999-2026. All rights reserved.
cookie|This site uses cookies. By continuing to use the site you agree to this. OK
"""),
 dict(id="tass-english-style-2", site="tass-english-style", lang="en", sep="\n", title="Record 42 million tonnes of cargo shipped via Northern Sea Route in 2025 - Rosatom", date="2026-01-14", page="""
menu|ROSINFORM
menu|Russian News Agency
lang-switch|Русский
lang-switch|Español
lang-switch|中文
search|Search
menu|Russian Politics & Diplomacy
menu|World
menu|Business & Economy
menu|Military & Defense
menu|Science & Space
menu|Emergencies
menu|Society & Culture
menu|Press Review
menu|Sports
menu|Infographics
menu|Special projects
section-label|Business & Economy
dateline|14 JAN 2026, 11:22
h1|Record 42 million tonnes of cargo shipped via Northern Sea Route in 2025 - Rosatom
lead|Transit voyages between Europe and Asia grew to 104, the state corporation's Arctic directorate said
video|Video
video|00:58
p|MOSCOW, January 14. /ROSINFORM/. Cargo traffic along the Northern Sea Route (NSR) reached a record 42.1 million tonnes in 2025, the Northern Sea Route directorate of the Rosatom state corporation said in a statement on Wednesday.
p|"This is the highest figure in the entire history of the Arctic route. The growth was achieved primarily due to liquefied natural gas, crude oil and container shipments," the statement said.
p|The volume of transit cargo between ports of Europe and Asia increased to 3.6 million tonnes, with 104 transit voyages completed in the navigation season, up from 92 a year earlier. Most of the transit shipments were made by vessels sailing between Russia's northwestern ports and China.
infographics|Infographics
infographics|Northern Sea Route: how Russia's Arctic shortcut works
infographics|Click to view
p|According to the directorate, the summer-autumn navigation season lasted a record 161 days thanks to the operation of nuclear-powered icebreakers, which escorted 612 vessels. The newest icebreaker of Project 22220 entered service in December and will be based in the eastern sector of the route.
h2|Plans for 2026
p|The directorate listed the main tasks for the current year:
li|to ensure year-round navigation in the eastern sector of the route starting from 2027;
li|to complete the construction of two more universal nuclear icebreakers;
li|to launch a regular container line between St. Petersburg and Vladivostok with at least 12 voyages a year;
li|to expand the network of emergency rescue centers along the route.
p|"The Northern Sea Route is becoming a full-fledged international transport corridor. Our foreign partners, first of all from China and India, are showing growing interest in using it," the directorate's head Igor Vetlugin was quoted as saying.
read-also|Read also
read-also|Russia, India discuss training of Indian seafarers for Arctic navigation
p|The federal plan for the development of the NSR until 2035 envisages that cargo traffic along the route should reach 80 million tonnes by 2030 and 130 million tonnes by 2035. Experts have earlier pointed out that achieving these targets will depend on the timely launch of new Arctic LNG and oil projects, as well as on the construction of ice-class tankers and gas carriers.
p|The Northern Sea Route is the shortest shipping route between the European part of Russia and the Far East. It runs along the coast of the Arctic Ocean from the Kara Gates strait to the Bering Strait. The distance between St. Petersburg and Vladivostok via the NSR is about 14,000 km, compared with over 23,000 km via the Suez Canal.
tags|Tags
tags|Northern Sea Route
tags|Rosatom
tags|Arctic
share|Share
share|VK
share|Telegram
share|OK
share|Copy link
social|Follow ROSINFORM on Telegram
related|More news on the topic
related|Russia's first Arctic container hub to open in Murmansk in 2027
related|13 JAN, 18:40
related|Nuclear icebreaker escorts record convoy through East Siberian Sea
related|9 JAN, 09:15
teaser-list|Latest news
teaser-list|11:58
teaser-list|Moscow Exchange index opens higher amid rise in oil prices
teaser-list|11:49
teaser-list|Zakharova comments on new EU sanctions package
teaser-list|11:36
teaser-list|Central Bank sets official ruble exchange rate for January 15
teaser-list|11:30
teaser-list|Russian cosmonauts to conduct spacewalk from ISS in February
read-more|All news
read-more|Show more
footer|ROSINFORM
footer|About us
footer|Contacts
footer|Advertising
footer|Privacy policy
footer|Rules for using information
disclaimer|ROSINFORM Russian News Agency. Mass media registration certificate No. FS77-00000 issued by the Federal Service for Supervision of Communications, Information Technology and Mass Media.
contact|Editor-in-chief: Andrei Valeryevich Sokolov. Email: newsdesk@rosinform.example. Tel.: +7 (495) 000-00-00
footer|Age restrictions 18+
copyright|Copyright © ROSINFORM, 1999-2026. All rights reserved.
cookie|This site uses cookies. By continuing to use the site you agree to this. OK
"""),
 dict(id="aujourdhui-au-faso-style-1", site="aujourdhui-au-faso-style", lang="fr", sep="\n", title="Koudougou : 300 producteurs de soja formés aux techniques de conservation post-récolte", date="2026-02-10", page="""
timestamp|mardi, février 10, 2026
weather|Ouagadougou 36°C
ticker|Dernières nouvelles :
ticker|Conseil des ministres : trois décrets adoptés sur la réforme du foncier rural
ticker|Étalons : le sélectionneur dévoile une liste de 25 joueurs
ticker|Bobo-Dioulasso : le marché de fruits et légumes réhabilité
social|Facebook Twitter YouTube WhatsApp
menu|LE FASO DU JOUR
menu|Le quotidien de tous les Burkinabè
ad|PUBLICITÉ
ad|CORIS MOBILE - Envoyez, payez, épargnez en toute sécurité. Composez *144#
menu|ACCUEIL
menu|ACTUALITÉS
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|CULTURE
menu|SPORTS
menu|INTERNATIONAL
menu|OPINIONS
menu|PUBLI-REPORTAGE
menu|ANNONCES
menu|CONTACT
breadcrumb|Accueil > Économie > Koudougou : 300 producteurs de soja formés aux techniques de conservation post-récolte
section-label|Économie
h1|Koudougou : 300 producteurs de soja formés aux techniques de conservation post-récolte
byline-label|par
byline|Rédaction
dateline|10 février 2026
comments|0
reading-time|Lecture : 3 minutes
views|412 vues
share|Partager sur Facebook
share|Partager sur Twitter
share|WhatsApp
share|Telegram
caption|Les participants ont reçu des sacs hermétiques à l'issue de la formation
lead|La Direction régionale de l'agriculture du Centre-Ouest a organisé, du 5 au 7 février 2026 à Koudougou, une session de formation au profit de 300 producteurs de soja. Objectif : réduire les pertes après récolte, estimées à près d'un quart de la production dans la région.
p|Ils sont venus de Réo, de Sabou, de Poa et de plusieurs villages de la province du Boulkiemdé. Trois jours durant, 300 producteurs et productrices de soja, dont 124 femmes, ont été outillés sur les bonnes pratiques de séchage, de battage, de tri et de stockage de leurs récoltes.
p|Selon le directeur régional de l'agriculture, Issaka SAWADOGO, le soja a connu un véritable engouement dans la région ces dernières années, porté par la demande des unités de transformation et des provenderies. Mais les pertes post-récolte restent un frein. « Une partie importante de la production est perdue à cause de l'humidité, des insectes et des mauvaises conditions de stockage. Lorsque le producteur perd un sac sur quatre, c'est toute sa famille qui en souffre », a-t-il expliqué.
p|Au cours de la formation, les participants ont notamment appris :
li|à déterminer le bon moment de récolte pour éviter l'éclatement des gousses ;
li|à sécher les graines sur des bâches plutôt qu'à même le sol ;
li|à utiliser les sacs à triple fond pour une conservation hermétique ;
li|à tenir un petit registre de leurs stocks et de leurs ventes.
ad|PUBLICITÉ
ad|SONABEL - Ensemble, économisons l'énergie. Éteignez les appareils que vous n'utilisez pas.
p|Pour Mariam ZONGO, productrice à Réo et présidente d'une union de groupements féminins, la formation arrive à point nommé. « L'année dernière, nous avons stocké nos graines dans des sacs ordinaires, et à la soudure, une bonne partie était attaquée. Avec ce que nous avons appris, nous allons mieux faire et attendre le bon prix pour vendre », a-t-elle confié.
h2|Un maillon de l'offensive agropastorale
p|Cette session s'inscrit dans le cadre de la mise en œuvre de l'offensive agropastorale et halieutique, qui vise à accroître la production nationale et à renforcer la souveraineté alimentaire du pays. Le soja fait partie des spéculations prioritaires, au même titre que le riz, le maïs et le niébé.
p|Le haut-commissaire de la province du Boulkiemdé, qui a présidé la cérémonie de clôture, a invité les bénéficiaires à partager les connaissances acquises avec les autres producteurs de leurs villages. Il a également salué l'accompagnement des partenaires techniques, qui ont offert à chaque participant un lot de sacs hermétiques et une bâche de séchage.
p|A l'issue de la session, un comité de suivi a été mis en place. Il sera chargé de visiter les exploitations des bénéficiaires au cours de la prochaine campagne afin d'évaluer la mise en pratique des techniques enseignées.
signature|Wendkouni Arsène NIKIEMA
signature|Correspondant à Koudougou
tags|Etiquettes : agriculture Boulkiemdé Koudougou soja
nav|Article précédent
nav|Tenkodogo : les acteurs de la chaîne pénale échangent sur la détention préventive
nav|Article suivant
nav|Santé : la campagne de vaccination contre la méningite démarre le 16 février
related|Articles similaires
related|Campagne sèche : 12 000 hectares aménagés pour la culture du riz dans le Sourou
related|9 février 2026
related|Fada N'Gourma : les transformatrices de karité reçoivent des équipements
related|6 février 2026
related|Ziniaré : une foire agricole pour valoriser les produits locaux
related|3 février 2026
comments|Laisser un commentaire Annuler la réponse
comments|Votre adresse e-mail ne sera pas publiée.
comments|Commentaire
comments|Nom *
comments|E-mail *
comments|Publier le commentaire
most-read|LES PLUS LUS
most-read|Concours de la fonction publique 2026 : le calendrier des épreuves publié
most-read|Ouagadougou : un incendie ravage une partie du marché de Sankaryaré
most-read|BEPC 2026 : les inscriptions prolongées jusqu'au 28 février
obituary|NÉCROLOGIE
obituary|Remerciements et faire-part : famille OUÉDRAOGO à Kaya, Ouagadougou et Abidjan
obituary|In memoriam : feu KABORÉ Pascal Wendyam
jobs|AVIS DE RECRUTEMENT
jobs|Une ONG internationale recrute un(e) chargé(e) de suivi-évaluation basé(e) à Dori
newsletter|Abonnez-vous à notre newsletter
newsletter|Entrez votre adresse e-mail
newsletter|S'abonner
whatsapp|Rejoignez la chaîne WhatsApp du Faso du Jour
footer|Le Faso du Jour est un quotidien d'information générale édité à Ouagadougou.
footer|01 BP 0000 Ouagadougou 01 - Tél : (+226) 25 00 00 00
footer|À propos Nous contacter Publicité Politique de confidentialité
copyright|© 2026 Le Faso du Jour - Tous droits réservés.
back-to-top|Retour en haut
"""),
 dict(id="aujourdhui-au-faso-style-2", site="aujourdhui-au-faso-style", lang="fr", sep="\n", title="Ouagadougou : plus de 5 000 volontaires mobilisés pour une journée de salubrité dans l'arrondissement 4", date="2026-01-17", page="""
timestamp|samedi, janvier 17, 2026
weather|Ouagadougou 31°C
ticker|Dernières nouvelles :
ticker|Fespaco 2027 : l'appel à films est lancé
ticker|Santé : 45 nouveaux médecins affectés dans les régions
ticker|Bac 2026 : le ministère annonce les dates des épreuves
social|Facebook Twitter YouTube WhatsApp
menu|LE FASO DU JOUR
menu|Le quotidien de tous les Burkinabè
ad|PUBLICITÉ
ad|BRAKINA - 60 ans de fraîcheur partagée
menu|ACCUEIL
menu|ACTUALITÉS
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|CULTURE
menu|SPORTS
menu|INTERNATIONAL
menu|OPINIONS
menu|PUBLI-REPORTAGE
menu|ANNONCES
menu|CONTACT
breadcrumb|Accueil > Société > Ouagadougou : plus de 5 000 volontaires mobilisés pour une journée de salubrité dans l'arrondissement 4
section-label|Société
h1|Ouagadougou : plus de 5 000 volontaires mobilisés pour une journée de salubrité dans l'arrondissement 4
byline-label|par
byline|Rédaction
dateline|17 janvier 2026
comments|2
reading-time|Lecture : 4 minutes
views|1 036 vues
share|Partager sur Facebook
share|Partager sur Twitter
share|WhatsApp
share|Telegram
caption|Les volontaires ont curé les caniveaux de l'avenue principale de Tanghin
credit|Ph : Le Faso du Jour
p|Balais, pelles, brouettes et râteaux en main, ils étaient plus de 5 000 volontaires ce samedi 17 janvier 2026 dans les rues de l'arrondissement 4 de Ouagadougou. Élèves, commerçants, associations de quartier, éléments des forces de défense et de sécurité et agents municipaux ont répondu à l'appel de la délégation spéciale pour une vaste opération de salubrité.
p|Le lancement officiel a eu lieu à 6 h 30 au rond-point de Tanghin, en présence du président de la délégation spéciale de la commune de Ouagadougou et de plusieurs responsables coutumiers. Dès les premières heures, les équipes se sont déployées sur une dizaine de sites identifiés comme prioritaires, notamment les abords du barrage n°3, le marché de Tanghin et les grands caniveaux qui traversent les secteurs 19 et 20.
p|« La propreté de notre ville n'est pas l'affaire de la mairie seule. C'est l'affaire de chaque habitant, de chaque famille, de chaque commerçant », a lancé le président de la délégation spéciale de l'arrondissement 4, Boureima TRAORÉ, avant de prendre lui-même une pelle pour donner l'exemple.
ad|PUBLICITÉ
h2|Plus de 300 tonnes de déchets évacuées
p|Au terme de la journée, plus de 300 tonnes de déchets ont été ramassées et acheminées vers le centre de traitement et de valorisation des déchets de Polesgo, selon les services techniques municipaux. Une trentaine de camions et de tricycles ont été mobilisés pour le transport.
p|Les volontaires ont surtout buté sur les sachets plastiques et les ordures déversées dans les caniveaux. « Chaque année, avant la saison des pluies, ce sont ces caniveaux bouchés qui provoquent les inondations dans nos quartiers », a rappelé Adama OUÉDRAOGO, responsable d'une association de jeunes du secteur 20, les bras couverts de boue.
p|Pour Awa SANOU, vendeuse de condiments au marché de Tanghin, l'opération est salutaire mais doit être suivie d'effets. « On nettoie aujourd'hui, mais si les gens continuent de jeter leurs ordures la nuit, dans deux semaines ce sera comme avant. Il faut des poubelles et des sanctions », estime-t-elle.
h2|Des sanctions annoncées
p|La délégation spéciale a justement annoncé un renforcement des contrôles. Les brigades vertes et la police municipale effectueront des patrouilles régulières, et les contrevenants surpris en train de déverser des ordures sur la voie publique s'exposeront à des amendes allant de 5 000 à 50 000 F CFA.
p|L'opération sera désormais organisée le troisième samedi de chaque mois, à tour de rôle dans les douze arrondissements de la capitale. Les autorités communales invitent les habitants à s'inscrire auprès des mairies d'arrondissement pour y prendre part.
signature|Aïcha Wendlassida KABORÉ
gallery|Voir la galerie photos (24)
tags|Etiquettes : arrondissement 4 Ouagadougou salubrité Tanghin
nav|Article précédent
nav|Koupéla : la gendarmerie démantèle un réseau de trafic de motos volées
nav|Article suivant
nav|Football : l'EFO renoue avec la victoire face au RCK
related|Articles similaires
related|Assainissement : la commune de Ouagadougou acquiert 20 nouveaux camions-bennes
related|14 janvier 2026
related|Bobo-Dioulasso : les riverains du marigot Houet invités à libérer les berges
related|11 janvier 2026
comments|2 commentaires
comments|Yacouba
comments|17 janvier 2026 à 14 h 22 min
comments|Bravo aux volontaires. Il faut que ça continue dans tous les arrondissements et pas seulement quand il y a les caméras.
comments|Répondre
comments|Fille du Kadiogo
comments|17 janvier 2026 à 16 h 05 min
comments|Les sachets plastiques sont le vrai problème. Il faut appliquer la loi qui les interdit.
comments|Répondre
comments|Laisser un commentaire Annuler la réponse
comments|Votre adresse e-mail ne sera pas publiée.
comments|Publier le commentaire
most-read|LES PLUS LUS
most-read|Concours de la fonction publique 2026 : les résultats de l'admissibilité disponibles
most-read|Transport : la tarification des tricycles révisée à Ouagadougou
teaser-list|Ouagadougou : plus de 5 000 volontaires mobilisés pour une journée de salubrité dans l'arrondissement 4
obituary|NÉCROLOGIE
obituary|Décès de Mme SOME née DABIRÉ Élisabeth : faire-part
jobs|AVIS DE RECRUTEMENT
jobs|Recrutement de 15 agents commerciaux pour une société de microfinance
newsletter|Abonnez-vous à notre newsletter
newsletter|Entrez votre adresse e-mail
newsletter|S'abonner
whatsapp|Rejoignez la chaîne WhatsApp du Faso du Jour
footer|Le Faso du Jour est un quotidien d'information générale édité à Ouagadougou.
footer|01 BP 0000 Ouagadougou 01 - Tél : (+226) 25 00 00 00
footer|À propos Nous contacter Publicité Politique de confidentialité
copyright|© 2026 Le Faso du Jour - Tous droits réservés.
back-to-top|Retour en haut
"""),
 dict(id="guardian-uk-style-1", site="guardian-uk-style", lang="en", sep="\n", title="Thousands shelter in schools as Zambezi bursts its banks in central Mozambique", date="2026-02-18", page="""
skip-link|Skip to main content
skip-link|Skip to navigation
donate|Support The Meridian
donate|Fund independent journalism with £5 per month
donate|Support us
subscribe|Print subscriptions
newsletter|Newsletters
account|Sign in
jobs|Search jobs
search|Search
lang-switch|International edition
lang-switch|UK edition
lang-switch|US edition
lang-switch|Australia edition
lang-switch|Europe edition
menu|The Meridian - Back to home
menu|News
menu|Opinion
menu|Sport
menu|Culture
menu|Lifestyle
menu|Show more
menu|World
menu|Europe
menu|US news
menu|Americas
menu|Asia
menu|Australia
menu|Middle East
menu|Africa
menu|Inequality
menu|Global development
section-label|Mozambique
h1|Thousands shelter in schools as Zambezi bursts its banks in central Mozambique
lead|Authorities warn that more rain is forecast upstream as aid agencies struggle to reach cut-off villages in Sofala and Zambezia provinces
alt-text|View image in fullscreen
caption|Residents of Caia district wade through floodwater to reach higher ground on Monday. Photograph: Tomás Machava/AFP/Getty Images
byline|Ruth Okafor in Maputo
dateline|Wed 18 Feb 2026 13.42 GMT
dateline|First published on Wed 18 Feb 2026 09.15 GMT
share|Share
comments|112
p|More than 40,000 people have been forced from their homes in central Mozambique after the Zambezi River burst its banks following a week of torrential rain, with many sheltering in schools, churches and makeshift camps on higher ground.
p|The country's disaster management agency said on Wednesday that at least 14 people had died and dozens were missing in the districts of Caia, Mopeia and Marromeu, where roads have been washed away and several villages are reachable only by boat.
p|"The water came in the night. We took the children and ran to the school with nothing," said Celeste Mabunda, 34, who is sharing a classroom in Caia with about 60 other people. "We lost the house, the maize, the goats. Everything."
related-inline|Related: Mozambique's farmers count cost of drought as El Niño returns
p|The floods come barely two years after the region was hit by back-to-back cyclones, and aid groups say many families had only just rebuilt. Officials warned that water levels could rise further in the coming days, as heavy rain is forecast over Zambia and Malawi and the operators of the Cahora Bassa dam upstream have begun releasing water to protect the structure.
p|The UN's humanitarian office said stocks of food, clean water and shelter kits in the region were running low, and that the risk of cholera was "extremely high" in overcrowded camps with little sanitation.
newsletter|skip past newsletter promotion
newsletter|Sign up to Global Dispatch
newsletter|Free weekly newsletter
newsletter|Get a different world view with a roundup of the best news, features and pictures, curated by our global development team
newsletter|Enter your email address
newsletter|Sign up
newsletter|Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties. For more information see our Privacy Policy. We use Google reCaptcha to protect our website and the Google Privacy Policy and Terms of Service apply.
newsletter|after newsletter promotion
h2|'We are running out of time'
p|Aid workers described a race against the weather to reach communities on islands in the river delta before further rain. A single helicopter operated by the World Food Programme has been flying supplies to isolated areas, but poor visibility grounded it for most of Tuesday.
p|"We are running out of time for some of these villages," said an official with a Mozambican relief organisation working in Marromeu. "People are sitting on rooftops and in trees. Boats are what we need most, and fuel for the boats."
alt-text|View image in fullscreen
caption|A displaced family in a classroom in Caia. Schools in the area have been closed since last week. Photograph: Tomás Machava/AFP/Getty Images
p|Scientists say extreme rainfall events in southern Africa are becoming more intense as the climate warms, while poor drainage, deforestation and settlements on floodplains have left communities more exposed. Mozambique, which has a long coastline and sits downstream of nine major rivers, is regularly ranked among the countries most vulnerable to climate shocks.
p|The government has appealed for international help and said it would need at least $60m for the immediate response. Donors have so far pledged less than a quarter of that amount.
p|The provincial governor of Sofala, who visited Caia on Tuesday, urged residents of low-lying areas to move to safety. "Do not wait for the water to come to your door," he said.
signature|Reuters contributed to this report
tags|Explore more on these topics
tags|Mozambique
tags|Africa
tags|Floods
tags|Climate crisis
tags|news
share|Share
share|Reuse this content
donate|... we have a small favour to ask. You've read 7 articles in the last year. The Meridian is editorially independent and funded by our readers. We report from places others have stopped covering. If you can, please support us today.
donate|Support £5/month
donate|Support £12/month
donate|Recommended
donate|Unlock All-access digital benefits
donate|Continue
donate|Remind me in March
more-story|More on this story
more-story|Mozambique's farmers count cost of drought as El Niño returns
more-story|12 Jan 2025
more-story|'The sea took our school': Mozambique's shrinking coast
more-story|3 Oct 2024
most-read|Most viewed
most-read|Most viewed in World news
most-read|1 Farmers block roads into Brussels in protest over trade deal
most-read|2 French government survives confidence vote by seven votes
most-read|3 Live Ukraine war live: drone attack hits energy facilities in Kharkiv
most-read|4 Japan's oldest man dies aged 113
teaser-list|5 Thousands shelter in schools as Zambezi bursts its banks in central Mozambique
comments|Comments (112)
comments|This discussion is closed for comments.
comments|View more comments
ad|Advertisement
footer|Original reporting and incisive analysis, direct from The Meridian every morning
footer|Sign up for our email
footer|About us
footer|Help
footer|Complaints & corrections
footer|SecureDrop
footer|Work for us
footer|Privacy policy
footer|Cookie policy
footer|Terms & conditions
footer|Contact us
footer|All topics
footer|All writers
footer|Digital newspaper archive
social|Facebook
social|YouTube
social|Instagram
social|LinkedIn
footer|Advertise with us
footer|Search UK jobs
back-to-top|Back to top
copyright|© 2026 Meridian News & Media Limited or its affiliated companies. All rights reserved. (dcr)
"""),
 dict(id="guardian-uk-style-2", site="guardian-uk-style", lang="en", sep="\n", title="Greek island caps daily visitors and bans new pools as water runs dry", date="2025-08-14", page="""
skip-link|Skip to main content
skip-link|Skip to navigation
donate|Support The Meridian
donate|Fund independent journalism with £5 per month
donate|Support us
subscribe|Print subscriptions
newsletter|Newsletters
account|Sign in
jobs|Search jobs
search|Search
lang-switch|International edition
lang-switch|UK edition
lang-switch|US edition
lang-switch|Australia edition
lang-switch|Europe edition
menu|The Meridian - Back to home
menu|News
menu|Opinion
menu|Sport
menu|Culture
menu|Lifestyle
menu|Show more
menu|World
menu|Europe
menu|US news
menu|Americas
menu|Asia
menu|Australia
menu|Middle East
menu|Africa
menu|Inequality
menu|Global development
age-warning|This article is more than 4 months old
section-label|Greece
h1|Greek island caps daily visitors and bans new pools as water runs dry
lead|Sifnos introduces emergency measures after its only reservoir falls to 12% of capacity at the height of the tourist season
byline|Helena Stavrou in Athens
dateline|Thu 14 Aug 2025 16.05 BST
share|Share
alt-text|View image in fullscreen
caption|Tourists on the quayside at Kamares, Sifnos's main port. The island's population swells tenfold in summer. Photograph: Nikos Ladas/Reuters
p|The small Cycladic island of Sifnos has capped the number of daily visitors arriving by ferry and banned the construction of new swimming pools, after its only reservoir fell to its lowest level on record at the peak of the summer season.
p|The emergency measures, approved unanimously by the municipal council on Wednesday night, will remain in force until at least the end of October, the island's mayor said.
p|"We have simply run out of water," said Giorgos Lemonis. "We cannot ask our own people to live with taps that run for two hours a day while we keep welcoming more and more visitors as if nothing is happening."
related-inline|Related: 'It's like living in a theme park': Santorini residents push back against cruise crowds
p|Under the new rules:
li|no more than 3,000 day visitors will be allowed to disembark from ferries and excursion boats each day;
li|building permits for private swimming pools will be suspended, and existing pools may not be refilled from the mains;
li|hotels and rental properties will face fines of up to €5,000 if they are found washing terraces or watering gardens with drinking water;
li|two tanker ships chartered by the government will deliver water from the mainland three times a week.
p|The island's reservoir, fed only by winter rain, stood at 12% of capacity this week after the driest winter in decades. A small desalination plant built in 2019 has been operating at half its capacity because of repeated breakdowns.
ad|Advertisement
h2|'Water is the new oil'
p|Greece has suffered three consecutive years of below-average rainfall, and several islands have declared states of emergency over water shortages this summer. In Athens, authorities have begun work on a pipeline to bring water from rivers in the west of the country, a project expected to take several years.
p|Tourism, which accounts for about a fifth of Greece's economy, places enormous pressure on small islands whose infrastructure was designed for a few thousand residents. Studies have found that a tourist on a Greek island uses, on average, two to three times more water than a local resident, largely because of hotel pools, laundry and landscaped gardens.
p|"Water is the new oil for the Aegean," said Katerina Mavridou, a hydrologist at the National Technical University of Athens. "If islands keep building as if supply were infinite, they will have to choose between residents and visitors."
p|Some business owners on Sifnos said the cap on day visitors would hurt restaurants and shops in the port. But others welcomed it. "Half the day-trippers come for three hours, buy a bottle of water and leave," said the owner of a family-run guesthouse in the village of Apollonia. "They are not what keeps this island alive."
p|The Greek tourism ministry said it supported "locally designed solutions" and was preparing guidelines for other islands facing similar pressures.
tags|Explore more on these topics
tags|Greece
tags|Europe
tags|Water
tags|Tourism
tags|Drought
tags|news
share|Share
share|Reuse this content
donate|... there's a good reason why millions of readers from across Europe choose to support The Meridian. We're not owned by a billionaire, and our journalism is free for everyone. Will you join them?
donate|Support £5/month
donate|Support £12/month
donate|Recommended
donate|Continue
donate|Remind me in September
most-read|Most viewed
most-read|Most viewed in World news
most-read|1 Wildfire forces evacuation of villages near Marseille
most-read|2 Heat dome to bring record temperatures to central Europe
most-read|3 Heatwave pushes temperatures above 45C in southern Spain
teaser-list|4 Greek island caps daily visitors and bans new pools as water runs dry
most-read|5 Tourists warned after shark sighting off Mallorca
comments|Comments (287)
comments|Sign in or create your Meridian account to join the discussion
comments|Most popular
comments|WhitecliffeRambler
comments|14 Aug 2025 17:11
comments|We stayed on one of the Cyclades last year and the hotel pool was refilled every morning while the village had water cut off. Good on them.
comments|Reply
comments|Share
comments|Report
comments|Load more comments
ad|Advertisement
footer|Original reporting and incisive analysis, direct from The Meridian every morning
footer|Sign up for our email
footer|About us
footer|Help
footer|Complaints & corrections
footer|SecureDrop
footer|Work for us
footer|Privacy policy
footer|Cookie policy
footer|Terms & conditions
footer|Contact us
footer|All topics
footer|All writers
footer|Digital newspaper archive
social|Facebook
social|YouTube
social|Instagram
social|LinkedIn
footer|Advertise with us
footer|Search UK jobs
back-to-top|Back to top
copyright|© 2025 Meridian News & Media Limited or its affiliated companies. All rights reserved. (dcr)
"""),
]
