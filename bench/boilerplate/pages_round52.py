# Round 52: eight pages on four more layouts (a French national daily with paywall and live blogs, a Belgian
# French-language regional daily, a Canadian national daily with paywall, a Pakistani English daily), written blind:
# without looking at the classifier, its rules or the benchmark, measured once. Each line: "label|text".
# Invented text; no real article is copied.
ROUND52 = [
 dict(id="liberation-style-1", site="liberation-style", lang="fr", sep="\n", title="Loyers : dans les villes moyennes, l’encadrement fait son retour dans les conseils municipaux", date="2026-02-17", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
menu|Menu
menu|Rechercher
menu|Libération Mag
paywall|S’abonner dès 1€
menu|Se connecter
menu|Politique
menu|International
menu|Économie
menu|Société
menu|Idées et Débats
menu|Culture
menu|Sports
menu|Environnement
menu|Checknews
menu|Lifestyle
breaking|Direct : suivez les dernières infos sur la tempête qui touche l’ouest du pays
section-label|Logement
h1|Loyers : dans les villes moyennes, l’encadrement fait son retour dans les conseils municipaux
lead|A Angers, Poitiers ou Besançon, des élus veulent rejoindre le dispositif de plafonnement des loyers, jusqu’ici réservé aux grandes métropoles. Les propriétaires dénoncent une mesure «inutile» hors des zones tendues.
byline|par Camille Forestier
dateline|publié le 17 février 2026 à 6h45
listen|Écouter cet article
listen|7 min
save|Sauvegarder
share|Partager
share|Offrir cet article
caption|Dans un quartier résidentiel de Poitiers, en janvier. Les loyers y ont progressé de 9% en trois ans.
credit|(Julien Mercadier/Libération)
p|Ce n’est plus une affaire de capitales. Longtemps cantonné à Paris, Lille puis Lyon, l’encadrement des loyers s’invite désormais dans des villes de taille moyenne où, il y a encore cinq ans, personne ne parlait de crise du logement. Mardi soir, le conseil municipal d’Angers doit voter une délibération demandant à l’Etat d’inclure la ville dans l’expérimentation.
p|La démarche n’est pas isolée. Selon le décompte de l’association Droit au toit, une quinzaine de communes de 80 000 à 200 000 habitants ont engagé des démarches comparables depuis l’automne. «On voit arriver des étudiants qui ne trouvent rien à moins de 550 euros pour un studio, ce qui était impensable ici», résume une adjointe au logement de Besançon.
h2|«Un effet de report»
p|Les raisons avancées se ressemblent d’une ville à l’autre : la hausse des taux d’intérêt a repoussé les primo-accédants vers la location, le télétravail a attiré des ménages venus des métropoles, et les meublés de tourisme ont retiré des centaines de logements du marché.
p|«Il y a clairement un effet de report, explique l’économiste Hélène Vasseur, spécialiste du marché locatif. Les villes moyennes ont longtemps servi de soupape. Aujourd’hui, la soupape est elle-même sous pression.»
paywall|Cet article est réservé aux abonnés. Pour lire la suite, profitez de notre offre : 1€ le premier mois.
paywall|Je m’abonne
paywall|Déjà abonné ? Se connecter
p|Pour obtenir l’encadrement, une commune doit pourtant prouver un «déséquilibre marqué» entre l’offre et la demande, un critère que plusieurs villes peinent à documenter faute d’observatoire local des loyers. Poitiers a dû en créer un en urgence, financé à parts égales avec l’agglomération.
h2|Les propriétaires vent debout
p|Du côté des bailleurs, l’hostilité est franche. La fédération des propriétaires de la Vienne dénonce une mesure «idéologique» qui découragerait l’investissement locatif «au moment où l’on a besoin de construire». Plusieurs agences immobilières affirment que des bailleurs envisagent déjà de vendre.
p|Les études disponibles sur Paris et Lille nuancent pourtant ce scénario : les loyers de relocation y ont ralenti sans effondrement de l’offre, même si environ un tiers des annonces dépassent encore le plafond autorisé, selon les associations de locataires.
p|Le ministère du Logement, sollicité, indique «étudier chaque demande au cas par cas» et promet une réponse «avant l’été». D’ici là, les candidats aux municipales de mars pourraient bien faire du sujet l’un des thèmes de la campagne.
tags|Logement
tags|Immobilier
tags|Villes
tags|Municipales 2026
author-link|Camille Forestier
newsletter|La newsletter Économie
newsletter|Chaque mardi, l’essentiel de l’actualité économique décryptée par nos journalistes.
newsletter|Votre adresse e-mail
newsletter|S’inscrire
disclaimer|En vous inscrivant, vous acceptez nos conditions générales d’utilisation et notre politique de confidentialité.
related|Dans la même rubrique
related|TRIBUNE
related|Crise du logement : «Il faut cesser d’opposer locataires et propriétaires»
related|Logement social : les HLM face au mur de la rénovation énergétique
related|Airbnb : à Annecy, la mairie durcit les règles des meublés de tourisme
most-read|Les plus lus
most-read|1
most-read|Tempête Mireille : des rafales à 150 km/h attendues sur la façade atlantique
most-read|2
most-read|Réforme du bac : ce que change le nouveau calendrier des épreuves
most-read|3
most-read|A Marseille, la rénovation des écoles prend encore du retard
footer|Libération
footer|Nous contacter
footer|Mentions légales
footer|Charte éthique
footer|Politique de confidentialité
footer|Gestion des cookies
footer|Conditions générales de vente
footer|Plan du site
app|Télécharger l’application
copyright|© Libération
"""),
 dict(id="liberation-style-2", site="liberation-style", lang="fr", sep="\n", title="Tempête Mireille : des rafales à 150 km/h sur la façade atlantique, 300 000 foyers privés d’électricité", date="2026-02-18", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
menu|Menu
menu|Rechercher
menu|Libération Mag
paywall|S’abonner dès 1€
menu|Se connecter
menu|Politique
menu|International
menu|Économie
menu|Société
menu|Idées et Débats
menu|Culture
menu|Sports
menu|Environnement
menu|Checknews
menu|Lifestyle
breaking|Direct : suivez les dernières infos sur la tempête qui touche l’ouest du pays
watch|Direct
section-label|Intempéries
h1|Tempête Mireille : des rafales à 150 km/h sur la façade atlantique, 300 000 foyers privés d’électricité
lead|Placés en vigilance rouge, la Charente-Maritime et la Vendée ont été balayés dans la nuit par des vents violents. Les trains sont interrompus entre Nantes et Bordeaux. Suivez notre direct.
byline|par Libération et AFP
dateline|publié le 18 février 2026 à 6h02
timestamp|mis à jour à 11h37
share|Partager
save|Sauvegarder
section-label|L’essentiel
li|Les départements de Charente-Maritime et de Vendée sont en vigilance rouge jusqu’à 14 heures.
li|Environ 300 000 foyers étaient privés d’électricité mercredi matin, selon Enedis.
li|La circulation ferroviaire est interrompue entre Nantes, La Rochelle et Bordeaux.
li|Un homme a été grièvement blessé par la chute d’un arbre à Royan.
live-time|11h37
h2|Les écoles resteront fermées jeudi en Vendée
p|La préfecture de Vendée annonce que les établissements scolaires du département resteront fermés jeudi, le temps de sécuriser les bâtiments endommagés et de dégager les routes. Les transports scolaires sont également suspendus.
share|Partager
live-time|11h05
h2|Enedis mobilise 2 000 techniciens
p|Le gestionnaire du réseau indique avoir mobilisé 2 000 techniciens, dont 600 venus d’autres régions, pour rétablir le courant. «La moitié des foyers devraient être réalimentés d’ici ce soir», affirme un porte-parole, qui prévient que certains hameaux isolés pourraient attendre plusieurs jours.
share|Partager
live-time|10h22
h2|Le ministre de l’Intérieur attendu à La Rochelle
p|Le ministre se rendra en début d’après-midi à La Rochelle, où le port de plaisance a subi d’importants dégâts. Plusieurs bateaux ont rompu leurs amarres pendant la nuit.
caption|Des bateaux échoués sur un quai du port des Minimes, à La Rochelle, mercredi matin.
credit|(Xavier Léger/AFP)
share|Partager
live-time|9h48
h2|«On n’avait jamais vu ça»
p|A Châtelaillon-Plage, des habitants racontent une nuit sans sommeil. «Les volets claquaient, la mer est montée jusque sur la promenade», témoigne une retraitée jointe par téléphone, qui a vu une partie de sa clôture emportée.
share|Partager
live-time|8h30
h2|Trafic SNCF : aucune reprise avant midi
p|La SNCF annonce qu’aucun train ne circulera avant midi sur les axes Nantes-Bordeaux et Poitiers-La Rochelle. Des arbres sont tombés sur les voies en plusieurs endroits. Les billets sont échangeables et remboursables sans frais.
share|Partager
live-time|6h02
h2|Bonjour et bienvenue dans ce direct
p|La tempête Mireille a touché les côtes françaises peu avant minuit. Météo-France a relevé une rafale à 152 km/h à la pointe de Chassiron, sur l’île d’Oléron. Nous suivons la situation tout au long de la matinée.
read-more|Charger plus d’entrées
tags|Tempête
tags|Météo
tags|Charente-Maritime
tags|Vendée
newsletter|La newsletter du matin
newsletter|Tous les jours à 7 heures, l’essentiel de l’actualité.
newsletter|Votre adresse e-mail
newsletter|S’inscrire
disclaimer|En vous inscrivant, vous acceptez nos conditions générales d’utilisation et notre politique de confidentialité.
related|Dans la même rubrique
related|Vigilance rouge : comment Météo-France décide-t-elle du niveau d’alerte ?
related|Tempêtes : les assureurs s’inquiètent de la multiplication des sinistres
most-read|Les plus lus
most-read|1
most-read|Loyers : dans les villes moyennes, l’encadrement fait son retour dans les conseils municipaux
most-read|2
most-read|Réforme du bac : ce que change le nouveau calendrier des épreuves
most-read|3
most-read|Ligue 1 : le PSG s’impose dans la douleur à Lens
footer|Libération
footer|Nous contacter
footer|Mentions légales
footer|Charte éthique
footer|Politique de confidentialité
footer|Gestion des cookies
footer|Conditions générales de vente
footer|Plan du site
app|Télécharger l’application
copyright|© Libération
"""),
 dict(id="lavenir-be-style-1", site="lavenir-be-style", lang="fr", sep="\n\n", title="Marche-en-Famenne : la nouvelle piscine communale ouvrira finalement en septembre", date="2026-03-04", page="""
cookie|Nous utilisons des cookies et des technologies similaires pour améliorer votre expérience, mesurer l’audience et vous proposer des publicités personnalisées. Vous pouvez modifier vos choix à tout moment via le lien « Paramètres des cookies » en bas de page.
cookie|Tout accepter
cookie|Personnaliser
cookie|Continuer sans accepter
menu|L’Écho des Ardennes
timestamp|mercredi 4 mars 2026
weather|Marche-en-Famenne 7°C
menu|Se connecter
paywall|S’abonner
menu|Actu
menu|Régions
menu|Namur
menu|Luxembourg
menu|Brabant wallon
menu|Huy-Waremme
menu|Verviers
menu|Sports
menu|Sports régionaux
menu|Loisirs
menu|Nécrologies
menu|Journal numérique
breadcrumb|Accueil > Régions > Luxembourg > Marche-en-Famenne
section-label|MARCHE-EN-FAMENNE
h1|Marche-en-Famenne : la nouvelle piscine communale ouvrira finalement en septembre
lead|Le chantier du complexe aquatique a pris six mois de retard en raison d’un problème d’étanchéité du bassin principal. La Ville promet une ouverture pour la rentrée scolaire.
byline|Pauline Lambotte
dateline|Publié le 04-03-2026 à 06h00
paywall|Article réservé aux abonnés
font|A-
font|A+
share|Facebook
share|X
share|WhatsApp
share|E-mail
caption|Le bassin de 25 mètres devait accueillir ses premiers nageurs en mars.
credit|©ÉdA – Jean-Luc Flémal
p|Les nageurs marchois devront encore patienter. Annoncée pour le printemps, l’ouverture de la nouvelle piscine communale, située à côté du hall omnisports de Waha, est désormais prévue pour la mi-septembre.
p|En cause : des infiltrations découvertes lors des essais de mise en eau du grand bassin, à la fin de l’année dernière. « Il a fallu vider le bassin, retirer une partie du carrelage et refaire la membrane d’étanchéité », explique l’échevin des Travaux, André Collignon.
p|Le surcoût, estimé à 180 000 euros, sera pris en charge par l’entreprise, assure la Ville. « Le cahier des charges est clair là-dessus. Ce n’est pas au contribuable de payer », insiste l’échevin.
ad|Publicité
h2|Les écoles toujours à Ciney
p|Ce retard a une conséquence directe pour les écoles de l’entité. Depuis la fermeture de l’ancienne piscine, en 2023, les élèves de primaire sont conduits en car jusqu’à Ciney pour leurs cours de natation, une solution coûteuse en temps comme en argent.
p|« On perd presque une matinée complète pour quarante minutes dans l’eau », regrette une directrice d’école de Hollogne. La Ville a accepté de prolonger la convention avec Ciney jusqu’en juin.
h2|Ce que proposera le complexe
li|un bassin sportif de 25 mètres à six couloirs ;
li|un bassin d’apprentissage à fond mobile ;
li|une pataugeoire pour les tout-petits ;
li|un espace bien-être avec sauna et hammam.
p|Le coût total du projet s’élève à 11,4 millions d’euros, subsidié à hauteur de 60 % par la Région wallonne. Les tarifs d’entrée seront fixés par le conseil communal avant l’été.
related|À lire aussi
related|Hotton : le pont sur l’Ourthe fermé trois semaines pour travaux
tags|Marche-en-Famenne
tags|Piscine
tags|Travaux
comments|Réagir à cet article
comments|Les commentaires sont réservés aux abonnés.
teaser-list|Dans la même rubrique
teaser-list|Durbuy : le marché de Pâques revient sur la place aux Foires
teaser-list|Il y a 3 h
teaser-list|Rochefort : un automobiliste flashé à 142 km/h sur la N86
teaser-list|Il y a 5 h
teaser-list|Nassogne : la commune rachète l’ancienne école de Forrières
teaser-list|Hier
obituary|Avis nécrologiques
obituary|Consultez les avis de décès de votre région
obituary|Déposer un avis
epaper|Le journal numérique
epaper|Feuilletez l’édition du jour dès 5 h du matin
footer|L’Écho des Ardennes
footer|Qui sommes-nous ?
footer|Contact
footer|Annoncer dans nos titres
footer|Conditions générales
footer|Vie privée
footer|Paramètres des cookies
network|Nos titres régionaux : Le Courrier de Namur – Le Jour Verviers – Le Journal de Huy
copyright|© 2026 Éditions de l’Ardenne SA – Tous droits réservés
"""),
 dict(id="lavenir-be-style-2", site="lavenir-be-style", lang="fr", sep="\n\n", title="Carnaval de Malmedy : un dispositif de sécurité renforcé et des navettes gratuites", date="2026-02-12", page="""
cookie|Nous utilisons des cookies et des technologies similaires pour améliorer votre expérience, mesurer l’audience et vous proposer des publicités personnalisées. Vous pouvez modifier vos choix à tout moment via le lien « Paramètres des cookies » en bas de page.
cookie|Tout accepter
cookie|Personnaliser
cookie|Continuer sans accepter
menu|L’Écho des Ardennes
timestamp|jeudi 12 février 2026
weather|Malmedy 2°C
menu|Se connecter
paywall|S’abonner
menu|Actu
menu|Régions
menu|Namur
menu|Luxembourg
menu|Brabant wallon
menu|Huy-Waremme
menu|Verviers
menu|Sports
menu|Sports régionaux
menu|Loisirs
menu|Nécrologies
menu|Journal numérique
breadcrumb|Accueil > Régions > Verviers > Malmedy
section-label|MALMEDY
h1|Carnaval de Malmedy : un dispositif de sécurité renforcé et des navettes gratuites
lead|Plus de 80 000 visiteurs sont attendus pour le Cwarmê, du samedi au mardi gras. La zone de police annonce des contrôles d’alcoolémie et un périmètre fermé à la circulation.
byline|Marc Hennen
dateline|Publié le 12-02-2026 à 17h32
font|A-
font|A+
share|Facebook
share|X
share|WhatsApp
share|E-mail
video|VIDÉO
video|Les préparatifs des Haguètes dans les ateliers (02:14)
p|À quelques jours du Cwarmê, la Ville de Malmedy et la zone de police Stavelot-Malmedy ont présenté jeudi le dispositif prévu pour les quatre jours de carnaval. Il sera sensiblement plus important que l’an dernier.
p|Une centaine de policiers seront mobilisés chaque jour, appuyés par des agents venus des zones voisines et par une cinquantaine de stewards. Le centre-ville sera fermé aux voitures du samedi 14 heures au mardi minuit.
ad|Publicité
p|« Nous avons tiré les leçons de l’édition précédente, où les abords de la gare avaient été saturés en fin de soirée », indique le bourgmestre. Des barrières supplémentaires seront installées place de Rome.
h2|Navettes depuis les parkings
p|Pour limiter l’afflux de véhicules, des navettes gratuites relieront toutes les vingt minutes les parkings de dissuasion de Chôdes, de Bévercé et du zoning industriel au centre-ville.
p|La SNCB renforcera par ailleurs ses trains au départ de Verviers et de Liège le samedi et le dimanche, tandis que les TEC prolongeront leurs dernières lignes jusqu’à 2 heures du matin.
h2|Tolérance zéro pour les jeunes
p|Comme l’an dernier, la vente d’alcool fort sera interdite aux moins de 18 ans, et les commerçants seront contrôlés. Un poste de la Croix-Rouge sera installé à l’hôtel de ville.
p|Le cortège du dimanche, point d’orgue des festivités, partira à 14 h 30 de la place Albert Ier. Une quarantaine de groupes et plus de 2 000 participants y sont attendus.
related|À lire aussi
related|Stavelot : le Laetare fêtera ses 525 ans avec un cortège historique
tags|Malmedy
tags|Carnaval
tags|Sécurité
comments|Réagir à cet article
comments|Les commentaires sont réservés aux abonnés.
teaser-list|Dans la même rubrique
teaser-list|Spa : l’hôtel de la Source cherche toujours un repreneur
teaser-list|Il y a 1 h
teaser-list|Waimes : la fromagerie de Faymonville agrandit son magasin
teaser-list|Il y a 4 h
teaser-list|Verviers : la rue Spintay de nouveau ouverte aux bus
teaser-list|Hier
obituary|Avis nécrologiques
obituary|Consultez les avis de décès de votre région
obituary|Déposer un avis
epaper|Le journal numérique
epaper|Feuilletez l’édition du jour dès 5 h du matin
footer|L’Écho des Ardennes
footer|Qui sommes-nous ?
footer|Contact
footer|Annoncer dans nos titres
footer|Conditions générales
footer|Vie privée
footer|Paramètres des cookies
network|Nos titres régionaux : Le Courrier de Namur – Le Jour Verviers – Le Journal de Huy
copyright|© 2026 Éditions de l’Ardenne SA – Tous droits réservés
"""),
 dict(id="globe-and-mail-style-1", site="globe-and-mail-style", lang="en", sep="\n\n", title="Ontario’s spring housing starts stall as condo presales hit 30-year low", date="2026-04-15", page="""
skip-link|Skip to main content
menu|The Dominion Ledger
menu|Sections
menu|Search
paywall|Subscribe
menu|Log In
menu|Canada
menu|World
menu|Business
menu|Investing
menu|Personal Finance
menu|Opinion
menu|Politics
menu|Sports
menu|Life
menu|Arts
menu|Drive
menu|Real Estate
ticker|TSX 25,418.06 +0.42%
ticker|S&P 500 6,102.33 -0.18%
ticker|CAD/USD 0.7284 +0.11%
ticker|WTI 71.86 -1.02%
section-label|Real Estate
h1|Ontario’s spring housing starts stall as condo presales hit 30-year low
lead|Builders in the Greater Toronto Area broke ground on fewer homes in March than at any time since the early 1990s, and industry groups warn the slump will ripple into construction jobs
byline|Rachel Okonkwo
byline|Real Estate Reporter
byline|Toronto
dateline|Published April 15, 2026
paywall|For Subscribers
listen|Listen to this article
listen|Estimated audio length 5:41
save|Save for later
share|Gift this article
share|Share
feedback|Leave your feedback
gallery|Open this photo in gallery:
caption|Cranes stand idle over a stalled condominium project in North York on April 10.
credit|Fred Lum/The Dominion Ledger
p|Construction of new homes in Ontario slowed sharply last month, with developers in the Greater Toronto Area starting work on the fewest units in more than three decades as condominium buyers continue to stay on the sidelines.
p|Housing starts in the GTA fell to an annualized pace of roughly 21,000 units in March, down 38 per cent from a year earlier, according to figures released Tuesday by the federal housing agency. Starts of apartment and condo units were hit hardest.
article-label|Story continues below advertisement
ad|Advertisement
p|Presales, which builders typically rely on to secure financing before a shovel goes in the ground, remain at their weakest level since the mid-1990s, said Marco Delvecchio, a senior analyst at a Toronto-based land economics firm. “You cannot build a tower without selling 70 per cent of it first, and the investors who used to buy those units are gone,” he said.
p|Investors accounted for nearly half of new condo purchases in the region before 2022, but higher borrowing costs and falling rents have made many projects unprofitable on paper.
h2|Job losses feared
p|The Residential Construction Council of Ontario estimates that as many as 15,000 trades jobs could be lost in the province by the end of the year if starts do not recover. Some formwork and drywall contractors have already laid off workers.
p|Provincial officials point to gains in other segments. Starts of purpose-built rental buildings rose 12 per cent in March, helped by federal low-cost financing and the removal of the GST on new rental construction.
article-label|Story continues below advertisement
ad|Advertisement
p|But economists say rentals alone cannot fill the gap. “The province set a goal of 1.5 million homes by 2031. At the current pace, we are not even halfway there,” said Priya Ramanathan, a housing economist at a Bay Street bank.
p|Municipal leaders have asked Queen’s Park to defer development charges for projects that break ground this year, a measure Finance Minister officials said was “under review.”
feedback|Report an editorial error
feedback|Report an ethics issue
follow|Follow related authors and topics
follow|Follow Rachel Okonkwo
follow|Housing
follow|Ontario
follow|Authors and topics you follow will be added to your personal news feed in Following.
comments|Interact with The Dominion Ledger
comments|Open comments
newsletter|Sign up for the Real Estate newsletter. Your weekly guide to the housing market, from prices to policy.
newsletter|Sign Up
disclaimer|This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.
related|More from Real Estate
related|Vancouver home sales rebound in March as prices ease
related|What the new mortgage stress test rules mean for first-time buyers
related|Opinion: Development charges are a tax on the young
trending|Trending
trending|1. Bank of Canada holds rate, signals cuts could come by summer
trending|2. Maple Leafs clinch playoff spot with overtime win over Ottawa
trending|3. Canada Post strike talks resume as deadline looms
footer|About Us
footer|Contact Us
footer|Accessibility
footer|Terms & Conditions
footer|Privacy Policy
footer|Editorial Code of Conduct
footer|Advertise with Us
footer|Careers
app|Download the app
copyright|© Copyright 2026 The Dominion Ledger Inc. All rights reserved.
copyright|351 King Street East, Suite 1600, Toronto, ON Canada, M5A 0N1
"""),
 dict(id="globe-and-mail-style-2", site="globe-and-mail-style", lang="en", sep="\n\n", title="Alberta school boards scramble to find bus drivers weeks before fall term", date="2026-08-11", page="""
skip-link|Skip to main content
menu|The Dominion Ledger
menu|Sections
menu|Search
paywall|Subscribe
menu|Log In
menu|Canada
menu|World
menu|Business
menu|Investing
menu|Personal Finance
menu|Opinion
menu|Politics
menu|Sports
menu|Life
menu|Arts
menu|Drive
menu|Real Estate
ticker|TSX 26,002.71 -0.23%
ticker|S&P 500 6,240.19 +0.31%
ticker|CAD/USD 0.7311 -0.05%
ticker|WTI 68.44 +0.87%
section-label|Alberta
h1|Alberta school boards scramble to find bus drivers weeks before fall term
lead|Calgary and Edmonton districts say dozens of routes could be cancelled or combined in September unless they hire more drivers, leaving rural families most exposed
byline|Daniel Whitford
byline|Calgary
dateline|Published August 11, 2026
timestamp|Updated 2 hours ago
paywall|For Subscribers
listen|Listen to this article
listen|Estimated audio length 4:58
save|Save for later
share|Gift this article
share|Share
feedback|Leave your feedback
gallery|Open this photo in gallery:
caption|School buses parked at a depot in southeast Calgary last week. Operators say they need about 150 more drivers in the city alone.
credit|Todd Korol/The Dominion Ledger
p|With less than a month before classes resume, school boards in Alberta’s two largest cities are warning parents that some bus routes may not run on the first day of school because contractors cannot find enough drivers.
p|The Calgary Board of Education said on Monday that 41 routes remain without an assigned driver, while Edmonton Public Schools put its shortfall at about 30. Catholic boards in both cities report similar gaps.
article-label|Story continues below advertisement
ad|Advertisement
p|Bus contractors blame a combination of factors: wages that have not kept pace with other commercial driving jobs, split shifts that make it hard to hold a second job, and a licensing process that can take up to three months.
p|“We train people, and then a trucking company offers them $8 more an hour,” said Linda Sorensen, who manages a bus operator serving several school districts south of Calgary. “It’s hard to compete with that.”
h2|Rural families hit hardest
p|The shortage is felt most acutely outside the cities. In some rural divisions, a single cancelled route can leave dozens of children with no realistic way to get to school, as parents work far from home and distances are too long to walk.
p|The province increased transportation funding by 6 per cent this year, and Education Ministry officials said boards could use part of it to raise driver pay. Several boards say the increase has already been absorbed by fuel and insurance costs.
article-label|Story continues below advertisement
ad|Advertisement
h2|What parents can do
li|Check the board’s transportation portal for route changes, which will be posted by Aug. 28.
li|Register for text alerts on delays and cancellations.
li|Ask the school about carpool lists organized by parent councils.
p|The boards say they will hold hiring events at their depots over the next two weekends and will cover the cost of the required licence class for new recruits.
signature|With reports from Canadian Press
feedback|Report an editorial error
feedback|Report an ethics issue
follow|Follow related authors and topics
follow|Follow Daniel Whitford
follow|Education
follow|Alberta
follow|Authors and topics you follow will be added to your personal news feed in Following.
comments|Interact with The Dominion Ledger
comments|Open comments
newsletter|Sign up for the Western Canada newsletter. The stories that matter from B.C., Alberta, Saskatchewan and Manitoba.
newsletter|Sign Up
disclaimer|This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.
related|More from Alberta
related|Calgary water main repairs to wrap up ahead of schedule, city says
related|Edmonton council approves new bike lanes on 102 Avenue
trending|Trending
trending|1. Wildfire near Jasper forces evacuation of campgrounds
trending|2. Ottawa to cap international student permits again in 2027
trending|3. Blue Jays rally in ninth to sweep Yankees
footer|About Us
footer|Contact Us
footer|Accessibility
footer|Terms & Conditions
footer|Privacy Policy
footer|Editorial Code of Conduct
footer|Advertise with Us
footer|Careers
app|Download the app
copyright|© Copyright 2026 The Dominion Ledger Inc. All rights reserved.
copyright|351 King Street East, Suite 1600, Toronto, ON Canada, M5A 0N1
"""),
 dict(id="nation-pk-style-1", site="nation-pk-style", lang="en", sep="\n", title="Smog forces closure of Lahore schools for a week as AQI crosses 450", date="2025-11-12", page="""
timestamp|Wednesday, November 12, 2025 | Jumada al-Awwal 20, 1447
ticker|Fajr 5:07 | Dhuhr 11:56 | Asr 2:49 | Maghrib 5:12 | Isha 6:34
weather|Lahore 19°C Haze
menu|The Daily Meridian
menu|ePaper
menu|Latest
menu|Home
menu|Pakistan
menu|Lahore
menu|Islamabad
menu|Karachi
menu|World
menu|Business
menu|Sports
menu|Entertainment
menu|Editorials
menu|Columns
menu|Letters
menu|Videos
search|Hi, what are you looking for?
breaking|BREAKING: PM approves relief package for flood-hit districts of Sindh
section-label|Lahore
h1|Smog forces closure of Lahore schools for a week as AQI crosses 450
byline|Our Staff Reporter
dateline|November 12, 2025
share|Facebook
share|Twitter
share|WhatsApp
share|Linkedin
share|Email
caption|Motorists make their way through thick smog on Ferozepur Road on Tuesday. – Online
p|LAHORE – The Punjab government on Tuesday ordered all public and private schools in Lahore to remain closed for seven days after the city’s air quality index (AQI) crossed 450 for the third consecutive day, placing it among the most polluted cities in the world.
p|According to a notification issued by the Punjab School Education Department, the closure will apply to schools up to higher secondary level, while colleges and universities have been directed to shift to online classes until November 19.
p|The Environment Protection Department (EPD) recorded an average AQI of 463 in Lahore on Tuesday afternoon, with readings above 500 at monitoring stations in Gulberg, Township and near the Ravi Road.
ad|Advertisement
p|Officials said that the decision was taken on the recommendation of the provincial smog emergency committee, which met at the Civil Secretariat. The committee also ordered a ban on the burning of crop residue and directed the district administration to take action against brick kilns operating without zigzag technology.
p|A spokesperson for the EPD said that 112 factories and 47 brick kilns had been sealed in the Lahore division during the past week, while fines amounting to Rs 6.8 million had been imposed on violators.
p|Doctors at Mayo Hospital and Services Hospital reported a rise in patients suffering from respiratory problems, eye infections and throat irritation. They advised citizens, particularly children and the elderly, to wear masks and avoid unnecessary outdoor activity.
p|Parents welcomed the decision but some complained that the closures had become an annual routine. “Every November the schools are closed, but what is being done the rest of the year to stop this?” said a parent in Model Town.
p|Meteorologists said there was little chance of relief before the end of the month, as no significant rainfall was expected in central Punjab.
tags|Tags: Lahore, Smog, AQI, Schools
nav|Previous article
nav|Punjab cabinet approves new wheat procurement policy
nav|Next article
nav|LDA launches crackdown on illegal housing schemes
sponsored|You May Like
sponsored|Sponsored Links by Taboola
sponsored|This Is How Karachi Residents Are Cutting Their Electricity Bills in Half
sponsored|Doctors Stunned: Simple Morning Habit For Joint Pain
related|Related News
related|Motorway sections closed due to dense fog
related|Smog: Punjab announces work-from-home for government offices
most-read|Most Popular
most-read|Petrol price likely to drop by Rs 5 per litre from Nov 16
most-read|Babar Azam returns to form with century against Sri Lanka
most-read|Gold price hits new record high in Pakistan
footer|About Us
footer|Contact Us
footer|Advertise
footer|Privacy Policy
footer|Terms of Use
social|Follow us on: Facebook | X | Instagram | YouTube
copyright|Copyright © 2025 The Daily Meridian. All Rights Reserved.
"""),
 dict(id="nation-pk-style-2", site="nation-pk-style", lang="en", sep="\n", title="Islamabad traders protest new fixed tax regime, threaten shutter-down strike", date="2025-11-27", page="""
timestamp|Thursday, November 27, 2025 | Jumada al-Akhirah 5, 1447
ticker|Fajr 5:14 | Dhuhr 11:58 | Asr 2:44 | Maghrib 5:06 | Isha 6:29
weather|Islamabad 14°C Clear
menu|The Daily Meridian
menu|ePaper
menu|Latest
menu|Home
menu|Pakistan
menu|Lahore
menu|Islamabad
menu|Karachi
menu|World
menu|Business
menu|Sports
menu|Entertainment
menu|Editorials
menu|Columns
menu|Letters
menu|Videos
search|Hi, what are you looking for?
section-label|Islamabad
h1|Islamabad traders protest new fixed tax regime, threaten shutter-down strike
byline|Asad Mehmood
dateline|November 27, 2025
share|Facebook
share|Twitter
share|WhatsApp
share|Linkedin
share|Email
caption|Traders chant slogans during a protest at Aabpara Market on Wednesday. – INP
p|ISLAMABAD – Hundreds of traders staged a protest at Aabpara Market on Wednesday against the Federal Board of Revenue’s (FBR) new fixed tax scheme for retailers, warning that markets across the federal capital would observe a complete shutter-down strike next week if their demands were not met.
p|The protest was organised by the Islamabad chapter of the traders’ alliance and was joined by representatives of markets in Blue Area, Jinnah Super, F-10 Markaz and I-8 Markaz.
p|Addressing the protesters, the alliance’s president said that small shopkeepers could not afford the monthly advance tax fixed under the scheme, which he claimed had been set “without consulting a single trader”.
ad|Advertisement
h2|Main demands
p|The traders presented a charter of demands, which included:
li|withdrawal of the fixed monthly tax for shops of less than 300 square feet;
li|an end to the requirement of installing point-of-sale systems for small retailers;
li|a reduction in electricity bill taxes collected from commercial consumers;
li|formation of a joint committee of the FBR and traders to revise the scheme.
p|An FBR spokesperson, when contacted, said the scheme was designed to bring more retailers into the tax net and that the rates were “modest compared to the turnover of most shops”. He added that the board was open to talks.
p|The Islamabad Chamber of Commerce and Industry also urged the government to engage with the traders to avoid a strike that could disrupt business activity ahead of the wedding season.
p|Later, the protesters dispersed peacefully after announcing that a meeting of all market associations would be held on Saturday to finalise the date of the strike.
tags|Tags: Islamabad, FBR, Traders, Tax
nav|Previous article
nav|CDA to restore green belts along Kashmir Highway
nav|Next article
nav|Metro bus service extended to new airport route
sponsored|You May Like
sponsored|Sponsored Links by Taboola
sponsored|Islamabad: Unsold SUVs Now Available At Huge Discounts
sponsored|The One Investment Every Pakistani Should Know About
related|Related News
related|FBR misses revenue target by Rs 180 billion in first quarter
related|Rawalpindi traders announce support for strike call
most-read|Most Popular
most-read|Govt raises gas prices for domestic consumers from December
most-read|Pakistan beat Zimbabwe by 7 wickets in second T20I
most-read|Heavy snowfall expected in Murree and Galiyat this weekend
footer|About Us
footer|Contact Us
footer|Advertise
footer|Privacy Policy
footer|Terms of Use
social|Follow us on: Facebook | X | Instagram | YouTube
copyright|Copyright © 2025 The Daily Meridian. All Rights Reserved.
"""),
]
