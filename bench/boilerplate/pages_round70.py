# Round 70: eight pages on four more layouts (a German international broadcaster's French page, an analyst's
# newsletter post on a newsletter platform, an Ivorian state daily's site, a pan-African TV news channel's English
# site), written blind: without looking at the classifier, its rules or the benchmark, measured once. Each line:
# "label|text". Invented text; no real article is copied.
ROUND70 = [
 dict(id="dw-francais-style-1", site="dw-francais-style", lang="fr", sep="\n", title="Au Cameroun, les producteurs de cacao misent sur la traçabilité pour garder le marché européen", date="2026-01-20", page="""
skip-link|Aller au contenu
skip-link|Aller à la navigation principale
skip-link|Accéder aux autres sites de la RW
menu|RW
menu|Rheinwelle
lang-switch|Français
search|Recherche
menu|Actualités
menu|Afrique
menu|Monde
menu|Allemagne
menu|Environnement
menu|Bundesliga
menu|Émissions
menu|Apprendre l'allemand
watch|EN DIRECT
watch|RW Afrique - Le journal
section-label|Afrique
h1|Au Cameroun, les producteurs de cacao misent sur la traçabilité pour garder le marché européen
lead|Avec l'entrée en vigueur du règlement européen contre la déforestation, les planteurs du Centre et du Sud-Ouest doivent prouver que leurs fèves ne viennent pas de forêts récemment défrichées. Une course contre la montre, faute de moyens.
caption|Dans une plantation près de Mbalmayo, les cabosses sont ouvertes à la machette avant la fermentation
credit|Image : Daniel Beloumou Olomo/AFP
byline|Blaise Nkoulou
dateline|20.01.2026
dateline|20 janvier 2026
listen|Écouter l'article · 5:48
share|Partager
share|Envoyer
share|Facebook
share|X
share|WhatsApp
share|E-mail
share|Copier le lien
p|Sous les grands arbres qui ombragent sa parcelle de trois hectares, à une quarantaine de kilomètres de Yaoundé, Jean-Pierre Mbarga tient son téléphone à bout de bras. Sur l'écran, une carte satellite montre le contour de sa plantation, dessiné au mètre près par un technicien venu la semaine dernière.
p|« Avant, on vendait au coxeur qui passait avec son camion, sans papier. Maintenant, l'acheteur demande le numéro de la parcelle, la carte, tout », explique le planteur de 54 ans. « Si tu n'as pas ça, ton cacao part au prix bas. »
p|Depuis le début de l'année, les importateurs européens de cacao doivent en effet démontrer que les fèves qu'ils achètent ne proviennent pas de terres déboisées après décembre 2020. Le Cameroun, cinquième producteur mondial, expédie l'essentiel de sa récolte vers les ports d'Amsterdam et d'Anvers.
h2|Cartographier des centaines de milliers de parcelles
p|Pour se mettre en conformité, les autorités camerounaises ont lancé un vaste recensement des exploitations. Selon l'Office national du cacao et du café, un peu plus de la moitié des quelque 600 000 parcelles du pays avaient été géolocalisées à la fin décembre.
p|Le travail est colossal, reconnaît Martine Essomba, qui coordonne une équipe de cartographes dans le département de la Lekié. « Beaucoup de planteurs n'ont pas de titre foncier. Il faut rencontrer le chef du village, les voisins, vérifier les limites. Une parcelle peut prendre une demi-journée. »
video|Vidéo
video|02:56
video|Côte d'Ivoire : des drones pour surveiller les forêts classées
embed-blocked|Pour afficher ce contenu, vous devez accepter les cookies de fournisseurs externes. Paramètres de confidentialité
p|Les coopératives, elles, s'inquiètent du coût. Chaque relevé GPS, chaque audit et chaque certificat s'ajoutent à des marges déjà fragiles, même si les cours mondiaux restent élevés après la flambée de 2024.
p|« Les grands exportateurs peuvent absorber ces dépenses. Les petites coopératives, non », résume Hilaire Ndongo, président d'une union de producteurs de la région du Centre. Il réclame un fonds d'appui financé en partie par l'Union européenne.
read-also|Lire aussi : Le Ghana suspend l'exportation de fèves non tracées
h2|Le risque d'un marché à deux vitesses
p|Plusieurs économistes mettent en garde contre un effet pervers : les fèves non tracées pourraient être détournées vers d'autres marchés, moins regardants et moins rémunérateurs, notamment en Asie.
p|« On risque de créer deux cacaos : un cacao européen, cher et documenté, et un cacao de seconde zone, pour ceux qui n'ont pas pu suivre », estime l'économiste camerounais Viviane Atangana, qui enseigne à l'université de Douala.
p|À Bruxelles, la Commission européenne assure que des programmes d'accompagnement existent et que les pays producteurs classés « à faible risque » bénéficient de contrôles allégés. Le Cameroun, lui, a été placé dans la catégorie « risque standard ».
p|Sur sa parcelle, Jean-Pierre Mbarga range son téléphone. Il a reçu la semaine dernière son identifiant, un code à douze chiffres qu'il a recopié au stylo sur le mur de sa case. « Mon grand-père plantait ici bien avant 2020, dit-il en souriant. Maintenant, c'est écrit. »
ad|Publicité
author-bio|Blaise Nkoulou
author-bio|Correspondant de la RW à Yaoundé
author-link|Envoyez un e-mail à l'auteur
whatsapp|Rejoignez la chaîne WhatsApp de RW Afrique pour recevoir nos infos en direct sur votre téléphone
skip-link|Sauter la section suivante Sujet du jour
teaser-list|Sujet du jour
teaser-list|Sahel : l'AES lance sa propre force unifiée
teaser-list|Les armées du Mali, du Burkina Faso et du Niger annoncent un état-major commun basé à Niamey.
teaser-list|Afrique il y a 3 heures
skip-link|Sauter la section suivante Plus de contenu de la RW
related|Plus de contenu de la RW
related|Guinée : la production de bauxite atteint un record
related|Afrique 19.01.2026
related|Nigeria : le naira se stabilise face au dollar
related|Économie 18.01.2026
related|Au Kenya, des cartes d'identité numériques contestées en justice
related|Afrique 17.01.2026
related|Afficher plus
newsletter|Newsletter RW Afrique
newsletter|Recevez chaque vendredi notre sélection d'articles sur le continent.
newsletter|S'abonner
footer|À propos de la RW
footer|Entreprise
footer|Contact
footer|Presse
footer|Réception
footer|Fréquences
footer|Carrières
footer|Suivez-nous
social|Facebook YouTube X Instagram TikTok
footer|Mentions légales
footer|Protection des données
footer|Déclaration d'accessibilité
cookie|Paramètres de confidentialité
copyright|© 2026 Rheinwelle
"""),
 dict(id="dw-francais-style-2", site="dw-francais-style", lang="fr", sep="\n", title="Allemagne : les diplômés africains peinent à rester après leurs études", date="2026-03-04", page="""
skip-link|Aller au contenu
skip-link|Aller à la navigation principale
skip-link|Accéder aux autres sites de la RW
menu|RW
menu|Rheinwelle
lang-switch|Français
search|Recherche
menu|Actualités
menu|Afrique
menu|Monde
menu|Allemagne
menu|Environnement
menu|Bundesliga
menu|Émissions
menu|Apprendre l'allemand
watch|EN DIRECT
watch|RW Afrique - Le journal
section-label|Allemagne
h1|Allemagne : les diplômés africains peinent à rester après leurs études
lead|Ils sont plus de 30 000 étudiants venus d'Afrique dans les universités allemandes. Le pays manque de main-d'œuvre qualifiée, mais beaucoup repartent faute de visa de travail ou de premier emploi.
credit|Image : Sebastian Gollnow/dpa/picture alliance
caption|Cérémonie de remise des diplômes à l'université technique de Darmstadt
byline|Aïssatou Diallo
byline|Adrien Keller
dateline|04.03.2026
dateline|4 mars 2026
listen|Écouter l'article · 6:12
share|Partager
share|Envoyer
share|Facebook
share|X
share|WhatsApp
share|E-mail
share|Copier le lien
p|Moussa Traoré a tout fait dans les règles. Arrivé de Bamako en 2019, il a appris l'allemand jusqu'au niveau C1, obtenu un master en génie électrique à Aix-la-Chapelle et décroché un stage dans une entreprise de panneaux solaires. Pourtant, six mois après la fin de ses études, il se demande s'il pourra rester.
p|« Mon permis de recherche d'emploi expire en juin. Les entreprises me disent qu'elles m'aiment bien, mais qu'elles veulent quelqu'un qui est déjà là depuis longtemps », raconte le jeune ingénieur de 28 ans, rencontré dans un café près du campus.
h2|Un pays qui cherche pourtant des bras
p|Son cas n'est pas isolé. Selon une étude publiée fin février par un institut de recherche sur l'enseignement supérieur, à peine un diplômé africain sur deux travaille encore en Allemagne trois ans après la fin de ses études. Chez les étudiants venus d'Asie, la proportion dépasse 60 %.
p|Le paradoxe est d'autant plus frappant que l'Allemagne manque cruellement de personnel qualifié. L'Agence fédérale pour l'emploi estime à plusieurs centaines de milliers le nombre de postes non pourvus, notamment dans l'ingénierie, l'informatique et les soins.
p|« Les entreprises me disent qu'elles m'aiment bien »
p|Les raisons avancées par les chercheurs sont multiples :
li|des démarches administratives longues auprès des services des étrangers, souvent débordés ;
li|un manque de réseaux professionnels, décisif dans les petites et moyennes entreprises ;
li|des discriminations à l'embauche, documentées par plusieurs études ;
li|le coût de la vie dans les grandes villes universitaires.
read-also|Lire aussi : Le nouveau visa « Chancenkarte » attire surtout des Indiens
h2|« On forme des gens, puis on les laisse partir »
p|Pour Katrin Vogel, qui dirige le service des relations internationales d'une université de Rhénanie-du-Nord-Westphalie, l'Allemagne « investit des années dans ces étudiants, puis les laisse partir au moment où ils deviennent utiles ». Son université a lancé un programme de parrainage qui met en relation diplômés étrangers et entreprises de la région.
p|Le gouvernement fédéral assure avoir simplifié les règles. Depuis la réforme de la loi sur l'immigration qualifiée, un diplômé d'une université allemande peut chercher un emploi pendant dix-huit mois et changer plus facilement de statut. Mais sur le terrain, les délais restent longs. À Berlin, il faut parfois attendre quatre mois pour obtenir un rendez-vous.
video|Vidéo
video|03:18
video|Ces Africains qui font tourner les hôpitaux allemands
p|Certains ont choisi de ne plus attendre. Ingénieure en informatique formée à Munich, la Camerounaise Flore Ngo Bassa est rentrée à Douala l'an dernier pour créer une petite entreprise de logiciels. « L'Allemagne m'a beaucoup apporté. Mais j'ai compris que je pouvais construire quelque chose chez moi avec ce que j'avais appris », dit-elle.
p|Moussa Traoré, lui, veut encore essayer. Il a envoyé une quarantaine de candidatures depuis janvier. « Si ça ne marche pas, j'irai au Canada. Ils m'ont déjà répondu. »
ad|Publicité
author-bio|Aïssatou Diallo
author-bio|Journaliste au programme francophone de la RW
author-link|@aissatou_rw
author-bio|Adrien Keller
author-bio|Rédacteur au service Allemagne
author-link|Envoyez un e-mail à l'auteur
whatsapp|Rejoignez la chaîne WhatsApp de RW Afrique pour recevoir nos infos en direct sur votre téléphone
skip-link|Sauter la section suivante Sujet du jour
teaser-list|Sujet du jour
teaser-list|RDC : reprise des combats autour de Goma
teaser-list|Les affrontements entre l'armée et les rebelles ont repris dans le territoire de Masisi malgré le cessez-le-feu.
teaser-list|Afrique il y a 1 heure
skip-link|Sauter la section suivante Plus de contenu de la RW
related|Plus de contenu de la RW
related|Bundestag : vote serré sur la réforme des retraites
related|Allemagne 03.03.2026
related|Apprendre l'allemand : nos cours gratuits en ligne
related|Apprendre l'allemand 02.03.2026
related|Le Bénin et l'Allemagne signent un accord sur la restitution d'objets d'art
related|Afrique 01.03.2026
related|Afficher plus
newsletter|Newsletter RW Afrique
newsletter|Recevez chaque vendredi notre sélection d'articles sur le continent.
newsletter|S'abonner
footer|À propos de la RW
footer|Entreprise
footer|Contact
footer|Presse
footer|Réception
footer|Fréquences
footer|Carrières
footer|Suivez-nous
social|Facebook YouTube X Instagram TikTok
footer|Mentions légales
footer|Protection des données
footer|Déclaration d'accessibilité
cookie|Paramètres de confidentialité
copyright|© 2026 Rheinwelle
"""),
 dict(id="substack-newsletter-style-1", site="substack-newsletter-style", lang="en", sep="\n", title="The Eurobond wall is back, and this time the exits are narrower", date="2026-02-09", page="""
menu|Frontier Ledger
subscribe|Subscribe
account|Sign in
app|Open in app
h1|The Eurobond wall is back, and this time the exits are narrower
lead|Seven sub-Saharan sovereigns face $11bn of maturities by mid-2027. Markets reopened last year. That is not the same thing as being safe.
byline|Daniel Okafor-Reyes
dateline|Feb 09, 2026
like|148
comments|23
share|11
share|Share
listen|Listen
listen|0:00
listen|-14:32
listen|Audio playback is not supported on your browser. Please upgrade.
p|Hi all, and welcome to the forty or so new subscribers who found their way here after last week's piece on Kenya's buyback. A housekeeping note before we start: the quarterly data pack goes out to paid subscribers on Thursday.
p|Today I want to come back to something I flagged in October and that has quietly got worse since: the refinancing calendar for frontier African issuers.
h2|The short version
li|Between now and June 2027, seven sub-Saharan governments have roughly $11bn of Eurobond principal coming due.
li|Most of them issued when US rates were near zero. Replacing that paper today costs them 300 to 500 basis points more.
li|Last year's reopening of the market was real, but it was driven by a handful of names and by liability management, not fresh money.
li|The exits that saved countries in 2023 and 2024, multilateral bridge loans and bilateral swaps, are less available now.
h2|What changed since October
p|When I wrote the first piece, the consensus was comfortable. Spreads had compressed, Nigeria and Kenya had both issued successfully, and the talk on every investor call was about "the return of Africa". I was not convinced then, and I am less convinced now.
p|Three things have moved. First, the dollar has stopped weakening. Second, the Fund's lending capacity is stretched by two very large programmes elsewhere. Third, and this is the one I keep coming back to, domestic debt markets in several of these countries are already saturated, so governments cannot simply roll external debt into local currency without pushing local yields even higher.
caption|Chart 1: Eurobond principal due, by country and half-year, $bn. Source: Bloomberg, author's calculations.
p|Look at the shape of that chart. The wall is not one wall. It is a sequence of smaller ones, which sounds better until you realise it means the market has to say yes seven times in eighteen months.
subscribe|Thanks for reading Frontier Ledger! Subscribe for free to receive new posts and support my work.
subscribe|Type your email...
subscribe|Subscribe
h2|Who is most exposed
p|I rank exposure on three things: the size of the maturity relative to reserves, the share of revenue already going to interest, and whether there is a programme with the Fund in place that a buyer can lean on.
p|On that basis the two names I would watch most closely are the ones that look calm on a spread screen today. Their bonds trade well because investors assume an official-sector backstop. I think that assumption deserves more scrutiny than it gets.1
p|The better-placed issuers are, somewhat counterintuitively, the ones that went through restructuring. Their near-term maturities have been pushed out, and what is left is small.
h2|What I would watch
p|Over the next quarter I will be tracking the calendar of Fund board reviews, any new syndicated loans backed by export credit agencies, and, above all, whether anyone attempts a plain-vanilla ten-year deal without a guarantee. If that first print comes in above 10%, the rest of the queue will notice.
p|As always, none of this is a prediction of default. It is a prediction of expense. Countries will pay, but they will pay with schools and roads.
p|Until next week,
signature|Daniel
p|1 For the avoidance of doubt: I hold no positions in any of the bonds mentioned in this post.
subscribe|Subscribe to Frontier Ledger
subscribe|By Daniel Okafor-Reyes · Launched 3 years ago
subscribe|Debt, currencies and the politics of money in emerging and frontier markets. Written by a former sovereign analyst.
like|148 Likes
like|∙
share|11 Restacks
share|Share
comments|Discussion about this post
comments|Comments
comments|Restacks
comments|Write a comment...
comments|Priya N.
comments|Feb 9
comments|Liked by Daniel Okafor-Reyes
comments|Great piece. Do you count the Afreximbank facilities as official sector here or as market funding?
comments|Reply
comments|Share
comments|Tomás Herrera
comments|Feb 10
comments|The domestic market point is underrated. Nobody on the sell side wants to talk about it.
comments|2 replies
comments|21 more comments...
related|Top
related|Latest
related|Discussion
related|Kenya's buyback, read closely
related|What the fine print of last month's deal tells us about who really got paid first.
related|Feb 2
related|Daniel Okafor-Reyes
related|The naira is calm. Here is why I'm not.
related|Jan 26
related|See all
subscribe|Ready for more?
subscribe|Type your email...
subscribe|Subscribe
copyright|© 2026 Daniel Okafor-Reyes
footer|Privacy ∙ Terms ∙ Collection notice
footer|Start writing
app|Get the app
footer|Pubstack is the home for great culture
"""),
 dict(id="substack-newsletter-style-2", site="substack-newsletter-style", lang="en", sep="\n", title="Copper at $12,000: who actually gets paid in the Copperbelt", date="2026-01-13", page="""
menu|The Pit and the Port
subscribe|Subscribe
account|Sign in
app|Open in app
h1|Copper at $12,000: who actually gets paid in the Copperbelt
lead|Record prices are a windfall on paper. In Zambia and the DRC, the money takes a longer and leakier road than the headlines suggest.
byline|Hélène Marchetti
byline|and
byline|Joseph Mwansa
dateline|Jan 13, 2026
paywall|∙ Paid
like|92
comments|14
share|6
share|Share
p|Copper closed above $12,000 a tonne in London last week for the first time. If you work anywhere near the metal, your inbox filled up with some version of the same question: is this finally the moment the Copperbelt gets rich?
p|Joseph and I spent most of December travelling between Solwezi, Kitwe and Kolwezi, and our honest answer is: some people, yes. Governments, less than you would think. Most households, not yet.
p|This post is the first of two. Today we follow the money from the mine gate to the treasury. Next week, the paid-only piece, we look at what is happening to wages and to the informal miners who are not in anyone's statistics.
caption|Trucks queue at the Kasumbalesa border crossing between Zambia and the DRC, December 2025. Photo: Joseph Mwansa
h2|1. The price you see is not the price they get
p|The London price is a benchmark. What a mine in Kolwezi actually receives is that price minus a long list of deductions: transport to Durban or Dar es Salaam, treatment charges if the output is concentrate rather than cathode, and discounts negotiated with traders who often prefinanced the mine years ago.
p|One finance director at a mid-sized Zambian operation, who agreed to talk on condition we did not name the company, put the gap at "somewhere between 12 and 18 percent in a normal month, more when the border is jammed". In the week we visited, the queue at Kasumbalesa was nine days long.
h2|2. The state's share arrives late
p|Both countries have sliding-scale royalties that rise with the price. That part works as designed. The trouble is corporate income tax, which is where the real windfall should land. Most of the large operators are still deducting capital spending from expansions completed in 2022 to 2024, so their taxable profit will lag the price by at least a year or two.
p|Zambia's finance ministry told us it expects mining revenue to rise by about a third this year. Our own, rougher estimate is lower, for three reasons:
li|accelerated depreciation on recent expansions;
li|transfer pricing on sales to related trading companies, which the revenue authority is auditing but has not yet settled;
li|and the VAT refunds owed to exporters, which the treasury has been slow to pay and will now have to clear.
subscribe|The Pit and the Port is a reader-supported publication. To receive new posts and support our work, consider becoming a free or paid subscriber.
subscribe|Type your email...
subscribe|Subscribe
h2|3. Where the money leaks
p|The biggest leak is not corruption in the cinematic sense. It is the distance between the mine and the district.
p|In Solwezi, the local council receives a share of the mineral royalty through a formula that was designed when prices were half what they are now. The mayor's office showed us a budget in which the line for road maintenance was smaller than the line for the council's vehicle fleet. "We see the trucks every day," a councillor said. "We do not see the money."
paywall|This post is for paid subscribers
paywall|Keep reading with a 7-day free trial
paywall|Subscribe to The Pit and the Port to keep reading this post and get 7 days of free access to the full post archives.
paywall|Start trial
paywall|Already a paid subscriber? Sign in
like|92 Likes
share|6 Restacks
comments|Discussion about this post
comments|Comments
comments|Restacks
comments|This discussion is only available to paid subscribers.
related|Top
related|Latest
related|Discussion
related|Cobalt's quota year: the numbers so far
related|Dec 16, 2025
related|Hélène Marchetti
related|Lobito in practice: a rail line, one year on
related|Nov 28, 2025
related|Hélène Marchetti and Joseph Mwansa
related|See all
subscribe|Ready for more?
subscribe|Type your email...
subscribe|Subscribe
copyright|© 2026 Hélène Marchetti
footer|Privacy ∙ Terms ∙ Collection notice
footer|Start writing
app|Get the app
footer|Pubstack is the home for great culture
"""),
 dict(id="fraternite-matin-style-1", site="fraternite-matin-style", lang="fr", sep="\n", title="Campagne intermédiaire 2026 : le prix bord champ du cacao maintenu à 2 800 FCFA le kilogramme", date="2026-03-31", page="""
timestamp|Mardi 31 mars 2026
weather|Abidjan 32°C
account|Connexion
subscribe|Abonnez-vous
epaper|Lire le journal du jour
menu|SOLIDARITÉ MATIN
menu|Le quotidien de référence de Côte d'Ivoire depuis 1964
social|f X in ▶
search|Rechercher...
menu|ACCUEIL
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|RÉGIONS
menu|SPORTS
menu|CULTURE
menu|INTERNATIONAL
menu|OPINIONS
menu|SM+
breaking|FLASH INFO
breaking|Bac 2026 : les épreuves écrites fixées au 9 juin
breaking|Trafic perturbé sur le pont Henri Konan Bédié ce mercredi
breaking|CAN U20 : les Éléphanteaux en demi-finale
ticker|BRVM Composite 318,42 ▲ 0,61 %
ticker|BRVM 30 158,07 ▲ 0,44 %
breadcrumb|Accueil / Économie / Agriculture
section-label|AGRICULTURE
h1|Campagne intermédiaire 2026 : le prix bord champ du cacao maintenu à 2 800 FCFA le kilogramme
byline|Par KONAN ÉLISABETH
dateline|Publié le 31/03/2026 à 13h22
dateline|Mis à jour le 31/03/2026 à 16h05
reading-time|Lecture 4 min.
views|1 932 vues
share|Partager :
share|Facebook
share|X
share|LinkedIn
share|WhatsApp
share|Imprimer
caption|Le porte-parole du gouvernement a fait le point à l'issue du Conseil des ministres. (Ph : Sébastien Kouassi)
lead|Le Conseil des ministres réuni ce mardi au palais de la Présidence de la République, au Plateau, a arrêté les prix applicables à la campagne intermédiaire de commercialisation du cacao qui s'ouvre le 1er avril 2026.
p|Les producteurs de cacao continueront de percevoir 2 800 FCFA par kilogramme pour la campagne intermédiaire 2025-2026. C'est ce qu'a annoncé le porte-parole du gouvernement, à l'issue du Conseil des ministres tenu ce mardi 31 mars 2026.
p|Ce prix, identique à celui de la campagne principale ouverte en octobre 2025, traduit selon le gouvernement « la volonté du Chef de l'État de préserver le revenu des producteurs malgré le repli des cours sur le marché international ». Depuis le pic historique atteint fin 2024, les prix à Londres et à New York ont en effet reculé de près de 40 %.
p|Le prix bord champ du café a, quant à lui, été fixé à 1 600 FCFA le kilogramme pour le café cerise, soit une hausse de 100 FCFA par rapport à la campagne précédente.
ad|PUBLICITÉ
ad|ORANGE MONEY - Envoyez de l'argent partout en Côte d'Ivoire à 0 F ! Composez #144#
read-also|LIRE AUSSI : Filière anacarde : le prix plancher fixé à 425 FCFA
h2|Un fonds de réserve mobilisé
p|Pour tenir ce prix, l'État s'appuiera sur le Fonds de réserve de la filière, alimenté lors des campagnes où les cours mondiaux étaient élevés. Le ministre de l'Agriculture a précisé qu'une partie importante de la récolte intermédiaire avait déjà été vendue par anticipation, ce qui limite les risques pour les finances publiques.
p|« Aucun producteur ne doit vendre en dessous du prix officiel. Les sanctions prévues par la réglementation seront appliquées dans toute leur rigueur », a prévenu le ministre, appelant les préfets et les délégués régionaux du Conseil café-cacao à multiplier les contrôles sur les marchés ruraux.
p|Le gouvernement a également annoncé les mesures d'accompagnement suivantes :
li|le renforcement de la distribution gratuite de plants améliorés et d'engrais aux producteurs ;
li|la poursuite de l'enrôlement des producteurs dans le système de traçabilité et la délivrance de la carte du producteur ;
li|la lutte contre la fuite des fèves vers les pays voisins, avec le déploiement de brigades mixtes aux frontières ;
li|le paiement des primes de qualité aux coopératives certifiées avant le 30 juin.
h2|Satisfaction mitigée chez les producteurs
p|Joint au téléphone à Soubré, dans la région de la Nawa, le président d'une coopérative de la localité a salué « une décision sage dans un contexte difficile ». Il a toutefois souhaité que les acheteurs respectent effectivement le prix fixé. « Chaque année, dans certains campements, on propose 2 000 francs aux paysans qui n'ont pas le choix », a-t-il déploré.
p|La campagne intermédiaire représente généralement entre 20 et 25 % de la production annuelle de cacao de la Côte d'Ivoire, premier producteur mondial avec près de deux millions de tonnes par an.
p|Le Conseil des ministres a par ailleurs adopté un décret portant organisation de la commercialisation intérieure de l'anacarde et plusieurs mesures individuelles.
tags|Mots-clés :
tags|Cacao
tags|Conseil des ministres
tags|Agriculture
tags|Prix bord champ
whatsapp|Suivez Solidarité Matin sur WhatsApp
comments|0 Commentaire
comments|Laisser un commentaire
comments|Vous devez être connecté pour publier un commentaire.
related|ARTICLES SIMILAIRES
related|Conseil café-cacao : 42 coopératives suspendues pour non-respect du prix
related|28 mars 2026
related|Hévéa : les planteurs réclament un prix plancher
related|25 mars 2026
related|Transformation locale : une nouvelle usine de broyage à San-Pédro
related|19 mars 2026
epaper|KIOSQUE
epaper|Solidarité Matin N°17 842 du mardi 31 mars 2026
epaper|Feuilleter l'édition
most-read|LES PLUS LUS
most-read|Recrutement à la Fonction publique : les résultats du concours de l'ENA disponibles
most-read|Abidjan : la circulation déviée sur le boulevard Latrille pour trois mois
most-read|Ligue 1 : l'ASEC Mimosas reprend la tête du championnat
most-read|Santé : la campagne de vaccination contre la rougeole étendue à 14 districts
newsletter|NEWSLETTER
newsletter|Recevez l'essentiel de l'actualité ivoirienne chaque matin.
newsletter|Votre e-mail
newsletter|Je m'abonne
footer|SOLIDARITÉ MATIN
footer|Société Nouvelle de Presse et d'Édition de Côte d'Ivoire
footer|Boulevard du Général de Gaulle, Adjamé - 01 BP 1807 Abidjan 01
footer|Tél. : (+225) 27 20 37 06 66
footer|Qui sommes-nous ?
footer|Nos publications
footer|Publicité
footer|Abonnements
footer|Contact
footer|Mentions légales
copyright|© Copyright 2026 - Solidarité Matin. Tous droits réservés.
cookie|Ce site utilise des cookies pour améliorer votre expérience. Accepter Refuser En savoir plus
back-to-top|▲
"""),
 dict(id="fraternite-matin-style-2", site="fraternite-matin-style", lang="fr", sep="\n", title="Korhogo : le CHR se dote d'un centre d'hémodialyse de 24 postes", date="2026-02-05", page="""
timestamp|Jeudi 5 février 2026
weather|Abidjan 30°C
account|Connexion
subscribe|Abonnez-vous
epaper|Lire le journal du jour
menu|SOLIDARITÉ MATIN
menu|Le quotidien de référence de Côte d'Ivoire depuis 1964
social|f X in ▶
search|Rechercher...
menu|ACCUEIL
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|RÉGIONS
menu|SPORTS
menu|CULTURE
menu|INTERNATIONAL
menu|OPINIONS
menu|SM+
breaking|FLASH INFO
breaking|Législatives partielles : la CEI publie le calendrier
breaking|Éducation : grève des enseignants du privé suspendue
breaking|Météo : harmattan persistant dans le Nord jusqu'à dimanche
ticker|BRVM Composite 302,15 ▼ 0,22 %
ticker|BRVM 30 150,93 ▼ 0,18 %
breadcrumb|Accueil / Régions / Poro
section-label|RÉGIONS
h1|Korhogo : le CHR se dote d'un centre d'hémodialyse de 24 postes
byline|Par SORO DRISSA
byline|Correspondant régional
dateline|Publié le 05/02/2026 à 09h47
reading-time|Lecture 3 min.
views|846 vues
share|Partager :
share|Facebook
share|X
share|LinkedIn
share|WhatsApp
share|Imprimer
caption|Le ministre de la Santé (au centre) visitant la salle de dialyse en compagnie des autorités préfectorales et du corps médical.
credit|(Ph : Soro Drissa)
dateline|Korhogo, 4 février 2026
p|Les patients souffrant d'insuffisance rénale dans le Grand Nord n'auront plus à parcourir plus de 600 kilomètres pour se faire soigner à Abidjan ou à Bouaké. Le nouveau centre d'hémodialyse du Centre hospitalier régional (CHR) de Korhogo a été inauguré le mercredi 4 février 2026 par le ministre de la Santé, de l'Hygiène publique et de la Couverture maladie universelle.
p|D'un coût de 3,2 milliards de FCFA, entièrement financé par l'État, l'établissement compte 24 postes de dialyse, une unité de traitement d'eau, une salle de consultation néphrologique et un laboratoire. Il peut prendre en charge jusqu'à 140 patients par semaine.
p|« C'est la concrétisation d'une promesse faite aux populations du Poro et des régions voisines. La santé de proximité n'est pas un slogan, c'est une réalité que nous construisons chaque jour », a déclaré le ministre devant les autorités administratives, coutumières et religieuses.
ad|PUBLICITÉ
ad|MTN MoMo - Payez vos factures CIE et SODECI sans vous déplacer
h2|Fin d'un long calvaire
p|Pour de nombreux malades, l'ouverture de ce centre met fin à un long calvaire. Jusqu'ici, les patients du Nord devaient s'installer pendant des mois chez des parents à Abidjan ou à Bouaké pour suivre leurs séances, trois fois par semaine.
p|Dame Yéo Mariam, 47 ans, dialysée depuis deux ans, n'a pas caché son émotion. « J'ai dû laisser mes enfants à Korhogo pour aller vivre à Yopougon. Aujourd'hui, je vais pouvoir rentrer chez moi », a-t-elle confié, les larmes aux yeux.
read-also|LIRE AUSSI : CMU : plus de 4 millions d'assurés ont déjà bénéficié d'une prise en charge
p|Le directeur du CHR, le Dr Coulibaly Adama, a indiqué que six néphrologues et une trentaine d'infirmiers spécialisés ont été affectés au centre. Il a plaidé pour le renforcement des effectifs afin de permettre un fonctionnement en continu.
h2|Les séances prises en charge
p|Le ministre a rappelé que les séances d'hémodialyse sont gratuites dans les établissements publics et que les consommables sont pris en charge par l'État. Il a invité les populations à se faire dépister tôt, l'hypertension artérielle et le diabète étant les premières causes d'insuffisance rénale en Côte d'Ivoire.
p|Le président du Conseil régional du Poro a, pour sa part, annoncé la construction d'un foyer d'accueil de 40 chambres pour les accompagnants des malades venus des départements éloignés.
p|Après Korhogo, des centres similaires devraient ouvrir cette année à Odienné, Man et Abengourou, selon le ministère.
signature|SORO DRISSA
signature|Correspondant régional à Korhogo
tags|Mots-clés :
tags|Korhogo
tags|Santé
tags|CHR
tags|Dialyse
whatsapp|Suivez Solidarité Matin sur WhatsApp
comments|2 Commentaires
comments|Kouadio Serge
comments|05/02/2026 à 11h14
comments|Merci au gouvernement. Il faut penser aussi à Ferké.
comments|Répondre
comments|Laisser un commentaire
comments|Vous devez être connecté pour publier un commentaire.
related|ARTICLES SIMILAIRES
related|Boundiali : 300 élèves bénéficient de kits scolaires
related|3 février 2026
related|Ferkessédougou : le marché de gros bientôt opérationnel
related|1 février 2026
related|Poro : les chefs traditionnels s'engagent contre les feux de brousse
related|30 janvier 2026
epaper|KIOSQUE
epaper|Solidarité Matin N°17 795 du jeudi 5 février 2026
epaper|Feuilleter l'édition
most-read|LES PLUS LUS
most-read|Concours directs 2026 : le calendrier des inscriptions publié
most-read|Yamoussoukro : un incendie ravage une partie du grand marché
most-read|Éléphants : le sélectionneur publie sa liste pour les matchs amicaux de mars
teaser-list|Korhogo : le CHR se dote d'un centre d'hémodialyse de 24 postes
newsletter|NEWSLETTER
newsletter|Recevez l'essentiel de l'actualité ivoirienne chaque matin.
newsletter|Votre e-mail
newsletter|Je m'abonne
footer|SOLIDARITÉ MATIN
footer|Société Nouvelle de Presse et d'Édition de Côte d'Ivoire
footer|Boulevard du Général de Gaulle, Adjamé - 01 BP 1807 Abidjan 01
footer|Tél. : (+225) 27 20 37 06 66
footer|Qui sommes-nous ?
footer|Nos publications
footer|Publicité
footer|Abonnements
footer|Contact
footer|Mentions légales
copyright|© Copyright 2026 - Solidarité Matin. Tous droits réservés.
cookie|Ce site utilise des cookies pour améliorer votre expérience. Accepter Refuser En savoir plus
back-to-top|▲
"""),
 dict(id="africanews-english-style-1", site="africanews-english-style", lang="en", sep="\n", title="Malawi: fuel queues return as foreign currency shortage deepens", date="2026-02-18", page="""
skip-link|Skip to main content
menu|afrovision
menu|AfroVision News
lang-switch|English
lang-switch|Français
watch|Live
menu|News
menu|Business
menu|Sport
menu|Culture
menu|Science & Technology
menu|Travel
menu|Programs
menu|Video
menu|More
search|Search
watch|Watch live
newsletter|Newsletter
breaking|Breaking news
breaking|Sudan: RSF claims capture of key town in North Kordofan
section-label|Malawi
h1|Malawi: fuel queues return as foreign currency shortage deepens
byline|AfroVision
byline|with AP
dateline|Last updated: 18/02 - 14:37
share|Share this article
share|Facebook
share|Twitter
share|Flipboard
share|Send
share|Reddit
share|Linkedin
share|Messenger
share|Telegram
share|VK
share|Whatsapp
share|Close Button
video|Copyright © AfroVision
credit|Thoko Chikondi/Copyright 2026 The AP. All rights reserved
caption|Motorists wait to buy fuel at a filling station in Lilongwe, Malawi, Tuesday, Feb. 17, 2026.
comments|Comments
video|Go to video
p|Long queues have returned to filling stations across Malawi, as a deepening shortage of foreign currency leaves importers unable to pay for fuel shipments.
p|In the capital, Lilongwe, and the commercial hub of Blantyre, motorists and minibus drivers said on Wednesday they had waited overnight, some for more than 12 hours, only to be told that stations had run dry.
p|"I slept here in my car. In the morning they said maybe tomorrow," said Chikondi Banda, a minibus driver in Lilongwe. "If I don't drive, I don't eat. My family doesn't eat."
p|The Malawi Energy Regulatory Authority said stocks were enough for about five days of normal consumption and blamed delays in securing dollars to pay suppliers. The state-owned National Oil Company of Malawi said a cargo was expected at the port of Beira in Mozambique later this week.
ad|Advertisement
h2|Currency under pressure
p|Malawi, one of the world's poorest countries, relies heavily on tobacco exports for foreign exchange. A smaller crop last season and weak prices at auction have reduced inflows, while demand for imports of fuel, fertiliser and medicines has remained high.
p|The central bank has kept the official exchange rate largely unchanged for months, but on the parallel market the kwacha trades at nearly twice the official level, economists say. That gap makes it hard for businesses to obtain dollars through formal channels.
p|Finance ministry officials have said talks with the International Monetary Fund on a new support programme are continuing. The previous arrangement lapsed last year after reviews stalled.
p|The shortage has quickly spread to other parts of the economy. Transport fares in Blantyre have risen by as much as 50% in a week, and some private schools have asked parents to arrange their children's transport.
h2|Farmers worry about harvest season
p|Farmers' groups warn that a prolonged shortage could disrupt the movement of crops to markets when the maize harvest begins in April.
p|"Last time, trucks were stuck for weeks and the maize rotted," said Grace Phiri, who leads a farmers' association in Kasungu district.
p|Opposition lawmakers have called for an emergency session of parliament to discuss the crisis. The government has appealed for calm and urged people not to hoard fuel in containers, which it said was dangerous and illegal.
signature|AP
tags|Malawi
tags|Fuel
tags|Economy
tags|Foreign exchange
related|More about
related|Malawi
related|Economy
share|Share this article
comments|Comments
read-more|Next article
read-more|Zambia: Hichilema unveils new mining tax incentives
teaser-list|Editors' Picks
teaser-list|Egypt opens Grand Museum's new wing to tourists
teaser-list|Kenya: anger as court upholds new finance law
teaser-list|Nigeria: Lagos blue line rail extension begins trial runs
teaser-list|South Africa: Cape Town water reserves at five-year high
most-read|Most Read
most-read|DRC: thousands flee as fighting intensifies in South Kivu
most-read|Cameroon: opposition leader released on bail
most-read|Ghana: cedi hits two-year high against dollar
schedule|AfroVision Live
schedule|Now: AfroVision Morning Call
schedule|Next: Business Africa 09:30 GMT
app|Download our app
app|App Store
app|Google Play
footer|About AfroVision
footer|Contact
footer|Advertise
footer|Terms and conditions
footer|Privacy policy
cookie|Cookie policy
cookie|Cookie settings
footer|Jobs
footer|Follow us
social|Facebook X YouTube Instagram TikTok
network|An EuroLine Group channel
copyright|Copyright © AfroVision 2026 - All rights reserved
cookie|We value your privacy. We and our partners store and/or access information on a device, such as cookies, and process personal data. Manage preferences Accept all
"""),
 dict(id="africanews-english-style-2", site="africanews-english-style", lang="en", sep="\n", title="Dak'Art 2026 opens with young diaspora artists in the spotlight", date="2026-05-08", page="""
skip-link|Skip to main content
menu|afrovision
menu|AfroVision News
lang-switch|English
lang-switch|Français
watch|Live
menu|News
menu|Business
menu|Sport
menu|Culture
menu|Science & Technology
menu|Travel
menu|Programs
menu|Video
menu|More
search|Search
watch|Watch live
newsletter|Newsletter
section-label|Senegal
h1|Dak'Art 2026 opens with young diaspora artists in the spotlight
byline|Rokhaya Ndiaye
byline|AfroVision
dateline|Last updated: 08/05 - 19:02
share|Share this article
share|Facebook
share|Twitter
share|Flipboard
share|Send
share|Reddit
share|Linkedin
share|Messenger
share|Telegram
share|VK
share|Whatsapp
share|Close Button
video|Copyright © AfroVision
credit|AfroVision
comments|Comments
video|Go to video
p|The Dakar Biennale of Contemporary African Art opened on Thursday in the Senegalese capital, with organisers putting young artists from the African diaspora at the centre of its 16th edition.
p|More than 70 artists from 28 countries are taking part in the main exhibition, housed this year in the former Palace of Justice on the Cap Manuel peninsula, a colonial-era building that has become one of the biennale's signature venues.
p|The curators said nearly half of the selected artists were under 35, and a third were born or raised outside Africa, in cities such as Paris, London, Salvador de Bahia and Houston.
p|"We wanted to ask what Africa looks like from the outside looking in, and from the inside looking out," the artistic director told journalists at the opening. "These artists carry two addresses. Their work carries both."
h2|Painting, video and textile
p|Visitors on opening day moved between large-scale paintings, video installations and textile works. Among the most photographed pieces was a hanging installation of hundreds of recycled fishing nets by a Senegalese-French artist, evoking the dangerous sea crossings made by young people from the coast.
p|A Nigerian-British filmmaker presented a three-screen video about her grandmother's village in Enugu state, shot over five years. A Ghanaian painter living in Chicago showed a series of portraits of barbers and hairdressers from Accra and the South Side.
ad|Advertisement
p|Beyond the official programme, more than 300 independent "Off" exhibitions are spread across Dakar and other cities, including Saint-Louis, Thiès and Ziguinchor, in galleries, cafés, family homes and even on the walls of fishermen's districts.
h2|Money and markets
p|The biennale also remains a key moment for the African art market. Collectors and gallery owners from Europe, the United States and the Gulf have travelled to Dakar, and several artists said they hoped the event would lead to sales and residencies.
p|But some participants raised concerns about funding. "The state has supported us, but many young artists paid their own flights and transport of their works," said Moustapha Diallo, a painter from Rufisque exhibiting in the Off programme. "Visibility is good. We also need to live."
p|Senegal's culture ministry said the budget for this edition had been increased and that a new fund would help young artists attend international fairs.
p|The biennale runs until June 7.
tags|Senegal
tags|Art
tags|Culture
tags|Dakar
related|More about
related|Senegal
related|Culture
share|Share this article
comments|Comments
read-more|Next article
read-more|Nigeria: Afrobeats star announces stadium tour across the continent
teaser-list|Editors' Picks
teaser-list|Morocco: Marrakech film festival unveils jury
teaser-list|Ethiopia: coffee exports reach record high
teaser-list|Uganda: Kampala hosts first African fashion week of the year
teaser-list|Tunisia: ancient mosaic discovered near Sousse
most-read|Most Read
most-read|Chad: flooding forces evacuation of N'Djamena neighbourhoods
most-read|Senegal: parliament adopts new media code
most-read|Kenya: Nairobi expressway tolls to rise in July
schedule|AfroVision Live
schedule|Now: This is Culture
schedule|Next: AfroVision Evening 18:00 GMT
app|Download our app
app|App Store
app|Google Play
footer|About AfroVision
footer|Contact
footer|Advertise
footer|Terms and conditions
footer|Privacy policy
cookie|Cookie policy
cookie|Cookie settings
footer|Jobs
footer|Follow us
social|Facebook X YouTube Instagram TikTok
network|An EuroLine Group channel
copyright|Copyright © AfroVision 2026 - All rights reserved
cookie|We value your privacy. We and our partners store and/or access information on a device, such as cookies, and process personal data. Manage preferences Accept all
"""),
]
