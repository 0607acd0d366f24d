# Round 104: eight pages on four more layouts (a pan-African economic news agency in French, a US national daily with
# a paywall, a Riviera regional daily's Monaco pages, a Zambian daily), written blind: without looking at the
# classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article is
# copied.
ROUND104 = [
 dict(id="agence-ecofin-style-1", site="agence-ecofin-style", lang="fr", sep="\n", title="Côte d'Ivoire : l'État lève 452 milliards FCFA sur le marché régional, au-delà de son objectif", date="2026-02-10", page="""
top-bar|Agence Ecomédia - L'information économique africaine depuis 2010
account|Se connecter
account|Ecomédia Pro : s'abonner
lang-switch|FR
lang-switch|EN
newsletter|Recevez nos newsletters
search|Rechercher...
menu|ACCUEIL
menu|GESTION PUBLIQUE
menu|FINANCE
menu|AGRO
menu|INDUSTRIE
menu|MINES
menu|HYDROCARBURES
menu|ÉLECTRICITÉ
menu|TIC & TÉLÉCOM
menu|COMM
menu|DROIT
menu|FORMATION
menu|TOURISME
menu|ECOMÉDIA HEBDO
ticker|Brent 71,42 $ ▲ +0,8 %
ticker|Cacao 6 215 $/t ▼ -1,4 %
ticker|Or 2 934 $/oz ▲ +0,3 %
ticker|EUR/XOF 655,957
ticker|BRVM Composite 298,74 ▲ +0,21 %
ad|Publicité
ad|BOAD - Financer le développement durable de l'UEMOA - En savoir +
section-label|Finance
breadcrumb|Accueil > Finance > Finance
h1|Côte d'Ivoire : l'État lève 452 milliards FCFA sur le marché régional, au-delà de son objectif
dateline|Date de création: mardi, 10 février 2026 16:42
views|Lu 1 386 fois
font|A+ A-
print|Imprimer
share|E-mail
share|Facebook Twitter LinkedIn WhatsApp
lead|Le Trésor ivoirien a bouclé la plus importante émission par adjudication de ce début d'année dans l'UEMOA. La demande des investisseurs a largement dépassé l'enveloppe initialement recherchée.
p|(Agence Ecomédia) - La Côte d'Ivoire a mobilisé 452,3 milliards FCFA (environ 805 millions $) le lundi 9 février sur le marché des titres publics de l'Union économique et monétaire ouest-africaine (UEMOA), selon les résultats publiés par l'agence UMOA-Titres. Le pays recherchait 400 milliards FCFA à travers des obligations assimilables du Trésor (OAT) de 3, 5 et 7 ans.
p|Au total, les investisseurs ont soumis des offres pour 618,9 milliards FCFA, soit un taux de couverture de 154,7 %. Le Trésor n'a retenu qu'une partie des soumissions, en privilégiant les maturités longues, qui représentent près de 60 % du montant servi.
p|Le rendement moyen pondéré ressort à 6,48 % sur la ligne à 3 ans, 6,71 % sur celle à 5 ans et 6,93 % sur celle à 7 ans. Ces niveaux sont en léger recul par rapport aux précédentes sorties de l'émetteur en décembre 2025, signe d'une détente progressive des conditions de financement dans la zone.
read-also|Lire aussi :
read-also|03/02/2026 - UEMOA : les États prévoient de lever 9 800 milliards FCFA sur le marché régional en 2026
read-also|27/01/2026 - Le Sénégal revient sur le marché de l'UMOA-Titres après trois mois d'absence
h2|Un calendrier d'émissions chargé
p|Cette opération s'inscrit dans le programme d'émissions de l'État ivoirien pour 2026, qui prévoit de mobiliser environ 3 200 milliards FCFA sur le marché régional, par adjudication et par appel public à l'épargne. Les fonds doivent notamment servir à couvrir le besoin de financement du budget et à refinancer des échéances arrivant à terme.
p|Selon les analystes de la place d'Abidjan, l'appétit des banques de la sous-région pour le papier ivoirien s'explique par la notation du pays, l'une des meilleures de l'UEMOA, et par l'abondance de liquidités consécutive à l'assouplissement des conditions de refinancement de la BCEAO.
p|« Le signal envoyé est clair : la Côte d'Ivoire reste l'emprunteur de référence de l'Union. Mais les États devront surveiller la hausse du service de la dette, qui absorbe une part croissante des recettes », nuance un gestionnaire d'actifs basé à Dakar.
p|Dans le même temps, le pays prépare son retour sur le marché international. Abidjan a mandaté plusieurs banques pour une éventuelle émission d'eurobonds au premier semestre, selon des sources proches du dossier, une option qui dépendra de l'évolution des conditions sur les marchés internationaux.
p|Pour rappel, la dette publique ivoirienne représentait 58,1 % du PIB à fin 2025, selon les estimations du Fonds monétaire international, un niveau jugé soutenable par l'institution de Bretton Woods.
ad|Publicité
signature|Firmin Oyédé
tags|Tags:
tags|Côte d'Ivoire
tags|UMOA-Titres
tags|UEMOA
tags|Dette publique
tags|OAT
related|Dans la même rubrique
related|Nigeria : la banque centrale maintient son taux directeur à 26,5 %
related|10/02/2026
related|Afreximbank signe une ligne de 300 millions $ avec une banque égyptienne
related|10/02/2026
related|Maroc : les crédits à l'économie progressent de 4,9 % en glissement annuel
related|09/02/2026
most-read|Les plus lus
most-read|Semaine
most-read|Mois
most-read|01 Mines : le Mali porte sa part dans une nouvelle coentreprise aurifère à 35 %
most-read|02 Le Togo met en service sa première centrale solaire flottante
most-read|03 Cameroun : la Sonara relance un appel d'offres pour la réhabilitation de la raffinerie
most-read|04 Kenya : Safaricom annonce un dividende record
most-read|05 Le Bénin lance un eurobond à 15 ans de 500 millions €
promo|Ecomédia Hebdo N°412 - Dette africaine : le grand refinancement
promo|Lire le magazine
newsletter|Abonnez-vous gratuitement à notre newsletter quotidienne
newsletter|Votre e-mail
newsletter|OK
app|Téléchargez l'application Agence Ecomédia
app|Disponible sur Google Play - Télécharger dans l'App Store
footer|A propos
footer|Nos services
footer|Publicité
footer|Ecomédia Pro
footer|Nous contacter
footer|Mentions légales
cookie|Ce site utilise des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.
cookie|J'accepte
cookie|En savoir plus
copyright|© 2010-2026 Agence Ecomédia. Tous droits réservés.
"""),
 dict(id="agence-ecofin-style-2", site="agence-ecofin-style", lang="fr", sep="\n", title="Cacao : le Nigeria veut doubler sa production d'ici 2030 avec un plan de replantation de 250 000 hectares", date="2026-01-22", page="""
top-bar|Agence Ecomédia - L'information économique africaine depuis 2010
account|Se connecter
account|Ecomédia Pro : s'abonner
lang-switch|FR
lang-switch|EN
newsletter|Recevez nos newsletters
search|Rechercher...
menu|ACCUEIL
menu|GESTION PUBLIQUE
menu|FINANCE
menu|AGRO
menu|INDUSTRIE
menu|MINES
menu|HYDROCARBURES
menu|ÉLECTRICITÉ
menu|TIC & TÉLÉCOM
menu|COMM
menu|DROIT
menu|FORMATION
menu|TOURISME
menu|ECOMÉDIA HEBDO
ticker|Brent 69,87 $ ▼ -0,5 %
ticker|Cacao 6 540 $/t ▲ +2,1 %
ticker|Café Robusta 4 812 $/t ▼ -0,9 %
ticker|Coton 0,68 $/lb ▲ +0,2 %
ticker|EUR/XOF 655,957
section-label|Agro
breadcrumb|Accueil > Agro > Agriculture
h1|Cacao : le Nigeria veut doubler sa production d'ici 2030 avec un plan de replantation de 250 000 hectares
dateline|Date de création: jeudi, 22 janvier 2026 11:05
views|Lu 2 104 fois
font|A+ A-
print|Imprimer
share|E-mail
share|Facebook Twitter LinkedIn WhatsApp
lead|Quatrième producteur mondial de fèves, le Nigeria ambitionne de dépasser 600 000 tonnes par an d'ici la fin de la décennie. Le programme mise sur des plants améliorés et sur un meilleur accès des planteurs au crédit.
caption|Le Nigeria a produit environ 310 000 tonnes de cacao lors de la campagne 2024/2025.
credit|Photo : DR
p|(Agence Ecomédia) - Le gouvernement nigérian a présenté le mardi 20 janvier à Abuja un plan national de relance de la filière cacao, qui prévoit la replantation de 250 000 hectares de vergers vieillissants sur cinq ans. L'objectif affiché est de porter la production du pays à plus de 600 000 tonnes à l'horizon 2030, contre environ 310 000 tonnes lors de la campagne 2024/2025.
p|Le programme, piloté par le ministère fédéral de l'Agriculture et de la Sécurité alimentaire en lien avec le Conseil nigérian de développement du cacao, doit mobiliser un budget de 180 milliards de nairas (environ 117 millions $), dont une partie provenant de partenaires au développement.
h2|Trois leviers prioritaires
p|Selon le document présenté aux acteurs de la filière, les autorités comptent agir sur trois fronts :
li|la distribution de 40 millions de plants à haut rendement et tolérants à la sécheresse dans les quatorze États producteurs ;
li|la mise en place d'un guichet de crédit à taux bonifié de 9 % pour les coopératives de planteurs ;
li|le renforcement de la traçabilité, afin de se conformer au règlement européen contre la déforestation importée.
p|Dans les principaux bassins de production comme les États d'Ondo, de Cross River et d'Osun, une grande partie des cacaoyers ont plus de 40 ans, ce qui pèse lourdement sur les rendements, estimés à moins de 400 kg par hectare.
read-also|Lire aussi :
read-also|15/01/2026 - Côte d'Ivoire : le prix bord champ du cacao maintenu à 2 800 FCFA/kg pour la campagne intermédiaire
read-also|08/01/2026 - Ghana : le Cocobod obtient un préfinancement de 1,2 milliard $ pour la campagne 2025/2026
p|La relance intervient dans un contexte de prix mondiaux toujours élevés. Après le pic historique de plus de 12 000 $ la tonne atteint fin 2024, les cours se maintiennent au-dessus de 6 000 $ la tonne à Londres et New York, ce qui a suscité un regain d'intérêt pour la culture chez les jeunes agriculteurs.
p|« Nous avons une fenêtre d'opportunité unique. Les prix sont rémunérateurs et la demande des broyeurs ne faiblit pas. Si nous ne replantons pas maintenant, nous perdrons des parts de marché face à l'Amérique latine », a déclaré le ministre lors de la cérémonie de lancement.
h2|Le défi de la transformation locale
p|Au-delà de la production, Abuja veut aussi accroître la part des fèves transformées localement, aujourd'hui inférieure à 15 %. Plusieurs unités de broyage installées dans le sud-ouest du pays fonctionnent en deçà de leurs capacités, faute d'approvisionnement régulier et en raison du coût de l'énergie.
p|Pour rappel, la Côte d'Ivoire et le Ghana, qui assurent ensemble près de 60 % de l'offre mondiale, font eux aussi face à la baisse de leurs récoltes, liée au vieillissement des vergers et à la maladie du swollen shoot.
signature|Aboubacar Traoré-Mensah
tags|Tags:
tags|Nigeria
tags|Cacao
tags|Agriculture
tags|Replantation
related|Dans la même rubrique
related|Le Kenya lève l'interdiction d'exportation de thé non transformé
related|21/01/2026
related|Maroc : les exportations d'agrumes reculent de 8 % en début de campagne
related|21/01/2026
related|Ouganda : le café rapporte un montant record de 2,4 milliards $
related|20/01/2026
ad|Publicité
ad|FIDA - Investir dans les populations rurales
most-read|Les plus lus
most-read|Semaine
most-read|Mois
most-read|01 Le Sénégal attribue trois nouveaux permis pétroliers offshore
most-read|02 Éthiopie : Ethio Telecom franchit le cap des 80 millions d'abonnés
most-read|03 La BAD approuve 210 millions $ pour une autoroute au Rwanda
teaser-list|04 Cacao : le Nigeria veut doubler sa production d'ici 2030 avec un plan de replantation de 250 000 hectares
most-read|05 Gabon : la production de manganèse en hausse de 12 %
podcast|Podcast Ecomédia Matin - L'essentiel de l'économie africaine en 5 minutes
podcast|▶ Écouter
newsletter|Abonnez-vous gratuitement à notre newsletter quotidienne
newsletter|Votre e-mail
newsletter|OK
app|Téléchargez l'application Agence Ecomédia
app|Disponible sur Google Play - Télécharger dans l'App Store
footer|A propos
footer|Nos services
footer|Publicité
footer|Ecomédia Pro
footer|Nous contacter
footer|Mentions légales
cookie|Ce site utilise des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.
cookie|J'accepte
cookie|En savoir plus
copyright|© 2010-2026 Agence Ecomédia. Tous droits réservés.
"""),
 dict(id="new-york-times-style-1", site="new-york-times-style", lang="en", sep="\n", title="Fed Holds Rates Steady, Signaling Patience as Tariff Effects Linger", date="2026-03-18", page="""
skip-link|Skip to content
skip-link|Skip to site index
section-label|Business
search|SEARCH
account|Log in
paywall|Subscribe for $1 a week
menu|U.S.
menu|World
menu|Business
menu|Arts
menu|Lifestyle
menu|Opinion
menu|Audio
menu|Games
menu|Cooking
menu|Wirecutter
menu|The Athletic
timestamp|Wednesday, March 18, 2026
epaper|Today's Paper
ticker|Dow +0.41% ↑
ticker|S&P 500 +0.27% ↑
ticker|Nasdaq -0.08% ↓
sponsored|Supported by
ad|Advertisement
ad|SKIP ADVERTISEMENT
h1|Fed Holds Rates Steady, Signaling Patience as Tariff Effects Linger
lead|Central bank officials left borrowing costs unchanged for a third straight meeting and penciled in two cuts for the rest of the year, but the chair said the path would depend on how quickly prices cool.
share|Share full article
share|Gift
comments|418
listen|Listen to this article · 6:48 min Learn more
caption|The Federal Reserve chair at a news conference in Washington on Wednesday. Officials said inflation had eased but remained above their target.
credit|Kenny Holston/The New York Chronicle
byline|By Daniel Okafor
byline|Reporting from Washington
dateline|March 18, 2026
dateline|Updated 5:14 p.m. ET
p|Federal Reserve officials held interest rates steady on Wednesday and signaled that they were in no rush to lower them, saying that the lingering effect of tariffs on consumer prices warranted caution even as the job market showed signs of cooling.
p|The decision kept the central bank's benchmark rate in a range of 3.5 to 3.75 percent, where it has been since December. Policymakers' new economic projections, released alongside the decision, showed that most still expect to cut rates twice before the end of 2026, the same number they forecast three months ago.
p|"We are in a good position to wait and see," the Fed chair told reporters after the two-day meeting. "The economy is in solid shape, and we don't need to be in a hurry."
ad|Advertisement
ad|SKIP ADVERTISEMENT
p|The vote was 10 to 2. Two governors dissented in favor of an immediate quarter-point reduction, arguing in statements that a slowdown in hiring posed a greater risk than inflation that has hovered near 3 percent for most of the past year.
p|Markets barely budged after the announcement. The S&P 500 finished the day slightly higher, and yields on two-year Treasury notes, which are sensitive to expectations about Fed policy, edged down.
h2|A split over the job market
p|The debate inside the central bank has increasingly centered on how much weight to give the labor market. Employers added an average of about 85,000 jobs a month over the winter, well below the pace of 2024, and the unemployment rate has crept up to 4.5 percent.
p|Some officials have argued that the slowdown partly reflects lower immigration, which reduces the number of new jobs needed to keep unemployment stable. Others say the softening is broad enough to justify support from lower rates.
related-inline|Read more about the economy
related-inline|How Tariffs Are Showing Up on Store Shelves, One Aisle at a Time
related-inline|Mortgage Rates Dip, but Buyers Are Still Waiting on the Sidelines
p|"The risks have become more balanced," said Priya Natarajan, chief U.S. economist at a large asset manager in New York. "But the Fed has been burned before by declaring victory over inflation too early, and they don't want to repeat that."
p|Prices for goods subject to new import duties, including furniture, appliances and some auto parts, have risen faster than overall inflation over the past year, according to government data. Fed officials have described those increases as likely to be a one-time jump, but have cautioned that they could feed into expectations.
ad|Advertisement
ad|SKIP ADVERTISEMENT
h2|Pressure from the White House
p|The decision is likely to draw criticism from the administration, which has pressed the Fed to lower borrowing costs more aggressively. The chair declined on Wednesday to respond directly to those comments, saying only that the central bank would "continue to make our decisions based on the data."
p|The Fed's next meeting is scheduled for April 28 and 29.
signature|Jeanna Whitfield contributed reporting from New York.
author-bio|Daniel Okafor covers the Federal Reserve and the economy for The Times. More about Daniel Okafor
print-edition|A version of this article appears in print on March 19, 2026, Section B, Page 1 of the New York edition with the headline: Fed Stands Pat, Eyeing Prices.
print|Order Reprints
epaper|Today's Paper
paywall|Subscribe
share|See more on: Federal Reserve System, United States Economy
share|Share full article
share|Gift
comments|418
related|Related Content
related|Inflation Cooled Slightly in February as Gas Prices Fell
related|Job Growth Slows Again, Raising Pressure on the Fed
related|What Falling Interest Rates Mean for Your Savings Account
ad|Advertisement
ad|SKIP ADVERTISEMENT
teaser-list|Trending in The Times
teaser-list|Why Is Everyone Suddenly Talking About Beef Tallow?
teaser-list|The Best Movies of 2026 So Far
teaser-list|Supreme Court Hears Arguments on Campus Speech Case
teaser-list|Wordle Review No. 1,733
games|Play Connections, Spelling Bee, The Crossword and more.
footer|Site Index
footer|News
footer|Home Page U.S. World Politics New York Education Sports Business Tech Science Weather The Great Read Obituaries Headway Visual Investigations The Magazine
footer|Arts
footer|Book Review Best Sellers Book List Dance Movies Music Pop Culture Television Theater Visual Arts
footer|Opinion
footer|Today's Opinion Columnists Editorials Guest Essays Op-Docs Letters Sunday Opinion Opinion Video Opinion Audio
footer|Account
footer|Subscribe Manage My Account Home Delivery Gift Subscriptions Group Subscriptions Gift Articles Email Newsletters NYT Licensing Replica Edition Times Store
footer|Site Information Navigation
copyright|© 2026 The New York Chronicle Company
footer|NYTCo Contact Us Accessibility Work with us Advertise T Brand Studio Your Ad Choices Privacy Policy Terms of Service Terms of Sale Site Map Help Subscriptions
cookie|Manage Privacy Preferences
"""),
 dict(id="new-york-times-style-2", site="new-york-times-style", lang="en", sep="\n", title="A Small Oregon Town Bet on Its Hot Springs. Now Its Neighbors Want In.", date="2026-01-27", page="""
skip-link|Skip to content
skip-link|Skip to site index
section-label|Climate
search|SEARCH
account|Log in
paywall|Subscribe for $1 a week
menu|U.S.
menu|World
menu|Business
menu|Arts
menu|Lifestyle
menu|Opinion
menu|Audio
menu|Games
menu|Cooking
menu|Wirecutter
menu|The Athletic
timestamp|Tuesday, January 27, 2026
epaper|Today's Paper
newsletter|Climate Forward: The science and politics of a warming planet. Get it sent to your inbox.
section-label|Climate and Environment
ad|Advertisement
ad|SKIP ADVERTISEMENT
h1|A Small Oregon Town Bet on Its Hot Springs. Now Its Neighbors Want In.
lead|A municipal geothermal network has cut heating bills for schools and homes in Lakeview. Three nearby counties are asking whether the idea can travel.
share|Share full article
share|Gift
comments|127
caption|Steam rising from a well at the edge of Lakeview, Ore., where the town taps water heated deep underground.
credit|Amanda Lucier for The New York Chronicle
byline|By Hannah Lindgren and Marco Reyes
credit|Photographs by Amanda Lucier
author-bio|Hannah Lindgren and Marco Reyes traveled to Lake County, Ore., and spoke with more than two dozen residents, engineers and local officials.
dateline|Jan. 27, 2026
paywall|We are having trouble retrieving the article content.
paywall|Please enable JavaScript in your browser settings.
paywall|Thank you for your patience while we verify access. If you are in Reader mode please exit and log into your Times account, or subscribe for all of The Times.
paywall|Thank you for your patience while we verify access.
paywall|Already a subscriber? Log in.
paywall|Want all of The Times? Subscribe.
p|On the coldest mornings of the year, when the high desert around Lakeview, Ore., drops well below zero, the sidewalks downtown stay clear of ice. The hospital, the high school and about 140 homes stay warm, too, without burning a drop of propane.
p|The heat comes from the ground. For more than a decade, this town of about 2,400 people has pumped hot water from wells near the edge of town through a network of insulated pipes, and in the past two years it has tripled the size of the system with help from state and federal grants.
p|"People used to think of it as a curiosity," said Ruth Ellison, who manages the network for the town. "Now I get calls from county commissioners I've never met, asking how much it costs and how fast they can do it."
ad|Advertisement
ad|SKIP ADVERTISEMENT
h2|Cheaper bills, and a long payback
p|The numbers are modest but real. Households connected to the network pay on average about 35 percent less for heat than they did with propane or electric baseboard heaters, according to figures the town shared with The Times. The school district says it saves roughly $90,000 a year.
p|But the upfront costs are steep. Drilling a single production well can cost several million dollars, and there is no guarantee of finding water hot enough to be useful. Lakeview's most recent expansion cost about $14 million, most of it covered by grants that may not be available to the next town.
related-inline|Read more about clean energy in the West
related-inline|The Hidden Heat Beneath Nevada Is Drawing Silicon Valley Money
p|Engineers say the places most likely to benefit share a few traits:
li|Known hot water or rock relatively close to the surface.
li|A compact downtown, so pipes do not have to run for miles.
li|Large public buildings, like schools and hospitals, that can anchor demand.
p|Several towns in southern Oregon and northern Nevada fit that description, said Dr. Samuel Osei, a geologist who has studied the region's resources. "The heat is there," he said. "The hard part is the institutions: who owns it, who maintains it, who pays when something breaks."
h2|'We're not a science project'
p|That question has already caused friction. Last year, a dispute over who should pay to repair a corroded pipe left a row of homes without heat for four days in November. Residents packed a town council meeting, and the town later set up a reserve fund for repairs.
p|Still, few people in Lakeview want to go back. Dennis Harlow, a retired rancher whose house was connected in 2024, said his heating bill fell from about $300 a month in winter to less than $120.
p|"We're not a science project," he said. "We're just people who got tired of paying for propane."
ad|Advertisement
ad|SKIP ADVERTISEMENT
author-bio|Hannah Lindgren reports on climate and energy in the American West for The Times. She is based in Portland, Ore. More about Hannah Lindgren
author-bio|Marco Reyes is a Times reporter covering energy, including the fossil fuel industry and the transition to renewables. More about Marco Reyes
print-edition|A version of this article appears in print on Jan. 28, 2026, Section A, Page 12 of the New York edition with the headline: Town's Hot Water Heats Its Homes, and Others Take Notice.
print|Order Reprints
epaper|Today's Paper
paywall|Subscribe
share|See more on: Oregon, Geothermal Power, Lakeview (Ore)
share|Share full article
share|Gift
comments|127
related|Explore Our Coverage of Climate Change
related|Heat Pumps Outsold Gas Furnaces Again Last Year
related|Where Heat Waves Are Getting Longer, in Five Charts
related|A Tiny Utility in Vermont Is Rewriting the Rules on Power Outages
teaser-list|Editors' Picks
teaser-list|The Restaurant That Only Serves Soup, and Has a Two-Month Waitlist
teaser-list|How a 74-Year-Old Became a Marathon Record Holder
teaser-list|Is Your Dog Bored? Scientists Have Some Ideas
ad|Advertisement
ad|SKIP ADVERTISEMENT
footer|Site Index
footer|News
footer|Home Page U.S. World Politics New York Education Sports Business Tech Science Weather The Great Read Obituaries Headway Visual Investigations The Magazine
footer|Arts
footer|Book Review Best Sellers Book List Dance Movies Music Pop Culture Television Theater Visual Arts
footer|Opinion
footer|Today's Opinion Columnists Editorials Guest Essays Op-Docs Letters Sunday Opinion Opinion Video Opinion Audio
footer|Account
footer|Subscribe Manage My Account Home Delivery Gift Subscriptions Group Subscriptions Gift Articles Email Newsletters NYT Licensing Replica Edition Times Store
footer|Site Information Navigation
copyright|© 2026 The New York Chronicle Company
footer|NYTCo Contact Us Accessibility Work with us Advertise T Brand Studio Your Ad Choices Privacy Policy Terms of Service Terms of Sale Site Map Help Subscriptions
cookie|Manage Privacy Preferences
"""),
 dict(id="nice-matin-monaco-style-1", site="nice-matin-monaco-style", lang="fr", sep="\n", title="Logement : 214 appartements domaniaux livrés aux Monégasques d'ici la fin de l'année", date="2026-02-05", page="""
skip-link|Aller au contenu principal
menu|Menu
menu|Riviera-Matin
edition|Monaco-Matin
edition|Choisir mon édition
weather|Monaco 14°
search|Rechercher
account|Mon compte
paywall|Je m'abonne
paywall|Offre spéciale : 1€ le premier mois
menu|Monaco
menu|Nice
menu|Cannes
menu|Antibes
menu|Grasse
menu|Menton
menu|Var
menu|Faits divers
menu|Sports
menu|Vidéos
menu|Jeux
menu|Journal numérique
menu|Actu
menu|Prince et Famille princière
menu|Politique
menu|Économie
menu|AS Monaco
menu|Grand Prix
menu|Sorties
breadcrumb|Accueil > Monaco > Politique
section-label|Logement
paywall|Article réservé aux abonnés
h1|Logement : 214 appartements domaniaux livrés aux Monégasques d'ici la fin de l'année
lead|Le gouvernement princier a détaillé ce jeudi le calendrier des prochaines livraisons. Les opérations Grand Ida et Testimonio II arrivent à leur terme, et une nouvelle commission d'attribution se réunira en avril.
byline|Par Romain Castellan
dateline|Publié le 05/02/2026 à 19:30, mis à jour le 05/02/2026 à 21:12
share|Partager
share|Facebook
share|X
share|Email
share|Copier le lien
save|Ajouter à mes favoris
comments|Commenter
comments|3
caption|Le chantier de l'opération Grand Ida, à la Condamine, doit être livré à l'automne.
credit|Photo Laurent Baudoin
p|C'est un chiffre que les familles monégasques en attente d'un logement guettaient depuis plusieurs mois. Lors d'une conférence de presse organisée ce jeudi au ministère d'État, le conseiller-ministre pour l'Équipement a annoncé la livraison de 214 appartements domaniaux d'ici décembre 2026.
p|La grande majorité de ces logements, 162 au total, proviennent de l'opération Grand Ida, dont les derniers travaux de second œuvre sont en cours à la Condamine. Les 52 autres seront livrés dans l'immeuble Testimonio II, dans le quartier de Saint-Roman, où les premières clés ont déjà été remises à la fin de l'année dernière.
p|« Nous tenons le cap fixé par le plan national pour le logement. À la fin de cette année, le parc domanial aura progressé de près de 600 appartements en quatre ans », a souligné le conseiller-ministre.
read-also|LIRE AUSSI. Monaco : le Conseil national réclame un nouveau plan logement à l'horizon 2032
h2|Une commission en avril
p|Les prochains appels à candidatures seront ouverts dès le mois de mars. La commission d'attribution se réunira en avril pour examiner les dossiers, avec une priorité donnée, comme à l'accoutumée, aux foyers en situation de sur-occupation et aux jeunes couples.
p|La répartition prévue par typologie se décompose ainsi :
li|58 deux-pièces ;
li|97 trois-pièces ;
li|46 quatre-pièces ;
li|13 cinq-pièces et plus.
ad|Publicité
p|Côté élus, l'annonce a été accueillie avec satisfaction, mais aussi avec une certaine prudence. « Ces livraisons sont une bonne nouvelle. Mais la demande ne faiblit pas et nous voulons une visibilité au-delà de 2027 », a réagi le président de la commission du logement du Conseil national, qui doit rencontrer le gouvernement dans les prochaines semaines.
h2|Le chantier de l'Annonciade II en ligne de mire
p|Le gouvernement a par ailleurs confirmé que les études se poursuivaient pour l'opération de l'Annonciade II, qui pourrait compter environ 300 logements domaniaux. Le permis de construire devrait être déposé avant l'été, pour un démarrage des travaux espéré en 2027.
p|Reste la question de la durée des chantiers en Principauté, souvent allongée par les contraintes d'un territoire dense et par les nuisances pour les riverains. Plusieurs habitants de la Condamine se sont plaints ces derniers mois du bruit des engins et des rotations de camions sur le boulevard Albert-Ier.
p|Le conseiller-ministre a assuré que les horaires de chantier seraient strictement respectés jusqu'à la livraison.
tags|Monaco
tags|Logement
tags|Conseil national
tags|Gouvernement princier
paywall|Cet article est réservé aux abonnés. Profitez de notre offre : 1€ le premier mois, sans engagement.
paywall|Je m'abonne
comments|Commentaires (3)
comments|Monégasque06
comments|Il y a 2 heures
comments|Enfin ! On attend depuis trois ans pour notre dossier.
comments|Répondre
comments|Signaler un abus
comments|Voir tous les commentaires
related|Sur le même sujet
related|Monaco : la pose de la première pierre de l'Annonciade II reportée
related|Le prix du mètre carré dépasse encore 50 000 euros en Principauté
video|Vidéos du jour
video|Monaco : les images de la tempête sur le port Hercule
video|01:24
most-read|Les + lus Monaco
most-read|1. Circulation : le tunnel descendant fermé trois nuits par semaine en février
most-read|2. AS Monaco : un cadre de l'effectif absent plusieurs semaines
most-read|3. Le Prince Albert II en visite officielle au Japon
newsletter|Newsletter Monaco
newsletter|Chaque soir, recevez l'essentiel de l'actualité de la Principauté.
newsletter|S'inscrire
services|Nos services
services|Annonces légales
services|Avis de décès
services|Horoscope
services|Programme TV
services|Codes promo
epaper|Le journal numérique
epaper|Lire le journal du jour
footer|Riviera-Matin
footer|Qui sommes-nous
footer|Contact
footer|Publicité
footer|Mentions légales
footer|Conditions générales de vente
footer|Gestion des cookies
copyright|© Riviera-Matin 2026
"""),
 dict(id="nice-matin-monaco-style-2", site="nice-matin-monaco-style", lang="fr", sep="\n", title="Le Conseil national vote le budget rectificatif après une séance de plus de six heures", date="2026-10-21", page="""
skip-link|Aller au contenu principal
menu|Menu
menu|Riviera-Matin
edition|Monaco-Matin
edition|Choisir mon édition
weather|Monaco 19°
search|Rechercher
account|Mon compte
paywall|Je m'abonne
paywall|Offre spéciale : 1€ le premier mois
menu|Monaco
menu|Nice
menu|Cannes
menu|Antibes
menu|Grasse
menu|Menton
menu|Var
menu|Faits divers
menu|Sports
menu|Vidéos
menu|Jeux
menu|Journal numérique
menu|Actu
menu|Prince et Famille princière
menu|Politique
menu|Économie
menu|AS Monaco
menu|Grand Prix
menu|Sorties
breadcrumb|Accueil > Monaco > Politique
section-label|Politique
h1|Le Conseil national vote le budget rectificatif après une séance de plus de six heures
lead|Les élus ont adopté mardi soir le budget rectificatif 2026, par 19 voix pour et 5 abstentions. Un vote obtenu après de longues discussions sur les dépenses d'équipement et le pouvoir d'achat.
byline|Par Sophie Marcellin
dateline|Publié le 21/10/2026 à 23:48
share|Partager
share|Facebook
share|X
share|Email
share|Copier le lien
save|Ajouter à mes favoris
comments|Commenter
listen|Écouter cet article
listen|Lecture : 4 min
caption|Les élus du Conseil national lors de la séance publique de mardi soir. (Photo Jean-Michel Ardisson)
p|Il était près de minuit quand le président du Conseil national a annoncé le résultat du vote. Par 19 voix pour et 5 abstentions, l'assemblée monégasque a adopté mardi le budget rectificatif pour 2026, au terme d'une séance publique de plus de six heures.
p|Le texte prévoit un excédent de 18,4 millions d'euros, contre 6,2 millions dans le budget primitif, grâce à des recettes supérieures aux prévisions, en particulier celles de la TVA et des droits de mutation immobilière.
p|« C'est un budget sérieux, qui préserve l'avenir tout en répondant aux attentes des Monégasques », a salué le ministre d'État dans son intervention, remerciant les élus pour « la qualité du dialogue » des dernières semaines.
h2|Des engagements arrachés au gouvernement
p|Avant de voter, la majorité a obtenu plusieurs engagements, détaillés en séance par le rapporteur de la commission des finances :
li|une hausse de 3 % de l'aide nationale au logement à compter du 1er janvier ;
li|l'inscription de crédits d'études pour un nouveau parking public à Fontvieille ;
li|un calendrier précis pour la rénovation du stade Louis-II ;
li|le gel des tarifs des transports en commun en 2027.
read-also|LIRE AUSSI. Budget primitif 2027 : le gouvernement table sur une croissance de 3 %
p|Les cinq élus qui se sont abstenus ont regretté l'absence de mesures nouvelles pour les commerçants de la Condamine, touchés selon eux par la multiplication des chantiers. « Nous ne voterons pas contre, car les comptes sont sains. Mais les commerçants ont été oubliés », a expliqué l'un d'eux.
ad|Publicité
ad|Voyagez en première classe avec notre partenaire - Découvrir
h2|Le dossier de l'hôpital toujours au cœur des débats
p|Une partie importante des échanges a porté sur le chantier du nouveau Centre hospitalier Princesse-Grace, dont le coût a de nouveau été révisé à la hausse. Plusieurs élus ont réclamé un point d'étape complet avant la fin de l'année.
p|Le gouvernement a promis de présenter un rapport détaillé lors de la session budgétaire de décembre, consacrée à l'examen du budget primitif 2027.
p|Le vote de ce budget rectificatif intervient dans un climat apaisé entre l'exécutif et l'assemblée, après des mois de tensions au printemps sur le dossier du logement des enfants du pays.
tags|Monaco
tags|Conseil national
tags|Budget
tags|Politique
comments|Commentaires (0)
comments|Soyez le premier à réagir
comments|Vous devez être connecté pour commenter. Se connecter
related|Sur le même sujet
related|Conseil national : les élus demandent un audit du chantier de l'hôpital
related|Il y a 3 jours
related|Monaco : les recettes de TVA atteignent un niveau record
related|Il y a 2 semaines
teaser-list|À lire également
teaser-list|Monaco Yacht Show : une édition record avec plus de 120 yachts exposés
teaser-list|Il y a 1 heure
teaser-list|AS Monaco : les compos probables avant le déplacement à Lens
teaser-list|Il y a 4 heures
most-read|Les + lus Monaco
most-read|1. Le couple princier inaugure le nouveau pavillon du Jardin exotique
most-read|2. Travaux : la circulation modifiée sur le boulevard du Jardin-Exotique
most-read|3. Une nouvelle adresse gastronomique ouvre au Larvotto
newsletter|Newsletter Monaco
newsletter|Chaque soir, recevez l'essentiel de l'actualité de la Principauté.
newsletter|S'inscrire
app|Téléchargez l'application Riviera-Matin et recevez nos alertes en temps réel
push|Activer les notifications
services|Nos services
services|Annonces légales
services|Avis de décès
services|Horoscope
services|Programme TV
services|Codes promo
epaper|Le journal numérique
epaper|Lire le journal du jour
footer|Riviera-Matin
footer|Qui sommes-nous
footer|Contact
footer|Publicité
footer|Mentions légales
footer|Conditions générales de vente
footer|Gestion des cookies
copyright|© Riviera-Matin 2026
"""),
 dict(id="zambia-mail-style-1", site="zambia-mail-style", lang="en", sep="\n", title="FRA sets K410 floor price for 50kg bag of maize", date="2026-05-28", page="""
timestamp|Thursday, May 28, 2026
breaking|BREAKING NEWS
breaking|Kafue Gorge Lower reaches full capacity ahead of dry season
breaking|Chipolopolo squad for COSAFA Cup named
breaking|Inflation eases to 9.8 percent in May - ZamStats
social|Facebook Twitter YouTube Instagram
epaper|Subscribe to e-Paper
menu|Zambezi Daily Post
menu|Zambia's Leading Daily Newspaper
menu|HOME
menu|NEWS
menu|BUSINESS
menu|SPORTS
menu|FEATURES
menu|COLUMNS
menu|OPINION
menu|ENTERTAINMENT
menu|HEALTH
menu|E-PAPER
menu|VACANCIES
menu|CONTACT US
ticker|USD/ZMW 24.62
ticker|GBP/ZMW 32.91
ticker|Copper (LME) $9,745/t
ad|ADVERTISEMENT
ad|Airtel Money - Send money for free to any Airtel number this weekend. T&Cs apply.
breadcrumb|Home / Headlines / FRA sets K410 floor price for 50kg bag of maize
section-label|HEADLINES
h1|FRA sets K410 floor price for 50kg bag of maize
byline|By MUTALE KAPEKELE
dateline|May 28, 2026
comments|0 Comments
views|Post Views: 2,318
caption|AGRICULTURE Minister Mr Chanda Mwape (centre) addresses journalists in Lusaka yesterday. Looking on is FRA executive director Ms Mary Siame (left). PICTURE: JOSEPH MWENDA
byline|MUTALE KAPEKELE
byline|Lusaka
p|THE Food Reserve Agency (FRA) has announced a floor price of K410 per 50-kilogramme bag of white maize for the 2026/2027 crop marketing season, up from K350 last year.
p|Agriculture Minister Chanda Mwape said yesterday that the agency has been allocated K3.2 billion to buy 1.5 million metric tonnes of maize from small-scale farmers across the country.
p|Mr Mwape said the price was arrived at after consultations with farmer unions, millers and other stakeholders, and took into account the increased cost of production and the need to keep mealie meal affordable.
p|"We have listened to our farmers. This price is fair to the farmer who has worked hard, and it is also fair to the consumer who buys mealie meal," he said.
read-also|ALSO READ: Govt lifts maize export ban as harvest recovers
h2|Purchases to start June 15
p|Mr Mwape said FRA will begin buying maize on June 15 at more than 1,800 satellite depots countrywide.
p|He said farmers will be paid within 14 days of delivering their crop, and that payments will be made through mobile money and bank accounts to reduce delays experienced in previous seasons.
p|FRA executive director Mary Siame said the agency has put in place measures to ensure that only genuine farmers sell to the agency. Farmers will be required to present their National Registration Cards and their Farmer Input Support Programme (FISP) numbers.
p|"We will not allow briefcase traders to take advantage of our farmers. Our officers have been instructed to buy directly from the farmer and no one else," Ms Siame said.
ad|ADVERTISEMENT
p|She said the agency has also secured enough grain bags and tarpaulins to protect the maize at depots during the marketing season.
p|The country is expected to harvest about 3.6 million tonnes of maize this season, according to the crop forecast survey released last month, a strong recovery from the drought-hit 2023/2024 season.
p|Eastern, Central and Southern provinces are expected to account for the bulk of the crop, while Northern and Muchinga provinces have recorded increased production following Government's push to diversify maize growing into areas with reliable rainfall.
p|Mr Mwape said Government will this year not restrict private buyers, and farmers are free to sell to whoever offers them a better price.
p|Zambia National Farmers Union president Kelvin Hamweemba welcomed the announcement but urged Government to ensure that farmers are paid on time.
p|"The price is a step in the right direction, but farmers should not wait months for their money. Many of them have loans to repay," Mr Hamweemba said.
share|Share this:
share|Click to share on Facebook (Opens in new window)
share|Click to share on X (Opens in new window)
share|Click to share on WhatsApp (Opens in new window)
print|Click to print (Opens in new window)
like|Like this:
like|Like Loading...
related|Related
related|FISP e-voucher redemption deadline extended
related|May 12, 2026
related|In "Headlines"
related|Millers warn of mealie meal price increase
related|April 30, 2026
related|In "Business"
tags|TAGS
tags|FRA
tags|Maize
tags|Agriculture
tags|Farmers
nav|Previous article
nav|Chipolopolo squad for COSAFA Cup named
nav|Next article
nav|Zambia, Tanzania sign deal to upgrade TAZARA line
comments|Leave a Reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Website
comments|Post Comment
latest|LATEST NEWS
latest|Kafue Gorge Lower reaches full capacity ahead of dry season
latest|2 hours ago
latest|Inflation eases to 9.8 percent in May - ZamStats
latest|6 hours ago
latest|Lusaka City Council demolishes illegal structures in Chawama
latest|1 day ago
jobs|VACANCIES
jobs|Ministry of Health: Recruitment of Nurses and Midwives
jobs|Tender: Supply and Delivery of Office Furniture
epaper|Read today's e-Paper
footer|About Us
footer|Advertise With Us
footer|Privacy Policy
footer|Contact Us
copyright|Copyright © 2026 Zambezi Daily Post Limited. All rights reserved.
footer|Theme: Newspaper by ThemeSphere. Powered by WordPress.
back-to-top|Back to top button
"""),
 dict(id="zambia-mail-style-2", site="zambia-mail-style", lang="en", sep="\n", title="ZESCO cuts load-shedding to four hours as Kariba levels recover", date="2026-04-09", page="""
timestamp|Thursday, April 9, 2026
breaking|BREAKING NEWS
breaking|Govt releases K800 million for CDF projects
breaking|Lungu estate wrangle returns to High Court
breaking|Power Dynamos beat Zesco United in Copperbelt derby
social|Facebook Twitter YouTube Instagram
epaper|Subscribe to e-Paper
menu|Zambezi Daily Post
menu|Zambia's Leading Daily Newspaper
menu|HOME
menu|NEWS
menu|BUSINESS
menu|SPORTS
menu|FEATURES
menu|COLUMNS
menu|OPINION
menu|ENTERTAINMENT
menu|HEALTH
menu|E-PAPER
menu|VACANCIES
menu|CONTACT US
ticker|USD/ZMW 25.10
ticker|GBP/ZMW 33.47
ticker|Copper (LME) $9,512/t
ad|ADVERTISEMENT
ad|Zanaco - Bank from anywhere with Xapit. Dial *919#
breadcrumb|Home / Business / ZESCO cuts load-shedding to four hours as Kariba levels recover
section-label|BUSINESS
h1|ZESCO cuts load-shedding to four hours as Kariba levels recover
byline|By CHISHIMBA NG'ANDU
dateline|April 9, 2026
comments|2 Comments
views|Post Views: 4,072
caption|Water flowing through the spillway at Kariba Dam.
credit|PICTURE: FILE
byline|CHISHIMBA NG'ANDU
byline|Lusaka
p|ZESCO Limited has reduced load-shedding hours for domestic customers from 12 to four hours a day following improved water levels at Lake Kariba and the commissioning of new solar plants.
p|ZESCO managing director Joseph Simukoko said yesterday the new schedule will take effect from Monday, April 13.
p|Mr Simukoko said the water level at Kariba has risen to 480.6 metres above sea level, more than four metres higher than at the same time last year, after good rains in the Zambezi catchment.
p|"This is the relief that our customers have been waiting for. We thank the public for their patience during what has been a very difficult period for the nation," he said.
p|He said industrial customers and mines will continue to receive a separate supply arrangement agreed with the utility.
read-also|ALSO READ: Solar plant in Chisamba connected to national grid
h2|New capacity
p|Mr Simukoko said the improved supply was also due to about 400 megawatts of new solar generation connected to the national grid in the past six months, mostly from independent power producers in Central and Lusaka provinces.
p|He said the utility will continue to import power from the region during peak hours in the evening, when solar plants are not producing.
p|Mr Simukoko said ZESCO expects to further reduce load-shedding in the coming months, depending on how fast the lake continues to fill.
p|He said ZESCO has also intensified the installation of prepaid smart meters and the maintenance of its distribution network, which had been put under strain by frequent switching during the long outages.
p|"When power is restored to a whole area at once, transformers are overloaded and some of them blow. We are replacing more than 300 transformers this year," Mr Simukoko said.
p|The Energy Regulation Board (ERB) said it will monitor the implementation of the new schedule.
p|ERB spokesperson Chileshe Mulenga urged consumers to report any areas that experience outages beyond the published schedule.
p|"Consumers should use the new schedules published on the ZESCO website and social media pages. Any deviation should be reported to us," Ms Mulenga said.
p|Small business owners in Lusaka welcomed the announcement.
p|Barbershop owner Bwalya Tembo of Kalingalinga said his business had lost more than half of its customers during the long hours of power cuts.
p|"We were spending a lot of money on petrol for the generator. Now we can work normally," Mr Tembo said.
p|Zambia depends on hydropower for more than 80 percent of its electricity, and the 2024 drought, one of the worst in decades, pushed Kariba to its lowest level since the dam was built, leading to power cuts of up to 21 hours a day at the peak of the crisis.
ad|ADVERTISEMENT
share|Share this:
share|Click to share on Facebook (Opens in new window)
share|Click to share on X (Opens in new window)
share|Click to share on WhatsApp (Opens in new window)
print|Click to print (Opens in new window)
like|Like this:
like|Like Loading...
related|Related
related|Kariba Dam water levels rise steadily - ZRA
related|March 18, 2026
related|In "Headlines"
related|Miners call for cost-reflective tariffs
related|February 26, 2026
related|In "Business"
tags|TAGS
tags|ZESCO
tags|Load-shedding
tags|Energy
nav|Previous article
nav|Lungu estate wrangle returns to High Court
nav|Next article
nav|Power Dynamos beat Zesco United in Copperbelt derby
comments|2 thoughts on “ZESCO cuts load-shedding to four hours as Kariba levels recover”
comments|Mwila C.
comments|April 9, 2026 at 8:14 am
comments|Good news but in Chilenje we still had 10 hours yesterday.
comments|Reply
comments|Natasha
comments|April 9, 2026 at 10:47 am
comments|Finally! Thank you ZESCO.
comments|Reply
comments|Leave a Reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Website
comments|Post Comment
latest|LATEST NEWS
latest|Govt releases K800 million for CDF projects
latest|3 hours ago
latest|Kitwe traders move into new Chisokone market wing
latest|1 day ago
jobs|VACANCIES
jobs|ZESCO Limited: Graduate Trainee Engineers (10 positions)
jobs|Invitation to Bid: Rehabilitation of Feeder Roads in Mansa District
epaper|Read today's e-Paper
footer|About Us
footer|Advertise With Us
footer|Privacy Policy
footer|Contact Us
copyright|Copyright © 2026 Zambezi Daily Post Limited. All rights reserved.
footer|Theme: Newspaper by ThemeSphere. Powered by WordPress.
back-to-top|Back to top button
"""),
]
