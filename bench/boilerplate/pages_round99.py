# Round 99: eight pages on four more layouts (a Geneva daily, an Asian business news site with a paywall, a French
# left-wing weekly, a Nigerian daily from the north), written blind: without looking at the classifier, its rules or
# the benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND99 = [
 dict(id="tribune-de-geneve-style-1", site="tribune-de-geneve-style", lang="fr", sep="\n", title="Le Canton veut autoriser deux étages de plus sur 1200 immeubles", date="2026-03-11", page="""
skip-link|Aller au contenu
menu|La Tribune du Léman
weather|Genève 9°
account|Se connecter
subscribe|S'abonner
menu|Genève
menu|Suisse
menu|Monde
menu|Économie
menu|Vaud
menu|Culture
menu|Sports
menu|Opinion
menu|Vie pratique
menu|Plus
search|Rechercher
epaper|E-Paper
section-label|Genève
paywall|Abo
section-label|Densification urbaine
h1|Le Canton veut autoriser deux étages de plus sur 1200 immeubles
lead|Le Conseil d'État présente un plan de surélévation qui pourrait créer 4000 logements sans toucher à la zone agricole. Les associations de locataires craignent des hausses de loyers.
byline|Théo Marchand
dateline|Publié: 11.03.2026, 18h40
dateline|Mis à jour: 12.03.2026, 07h15
comments|17 commentaires
listen|Abonnez-vous dès maintenant et profitez de la fonction de lecture audio.
listen|BotTalk
share|Partager l'article
gift|Offrir l'article
share|Copier le lien
caption|Dans le quartier de la Servette, plusieurs immeubles des années 50 pourraient accueillir deux niveaux supplémentaires.Laurent Rivoire
section-label|En bref:
li|Le Canton a recensé 1200 immeubles pouvant être surélevés de deux étages.
li|Le plan permettrait de créer environ 4000 logements d'ici à 2035.
li|Les propriétaires devront garantir des loyers contrôlés pendant dix ans.
p|Monter plutôt que s'étaler. C'est la philosophie du plan que le Département du territoire a présenté mercredi à la presse. Après deux ans d'inventaire, ses services ont identifié quelque 1200 immeubles, situés pour l'essentiel en ville de Genève, à Carouge, à Lancy et à Vernier, dont la structure permettrait d'ajouter deux étages sans renforcement lourd.
p|«Nous n'avons plus de terrain à offrir. Chaque mètre carré de zone agricole déclassé est un combat de dix ans», a résumé la conseillère d'État chargée du dossier. «Les toits, eux, sont là. Ils sont sous-utilisés.»
ad|Publicité
ad|Faites défiler pour continuer
p|Le potentiel est évalué à environ 4000 logements, soit l'équivalent de deux années de production actuelle dans le canton. La plupart des bâtiments concernés datent des années 1950 à 1970 et comptent entre quatre et six niveaux.
read-also|Lire aussi: Pénurie de logements: le taux de vacance reste bloqué à 0,4% à Genève
h2|Des contreparties pour les locataires
p|Pour convaincre, le Canton propose un assouplissement des procédures: les demandes de surélévation conformes au nouveau plan directeur ne pourraient plus être contestées sur le seul motif du gabarit. En échange, les propriétaires devront s'engager à louer les nouveaux appartements à des loyers contrôlés par l'État durant dix ans.
p|Les travaux devront également être planifiés pour limiter les nuisances aux habitants. Le projet prévoit une indemnisation sous forme de baisse de loyer temporaire pour les locataires des étages inférieurs pendant la durée du chantier.
newsletter|Newsletter
newsletter|«Les Dernières Nouvelles»
newsletter|Les principales infos de Genève et du monde, chaque matin dans votre boîte mail.
newsletter|Autres newsletters
newsletter|Se connecter
p|L'Association genevoise des locataires reste sceptique. «Dix ans, c'est court. Et on sait d'expérience que les surélévations servent souvent de prétexte pour rénover tout l'immeuble et augmenter les loyers de tout le monde», estime sa secrétaire générale.
p|Du côté des propriétaires, l'accueil est prudent. La Chambre genevoise immobilière salue «une bonne intention», mais juge le contrôle des loyers dissuasif pour des opérations dont le coût au mètre carré dépasse souvent celui d'un immeuble neuf.
h2|Un vote au Grand Conseil avant l'été
p|Le plan doit encore passer devant le Grand Conseil, qui pourrait s'en saisir avant la pause estivale. La gauche a déjà annoncé qu'elle demanderait une durée de contrôle portée à vingt ans, tandis que le PLR souhaite au contraire la ramener à cinq.
p|Les premières autorisations pourraient être délivrées dès 2027. Le Canton estime qu'un tiers des propriétaires concernés pourraient se lancer dans les dix prochaines années.
author-bio|Théo Marchand est journaliste à la rubrique genevoise depuis 2019. Il suit l'aménagement du territoire, le logement et la mobilité.
author-link|Plus d'infos
author-link|@theomarchand
feedback|Vous avez trouvé une erreur?Signalez-la maintenant.
comments|17 commentaires
comments|Trier par
comments|Les plus récents
comments|Pour commenter, vous devez être abonné.
comments|Jean-Pierre R.
comments|Il y a 3 heures
comments|Enfin une idée de bon sens. On construit en hauteur partout ailleurs en Europe.
comments|Afficher les réponses (2)
comments|Afficher plus de commentaires
teaser-list|Plus d'articles
teaser-list|Abo
teaser-list|Logement à Genève: les coopératives réclament des terrains
teaser-list|Il y a 2 heures
teaser-list|Carouge: le chantier de la place du Marché prend du retard
teaser-list|Il y a 5 heures
most-read|Les plus lus
most-read|1
most-read|Neige sur le Jura: la route du col de la Givrine fermée
most-read|2
teaser-list|Le Canton veut autoriser deux étages de plus sur 1200 immeubles
most-read|3
most-read|Servette FC: le nouvel entraîneur a signé jusqu'en 2028
network|Nos titres: Vaud Quotidien · Le Matin Romand · Riviera Express · La Gazette de Fribourg
footer|Abonnements
footer|Contact
footer|Impressum
footer|Publicité
footer|CGV
footer|Protection des données
cookie|Paramètres des cookies
copyright|© La Tribune du Léman. Tous droits réservés
"""),
 dict(id="tribune-de-geneve-style-2", site="tribune-de-geneve-style", lang="fr", sep="\n", title="Palais des Nations: l'ONU annonce 350 nouvelles suppressions de postes à Genève", date="2026-01-22", page="""
skip-link|Aller au contenu
menu|La Tribune du Léman
weather|Genève 2°
account|Se connecter
subscribe|S'abonner
menu|Genève
menu|Suisse
menu|Monde
menu|Économie
menu|Vaud
menu|Culture
menu|Sports
menu|Opinion
menu|Vie pratique
menu|Plus
search|Rechercher
epaper|E-Paper
breaking|Dernière minute: Fermeture partielle de l'autoroute de contournement à Vernier, bouchons jusqu'à Meyrin
section-label|Genève internationale
h1|Palais des Nations: l'ONU annonce 350 nouvelles suppressions de postes à Genève
lead|Après une première vague de coupes en 2025, les Nations Unies réduisent encore leurs effectifs dans la Genève internationale. Le Canton redoute un effet domino sur l'économie locale.
byline|Aline Borgeaud, Samuel Perret
dateline|Publié: 22.01.2026, 12h05
comments|42 commentaires
listen|Abonnez-vous dès maintenant et profitez de la fonction de lecture audio.
listen|BotTalk
share|Partager l'article
gift|Offrir l'article
share|Copier le lien
video|Lecture
video|00:58
video|Les employés du Palais des Nations réunis en assemblée générale mardi matin.
credit|Vidéo: Tribune du Léman
p|Le couperet est à nouveau tombé. Selon une note interne consultée par notre rédaction, l'Office des Nations Unies à Genève et plusieurs agences installées au bord du Léman supprimeront 350 postes supplémentaires d'ici à la fin de l'année. Ces réductions s'ajoutent aux quelque 1000 emplois déjà perdus l'an dernier dans la Genève internationale.
p|En cause, toujours, la crise de liquidités que traverse l'organisation. Plusieurs grands contributeurs paient leurs cotisations avec retard ou ont réduit leur participation, contraignant le Secrétariat à des économies de l'ordre de 15 à 20% sur ses budgets de fonctionnement.
ad|Publicité
ad|Faites défiler pour continuer
h2|Les traducteurs en première ligne
p|Les services de conférence, de traduction et d'interprétation seraient les plus touchés, avec près d'un tiers des suppressions. Des fonctions administratives, notamment dans les ressources humaines et la logistique, doivent par ailleurs être transférées vers des centres de services situés à Nairobi, Bangkok ou Valence.
p|«Les collègues vivent dans l'angoisse depuis des mois. Certains ont vingt ans de maison et des enfants scolarisés ici. Partir à Nairobi n'est pas une option pour tout le monde», témoigne un représentant du personnel, qui souhaite rester anonyme.
caption|Le Palais des Nations, où travaillent plusieurs milliers de fonctionnaires internationaux.KEYSTONE/Martial Trezzini
read-also|Lire aussi: Genève internationale: la Confédération débloque une aide d'urgence pour les ONG
h2|Le Canton sur le qui-vive
p|Au Conseil d'État, on suit la situation de près. Le secteur international représente environ 30'000 emplois directs dans le canton, et près du double en comptant les emplois indirects, des restaurants aux écoles privées.
p|«Chaque poste supprimé, c'est aussi un loyer en moins, une famille qui quitte le canton, des commandes qui disparaissent pour nos PME», souligne le conseiller d'État chargé de l'économie. Le Canton a mis en place une cellule d'accompagnement pour aider les fonctionnaires licenciés à retrouver un emploi sur le marché local.
p|Berne, de son côté, rappelle avoir déjà débloqué des fonds pour soutenir les organisations non gouvernementales les plus fragiles. Une nouvelle enveloppe n'est pas exclue, mais elle devra passer devant les Chambres fédérales.
h2|Des bureaux vides
p|Sur le terrain, les conséquences sont déjà visibles. Plusieurs étages de bâtiments loués par des agences à Sécheron et au Petit-Saconnex sont désormais inoccupés. Des propriétaires cherchent à les reconvertir en logements ou en bureaux pour des entreprises privées.
p|Pour les syndicats du personnel international, la priorité reste d'obtenir des mesures sociales dignes de ce nom. Une assemblée générale est prévue la semaine prochaine.
signature|(avec ATS)
author-bio|Aline Borgeaud couvre la Genève internationale et la diplomatie depuis 2016.
author-bio|Samuel Perret est journaliste à la rubrique Économie. Il suit les banques, le négoce et l'emploi.
author-link|Plus d'infos
feedback|Vous avez trouvé une erreur?Signalez-la maintenant.
comments|42 commentaires
comments|Afficher les commentaires
teaser-list|Dans le fil
teaser-list|14h32
teaser-list|Aéroport: la grève des bagagistes est levée
teaser-list|13h58
teaser-list|Lancy: un immeuble évacué après un incendie de cave
teaser-list|13h10
teaser-list|HCR: un nouveau haut-commissaire nommé
most-read|Les plus lus
most-read|Genève-Servette enchaîne une cinquième victoire
most-read|Thônex: la route de Jussy fermée durant trois mois
network|Nos titres: Vaud Quotidien · Le Matin Romand · Riviera Express · La Gazette de Fribourg
footer|Abonnements
footer|Contact
footer|Impressum
footer|Publicité
footer|CGV
footer|Protection des données
cookie|Paramètres des cookies
copyright|© La Tribune du Léman. Tous droits réservés
"""),
 dict(id="nikkei-asia-style-1", site="nikkei-asia-style", lang="en", sep="\n", title="Japan's megabanks raise deposit rates as savers finally move money", date="2026-02-18", page="""
skip-link|Skip to main content
cookie|We use cookies to improve your experience. By continuing, you agree to our use of cookies. Manage settings Accept
menu|AsiaBiz Review
subscribe|Subscribe
account|Log in
menu|Latest
menu|Business
menu|Tech
menu|Markets
menu|Economy
menu|Politics
menu|Opinion
menu|Life & Arts
menu|Spotlight
menu|Podcast
menu|Video
menu|Asia300
search|Search
ticker|Nikkei 225
ticker|39,812.40
ticker|+1.12%
ticker|Hang Seng
ticker|20,145.77
ticker|-0.38%
ticker|USD/JPY
ticker|149.62
ticker|As of 15:30 JST
breadcrumb|Business
breadcrumb|Finance
section-label|Banking
h1|Japan's megabanks raise deposit rates as savers finally move money
lead|Competition for deposits heats up as BOJ normalization ends decades of near-zero returns
byline|MIKI OKADA, AsiaBiz staff writer
dateline|February 18, 2026 17:05 JST
topics|Japan
topics|Banking
topics|Monetary policy
share|Share
share|Twitter
share|Facebook
share|LinkedIn
share|Mail
save|Save
print|Print
font|A
font|A+
gift|Gift article
gift|You have 9 gift articles remaining this month
caption|Customers wait at a bank branch in Tokyo's Marunouchi district. Lenders are competing to attract deposits as rates rise. (Photo by Kenji Sato)
p|TOKYO -- Japan's three largest banks will raise interest rates on ordinary savings accounts to 0.4% from next month, the highest level in more than 30 years, as the end of ultra-loose monetary policy sets off a scramble for household deposits.
p|The move follows the Bank of Japan's decision in January to lift its short-term policy rate to 1%, a level unthinkable only three years ago, when the central bank was still charging negative rates on some reserves.
p|For decades, Japanese depositors earned almost nothing on the roughly 1,100 trillion yen ($7.35 trillion) sitting in their bank accounts. Many did not bother to shop around. That is starting to change.
h2|Online banks lead the charge
p|Internet-only lenders and banks run by retail and telecom groups have been offering rates of 0.5% or more on savings accounts since last year, often bundled with points programs. Their deposit bases grew by around 18% in 2025, according to industry estimates, while the megabanks saw only modest gains.
p|"The era when deposits simply flowed to the biggest brand is over," said a senior executive at one of the three megabanks. "Customers now look at the rate, and they look at the app."
chart|Deposit rates at major banks
chart|Ordinary savings accounts, annual rate (%)
credit|Source: company announcements
p|Regional banks face a tougher squeeze. Many rely on deposits to fund loans to small businesses in shrinking local economies, and raising rates cuts directly into already thin margins. Analysts expect further mergers among regional lenders over the next two years.
paywall|Stay ahead with our exclusives on Asia
paywall|Subscribe to AsiaBiz Review and get 50% off for the first 3 months
h2|Higher margins, for now
p|Rising rates have so far been good for bank profits. Lending rates have climbed faster than deposit rates, widening the net interest margin that had been compressed for years. The three megabanks together reported record net profits for the April-December period.
p|But the gap may narrow as the competition for deposits intensifies. "Banks have enjoyed a honeymoon," said an analyst at a Tokyo-based brokerage. "From here, the cost of funding will rise much faster than they would like."
p|Some savers are also moving money out of banks altogether. Inflows into the tax-exempt NISA investment accounts hit a record last year, as the government continues to encourage households to shift from savings to investment.
p|The BOJ is widely expected to raise rates again later this year if wage growth holds up after the spring labor negotiations.
signature|AsiaBiz staff writer Daisuke Hara contributed to this report.
read-next|Read Next
read-next|BOJ raises rates to 1%, highest since 1995
read-next|January 23, 2026 15:42 JST
read-next|Japan's regional banks bet on mergers to survive higher rates
read-next|February 2, 2026 05:00 JST
sponsored|Sponsored Content
sponsored|About Sponsored Content
sponsored|This content was commissioned by AsiaBiz Review's Global Business Bureau.
newsletter|Sign up to our newsletters to get our best stories delivered straight to your inbox.
newsletter|Sign up
most-read|Most read
most-read|1
most-read|China's exporters race to beat new tariffs
most-read|2
most-read|Indonesia's capital move stalls as budget shrinks
most-read|3
most-read|Analysis: Why Vietnam's property slump refuses to end
lang-switch|日本語で読む
network|Kasumi Group: Kasumi Shimbun · Kasumi Markets Data · Kasumi Business School
footer|About us
footer|Sitemap
footer|Help
footer|Contact us
footer|Privacy & Cookie policy
footer|Terms of use
footer|Advertise
copyright|Copyright © 2026 Kasumi Inc. All rights reserved.
"""),
 dict(id="nikkei-asia-style-2", site="nikkei-asia-style", lang="en", sep="\n", title="Indonesia's nickel smelters cut output as battery demand cools", date="2025-11-06", page="""
skip-link|Skip to main content
paywall|You have 1 free article remaining this month. Subscribe for unlimited access
menu|AsiaBiz Review
subscribe|Subscribe
account|Log in
menu|Latest
menu|Business
menu|Tech
menu|Markets
menu|Economy
menu|Politics
menu|Opinion
menu|Life & Arts
menu|Spotlight
menu|Podcast
menu|Video
menu|Asia300
search|Search
ticker|Nikkei 225
ticker|37,204.18
ticker|-0.54%
ticker|LME Nickel
ticker|14,820
ticker|-1.9%
ticker|As of 16:00 JST
breadcrumb|Business
breadcrumb|Energy
section-label|Asia Insight
h1|Indonesia's nickel smelters cut output as battery demand cools
lead|Chinese-backed processors idle furnaces in Sulawesi as prices sink to five-year low
byline|ANDI PRATAMA and HIROSHI KUDO, AsiaBiz staff writers
dateline|November 6, 2025 11:30 JST
dateline|Updated on November 6, 2025 18:12 JST
topics|Indonesia
topics|Nickel
topics|Electric vehicles
topics|China
share|Share
share|Twitter
share|Facebook
share|LinkedIn
share|Mail
save|Save
print|Print
font|A
font|A+
caption|A nickel processing complex in Central Sulawesi. Several lines have been shut since September. (Photo by Andi Pratama)
p|JAKARTA/MOROWALI, Indonesia -- Indonesian nickel processors have begun shutting production lines as prices for the battery metal slide, in a sign that the country's rapid rise as the world's top supplier is running into the limits of demand.
p|At least six smelting lines in Central Sulawesi and North Maluku have been idled since September, according to company filings and people familiar with the matter. Most are operated by Chinese-backed groups that built plants on the islands over the past decade.
p|Nickel traded at around $14,800 a ton on the London Metal Exchange this week, down roughly a quarter from a year earlier and the lowest level since 2020.
h2|A glut of its own making
p|Indonesia banned the export of raw nickel ore in 2020 to force miners to process it at home. The policy worked: the country now produces more than half the world's nickel, and processing plants have attracted tens of billions of dollars in investment.
p|But output grew faster than demand. Sales of electric vehicles in Europe slowed, and Chinese battery makers increasingly use lithium iron phosphate chemistries that need no nickel at all.
p|"We built for a market that was supposed to double every three years"
p|"We built for a market that was supposed to double every three years," said the manager of one smelter in Morowali, who asked not to be named. "It did not."
video|Video
video|How Indonesia became the world's nickel superpower
video|5:48
h2|Workers sent home
p|The shutdowns have hit local employment. Unions in Morowali say around 4,000 contract workers have been sent home or had their hours reduced since August. Many came from other islands and now face the cost of returning.
p|The government has signaled it may cut mining quotas next year to support prices. The energy and mineral resources ministry said it would review work plans submitted by miners "with the market balance in mind."
p|Analysts say that could stabilize the market but may not be enough on its own. "The question is whether Jakarta is willing to let some of these plants fail," said a metals analyst at a Singapore-based consultancy.
h2|Looking for new buyers
p|Some processors are turning to other customers. Stainless steel, which still accounts for most nickel demand, remains a steady outlet, and several groups are pitching supply deals to Japanese and South Korean battery makers seeking to reduce their reliance on China.
p|Indonesia is also pressing Washington for a limited trade agreement that would let its nickel qualify for U.S. electric vehicle incentives, a long-running request that has yet to produce results.
signature|AsiaBiz staff writer Li Wen in Shanghai contributed to this report.
paywall|Subscribe to read our exclusive Asia coverage
paywall|Get unlimited access to AsiaBiz Review on any device
paywall|Subscribe now
paywall|Already a subscriber? Log in
read-next|Read Next
read-next|Philippine nickel miners eye processing push
read-next|October 28, 2025 14:00 JST
read-next|Chinese battery makers bet on sodium-ion
read-next|October 30, 2025 05:00 JST
podcast|Asia Business Podcast
podcast|Episode 212: The metals race behind the EV boom
podcast|Listen now
most-read|Most read
most-read|1
most-read|Japan's megabanks post record profits
most-read|2
most-read|Thailand's baht hits three-year high
most-read|3
teaser-list|Indonesia's nickel smelters cut output as battery demand cools
lang-switch|日本語で読む
network|Kasumi Group: Kasumi Shimbun · Kasumi Markets Data · Kasumi Business School
footer|About us
footer|Sitemap
footer|Help
footer|Contact us
footer|Privacy & Cookie policy
footer|Terms of use
footer|Advertise
copyright|Copyright © 2025 Kasumi Inc. All rights reserved.
"""),
 dict(id="politis-style-1", site="politis-style", lang="fr", sep="\n", title="Dans le Marais poitevin, les paysans « sans bassine » reprennent la parole", date="2025-11-19", page="""
skip-link|Aller au contenu principal
menu|Pavés
menu|L'hebdo qui ne lâche rien
epaper|Le journal de la semaine : n° 1887
subscribe|S'abonner
donate|Faire un don
account|Connexion
menu|Politique
menu|Société
menu|Écologie
menu|Économie
menu|Monde
menu|Culture
menu|Idées
menu|Travail
menu|Vidéos
menu|Le journal
search|Rechercher
section-label|Écologie
section-label|Reportage
h1|Dans le Marais poitevin, les paysans « sans bassine » reprennent la parole
lead|Alors que de nouvelles réserves d'eau doivent entrer en service l'an prochain, des agriculteurs privés d'accès à l'irrigation s'organisent pour défendre un autre partage de l'eau. Reportage entre Niort et la baie de l'Aiguillon.
byline|Louise Vernet • 19 novembre 2025
paywall|abonné·es
reading-time|Temps de lecture : 6 minutes
issue-note|Article paru dans l'hebdo N° 1887
share|Partager :
share|Facebook
share|Bluesky
share|Mastodon
share|Mail
gift|Offrir cet article
caption|Sur l'exploitation de Mathilde Girard, à Coulon, les prairies humides sont pâturées sans aucune irrigation.
credit|© Julien Marsault
p|Il est 8 heures et le brouillard n'a pas encore quitté les conches. Mathilde Girard enfile ses bottes, ouvre la barrière et laisse sortir la quarantaine de vaches maraîchines qui passent l'hiver sur les prairies de son exploitation, à Coulon, dans les Deux-Sèvres. « Ici, on n'a jamais arrosé. L'eau, c'est le marais qui la garde pour nous », dit-elle.
p|Mathilde fait partie de ces paysannes et paysans qui ne sont raccordé·es à aucune des réserves de substitution construites ou en projet dans le bassin de la Sèvre niortaise. Depuis l'automne, une soixantaine d'entre elles et eux se réunissent tous les mois dans une salle des fêtes prêtée par une mairie, pour « sortir du face-à-face » entre pro et anti-bassines.
h2|« On nous a effacés du débat »
p|« Quand on parle de l'eau, on parle soit des irrigants, soit des militants écolos. Nous, on n'existe pas », résume Patrice, céréalier en bio près de Mauzé-sur-le-Mignon. Ses parcelles jouxtent celles d'un voisin qui pompera l'an prochain dans une réserve de plusieurs centaines de milliers de mètres cubes. « Lui pourra semer du maïs en juillet. Moi, si l'été est sec, je perds la moitié de ma récolte. Avec la même nappe sous les pieds. »
read-also|Lire aussi > Bassines : la justice administrative annule deux autorisations de pompage
p|Le collectif, qui n'a pas encore de nom, a rédigé une plateforme de revendications qu'il compte porter devant la commission locale de l'eau. Elle tient en quelques points :
li|un volume d'eau réservé aux fermes non irrigantes en cas de sécheresse ;
li|la transparence sur les volumes réellement prélevés dans chaque réserve ;
li|des aides à la conversion vers des cultures moins gourmandes en eau ;
li|une place pour les petites fermes dans les instances de gestion de l'eau.
donate|Pavés est un média indépendant, financé par ses lecteurs et ses lectrices. Pour continuer à enquêter, nous avons besoin de vous.
donate|Je fais un don
donate|Votre don est déductible à 66 % de vos impôts.
h2|Une fracture dans le monde agricole
p|Dans la région, le sujet divise jusque dans les familles. Les syndicats majoritaires défendent les réserves comme la seule solution pour maintenir l'élevage et les grandes cultures face au changement climatique. La Confédération paysanne, de son côté, dénonce un accaparement de l'eau au profit d'une minorité d'exploitations.
p|Pour le géographe Antoine Caillaud, qui étudie les conflits d'usage dans le bassin, le collectif dit quelque chose de neuf. « Ce ne sont pas des militants venus d'ailleurs. Ce sont des agriculteurs installés, souvent depuis des générations, qui posent une question simple : qui a droit à l'eau quand il n'y en a pas assez pour tout le monde ? »
p|À la préfecture, on assure que « toutes les voix seront entendues » lors de la révision du protocole de gestion prévue au printemps. Une promesse qui laisse Mathilde Girard dubitative. Elle referme la barrière derrière ses bêtes. « On verra bien. Mais cette fois, on ne restera pas dans notre coin. »
feedback|Une question, une précision, une erreur ? Écrivez-nous
tags|Écologie
tags|Eau
tags|Agriculture
tags|Bassines
related|Pour aller plus loin…
related|Sécheresse : les arrêtés de restriction d'eau se multiplient dès le printemps
related|Écologie • 3 avril 2025
related|« L'eau est devenue un bien politique »
related|Idées • 12 juin 2025
related|Sainte-Soline, deux ans après : le procès des manifestant·es s'ouvre à Niort
related|Société • 28 octobre 2025
newsletter|La lettre de Pavés
newsletter|Chaque vendredi, le meilleur de la semaine dans votre boîte mail.
newsletter|Votre e-mail
newsletter|Je m'inscris
most-read|Les articles les plus lus
most-read|Réforme de l'assurance-chômage : ce que le gouvernement ne dit pas
most-read|À Calais, la frontière tue encore
most-read|Budget 2026 : l'austérité à marche forcée
subscribe|Vous avez aimé cet article ? Abonnez-vous à partir de 1 € le premier mois
footer|Pavés
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Abonnements
footer|Faire un don
footer|Mentions légales
footer|CGV
footer|Gestion des cookies
copyright|© Pavés 2025 – Toute reproduction interdite sans autorisation
"""),
 dict(id="politis-style-2", site="politis-style", lang="fr", sep="\n", title="Claire Maunoury : « La semaine de quatre jours est devenue un outil patronal »", date="2026-02-04", page="""
skip-link|Aller au contenu principal
menu|Pavés
menu|L'hebdo qui ne lâche rien
epaper|Le journal de la semaine : n° 1898
subscribe|S'abonner
donate|Faire un don
account|Connexion
menu|Politique
menu|Société
menu|Écologie
menu|Économie
menu|Monde
menu|Culture
menu|Idées
menu|Travail
menu|Vidéos
menu|Le journal
search|Rechercher
section-label|Idées
section-label|Entretien
h1|Claire Maunoury : « La semaine de quatre jours est devenue un outil patronal »
lead|Promesse d'émancipation devenue argument de recrutement, la semaine de quatre jours se diffuse dans les entreprises françaises. La sociologue du travail Claire Maunoury a enquêté dans une vingtaine d'entre elles. Elle y a surtout trouvé des journées plus longues.
byline|Propos recueillis par Hugo Lambrecht • 4 février 2026
paywall|abonné·es
reading-time|Temps de lecture : 7 minutes
issue-note|Article paru dans l'hebdo N° 1898
share|Partager :
share|Facebook
share|Bluesky
share|Mastodon
share|Mail
gift|Offrir cet article
caption|Claire Maunoury, le 27 janvier 2026, à Paris.
credit|© Inès Dubreuil
box|Claire Maunoury
box|Sociologue, maîtresse de conférences à l'université de Lille, autrice de Quatre jours pour tout faire. Enquête sur le temps de travail compressé (La Découverte, 2026).
h2|Vous avez enquêté pendant trois ans dans des entreprises passées à la semaine de quatre jours. Qu'y avez-vous vu ?
p|Claire Maunoury : D'abord, une grande diversité. Sous le même nom, on trouve des choses très différentes. Dans une minorité d'entreprises, surtout des petites structures, la semaine de quatre jours s'accompagne d'une vraie baisse du temps de travail, à 32 heures, sans perte de salaire. C'est ce que défendaient historiquement les syndicats et une partie de la gauche.
p|Mais dans la grande majorité des cas que j'ai observés, il s'agit de faire 35 heures, voire 39, en quatre jours. Les journées passent à neuf ou dix heures. Et ce qu'on présente comme un progrès social est en réalité une intensification du travail.
h2|Pourtant, les salarié·es semblent plébisciter ces dispositifs…
p|Oui, et il faut le prendre au sérieux. Le jour libéré a une valeur énorme, notamment pour les parents et pour celles et ceux qui ont de longs trajets. Beaucoup me disent : « Je suis épuisé le jeudi soir, mais je ne reviendrais pour rien au monde en arrière. »
p|Le problème, c'est que ce choix se fait dans un cadre contraint. Quand les conditions de travail se dégradent, récupérer une journée devient une stratégie de survie. Les employeurs l'ont bien compris : dans les secteurs en tension, c'est devenu un argument de recrutement qui ne coûte presque rien.
read-also|Lire aussi > Temps de travail : la gauche peut-elle encore parler des 32 heures ?
h2|Qui en paie le prix ?
p|Les femmes, d'abord. Dans les couples que j'ai rencontrés, le cinquième jour libéré est très souvent absorbé par les tâches domestiques et les rendez-vous des enfants. Et les salarié·es les moins qualifié·es, dont les journées de dix heures sont physiquement plus éprouvantes, surtout dans la logistique ou le soin.
p|Il y a aussi ceux qui en sont exclus : les équipes de nettoyage, les sous-traitants, les intérimaires. Dans plusieurs entreprises, la semaine de quatre jours vaut pour les cadres du siège, pas pour les ateliers.
donate|Pavés est un média indépendant, financé par ses lecteurs et ses lectrices. Pour continuer à enquêter, nous avons besoin de vous.
donate|Je fais un don
donate|Votre don est déductible à 66 % de vos impôts.
h2|Faut-il pour autant renoncer à réduire le temps de travail ?
p|Surtout pas. Mon travail montre au contraire qu'il faut revenir à la question de départ : travailler moins, pas travailler autrement. Une réduction du temps de travail digne de ce nom suppose une baisse de la durée légale, des embauches compensatrices et un contrôle des cadences par les salarié·es eux-mêmes.
p|La semaine de quatre jours peut en être une modalité. Mais si on la sépare de la baisse des heures, on fabrique l'inverse de ce qu'on promettait : des gens plus fatigués, qui ont l'impression d'avoir gagné quelque chose.
p|Quatre jours pour tout faire. Enquête sur le temps de travail compressé, Claire Maunoury, La Découverte, 256 pages, 21 euros.
feedback|Une question, une précision, une erreur ? Écrivez-nous
tags|Idées
tags|Travail
tags|Temps de travail
tags|Syndicats
related|Pour aller plus loin…
related|Retraites : « Le travail n'a jamais été aussi pénible »
related|Idées • 15 janvier 2026
related|Chez un géant de la logistique, la grève des cadences
related|Travail • 22 janvier 2026
newsletter|La lettre de Pavés
newsletter|Chaque vendredi, le meilleur de la semaine dans votre boîte mail.
newsletter|Votre e-mail
newsletter|Je m'inscris
most-read|Les articles les plus lus
most-read|Municipales 2026 : à Marseille, la gauche unie fait le pari des quartiers nord
teaser-list|Claire Maunoury : « La semaine de quatre jours est devenue un outil patronal »
most-read|Sans-papiers : la circulaire qui change tout
subscribe|Vous avez aimé cet article ? Abonnez-vous à partir de 1 € le premier mois
footer|Pavés
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Abonnements
footer|Faire un don
footer|Mentions légales
footer|CGV
footer|Gestion des cookies
copyright|© Pavés 2026 – Toute reproduction interdite sans autorisation
"""),
 dict(id="daily-trust-ng-style-1", site="daily-trust-ng-style", lang="en", sep="\n", title="Kano farmers abandon dry season farming as diesel, fertiliser costs soar", date="2026-03-03", page="""
timestamp|Tuesday, March 3, 2026 • 14 Ramadan 1447
ticker|Kano: Fajr 5:21 Dhuhr 12:58 Asr 4:20 Maghrib 6:47 Isha 7:56
menu|The Savannah Daily
epaper|ePaper
subscribe|Subscribe
lang-switch|Hausa
menu|News
menu|Politics
menu|Business
menu|Agriculture
menu|Editorial
menu|Opinion
menu|Sports
menu|Health
menu|Education
menu|Entertainment
menu|Savannah TV
search|Search
breaking|BREAKING: Senate confirms new service chiefs
ticker|$1 = ₦1,498 (official)
ticker|£1 = ₦1,902
ad|ADVERTISEMENT
ad|Ramadan Kareem from Arewa Microfinance Bank. Save with us, grow with us.
section-label|News
h1|Kano farmers abandon dry season farming as diesel, fertiliser costs soar
byline|From Muhammad Sani Idris, Kano
dateline|Tue, 3 Mar 2026 5:00:14 WAT
comments|0 Comments
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
share|Email
caption|Dry season rice farmers at an irrigation site in Bunkure LGA
credit|Photo: Savannah Daily
p|Thousands of farmers in Kano State have abandoned dry season farming this year, citing the soaring cost of diesel for water pumps and the price of fertiliser, which has more than doubled in two years.
p|Farmers at the irrigation sites along the Kano River and the Hadejia valley told The Savannah Daily that plots that used to be cultivated with rice, tomato, onion and pepper between November and April are now lying fallow.
ad|ADVERTISEMENT
p|Malam Shehu Garba, a rice farmer in Bunkure Local Government Area, said he cultivated only two of his six hectares this season.
p|"Last year I spent about ₦900,000 on diesel alone to run my pumping machine. This year I cannot raise that money. A bag of NPK is now above ₦55,000. If I borrow and the price of rice falls at harvest, I will be in debt," he said.
read-also|ALSO READ: Tomato prices rise by 60% as Tuta absoluta returns to northern farms
p|At the Kadawa irrigation scheme in Garun Mallam, another farmer, Hajiya Rabi Ado, said many women who used to grow vegetables on small plots had stopped completely.
p|"We used to make money from pepper and cabbage during the dry season. Now most of us are just sitting at home," she said.
ad|ADVERTISEMENT
h2|Solar pumps out of reach
p|Some farmers said they had been told about solar-powered pumps but could not afford them. A unit costs between ₦1.2m and ₦2m, depending on the size.
p|The chairman of the Kano State chapter of a farmers' association, Alhaji Bashir Lawan, said the state government should urgently distribute solar pumps to farmers' cooperatives on a loan basis.
p|"If nothing is done, the price of food in the markets will rise again before the rainy season. Dry season farming is what keeps the prices down between March and June," he said.
video|WATCH: How farmers in Jigawa are using solar pumps for irrigation
video|Savannah TV
video|03:42
h2|Government reacts
p|Reacting, the Commissioner for Agriculture, Dr Aminu Usman, said the state had procured 1,500 solar pumps which would be distributed to farmers before the end of the month.
p|He said the pumps would be given through registered cooperatives, adding that farmers would pay for them in instalments over two years.
p|He also said the state would continue to sell fertiliser at subsidised rates through its agricultural supply company, but admitted that the quantity available was not enough to meet demand.
whatsapp|Join The Savannah Daily WhatsApp Community For Quick Access To News and Happenings Around You.
tags|Tags: Dry Season Farming Fertiliser Kano
related|Related
related|Jigawa begins distribution of irrigation pumps to 5,000 farmers
related|Fertiliser: Manufacturers blame gas prices for high costs
related|FG announces new wheat programme for northern states
comments|Leave a Reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Post Comment
teaser-list|Latest
teaser-list|Sallah: Kano Emir cancels Durbar over security concerns
teaser-list|2 hours ago
teaser-list|Bandits abduct 12 travellers on Kaduna-Birnin Gwari road
teaser-list|3 hours ago
teaser-list|NECO releases 2025 SSCE external results
teaser-list|5 hours ago
most-read|Trending
most-read|1 Customs seize 40 trucks of rice at Seme border
most-read|2 Ramadan: Prices of dates, sugar rise in Maiduguri markets
most-read|3 President departs Abuja for AU summit
ad|ADVERTISEMENT
footer|The Savannah Daily
footer|About Us
footer|Contact Us
footer|Advertise With Us
footer|Privacy Policy
footer|Terms of Use
footer|Savannah Media Ltd, 20 Ahmadu Bello Way, Kaduna
copyright|© 2026 Savannah Media Ltd. All rights reserved.
back-to-top|Back to top
"""),
 dict(id="daily-trust-ng-style-2", site="daily-trust-ng-style", lang="en", sep="\n", title="Almajiri: Kaduna enrols 12,000 pupils in integrated Tsangaya schools", date="2025-10-14", page="""
timestamp|Tuesday, October 14, 2025 • 22 Rabi' al-Thani 1447
ticker|Kaduna: Fajr 5:03 Dhuhr 12:22 Asr 3:44 Maghrib 6:14 Isha 7:24
menu|The Savannah Daily
epaper|ePaper
subscribe|Subscribe
lang-switch|Hausa
menu|News
menu|Politics
menu|Business
menu|Agriculture
menu|Editorial
menu|Opinion
menu|Sports
menu|Health
menu|Education
menu|Entertainment
menu|Savannah TV
search|Search
ticker|$1 = ₦1,532 (official)
ticker|£1 = ₦2,041
ad|ADVERTISEMENT
section-label|Education
h1|Almajiri: Kaduna enrols 12,000 pupils in integrated Tsangaya schools
byline|By Hadiza Umar Bello, Kaduna
dateline|Tue, 14 Oct 2025 6:30:02 WAT
comments|3 Comments
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
share|Email
caption|Pupils at an integrated Tsangaya school in Zaria during the enrolment exercise
credit|Photo: Hadiza Umar Bello
p|The Kaduna State Government says it has enrolled 12,000 almajiri pupils into integrated Tsangaya schools where they will learn English, mathematics and basic science alongside Qur'anic education.
p|The Executive Secretary of the State Universal Basic Education Board, Dr Fatima Lawal, disclosed this in Kaduna on Monday during the flag-off of the second phase of the programme.
ad|ADVERTISEMENT
p|She said the pupils were drawn from 240 Tsangaya schools across the 23 local government areas of the state, adding that each of the schools would receive two teachers paid by the state, learning materials and a feeding allowance.
p|"We are not trying to replace the Qur'anic schools. The malams remain in charge of the Qur'anic lessons. What we are doing is to add the subjects that will allow these children to continue their education or learn a trade," she said.
read-also|ALSO READ: Out-of-school children: Nigeria still has over 18 million, says UNICEF
p|According to her, the programme is supported by development partners and will run for three years, after which pupils who pass an assessment can transfer into regular primary or junior secondary schools.
ad|ADVERTISEMENT
h2|Malams welcome initiative
p|Some of the Islamic teachers at the event welcomed the initiative but called for more support for the children's welfare.
p|Malam Abdullahi Yusuf, who runs a Tsangaya school in Zaria with 85 pupils, said many of the children still depend on begging to feed.
p|"The government should not stop at the classroom. If the children are hungry, they will go back to the streets. The feeding must continue," he said.
p|Another malam, Sheikh Ibrahim Tukur, said the involvement of the teachers in the planning had removed earlier suspicion among Qur'anic scholars.
h2|What the programme offers
p|Under the scheme, each enrolled pupil is entitled to:
li|free textbooks and exercise books in English, mathematics and basic science;
li|a daily meal provided through the school feeding programme;
li|basic health screening and immunisation;
li|vocational training in tailoring, carpentry or farming for pupils above 14 years.
p|Nigeria has one of the highest numbers of out-of-school children in the world, with the majority in the northern states. Previous attempts to integrate the almajiri system into formal education have faltered, with many of the schools built under earlier programmes abandoned.
p|Dr Lawal said the state had learnt from those experiences, adding that the new model was built around existing Tsangaya schools rather than new structures.
signature|Additional reporting by Isa Sa'idu, Zaria
whatsapp|Join The Savannah Daily WhatsApp Community For Quick Access To News and Happenings Around You.
tags|Tags: Almajiri Education Kaduna Tsangaya
related|Related
related|Kano to build 50 new model Qur'anic schools
related|Almajiri: Northern governors set up committee on reforms
comments|3 Comments
comments|Aliyu Danjuma
comments|October 14, 2025 at 9:12 am
comments|This is a good step. Other states should copy Kaduna.
comments|Reply
comments|Leave a Reply
comments|Your email address will not be published. Required fields are marked *
comments|Post Comment
opinion|From The Editorial
opinion|Out-of-school children: A ticking time bomb
teaser-list|Latest
teaser-list|ASUU issues 14-day ultimatum to FG
teaser-list|1 hour ago
teaser-list|Flood: NEMA distributes relief materials in Kogi
teaser-list|4 hours ago
most-read|Trending
most-read|1 Police arrest suspected kidnappers in Kaduna
teaser-list|2 Almajiri: Kaduna enrols 12,000 pupils in integrated Tsangaya schools
most-read|3 Super Eagles arrive Uyo for World Cup qualifier
ad|ADVERTISEMENT
footer|The Savannah Daily
footer|About Us
footer|Contact Us
footer|Advertise With Us
footer|Privacy Policy
footer|Terms of Use
footer|Savannah Media Ltd, 20 Ahmadu Bello Way, Kaduna
copyright|© 2025 Savannah Media Ltd. All rights reserved.
back-to-top|Back to top
"""),
]
