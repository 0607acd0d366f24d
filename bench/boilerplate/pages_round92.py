# Round 92: eight pages on four more layouts (a French popular daily's Paris and national news site, a UK business
# daily behind a paywall, an Ivorian news portal, a UK political weekly), written blind: without looking at the
# classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article is
# copied.
ROUND92 = [
 dict(id="le-parisien-daily-style-1", site="le-parisien-daily-style", lang="fr", sep="\n", title="Seine-Saint-Denis : 600 scooters volés retrouvés dans un entrepôt, huit personnes interpellées", date="2026-02-10", page="""
cookie|Avec votre accord, nous et nos 843 partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.
cookie|Accepter & Fermer
cookie|Continuer sans accepter
cookie|Personnaliser mes choix
skip-link|Aller au contenu
skip-link|Aller au pied de page
menu|Menu
search|Rechercher
menu|Le Francilien
subscribe|S'abonner
subscribe|Offre spéciale : 1 € le premier mois
account|Se connecter
epaper|Le journal du jour
menu|Actualités
menu|Faits divers
menu|Politique
menu|Économie
menu|Sports
menu|Culture & Loisirs
menu|Vie quotidienne
menu|Paris
menu|Île-de-France & Oise
menu|Étudiant
menu|Podcasts
menu|Vidéos
menu|Jeux
menu|Météo
breadcrumb|Accueil
breadcrumb|Île-de-France & Oise
breadcrumb|Seine-Saint-Denis
breadcrumb|Bobigny
section-label|Faits divers
paywall|Abonnés
h1|Seine-Saint-Denis : 600 scooters volés retrouvés dans un entrepôt, huit personnes interpellées
lead|Au terme de huit mois d'enquête, les policiers de la sûreté territoriale ont mis au jour un vaste trafic de deux-roues volés à Paris et en petite couronne. Les engins étaient démontés puis revendus en pièces détachées sur Internet.
caption|Bobigny (Seine-Saint-Denis), le 9 février. Les deux-roues étaient entreposés sur trois niveaux de rayonnages, dans un local de la zone d'activités.
credit|LP/Matthieu Garnier
byline|Par Julien Mercadier
dateline|Le 10 février 2026 à 18h32, modifié le 11 février 2026 à 07h54
share|Partager
share|Offrir l'article
save|Sauvegarder
comments|12
listen|Écouter l'article
listen|4 min
p|Les enquêteurs eux-mêmes disent n'avoir « jamais vu ça ». Mardi matin, à Bobigny, les policiers de la sûreté territoriale de Seine-Saint-Denis ont découvert dans un entrepôt situé près du canal de l'Ourcq quelque 600 scooters et motos, pour la plupart volés ces derniers mois à Paris, dans les Hauts-de-Seine et dans le Val-de-Marne.
p|Huit hommes âgés de 19 à 41 ans ont été interpellés simultanément à Bobigny, Pantin, Aulnay-sous-Bois et Montreuil, selon une source policière. Ils ont été placés en garde à vue pour vol en bande organisée, recel et association de malfaiteurs. Deux d'entre eux étaient déjà connus pour des faits similaires.
h2|Des engins démontés en quelques heures
p|L'enquête avait démarré au printemps 2025, après une série de plaintes déposées par des livreurs et des habitants des XIe et XXe arrondissements de Paris. Les victimes décrivaient toutes le même mode opératoire : des scooters de moyenne cylindrée, garés sur le trottoir la nuit, disparaissaient en quelques minutes, parfois malgré un antivol.
p|Grâce à l'exploitation de la vidéosurveillance et des traceurs GPS installés par certains propriétaires, les policiers ont remonté la piste jusqu'à l'entrepôt, loué depuis 2024 par une société de « négoce de pièces automobiles » dont le gérant figure parmi les personnes interpellées.
ad|Publicité
ad|La suite après cette publicité
p|Sur place, le butin était méthodiquement classé. « Les cadres d'un côté, les moteurs de l'autre, les carénages empilés par couleur », décrit un enquêteur. Les numéros de série étaient meulés, puis les pièces photographiées et mises en vente sur des plateformes d'annonces entre particuliers et dans des groupes privés de messagerie.
read-also|LIRE AUSSI > Vols de deux-roues : pourquoi Paris reste la capitale française du scooter volé
p|Selon les premières estimations, le réseau aurait écoulé pour plus de 1,2 million d'euros de pièces détachées en moins de deux ans. Les policiers ont également saisi 85 000 euros en liquide, trois véhicules utilitaires et une dizaine de téléphones.
newsletter|Newsletter L'essentiel du 93
newsletter|Chaque matin, l'actualité de la Seine-Saint-Denis dans votre boîte mail
newsletter|Toutes les newsletters
newsletter|S'inscrire
h2|« Un soulagement » pour les victimes
p|Pour les propriétaires, la nouvelle a un goût doux-amer. La plupart des engins retrouvés ne sont plus en état de rouler. « On m'a appelé pour me dire que mon scooter était là, mais il n'en reste que le cadre », soupire Mehdi, livreur dans l'Est parisien, à qui l'on avait volé son deux-roues en octobre devant son domicile.
p|Les services de police ont commencé à contacter les victimes identifiées grâce aux numéros de série encore lisibles. Les autres sont invitées à se faire connaître auprès du commissariat où elles ont déposé plainte, munies de leur carte grise.
ad|Publicité
p|Paris reste la ville de France la plus touchée par les vols de deux-roues motorisés. Selon les chiffres du ministère de l'Intérieur, plus de 9 000 vols y ont été enregistrés en 2025, un chiffre en légère baisse par rapport à l'année précédente.
p|Les huit suspects devaient être présentés ce mercredi à un juge d'instruction du tribunal judiciaire de Bobigny en vue de leur mise en examen. Le parquet a requis le placement en détention provisoire de cinq d'entre eux.
tags|Faits divers
tags|Seine-Saint-Denis
tags|Bobigny
tags|Vols
tags|Police
comments|Commentaires
comments|Les commentaires sont réservés aux abonnés.
comments|Je m'abonne
comments|Voir les 12 commentaires
comments|Charte de modération
video|Vidéos
video|Paris : ils traquent leur scooter volé grâce à une balise GPS
video|02:14
related|Dans la même rubrique
related|Montreuil : un adolescent blessé par balle à la sortie d'un gymnase
related|Il y a 2 heures
related|Pantin : la police démantèle un point de deal installé dans un hall depuis dix ans
related|Il y a 5 heures
related|Aulnay-sous-Bois : le conducteur d'une voiture-bélier arrêté après une course-poursuite
related|Hier à 21h40
sponsored|Contenus sponsorisés
sponsored|par Taboola
sponsored|Ce SUV hybride fait un carton chez les seniors : voici pourquoi
sponsored|AutoMag Conseil
sponsored|Assurance scooter : comparez 30 offres en 2 minutes
sponsored|Comparateur Assur-Moto
most-read|Les plus lus
most-read|Météo : de la neige attendue en Île-de-France dès jeudi soir
most-read|RER B : le trafic interrompu toute la journée de dimanche entre Gare du Nord et Aulnay
most-read|Impôts 2026 : les dates de la déclaration de revenus sont connues
app|Téléchargez l'application Le Francilien
app|Ouvrir l'appli
footer|Le Francilien
footer|Qui sommes-nous
footer|Nous contacter
footer|Publicité
footer|Recrutement
footer|Mentions légales
footer|CGU
footer|CGV Abonnement
footer|Politique de confidentialité
footer|Gestion des cookies
footer|Plan du site
footer|Codes promo
footer|Guide shopping
footer|Jeux en ligne
footer|Annonces légales
social|Facebook X Instagram TikTok YouTube
copyright|© Le Francilien 2026
"""),
 dict(id="le-parisien-daily-style-2", site="le-parisien-daily-style", lang="fr", sep="\n", title="TGV de l'été : les billets en vente dès ce mercredi, ce qui change pour les familles", date="2026-03-04", page="""
skip-link|Aller au contenu
skip-link|Aller au pied de page
menu|Menu
search|Rechercher
menu|Le Francilien
subscribe|S'abonner
account|Se connecter
epaper|Le journal du jour
menu|Actualités · Faits divers · Politique · Économie · Sports · Culture & Loisirs · Vie quotidienne · Paris · Île-de-France & Oise · Étudiant · Podcasts · Vidéos · Jeux · Météo
breaking|Direct
breaking|Grève du 5 mars : suivez les perturbations dans les transports
breadcrumb|Accueil › Économie › Transports
section-label|Transports
h1|TGV de l'été : les billets en vente dès ce mercredi, ce qui change pour les familles
lead|La SNCF ouvre ce mercredi la réservation des trains pour juillet et août. Avec deux nouveautés : un prix plafonné pour les enfants et une carte famille nombreuse revue de fond en comble.
caption|Gare de Lyon (Paris XIIe), juillet 2025. L'an dernier, près de 2 millions de billets avaient été vendus dès la première semaine.
credit|LP/Arnaud Journois-Laval
byline|Par Claire Bonnefoy et Antoine Rivière
dateline|Le 4 mars 2026 à 06h00
share|Partager
share|Facebook
share|X
share|WhatsApp
share|Copier le lien
save|Sauvegarder
comments|Commentaires 31
p|C'est le coup d'envoi des départs en vacances. À partir de ce mercredi 4 mars, à 6 heures, les voyageurs peuvent réserver leurs billets de TGV Inoui et d'Intercités pour les trajets effectués entre le 4 juillet et le 30 août. Comme chaque année, la SNCF s'attend à une forte affluence sur son site et son application dès les premières heures.
p|L'an dernier, près de 2 millions de billets avaient été vendus lors de la première semaine d'ouverture des ventes estivales, un record. « Les premiers jours restent ceux où l'on trouve le plus de petits prix, en particulier sur les grands axes vers la Méditerranée et l'Atlantique », souligne-t-on à la direction de SNCF Voyageurs.
video|Vidéo
video|TGV : nos astuces pour voyager moins cher cet été
video|01:12
video|Le Francilien
h2|Un prix maximum pour les moins de 12 ans
p|Principale nouveauté de cet été, le prix des billets pour les enfants de 4 à 11 ans sera plafonné à 39 euros par trajet en seconde classe sur l'ensemble des TGV Inoui, quelle que soit la date de réservation. Jusqu'ici, seuls les détenteurs de certaines cartes de réduction bénéficiaient de tarifs garantis pour les plus jeunes.
p|La compagnie ferroviaire a également revu sa carte destinée aux familles nombreuses. Voici ce qui change :
li|la carte est désormais entièrement dématérialisée et s'ajoute directement dans l'application ;
li|la réduction, de 30 % à 75 % selon le nombre d'enfants, s'applique aussi aux Ouigo, ce qui n'était pas le cas jusqu'ici ;
li|les familles peuvent désigner un accompagnateur, par exemple un grand-parent, qui bénéficie de la même réduction ;
li|les frais de dossier de 19 euros sont supprimés.
ad|Publicité
ad|La suite après cette publicité
read-also|LIRE AUSSI > Retards, annulations : comment se faire rembourser un train en 2026
h2|Des prix moyens en hausse
p|Ces gestes ne doivent toutefois pas masquer une tendance de fond. Selon l'Autorité de régulation des transports, le prix moyen d'un billet de TGV a progressé de près de 6 % en deux ans, sous l'effet notamment de la hausse des péages ferroviaires payés par la SNCF à SNCF Réseau.
p|Les associations d'usagers restent sceptiques. « Plafonner le billet enfant, c'est bien, mais quand les adultes paient 140 euros un Paris-Marseille en plein mois d'août, une famille de quatre n'a toujours pas les moyens de prendre le train », regrette le porte-parole d'une fédération d'usagers des transports.
shopping|Le Guide du Francilien
shopping|Valises cabine : notre sélection des meilleurs modèles à moins de 100 euros
shopping|Cet article contient des liens affiliés. Le Francilien peut percevoir une commission en cas d'achat.
h2|Quelques conseils pour payer moins cher
p|Pour éviter les mauvaises surprises, plusieurs réflexes restent utiles : réserver dès l'ouverture des ventes, privilégier les départs en milieu de semaine et comparer les trajets au départ des gares de banlieue, comme Marne-la-Vallée-Chessy ou Massy TGV, souvent moins chères que les gares parisiennes.
p|Les billets Ouigo pour la même période seront, eux, ouverts à la vente à partir du 18 mars. La SNCF promet que 20 % des places y seront proposées à moins de 29 euros.
p|Enfin, les voyageurs qui ont déjà une carte Avantage ou une carte Liberté n'ont aucune démarche à faire : les réductions s'appliquent automatiquement au moment de la réservation, dans l'application comme aux guichets.
tags|SNCF
tags|TGV
tags|Vacances
tags|Pouvoir d'achat
tags|Transports
newsletter|Newsletter Conso
newsletter|Nos conseils et bons plans pour mieux consommer, chaque jeudi
newsletter|Votre adresse e-mail
newsletter|S'inscrire
comments|Commentaires (31)
comments|Réagir
comments|Pascal77
comments|Il y a 3 heures
comments|39 euros pour un enfant de 5 ans qui voyage sur les genoux de sa mère la moitié du trajet...
comments|Répondre
comments|Signaler
comments|Voir plus de commentaires
sponsored|Contenus sponsorisés
sponsored|par Taboola
sponsored|Voici combien coûte vraiment une semaine en camping en Bretagne
sponsored|Voyages Malins
most-read|Les plus lus
most-read|1
most-read|Grève du 5 mars : RATP, SNCF, écoles… à quoi faut-il s'attendre jeudi ?
most-read|2
most-read|Prime d'activité : les nouveaux montants versés à partir du 5 mars
most-read|3
most-read|Paris : le périphérique limité à 50 km/h la nuit, c'est pour quand ?
app|Toute l'actualité en direct sur l'appli Le Francilien
app|Télécharger
footer|Le Francilien
footer|Qui sommes-nous · Nous contacter · Publicité · Recrutement · Mentions légales · CGU · CGV Abonnement · Politique de confidentialité · Gestion des cookies · Plan du site
footer|Codes promo · Guide shopping · Jeux en ligne · Annonces légales · Avis de décès
network|Le Francilien Étudiant · Le Francilien Week-end · Aujourd'hui en Région
copyright|© Le Francilien 2026
"""),
 dict(id="financial-times-style-1", site="financial-times-style", lang="en", sep="\n", title="UK housebuilders cut completion targets as mortgage approvals stall", date="2026-02-12", page="""
skip-link|Accessibility help
skip-link|Skip to navigation
skip-link|Skip to content
skip-link|Skip to footer
menu|Open side navigation menu
search|Open search bar
menu|Financial Herald
subscribe|Subscribe
account|Sign In
menu|myFH
menu|Home
menu|World
menu|US
menu|Companies
menu|Tech
menu|Markets
menu|Climate
menu|Opinion
menu|Lex
menu|Work & Careers
menu|Life & Arts
menu|HTSI
ticker|FTSE 100 8,911.62 -0.41% S&P 500 6,842.10 +0.22% GBP/USD 1.2684 +0.11% Brent 71.35 -0.64%
section-label|Housebuilding
follow|Add to myFH
h1|UK housebuilders cut completion targets as mortgage approvals stall
lead|Sector warns government's 1.5mn homes pledge slips further out of reach as buyers wait for lower rates
share|Gift this article
share|Share on X
share|Share on Facebook
share|Share on LinkedIn
save|Save
print|Print this page
comments|Comments 87
credit|© Bloomberg
caption|Halden said net private reservations per outlet fell to 0.52 a week in the first six weeks of the year
newsletter|Stay informed with free updates
newsletter|Simply sign up to the Housebuilding myFH Digest -- delivered directly to your inbox.
byline|Harriet Clarke in London
dateline|Published February 12 2026
listen|Listen to this article
listen|00:00
listen|5 min
p|Two of Britain's largest housebuilders have cut their targets for completions this year, warning that stubbornly high mortgage rates and a sluggish spring selling season have left buyers reluctant to commit.
p|Halden Homes said on Thursday it now expected to complete between 13,200 and 13,800 homes in 2026, down from previous guidance of about 14,500, while Crestmoor Group trimmed its forecast by 8 per cent and said it would slow the opening of new sites in the south-east.
p|Shares in Halden fell 6.2 per cent in morning trading in London, dragging down the wider sector. Crestmoor closed 3.9 per cent lower.
p|“We are seeing healthy visitor numbers but a clear hesitation when it comes to reserving,” said Halden's chief executive, Fiona Achterberg. “Buyers are watching the Bank of England very closely and many are choosing to wait.”
p|Net private reservations per outlet, a closely watched measure of demand, fell to 0.52 a week in the first six weeks of the year at Halden, compared with 0.61 a year earlier. Cancellation rates rose to 17 per cent.
related-inline|Recommended
related-inline|The Big Read: Can Britain really build 1.5mn homes?
p|The downgrades add to pressure on the government, which has pledged to deliver 1.5mn new homes in England over this parliament. Official figures published last month showed that housing starts fell for a third consecutive quarter at the end of 2025.
p|Mortgage approvals for house purchases were broadly flat at about 63,000 in December, according to Bank of England data, well below the level of around 70,000 that economists regard as consistent with a healthy market.
chart|Mortgage approvals have stalled below pre-pandemic levels
chart|Approvals for house purchase, monthly (000s)
chart|2019 2020 2021 2022 2023 2024 2025
chart|Source: Bank of England
chart|© FH
p|Although the BoE has cut interest rates several times since 2024, lenders have been slow to pass on reductions in full, and the average two-year fixed mortgage rate remains above 4.5 per cent, according to industry data.
p|Analysts at a City brokerage said the guidance cuts were “disappointing but not surprising”. “The sector has been priced for a recovery that keeps getting pushed back,” one analyst said, adding that build cost inflation had eased but that planning delays remained a drag on output.
p|Industry executives have welcomed the government's planning reforms, including changes designed to speed up decisions on large sites, but say the effect on output will take years to feed through.
p|“Planning is only half the story,” said Crestmoor's finance director, Rajiv Menon. “You can give us all the permissions in the world, but if people can't afford a mortgage, we can't sell the homes.”
p|Both groups maintained their dividends. Halden said it would continue its £150mn share buyback but would review it at the half-year, while Crestmoor said it had paused land buying in parts of the Midlands.
signature|Additional reporting by Ollie Brandt
copyright|Copyright The Financial Herald Limited 2026. All rights reserved.
share|Reuse this content (opens in new window)
comments|Comments
follow|Follow the topics in this article
follow|Housebuilding Add to myFH
follow|UK property Add to myFH
follow|Bank of England Add to myFH
follow|Harriet Clarke Add to myFH
comments|Comments
comments|Comment guidelines
comments|Please keep comments respectful. Use plain English for our global readership and avoid using phrasing that could be misinterpreted as offensive. By commenting, you agree to abide by our community guidelines and these terms and conditions.
comments|Sort by
comments|Newest
comments|87 comments
comments|LondonRenter
comments|2 hours ago
comments|Nobody is "waiting for the Bank of England". We simply cannot afford a 30 per cent deposit on a new build flat.
comments|Reply
comments|Recommend (64)
comments|Show more comments
sponsored|Promoted Content
teaser-list|Latest on Housebuilding
teaser-list|Premium content
teaser-list|Planning reforms fail to lift housing starts in England
teaser-list|3 days ago
teaser-list|Crestmoor chair to step down after eight years
teaser-list|January 30 2026
teaser-list|Lex: Housebuilders are cheap for a reason
teaser-list|January 22 2026
footer|Useful links
footer|Support
footer|View Site Tips Help Centre Contact Us About Us Accessibility myFH Tour Careers Suppliers
footer|Legal & Privacy
footer|Terms & Conditions Privacy Policy Cookie Policy Manage Cookies Copyright Slavery Statement & Policies
footer|Services
footer|Share News Tips Securely Individual Subscriptions Professional Subscriptions Republishing Executive Job Search Advertise with the FH Follow the FH on X FH Channels FH Schools
footer|Tools
footer|Portfolio FH App FH Digital Edition FH Edit Alerts Hub Business School Rankings Subscription Manager News feed Newsletters Currency Converter
footer|Community & Events
footer|FH Live Events FH Forums Board Director Programme
footer|More from the FH Group
disclaimer|Markets data delayed by at least 15 minutes.
copyright|© THE FINANCIAL HERALD LTD 2026. FH and 'Financial Herald' are trademarks of The Financial Herald Ltd.
disclaimer|The Financial Herald and its journalism are subject to a self-regulation regime under the FH Editorial Code of Practice.
menu|Close drawer menu
"""),
 dict(id="financial-times-style-2", site="financial-times-style", lang="en", sep="\n", title="Britain's pension megafunds need more than size to succeed", date="2026-03-02", page="""
skip-link|Accessibility help
skip-link|Skip to navigation
skip-link|Skip to content
skip-link|Skip to footer
menu|Open side navigation menu
search|Open search bar
menu|Financial Herald
subscribe|Subscribe
account|Sign In
menu|myFH
menu|Home World US Companies Tech Markets Climate Opinion Lex Work & Careers Life & Arts HTSI
section-label|Opinion
section-label|Pensions
follow|Add to myFH
h1|Britain's pension megafunds need more than size to succeed
lead|Consolidation will not by itself produce the returns or the domestic investment that ministers hope for
byline|Margaret Oduya
dateline|Published March 2 2026
share|Gift this article
share|Send any friend a story
share|As a subscriber, you have 10 gift articles to give each month. Anyone can access what you share.
share|Copy link
save|Save
print|Print this page
comments|Comments 214
credit|© Charlie Bibby/FH
caption|A City skyline at dusk. Defined contribution schemes will need at least £25bn in a single default fund by the end of the decade
newsletter|Unlock the Editor's Digest for free
newsletter|Roula Stanmore, Editor of the FH, selects her favourite stories in this weekly newsletter.
listen|Listen to this article
listen|6 min
p|Few ideas in British economic policy enjoy as much cross-party support as the notion that the country's pension savings should be pooled into a smaller number of much larger funds. Bigger schemes, the argument goes, can afford better governance, negotiate lower fees and invest in the sort of long-term, illiquid assets — infrastructure, private equity, growing companies — that smaller schemes shun.
p|The government has now put that idea into law. Defined contribution workplace schemes will need at least £25bn in assets in a single default fund by the end of the decade, and the local government pension funds of England and Wales are being pushed into six pools. The ambition is explicit: to create Canadian- or Australian-style “megafunds” that can put more money to work in the UK.
p|I have spent much of my career inside one of those pools. I am in favour of consolidation. But I worry that scale is being treated as an end in itself, and that the harder questions are being left for later.
p|The first is governance. The Canadian funds so often cited as models did not become successful simply because they were large. They were given independent boards, clear mandates and the freedom to pay for in-house investment expertise at something close to market rates. Many British schemes, particularly in the public sector, remain bound by pay structures and political oversight that make this very difficult.
related-inline|Recommended
related-inline|Martin Kessler: The UK's productive finance push risks repeating old mistakes
p|The second is mandate. Ministers have been careful to say they will not direct where pension money is invested. Yet the rhetoric around consolidation is unmistakably about backing British assets. Trustees have a legal duty to act in the best financial interests of their members. If UK infrastructure or private companies offer the best risk-adjusted returns, the money will flow. If they do not, no amount of scale will change that — nor should it.
p|The third is the pipeline of investable projects. Pension funds cannot invest in infrastructure that does not exist, or that is stuck in planning. The experience of the past decade is that the bottleneck has often been a shortage of well-structured projects with predictable revenues, not a shortage of capital.
p|There is also a risk that bigger funds simply become bigger versions of the old ones: cautious, benchmark-hugging and reliant on external managers whose fees eat into returns. Scale lowers costs only if it is used to bring skills in-house, and that takes time, money and political patience.
p|None of this is an argument for abandoning the reforms. Smaller schemes, with their high costs and thin governance, have served many savers poorly. But policymakers should be clear about what they are trying to achieve, and measure it. Three steps would help. The government should:
li|publish a simple annual scorecard of costs, net returns and asset allocation for every large scheme, so that members and employers can compare them;
li|give the boards of the new pools genuine independence, including over pay and hiring;
li|work with the pools on a pipeline of investment-ready infrastructure projects, rather than exhorting them to invest more at home.
p|Size will make Britain's pension system cheaper to run. Whether it makes savers richer depends on decisions that have not yet been taken.
author-bio|The writer is a former chief investment officer of a UK local government pension pool
letters|Letters in response to this article:
letters|Scale alone won't fix a lack of investable projects / From Peter Hallworth, Chair, Infrastructure Investors Forum, London EC2, UK
letters|Trustees must not be made agents of industrial policy / From Dr Anita Sorensen, Edinburgh, UK
copyright|Copyright The Financial Herald Limited 2026. All rights reserved.
share|Reuse this content (opens in new window)
follow|Follow the topics in this article
follow|Pensions industry Add to myFH
follow|UK economy Add to myFH
follow|Asset management Add to myFH
follow|Margaret Oduya Add to myFH
comments|Comments
comments|Comment guidelines
comments|Please keep comments respectful. Use plain English for our global readership and avoid using phrasing that could be misinterpreted as offensive. By commenting, you agree to abide by our community guidelines and these terms and conditions.
comments|Sort by Most recommended
comments|214 comments
comments|Actuarial Al
comments|Yesterday
comments|Editor's pick
comments|The Australians got there with compulsion and thirty years of patience. We have neither.
comments|Reply
comments|Recommend (211)
comments|Load more comments
teaser-list|Latest on Pensions industry
teaser-list|Local authority pools told to merge by 2027
teaser-list|February 26 2026
teaser-list|Opinion: Auto-enrolment at 20 deserves a rethink
teaser-list|February 19 2026
sponsored|Promoted Content
footer|Useful links
footer|Support
footer|View Site Tips Help Centre Contact Us About Us Accessibility myFH Tour Careers Suppliers
footer|Legal & Privacy
footer|Terms & Conditions Privacy Policy Cookie Policy Manage Cookies Copyright Slavery Statement & Policies
footer|Services
footer|Share News Tips Securely Individual Subscriptions Professional Subscriptions Republishing Executive Job Search Advertise with the FH Follow the FH on X FH Channels FH Schools
footer|Tools
footer|Portfolio FH App FH Digital Edition FH Edit Alerts Hub Business School Rankings Subscription Manager News feed Newsletters Currency Converter
footer|More from the FH Group
disclaimer|Markets data delayed by at least 15 minutes.
copyright|© THE FINANCIAL HERALD LTD 2026. FH and 'Financial Herald' are trademarks of The Financial Herald Ltd.
disclaimer|The Financial Herald and its journalism are subject to a self-regulation regime under the FH Editorial Code of Practice.
"""),
 dict(id="koaci-style-1", site="koaci-style", lang="fr", sep="\n", title="Côte d'Ivoire : Campagne intermédiaire 2026, le prix bord champ du cacao maintenu à 2 800 FCFA le kilo", date="2026-03-31", page="""
clock|Mardi 31 Mars 2026
account|Connexion
account|Inscription
lang-switch|Choisir un pays
menu|Côte d'Ivoire
menu|Burkina Faso
menu|Cameroun
menu|Togo
menu|Bénin
menu|Sénégal
menu|Mali
menu|Guinée
menu|Gabon
menu|Congo
menu|RDC
menu|Afrique
menu|KOZINFO.COM
menu|L'info en continu
menu|Accueil
menu|Politique
menu|Economie
menu|Société
menu|Sport
menu|Culture
menu|International
menu|Vidéos
menu|Annonces
search|Rechercher sur Kozinfo
breaking|FLASH :
breaking|Abidjan : la circulation rétablie sur le pont Henri Konan Bédié après un accident
ad|Publicité
ad|MOOV AFRICA - Pass Internet illimité 7 jours à 3 000 FCFA - Composez *170#
breadcrumb|Accueil > Côte d'Ivoire > Economie
section-label|Economie
h1|Côte d'Ivoire : Campagne intermédiaire 2026, le prix bord champ du cacao maintenu à 2 800 FCFA le kilo
dateline|© Kozinfo.com - Mardi 31 Mars 2026 - 16:42
views|3 418 lectures
comments|2 commentaire(s)
share|Partager sur Facebook
share|Tweeter
share|WhatsApp
share|Envoyer par email
font|A+ A-
caption|Image d'illustration
p|Le gouvernement ivoirien a décidé de maintenir à 2 800 FCFA le kilogramme le prix minimum garanti du cacao bord champ pour la campagne intermédiaire 2026, qui s'ouvre ce mercredi 1er avril. L'annonce a été faite mardi à Abidjan à l'issue d'une réunion du Comité de gestion de la filière café-cacao.
p|Le prix du café vert, lui aussi, reste inchangé à 1 800 FCFA le kilogramme, a précisé le porte-parole du comité face à la presse, en présence de représentants des coopératives et des exportateurs.
p|Cette décision intervient dans un contexte de repli des cours mondiaux. Après avoir atteint des records historiques en 2024 et au début de l'année 2025, les prix du cacao sur les marchés de Londres et de New York ont nettement reculé ces derniers mois, sous l'effet d'une demande plus faible des broyeurs et de perspectives de récolte meilleures en Afrique de l'Ouest.
read-also|Lire aussi : Côte d'Ivoire : Les exportations de cacao en hausse de 9% à fin février
p|« Malgré la baisse des cours, l'État a fait le choix de protéger le revenu des producteurs. Le prix de 2 800 FCFA est maintenu, c'est un effort important », a déclaré le porte-parole, appelant les acheteurs au strict respect du prix officiel.
p|Dans un communiqué lu au cours de la rencontre, le comité rappelle les mesures d'accompagnement de la campagne :
li|le contrôle renforcé des pesées dans les centres d'achat et les magasins des coopératives ;
li|la lutte contre le transport frauduleux de fèves vers les pays voisins ;
li|la poursuite du paiement électronique des producteurs via la carte du producteur ;
li|des sanctions pouvant aller jusqu'au retrait de l'agrément pour tout acheteur pratiquant un prix inférieur au prix officiel.
ad|Publicité
ad|Bénéficiez de 10% de bonus sur vos transferts Orange Money vers l'étranger
p|Sur le terrain, l'annonce a été accueillie avec soulagement mais aussi avec prudence. Joint au téléphone par Kozinfo, un planteur de la région de la Nawa, dans le sud-ouest du pays, dit craindre surtout les pratiques de certains intermédiaires. « Le prix est bon sur le papier, mais au village, les pisteurs proposent souvent moins en prétextant que les fèves sont humides », explique-t-il.
p|La campagne intermédiaire, qui court d'avril à septembre, représente généralement entre 20 et 25% de la production annuelle ivoirienne. Premier producteur mondial, la Côte d'Ivoire fournit à elle seule environ 40% du cacao consommé dans le monde.
p|Les autorités comptent également sur cette période pour poursuivre le recensement des vergers et la distribution de plants améliorés aux producteurs touchés par la maladie du swollen shoot, qui a détruit des milliers d'hectares de plantations ces dernières années.
signature|Ange Kouadio, Abidjan
tags|Mots-clés : Cacao Prix bord champ Campagne intermédiaire Producteurs
whatsapp|Rejoignez la chaîne WhatsApp de Kozinfo pour recevoir l'actualité en temps réel
tip|Vous avez une information ? Contactez la rédaction au +225 07 00 00 00 00
comments|2 commentaire(s)
comments|Yao Konan
comments|31/03/2026 à 17:20
comments|Le prix est maintenu mais l'engrais a doublé. Qui va nous aider pour ça ?
comments|Wilfried
comments|31/03/2026 à 18:05
comments|Il faut surveiller les pisteurs, c'est eux le vrai problème.
comments|Réagir à cet article
comments|Pseudo
comments|Votre commentaire
comments|Envoyer
disclaimer|Les commentaires sont sous la seule responsabilité de leurs auteurs. Kozinfo se réserve le droit de supprimer tout commentaire injurieux.
related|Sur le même sujet
related|Côte d'Ivoire : Le swollen shoot menace encore 300 000 hectares de cacaoyers selon un rapport
related|Côte d'Ivoire : Vers une nouvelle usine de transformation de cacao à San-Pedro
teaser-list|L'info en continu
teaser-list|17:05
teaser-list|Côte d'Ivoire : Le BAC 2026 fixé au 16 juin, les candidats libres appelés à retirer leurs convocations
teaser-list|16:51
teaser-list|Burkina Faso : Un nouveau gouverneur nommé dans la région du Centre-Est
teaser-list|16:30
teaser-list|Cameroun : Grève des transporteurs à Douala, la circulation perturbée
teaser-list|16:12
teaser-list|Ligue 1 : L'ASEC Mimosas s'impose face au Stade d'Abidjan et reprend la tête
read-more|Toute l'info en continu
watch|KOZINFO TV
watch|Abidjan : Reportage au marché de gros de Bouaké
classifieds|Annonces
classifieds|Vends terrain 600 m² à Bingerville, ACD disponible
classifieds|Recrutement : Cabinet recherche comptable confirmé
footer|Kozinfo.com
footer|Qui sommes-nous ? - Contact - Publicité - Conditions d'utilisation - Plan du site
social|Suivez-nous : Facebook Twitter Instagram YouTube
copyright|© 2008-2026 Kozinfo.com - Tous droits réservés. Reproduction interdite sans autorisation.
"""),
 dict(id="koaci-style-2", site="koaci-style", lang="fr", sep="\n", title="Côte d'Ivoire : Pluies diluviennes à Abidjan, deux morts à Abobo et plusieurs quartiers de Yopougon sous les eaux", date="2026-06-15", page="""
clock|Lundi 15 Juin 2026
account|Connexion
account|Inscription
lang-switch|Choisir un pays : Côte d'Ivoire Burkina Faso Cameroun Togo Bénin Sénégal Mali Guinée Gabon Congo RDC Afrique
menu|KOZINFO.COM
menu|L'info en continu
menu|Accueil Politique Economie Société Sport Culture International Vidéos Annonces
search|Rechercher sur Kozinfo
ticker|Météo Abidjan 24°C Pluie
ticker|1 EUR = 655,957 FCFA
breaking|FLASH :
breaking|Alerte météo : la SODEXAM annonce de nouvelles fortes pluies sur le littoral jusqu'à mercredi
ad|Publicité
ad|ORANGE - Avec Max it, payez vos factures CIE et SODECI en un clic
breadcrumb|Accueil > Côte d'Ivoire > Société
section-label|Société
h1|Côte d'Ivoire : Pluies diluviennes à Abidjan, deux morts à Abobo et plusieurs quartiers de Yopougon sous les eaux
dateline|© Kozinfo.com - Lundi 15 Juin 2026 - 09:58
views|7 902 lectures
comments|0 commentaire(s)
share|Partager sur Facebook
share|Tweeter
share|WhatsApp
share|Envoyer par email
font|A+ A-
caption|Une rue de Yopougon inondée ce lundi matin (ph KOZ)
p|De fortes pluies se sont abattues sur le district d'Abidjan dans la nuit du dimanche 14 au lundi 15 juin 2026, provoquant d'importantes inondations dans plusieurs communes. Selon un bilan provisoire communiqué par les services de secours, deux personnes ont perdu la vie à Abobo.
p|Les victimes, un homme d'une quarantaine d'années et un adolescent, ont été emportées par les eaux alors qu'elles tentaient de traverser un caniveau en crue au quartier Abobo-Derrière-Rails, aux environs de 3 heures du matin. Leurs corps ont été repêchés par les sapeurs-pompiers militaires quelques heures plus tard.
p|À Yopougon, plusieurs quartiers dont Niangon, Port-Bouët 2 et Wassakara se sont réveillés les pieds dans l'eau. Des habitants ont dû quitter leurs domiciles en pleine nuit, certains se réfugiant sur les toits ou chez des voisins installés dans des zones plus élevées.
video|Voir la vidéo
video|Inondations à Yopougon : les images de la nuit
video|01:47
p|« L'eau est entrée dans la maison vers 2 heures. En moins d'une heure, on avait de l'eau jusqu'aux genoux. Nous avons tout perdu : les matelas, les vêtements des enfants, la marchandise de ma femme », a confié à Kozinfo un père de famille rencontré à Niangon.
p|La circulation a également été fortement perturbée ce lundi matin sur plusieurs axes, notamment sur le boulevard de la Paix et à l'entrée de Yopougon, où de nombreux véhicules sont restés bloqués. Plusieurs écoles ont fermé leurs portes pour la journée.
read-also|Lire aussi : Côte d'Ivoire : Saison des pluies, le gouvernement annonce 15 milliards FCFA pour le curage des caniveaux
ad|Publicité
p|Dans un communiqué publié en milieu de matinée, le ministère en charge de la Protection civile a appelé les populations vivant dans les zones à risque à quitter immédiatement ces sites et à se conformer aux consignes des autorités. Le ministère rappelle les numéros d'urgence à composer en cas de besoin :
li|Sapeurs-pompiers : 180
li|Police secours : 110, 111 ou 170
li|SAMU : 185
p|La Société de développement et d'exploitation aéronautique, aéroportuaire et météorologique (SODEXAM) prévoit la poursuite des averses orageuses sur le littoral jusqu'au mercredi 17 juin, avec des cumuls pouvant dépasser 100 millimètres par endroits.
p|Chaque année, la grande saison des pluies, qui culmine en juin, cause des dégâts importants à Abidjan, où l'urbanisation rapide et l'occupation de zones inondables aggravent les risques. En juin 2025, plusieurs personnes avaient déjà trouvé la mort dans des éboulements et inondations dans la capitale économique.
signature|Marcelle Tano, Abidjan
tags|Mots-clés : Inondations Abidjan Yopougon Abobo Saison des pluies
whatsapp|Rejoignez la chaîne WhatsApp de Kozinfo pour recevoir l'actualité en temps réel
tip|Vous avez une information ? Contactez la rédaction au +225 07 00 00 00 00
comments|0 commentaire(s)
comments|Soyez le premier à réagir à cet article
comments|Pseudo
comments|Votre commentaire
comments|Envoyer
disclaimer|Les commentaires sont sous la seule responsabilité de leurs auteurs. Kozinfo se réserve le droit de supprimer tout commentaire injurieux.
related|Sur le même sujet
related|Côte d'Ivoire : Démolitions dans les zones à risque, plus de 2 000 familles concernées à Attécoubé
related|Abidjan : Le quartier Gobelet toujours menacé par les éboulements
teaser-list|L'info en continu
teaser-list|10:40
teaser-list|Côte d'Ivoire : Le Conseil des ministres se réunit ce mercredi au Palais de la Présidence
teaser-list|10:21
teaser-list|Togo : Hausse du prix du gaz butane à partir du 1er juillet
teaser-list|10:05
teaser-list|Mondial 2026 : Les Éléphants à l'entraînement avant leur deuxième match de poule
teaser-list|09:58
teaser-list|Côte d'Ivoire : Pluies diluviennes à Abidjan, deux morts à Abobo et plusieurs quartiers de Yopougon sous les eaux
read-more|Toute l'info en continu
most-read|Les plus lus
most-read|Côte d'Ivoire : Recrutement à la Fonction publique, les résultats du concours 2026 disponibles
most-read|Sénégal : Le gouvernement annonce la baisse du prix de l'électricité
classifieds|Annonces
classifieds|A louer : Appartement 3 pièces à Cocody Angré, 350 000 FCFA
footer|Kozinfo.com
footer|Qui sommes-nous ? - Contact - Publicité - Conditions d'utilisation - Plan du site
social|Suivez-nous : Facebook Twitter Instagram YouTube
copyright|© 2008-2026 Kozinfo.com - Tous droits réservés. Reproduction interdite sans autorisation.
"""),
 dict(id="new-statesman-style-1", site="new-statesman-style", lang="en", sep="\n", title="The pylon rebellion No 10 didn't see coming", date="2026-01-21", page="""
skip-link|Skip to main content
menu|The New Chronicle
subscribe|Subscribe
account|Sign in
search|Search
menu|Politics
menu|World
menu|Economy
menu|Culture
menu|Ideas
menu|Environment
menu|Britain Forecast
menu|Podcasts
menu|Newsletters
menu|The Magazine
menu|Spotlight
section-label|Politics
section-label|The Staggers
h1|The pylon rebellion No 10 didn't see coming
lead|A revolt by Labour MPs in rural seats over the route of new power lines has exposed how little goodwill the government has left on its own benches.
byline|By Imogen Hale
dateline|21 January 2026
share|Share
share|Copy link
share|Email
share|X
share|Facebook
share|LinkedIn
share|WhatsApp
credit|Photo by Oli Farrant / AFP via Getty Images
p|When the government published its revised plan for the electricity grid in the week before Christmas, officials in the Department for Energy Security expected grumbling from the usual places: Conservative-held villages in Suffolk, a few parish councils in Lincolnshire, campaign groups that have opposed overhead lines for a decade. They did not expect the most organised resistance to come from Labour's own MPs.
p|By the time the Commons returned this month, 34 Labour backbenchers had signed a letter to the Energy Secretary asking for the route of two new transmission lines through East Anglia and the East Midlands to be paused while underground and offshore options were reassessed. Most of them represent seats Labour won for the first time in 2024. Several hold majorities of fewer than 3,000 votes.
p|“People don't object to clean power,” one of the signatories told me. “They object to being told that the cheapest option for the national grid is a line of 50-metre pylons across the only view they've got, and that their objections will be noted and ignored.”
read-also|[See also: Can Labour still win in the countryside?]
h2|A clash of two promises
p|The revolt matters because it sets two of the government's core promises against each other. Ministers have committed to a largely decarbonised electricity system by 2030, which requires thousands of kilometres of new cable to connect offshore wind farms to the places where power is used. They have also promised to “get Britain building” by cutting the time it takes to approve infrastructure.
p|Both goals depend on overriding local objections. Both are popular in the abstract. Neither is popular in the fields of south Norfolk.
p|No 10's instinct has been to hold firm. The Prime Minister's spokesman said on Monday that the government would “not be deterred from building the infrastructure the country needs”, and Treasury officials point out that burying cables can cost up to ten times as much as overhead lines, a bill that would ultimately land on consumers.
subscribe|Subscribe to The New Chronicle today from only £1 per month
subscribe|Get the magazine delivered to your door, plus unlimited access to our website, app and archive.
subscribe|Subscribe
p|But the rebels believe they have found a middle way. Their letter asks not for the lines to be scrapped but for an independent review of costs, arguing that the official figures for undergrounding are out of date and ignore the delays caused by years of legal challenges.
h2|Whips on alert
p|What alarms the whips is less the substance than the mood. This is the third organised backbench rebellion since the autumn, after revolts over welfare and over the winter fuel payment. Each has followed the same pattern: a group of new MPs with small majorities, frustrated by what they regard as a lack of consultation, discovering that collective action works better than private lobbying.
p|“The whips still treat the 2024 intake like a class of sixth-formers,” said a former minister who has watched the rebellion with some sympathy. “They're not. Half of them ran councils or businesses. They know when they're being managed.”
read-also|[See also: The Labour MPs who think the party has already lost the next election]
p|There is also the shadow of the polls. In many of the rebels' seats, the main challenger is no longer the Conservative Party but Reform UK, which has made opposition to pylons a staple of its local campaigning. One MP in a Lincolnshire constituency told me she had been handed a Reform leaflet about the grid on her own doorstep.
p|For now, No 10 is betting that the rebellion will fizzle out once the planning decisions are taken by ministers rather than voted on in the Commons. That may be right in procedural terms. But governments that win every vote while losing the argument with their own backbenchers tend to discover, eventually, that the votes stop coming too.
author-bio|Imogen Hale is associate political editor of The New Chronicle.
issue|This article appears in the 23 Jan 2026 issue of The New Chronicle, Power Struggle
tags|Topics in this article : Labour Party , Energy , Net Zero , Planning
newsletter|Sign up for Morning Call
newsletter|Quick and essential guide to domestic and global politics from The New Chronicle's politics team.
newsletter|Your email address
newsletter|I consent to New Chronicle Media Group collecting my details provided via this form in accordance with the Privacy Policy
newsletter|Sign up
sponsored|Content from our partners
sponsored|How smart meters can help Britain hit its clean power targets
sponsored|Unlocking the value of the UK's biggest untapped workforce
sponsored|Why grid connections are the hidden barrier to growth
related|Related
related|Reform's path to power runs through the East of England
related|Britain Forecast: where Labour's majority is most at risk
podcast|The New Chronicle Podcast
podcast|Is the Labour majority already melting away?
podcast|Listen now
most-read|Most read
most-read|01 The Tories' last chance
most-read|02 What Trump wants from Britain this time
most-read|03 The strange death of the English high street
paywall|You've read 2 of your 3 free articles this month.
paywall|Subscribe for £1 a month
footer|The New Chronicle
footer|About us
footer|Advertise
footer|Contact us
footer|Careers
footer|Subscribe
footer|Manage your subscription
footer|Syndication
footer|Terms and conditions
footer|Privacy policy
footer|Cookies
footer|Modern slavery statement
footer|Accessibility
network|Sister sites: Spotlight · Tech Observer · Capital Observer · Press Review
copyright|© 2026 New Chronicle Media Group Ltd. All rights reserved.
"""),
 dict(id="new-statesman-style-2", site="new-statesman-style", lang="en", sep="\n", title="The slow death of the English country bus", date="2026-03-12", page="""
skip-link|Skip to main content
menu|The New Chronicle
subscribe|Subscribe
account|Sign in
search|Search
menu|Politics World Economy Culture Ideas Environment Britain Forecast Podcasts Newsletters The Magazine Spotlight
paywall|Subscriber only
section-label|Economy
section-label|Transport
h1|The slow death of the English country bus
lead|Fare caps and funding announcements have not stopped rural routes from disappearing. In the market towns left behind, the bus is becoming a memory.
byline|By Daniel Okafor
dateline|12 March 2026
share|Share
share|Copy link
share|Email
share|X
share|Facebook
listen|Listen to this article
listen|12 min
credit|Photo by Christopher Pledger / eyevine
caption|A bus shelter outside Bishop's Castle. The service to Shrewsbury was cut to three days a week in 2025.
p|The last bus from Ludlow to the village of Clee Hill leaves at 4.10pm. There used to be one at 6.30, and before that one at 9pm on Fridays for people coming back from the pub. Now, if you work a normal day in town and don't drive, you don't get home.
p|“It's not that anybody decided to abandon us,” said Sheila, 74, who has lived in the village for five decades and gave up her driving licence two years ago. “It's just that every year there's a bit less. And then one day you realise you're stuck.”
p|Her experience is repeated across rural England. Since 2010, the number of miles covered by local buses outside London has fallen by roughly a third, and the decline has been sharpest in the countryside, where routes depend most heavily on council support. Hundreds of services have been withdrawn altogether.
read-also|[See also: Why the Midlands stopped growing]
h2|A cap without a bus
p|Successive governments have promised to reverse the trend. The national bus fare cap, introduced at £2 and later raised to £3, has been popular with passengers and politicians alike. Ministers point to new multi-year funding settlements for councils and to powers that allow local authorities to take routes back under public control.
p|But a cheap fare is little use without a bus to pay it on. Council officers describe a system in which money arrives in short, competitive pots, each with its own bidding rules, while the underlying cost of running a rural route, driven by fuel, wages and a chronic shortage of drivers, keeps rising.
p|“We've had more announcements than buses,” one county transport manager told me, only half joking. “Every pot is welcome. But you can't plan a network on funding that might not be there in eighteen months.”
subscribe|The New Chronicle's print edition
subscribe|Politics, ideas and culture, every Friday. Subscribe from £1 a month and get the magazine delivered to your door.
subscribe|Subscribe now
h2|What the market towns lose
p|The consequences reach well beyond inconvenience. In Shropshire, Cumbria and north Devon, I heard the same list again and again:
li|young people who turn down college places or apprenticeships because they cannot get to them;
li|older residents who miss hospital appointments or give up on them entirely;
li|shops and cafés in market towns that lose the midweek trade of people who came in by bus;
li|carers and cleaners who cannot reach the jobs that most need doing in rural areas.
p|Researchers at a transport think tank estimate that roughly one in ten rural households in England has no access to a car. For them, the bus is not a lifestyle choice but the only way to reach a doctor, a bank or a supermarket.
p|“A rural bus route doesn't die in one go. It dies by a thousand timetable changes”
p|There are exceptions. Some counties have experimented with demand-responsive minibuses booked by app or telephone, with mixed results. In Lincolnshire, a long-running scheme is valued by its users but costs far more per passenger than a conventional service. Elsewhere, volunteer-run community buses fill gaps, although they rely on a shrinking pool of retired drivers.
h2|A question of priorities
p|The deeper problem is political. Rural bus users are, almost by definition, dispersed, older and less organised than commuters in the cities, and their losses happen slowly, one timetable change at a time. No single cut makes the news.
p|Labour's manifesto promised to give every community the power to run its own buses. That is a meaningful change for the big city regions. For a county council facing a shortfall in social care, it is a power to run a service it cannot afford.
p|In Clee Hill, Sheila has found her own solution: a neighbour drives her to the supermarket on Thursdays. “I'm lucky,” she said. “But I shouldn't have to be lucky to buy a pint of milk.”
author-bio|Daniel Okafor is The New Chronicle's economics correspondent.
issue|This article appears in the 13 Mar 2026 issue of The New Chronicle, The Road to Nowhere
tags|Topics in this article : Transport , Rural Britain , Local Government
newsletter|Sign up for The Saturday Read
newsletter|Your weekly guide to the best writing on ideas, politics, books and culture every Saturday.
newsletter|Your email address
newsletter|I consent to New Chronicle Media Group collecting my details provided via this form in accordance with the Privacy Policy
newsletter|Sign up
sponsored|Content from our partners
sponsored|Decarbonising the bus fleet: lessons from the first electric depots
sponsored|How data can make rural healthcare fairer
related|Related
related|The great high street sell-off
related|Why councils are running out of money
most-read|Most read
most-read|01 The pylon rebellion No 10 didn't see coming
most-read|02 Keir's cabinet of strangers
most-read|03 The new rules of Chinese power
footer|The New Chronicle
footer|About us · Advertise · Contact us · Careers · Subscribe · Manage your subscription · Syndication · Terms and conditions · Privacy policy · Cookies · Modern slavery statement · Accessibility
network|Sister sites: Spotlight · Tech Observer · Capital Observer · Press Review
copyright|© 2026 New Chronicle Media Group Ltd. All rights reserved.
"""),
]
