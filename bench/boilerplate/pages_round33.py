# Round 33: eight pages on four more layouts (a Beninese daily, a Scottish national daily, a French south-west
# regional daily with local editions, a Zambian national news portal), written blind: without looking at the
# classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND33 = [
 dict(id="benin-quotidien-1", site="benin-quotidien", lang="fr", sep="\n", title="Dantokpa : le prix du maïs grimpe à l’approche de la période de soudure", date="2026-03-12", page="""
timestamp|jeudi 12 mars 2026
ticker|À LA UNE
ticker|Bac 2026 : le calendrier des épreuves écrites publié ::: Port de Cotonou : un nouveau portique mis en service ::: Ligue 1 : les Dragons de l’Ouémé reprennent la tête
social|Facebook  X  YouTube  TikTok  WhatsApp
menu|L’HORIZON BÉNINOIS
tagline|Le quotidien de l’information vérifiée
menu|Accueil
menu|Politique
menu|Économie
menu|Société
menu|Départements
menu|Sports
menu|Culture
menu|International
menu|Annonces
search|Rechercher
ad|PUBLICITÉ
ad|OUÉMÉ FINANCE – Crédit rentrée scolaire à taux réduit. Rendez-vous dans l’une de nos 24 agences.
breadcrumb|Accueil » Économie » Agriculture
section-label|ÉCONOMIE
h1|Dantokpa : le prix du maïs grimpe à l’approche de la période de soudure
byline|Par Gérard AKPOVI
dateline|12 mars 2026
comments|0 commentaire
views|1 204 vues
reading-time|Temps de lecture : 3 minutes
share|Facebook
share|X
share|WhatsApp
share|Telegram
share|Imprimer
lead|Au grand marché Dantokpa de Cotonou, le bol de maïs se vend désormais jusqu’à 1 100 francs CFA, contre 750 francs il y a trois mois. Commerçantes et ménagères redoutent une flambée plus forte d’ici au mois de mai.
p|Mercredi matin, sous les hangars du secteur des céréales, les sacs de maïs jaune et blanc s’alignent comme d’habitude. Mais les acheteurs, eux, se font plus rares. « Les gens demandent le prix, ils repartent, ils reviennent à midi avec moins d’argent », résume Dah Houéfa, grossiste depuis vingt ans.
p|Selon les relevés effectués par plusieurs commerçantes, le sac de 100 kilos est passé en trois mois de 24 000 à 33 000 francs CFA. Le bol, unité de mesure de la plupart des ménages, a suivi le même chemin.
alt-text|Étal de maïs
caption|Un étal de maïs au secteur des céréales de Dantokpa, mercredi 11 mars 2026.
credit|Photo : L’Horizon Béninois / G. A.
h2|Des stocks qui s’épuisent
p|Les grossistes expliquent la hausse par l’épuisement progressif des stocks de la dernière récolte, plus tôt que d’ordinaire. Les pluies irrégulières de l’an dernier dans le Zou et les Collines ont réduit les quantités disponibles.
p|À cela s’ajoutent les achats de négociants venus des pays voisins, qui paient comptant et à meilleur prix. « Les camions chargent à Glazoué et partent directement vers la frontière », affirme un transporteur rencontré au parking du marché.
related|Lire aussi : Campagne agricole 2025-2026 : les producteurs du Zou réclament des semences améliorées
p|Les ménages ajustent déjà leurs habitudes. Plusieurs mères de famille disent remplacer une partie du maïs par du gari ou réduire les portions de pâte au dîner.
ad|Publicité
whatsapp|📲 Rejoignez la chaîne WhatsApp de L’Horizon Béninois pour recevoir l’essentiel de l’actualité en temps réel.
h2|Les commerçantes appellent à des mesures
p|L’association des revendeuses de céréales de Dantokpa demande la mise sur le marché d’une partie des stocks publics, comme cela avait été fait lors de la soudure de 2024.
p|Contacté, un responsable de la direction départementale du commerce du Littoral indique qu’une mission de contrôle des prix est prévue dans les prochains jours sur les principaux marchés de Cotonou et d’Abomey-Calavi.
p|En attendant, Dah Houéfa ne se fait pas d’illusion : « Tant que la nouvelle récolte n’arrive pas, en juillet, le prix ne va pas descendre. »
signature|Gérard AKPOVI
tags|Mots-clés :
tags|Cotonou
tags|Dantokpa
tags|maïs
tags|prix des denrées
tags|soudure
share|Partager cet article :
share|Facebook  X  WhatsApp  LinkedIn  E-mail
follow|Suivez L’Horizon Béninois sur Google Actualités
nav|Article précédent
nav|Assemblée nationale : la session extraordinaire convoquée pour le 17 mars
nav|Article suivant
nav|Porto-Novo : les travaux du marché Ouando entrent dans leur dernière phase
related|VOUS AIMEREZ AUSSI
related|Coton : la SODECO annonce le paiement de la deuxième tranche aux producteurs
related|11 mars 2026
related|Glazoué : un nouveau magasin de stockage pour les coopératives de soja
related|9 mars 2026
related|Huile rouge : les transformatrices d’Adjohoun plaident pour un label
related|7 mars 2026
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Site web
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Laisser un commentaire
most-read|LES PLUS LUS
most-read|1
most-read|Concours de recrutement d’enseignants : la liste des admis disponible
most-read|2
most-read|Route des pêches : la circulation déviée à partir de lundi
most-read|3
most-read|Football : le sélectionneur dévoile une liste de 26 joueurs
newsletter|Newsletter
newsletter|Recevez chaque matin la revue de l’actualité béninoise. Votre e-mail
newsletter|S’inscrire
footer|L’HORIZON BÉNINOIS
footer|Quotidien d’information générale – Récépissé de déclaration HAAC n° 0417/HAAC/2012
footer|Siège : Gbégamey, rue 1234, Cotonou – Tél. : +229 01 21 00 00 00 – redaction@horizonbeninois.bj
footer|Qui sommes-nous ?  Nous contacter  Publicité  Mentions légales  Politique de confidentialité
copyright|© 2026 L’Horizon Béninois – Tous droits réservés. Reproduction interdite sans autorisation.
cookie|Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site. Si vous continuez à utiliser ce dernier, nous considérerons que vous acceptez l’utilisation des cookies.
cookie|Ok
cookie|Politique de confidentialité
back-to-top|↑
"""),
 dict(id="benin-quotidien-2", site="benin-quotidien", lang="fr", sep="\n", title="Parakou : une nouvelle station de traitement d’eau pour les quartiers périphériques", date="2026-04-02", page="""
timestamp|jeudi 2 avril 2026
ticker|À LA UNE
ticker|Conseil des ministres du 1er avril : les principales décisions ::: Pâques : la police renforce les contrôles routiers ::: Basket : l’ASPAC qualifiée pour la phase finale
social|Facebook  X  YouTube  TikTok  WhatsApp
menu|L’HORIZON BÉNINOIS
tagline|Le quotidien de l’information vérifiée
menu|Accueil
menu|Politique
menu|Économie
menu|Société
menu|Départements
menu|Sports
menu|Culture
menu|International
menu|Annonces
search|Rechercher
ad|PUBLICITÉ
ad|Bénin Télécom Services : la fibre chez vous dès 15 000 FCFA par mois. Appelez le 01 90 00 00 00
breadcrumb|Accueil » Départements » Borgou
section-label|DÉPARTEMENTS
h1|Parakou : une nouvelle station de traitement d’eau pour les quartiers périphériques
byline|Par Rachidatou SÉIDOU, correspondante à Parakou
dateline|2 avril 2026
comments|2 commentaires
views|856 vues
reading-time|Temps de lecture : 4 minutes
share|Facebook
share|X
share|WhatsApp
share|Telegram
share|Imprimer
lead|Mise en service mardi, la station de Tourou doit porter la production d’eau potable de la ville de 18 000 à 30 000 mètres cubes par jour. Plusieurs quartiers de la périphérie attendaient le robinet depuis des années.
p|Le ministre de l’Eau et des Mines a procédé, mardi 31 mars, à la mise en service officielle de la station de traitement d’eau de Tourou, à la sortie nord de Parakou, en présence du préfet du Borgou et du maire de la ville.
p|L’ouvrage, construit en vingt-six mois, pompe l’eau de la retenue de l’Okpara, la traite puis l’envoie vers deux nouveaux châteaux d’eau de 2 000 mètres cubes chacun.
caption|Le ministre et les autorités locales visitant les filtres de la station de Tourou, mardi.
credit|© Photo : D.R.
h2|Huit quartiers raccordés
p|Dans une première phase, le réseau étendu desservira huit quartiers jusque-là mal alimentés :
li|Banikanni et Titirou ;
li|Guéma et Baka ;
li|Zongo-Zénon et Tranza ;
li|Ladjifarani et Okédama.
p|Près de 6 000 branchements sociaux seront réalisés d’ici à la fin de l’année, au tarif subventionné de 15 000 francs CFA, payables en trois fois.
ad|Publicité
related|Lire aussi : Borgou : 120 forages réhabilités dans les communes rurales
p|À Banikanni, la nouvelle est accueillie avec soulagement. « Je paie les bidons 50 francs chacun au forage du quartier, et en saison sèche il faut faire la queue dès 5 heures », raconte Mariama, vendeuse de bouillie.
p|Le maire de Parakou a appelé les habitants à éviter les branchements clandestins, qui « font perdre chaque année des millions de francs et de l’eau au réseau ».
h2|Une deuxième phase en 2027
p|Une seconde tranche de travaux, prévue pour 2027, doit étendre le réseau aux arrondissements ruraux de la commune. Le projet est financé par l’État et deux partenaires techniques et financiers pour un montant total de 41 milliards de francs CFA.
whatsapp|📲 Rejoignez la chaîne WhatsApp de L’Horizon Béninois pour recevoir l’essentiel de l’actualité en temps réel.
signature|Rachidatou SÉIDOU (Coll.)
tags|Mots-clés :
tags|Parakou
tags|eau potable
tags|Borgou
tags|Okpara
share|Partager cet article :
share|Facebook  X  WhatsApp  LinkedIn  E-mail
follow|Suivez L’Horizon Béninois sur Google Actualités
nav|Article précédent
nav|Djougou : la foire aux ignames reportée au mois de mai
nav|Article suivant
nav|Cotonou : les conducteurs de zémidjans appelés à renouveler leur gilet
related|VOUS AIMEREZ AUSSI
related|Natitingou : l’hôpital de zone reçoit un nouveau bloc opératoire
related|30 mars 2026
related|Kandi : les maraîchers formés à l’irrigation goutte-à-goutte
related|28 mars 2026
related|Nikki : préparatifs de la Gaani, les dates confirmées
related|27 mars 2026
comments|2 commentaires
comments|Koffi A.
comments|2 avril 2026 à 9 h 14 min
comments|Enfin ! À Okédama on attend ça depuis 2019. Pourvu que l’eau coule vraiment.
comments|Répondre
comments|Yacoubou
comments|2 avril 2026 à 11 h 02 min
comments|Et les quartiers de l’est alors ? Rien pour Amanwignon ?
comments|Répondre
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Site web
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Laisser un commentaire
most-read|LES PLUS LUS
most-read|1
most-read|Examens de fin d’année : les dates du CEP, du BEPC et du Bac
most-read|2
most-read|Pâques 2026 : le programme des célébrations à Ouidah
most-read|3
teaser-list|Parakou : une nouvelle station de traitement d’eau pour les quartiers périphériques
newsletter|Newsletter
newsletter|Recevez chaque matin la revue de l’actualité béninoise. Votre e-mail
newsletter|S’inscrire
footer|L’HORIZON BÉNINOIS
footer|Quotidien d’information générale – Récépissé de déclaration HAAC n° 0417/HAAC/2012
footer|Siège : Gbégamey, rue 1234, Cotonou – Tél. : +229 01 21 00 00 00 – redaction@horizonbeninois.bj
footer|Qui sommes-nous ?  Nous contacter  Publicité  Mentions légales  Politique de confidentialité
copyright|© 2026 L’Horizon Béninois – Tous droits réservés. Reproduction interdite sans autorisation.
cookie|Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site. Si vous continuez à utiliser ce dernier, nous considérerons que vous acceptez l’utilisation des cookies.
cookie|Ok
cookie|Politique de confidentialité
back-to-top|↑
"""),
 dict(id="scottish-herald-style-1", site="scottish-herald-style", lang="en", sep="\n\n", title="Island ferry passengers face weeks more disruption as dry-dock repairs overrun", date="2026-01-14", page="""
cookie|We value your privacy
cookie|We and our partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device, for personalised advertising and content, advertising and content measurement, audience research and services development.
cookie|MORE OPTIONS
cookie|AGREE
skip-link|Skip to content
menu|The Caledonian Herald
subscribe|Subscribe
login|Sign in
epaper|Today's paper
weather|Glasgow 4°C Sleet showers
menu|News
menu|Politics
menu|Sport
menu|Business
menu|Opinion
menu|Life & Style
menu|Arts
menu|Food & Drink
menu|Puzzles
menu|Notices
menu|Scottish News  UK News  World News  Crime & Courts  Health  Education  Transport  Environment
breadcrumb|News  >  Transport
h1|Island ferry passengers face weeks more disruption as dry-dock repairs overrun
lead|Islanders on two west coast routes will be without their regular vessel until at least the middle of February after engineers found more corrosion than expected.
byline|By Eilidh MacLeod
byline|Transport Correspondent
dateline|14 Jan 2026 at 5:58am
dateline|Updated 14 Jan 2026 at 11:20am
share|Share
comments|Comments
listen|Listen to this article
listen|00:00 / 04:36
listen|Audio generated by AI. Find out more
caption|The ferry has been in dry dock on the Clyde since the start of December
credit|(Image: Colin Baird/Newsquest)
p|Ferry passengers on two Hebridean routes have been told to expect several more weeks of disruption after repairs to one of the west coast's busiest vessels ran into difficulty.
p|The ship went into dry dock on the Clyde at the start of December for what was meant to be a five-week overhaul. Its return, originally planned for next Monday, has now been put back to February 16 at the earliest.
p|The operator said inspections had uncovered "significant additional steelwork" on the hull and around the vehicle deck, which must be completed before the vessel can be certified to sail again.
ad|Advertisement
p|A smaller relief ship will continue to cover the routes, but it carries fewer than half the cars and has no cabins, meaning some sailings will be fully booked days in advance.
related|Read more:
related|Council tax freeze ends as Glasgow sets 6% rise
related|Rail fares to rise by 3.8% from April, ScotRail confirms
h2|'We can't plan anything'
p|Business owners on the islands said the latest delay could hardly have come at a worse time, with haulage already backed up since the Christmas period.
p|Catriona MacInnes, who runs a bakery and shop, said: "We can't plan anything. I've had two deliveries of flour turned back in a fortnight because there was no space on the boat. People here are incredibly patient, but patience runs out."
p|The local ferry committee has asked for priority to be given to islanders, medical appointments and perishable goods during the period of reduced capacity.
ad|Advertisement
p|A Scottish Government spokesperson said ministers "fully understand the frustration" and had asked the operator to publish a weekly update on the repairs.
p|Opposition MSPs said the episode showed once again that the fleet was too old and too stretched. Six new vessels are due to enter service by 2029, but none will serve the affected routes before next winter.
p|The operator apologised to passengers and said anyone with an existing booking who could no longer travel would be offered a full refund.
paywall|Support quality local journalism – subscribe to The Caledonian Herald for just £1 for your first three months. Subscribe now
newsletter|Get the Morning Briefing
newsletter|The day's essential stories from Scotland and beyond, in your inbox every morning.
newsletter|Enter your email
newsletter|Sign up
newsletter|This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.
comments|Comments: Our rules
comments|We want our comments to be a lively and valuable part of our community - a place where readers can debate and engage with the most important local issues. The ability to comment on our stories is a privilege, not a right, however, and that privilege may be withdrawn if it is abused or misused.
comments|Please report any comments that break our rules.
comments|Read the rules here
comments|Last Updated:
comments|Report this comment
comments|Cancel
comments|View Comments (47)
most-read|Most Read
most-read|1
most-read|Edinburgh tenement fire: residents still unable to return home
most-read|2
most-read|Celtic confirm signing of Danish midfielder on four-year deal
most-read|3
most-read|Snow and ice warning issued for much of Scotland
most-read|4
teaser-list|Island ferry passengers face weeks more disruption as dry-dock repairs overrun
most-read|5
most-read|Popular Glasgow restaurant closes after 30 years
sponsored|Promoted Content
sponsored|Homeowners in Scotland are switching to this new type of boiler
sponsored|Sponsored by WarmHome Advice
notices|Family Notices
notices|Births, Marriages, Deaths and In Memoriam notices from across Scotland
notices|Place a notice
footer|Our network
network|Glasgow Evening Star   Sunday Caledonian   Clyde Weekly   Ayrshire Post   Fife Standard
footer|About us   Contact us   Advertise with us   Terms and conditions   Privacy policy   Cookie settings   Accessibility   Modern Slavery Statement
regulation|This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice. If you have a complaint about the editorial content which relates to inaccuracy or intrusion, then please contact the editor here. If you are dissatisfied with the response provided you can contact IPSO here
copyright|© 2026 Caledonian Media Ltd. Registered in Scotland No. SC012345. Registered office: 125 Renfield Street, Glasgow G2 3QB.
"""),
 dict(id="scottish-herald-style-2", site="scottish-herald-style", lang="en", sep="\n\n", title="Highland GP practice fills vacancies after offering doctors a four-day week", date="2026-02-20", page="""
cookie|We value your privacy
cookie|We and our partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device, for personalised advertising and content, advertising and content measurement, audience research and services development.
cookie|MORE OPTIONS
cookie|AGREE
skip-link|Skip to content
menu|The Caledonian Herald
subscribe|Subscribe
login|Sign in
epaper|Today's paper
weather|Inverness 7°C Cloudy
menu|News
menu|Politics
menu|Sport
menu|Business
menu|Opinion
menu|Life & Style
menu|Arts
menu|Food & Drink
menu|Puzzles
menu|Notices
menu|Scottish News  UK News  World News  Crime & Courts  Health  Education  Transport  Environment
breadcrumb|News  >  Health
section-label|Exclusive
h1|Highland GP practice fills vacancies after offering doctors a four-day week
lead|A rural surgery that went two years without a permanent doctor has recruited three GPs in as many months - and its partners say flexible hours made the difference.
byline|By Alasdair Munro
byline|Health Correspondent
dateline|20 Feb 2026 at 6:00am
share|Share
comments|Comments
listen|Listen to this article
listen|00:00 / 03:58
listen|Audio generated by AI. Find out more
paywall|Subscriber exclusive
caption|Dr Fiona Grant, left, with two of the practice's new recruits
credit|(Image: Peter Jolly/Newsquest)
p|A GP practice in the north-west Highlands which struggled for two years to attract a permanent doctor has filled all its vacancies after rewriting the job to include a four-day week.
p|The surgery, which serves around 4,200 patients spread across a large rural area, had relied on locums and visiting doctors since its last full-time GP retired in 2023.
p|In November the practice advertised three salaried posts offering a 32-hour week over four days, protected time for training and help with finding housing. All three were filled by January.
ad|Advertisement
p|Dr Fiona Grant, one of the practice's two partners, said: "For years we were advertising the same job in the same way and wondering why nobody came. What young doctors told us was simple: they want to do the work well, and they want a life outside it."
related|Read more:
related|Waiting lists for hip and knee operations fall for first time since pandemic
related|NHS boards told to cut agency staff spending by a third
h2|Housing a key factor
p|The practice said help with accommodation had proved almost as important as working hours. Two of the new doctors are renting homes owned by a local community trust, which bought and renovated empty properties in the village last year.
p|Patients have noticed the change. Waiting times for a routine appointment have fallen from about three weeks to four days, according to the practice.
p|The Royal College of General Practitioners in Scotland said recruitment in remote areas remained "extremely fragile" and warned that a single success should not be seen as a solution for the whole country.
ad|Advertisement
p|NHS Highland said it was studying the practice's approach and would discuss with other rural surgeries whether it could be adopted more widely.
p|The Scottish Government has committed to increasing the number of GPs by 800 by 2027, a target critics say is unlikely to be met.
author-bio|Alasdair Munro is The Caledonian Herald's Health Correspondent. He has covered the NHS in Scotland since 2014.
paywall|Support quality local journalism – subscribe to The Caledonian Herald for just £1 for your first three months. Subscribe now
newsletter|Get the Morning Briefing
newsletter|The day's essential stories from Scotland and beyond, in your inbox every morning.
newsletter|Enter your email
newsletter|Sign up
newsletter|This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.
comments|Comments: Our rules
comments|We want our comments to be a lively and valuable part of our community - a place where readers can debate and engage with the most important local issues. The ability to comment on our stories is a privilege, not a right, however, and that privilege may be withdrawn if it is abused or misused.
comments|Please report any comments that break our rules.
comments|Read the rules here
comments|View Comments (12)
most-read|Most Read
most-read|1
most-read|Aberdeen bypass closed after lorry overturns in high winds
most-read|2
most-read|Scottish teachers to be balloted on strike action over workload
most-read|3
most-read|Rangers manager: 'We have to be better in the big games'
most-read|4
most-read|The Highland village pub voted the best in Britain
most-read|5
most-read|Man charged after break-in at Paisley jewellers
sponsored|Promoted Content
sponsored|The simple trick retirees in Scotland are using to cut energy bills
sponsored|Sponsored by SaveWise
notices|Family Notices
notices|Births, Marriages, Deaths and In Memoriam notices from across Scotland
notices|Place a notice
footer|Our network
network|Glasgow Evening Star   Sunday Caledonian   Clyde Weekly   Ayrshire Post   Fife Standard
footer|About us   Contact us   Advertise with us   Terms and conditions   Privacy policy   Cookie settings   Accessibility   Modern Slavery Statement
regulation|This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice. If you have a complaint about the editorial content which relates to inaccuracy or intrusion, then please contact the editor here. If you are dissatisfied with the response provided you can contact IPSO here
copyright|© 2026 Caledonian Media Ltd. Registered in Scotland No. SC012345. Registered office: 125 Renfield Street, Glasgow G2 3QB.
"""),
 dict(id="sud-ouest-style-1", site="sud-ouest-style", lang="fr", sep="\n\n", title="Bassin d’Arcachon : les ostréiculteurs inquiets d’une mortalité inhabituelle des jeunes huîtres", date="2026-05-19", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
skip-link|Aller au pied de page
menu|AQUITAINE MATIN
edition-switch|Mon édition : Bassin d’Arcachon
edition-switch|Changer d’édition
subscribe|S’abonner
login|Se connecter
menu|Actualité
menu|Sports
menu|Économie
menu|Environnement
menu|Culture
menu|Loisirs
menu|Vidéos
menu|Podcasts
menu|Éditions
edition-switch|Gironde  Bordeaux  Bassin d’Arcachon  Libournais  Médoc  Sud-Gironde  Landes  Dax  Mont-de-Marsan  Pays basque  Béarn  Dordogne  Lot-et-Garonne  Charente  Charente-Maritime
trending|En ce moment :
trending|Fêtes de Bayonne
trending|UBB
trending|Sécheresse
trending|Prix des carburants
trending|Bac 2026
breadcrumb|Accueil  ›  Gironde  ›  Bassin d’Arcachon  ›  Arès
section-label|Ostréiculture
h1|Bassin d’Arcachon : les ostréiculteurs inquiets d’une mortalité inhabituelle des jeunes huîtres
paywall|Abonnés
lead|Depuis fin avril, plusieurs parcs du nord du Bassin constatent des pertes de naissain allant jusqu’à 60 %. Des analyses sont en cours à l’Ifremer. La profession redoute une saison difficile.
byline|Par Hélène Darrigade
dateline|Publié le 19/05/2026 à 18h42.
dateline|Mis à jour le 20/05/2026 à 7h05.
listen|Écouter cet article
listen|Propulsé par la synthèse vocale – 4 min
gift|Offrir cet article
save|Sauvegarder
share|Partager
comments|Commenter
caption|Sur un parc au large d’Arès, les poches de naissain sont retournées chaque semaine. Cette année, beaucoup reviennent à moitié vides.
credit|Illustration Laurent Theillet / AQUITAINE MATIN
p|À marée basse, Julien Lalanne soulève une poche de jeunes huîtres et la secoue doucement. Le bruit n’est pas le bon. « Ça sonne creux. Quand elles sont mortes, les coquilles s’ouvrent et se remplissent de vase », explique l’ostréiculteur d’Arès, installé depuis quinze ans.
p|Sur ses parcs, il estime avoir perdu plus de la moitié du naissain mis à l’eau au début du printemps. Une proportion que plusieurs de ses collègues du nord du Bassin disent aussi constater, d’Andernos à Lège-Cap-Ferret.
related|Lire aussi
related|Bassin d’Arcachon : la qualité de l’eau sous surveillance après les fortes pluies d’avril
p|Des mortalités de jeunes huîtres surviennent presque chaque année, souvent au printemps, lorsque l’eau se réchauffe. Mais leur ampleur et leur précocité surprennent cette fois les professionnels.
ad|Publicité
h2|Des prélèvements envoyés en laboratoire
p|Le comité régional de la conchyliculture a fait réaliser la semaine dernière une série de prélèvements sur une dizaine de parcs. Ils ont été transmis aux laboratoires de l’Ifremer, qui doivent rendre leurs premiers résultats d’ici à la fin du mois.
p|Plusieurs hypothèses sont avancées : un virus déjà connu de la profession, un épisode de forte dessalure après les pluies abondantes d’avril, ou une combinaison des deux. « Il est trop tôt pour conclure », prévient-on au comité.
p|Les pertes concernent surtout le naissain de captage naturel. Les huîtres adultes, destinées à la vente, semblent pour l’instant épargnées.
h2|Une trésorerie déjà fragile
p|Pour les exploitations, le coup est d’autant plus rude que les deux dernières saisons ont été marquées par des fermetures temporaires de la vente liées à des épisodes de pollution.
p|« On ne verra les conséquences que dans deux ou trois ans, quand ces huîtres auraient dû être commercialisées », souligne Julien Lalanne. La profession demande dès à présent que des aides puissent être mobilisées si l’ampleur des pertes est confirmée.
p|La direction départementale des territoires et de la mer indique suivre la situation « avec attention » et attendre les résultats des analyses avant toute décision.
tags|Ostréiculture
tags|Bassin d’Arcachon
tags|Arès
tags|Environnement
paywall|Cet article est réservé aux abonnés. Vous lisez cet article grâce à votre abonnement numérique. Merci de votre soutien.
comments|Réagir
comments|0 commentaire
comments|Connectez-vous pour réagir. Se connecter
teaser-list|Dans la même rubrique
teaser-list|Lège-Cap-Ferret : la digue du Mimbeau de nouveau ouverte aux promeneurs
teaser-list|Il y a 3 h
teaser-list|Andernos-les-Bains : le marché nocturne revient dès le 1er juillet
teaser-list|Il y a 6 h
teaser-list|Arcachon : la Ville d’Hiver en fête ce week-end
teaser-list|Hier à 17h12
obituary|Avis de décès
obituary|Les derniers avis de décès du Bassin d’Arcachon
obituary|Mme Josiane Dubern, née Castaing – Gujan-Mestras – 89 ans
obituary|M. Pierre Ducos – La Teste-de-Buch – 76 ans
obituary|M. André Larrieu – Audenge – 92 ans
obituary|Voir tous les avis de décès
obituary|Publier un avis de décès
ad|Publicité
most-read|Les plus lus
most-read|Bordeaux : un important incendie dans un entrepôt de la rive droite
most-read|Dax : la feria annoncée sans spectacles taurins le dimanche
most-read|Gironde : la liste des plages surveillées dès le 15 juin
most-read|Pays basque : un surfeur secouru au large de Biarritz
weather|Météo à Arès : 19° / 11°, averses
games|Jeux : Mots fléchés  Mots croisés  Sudoku  Le mot mystère
notices|Annonces légales
notices|Publiez vos annonces légales et judiciaires en Gironde, Landes, Dordogne, Charente… Devis immédiat.
epaper|Le journal du jour
epaper|Feuilletez votre journal en version numérique dès 5 heures.
newsletter|Newsletter Bassin d’Arcachon
newsletter|Chaque vendredi, l’essentiel de l’actu du Bassin dans votre boîte mail.
newsletter|Je m’inscris
app|Téléchargez l’application AQUITAINE MATIN
app|Disponible sur l’App Store  Disponible sur Google Play
footer|AQUITAINE MATIN
footer|Le groupe  Nous contacter  Publicité  Annonces légales  Avis de décès  Boutique  Recrutement
footer|Mentions légales  CGU  CGV  Politique de confidentialité  Gestion des cookies  Accessibilité : non conforme
copyright|© Aquitaine Matin 2026 – Tous droits réservés
"""),
 dict(id="sud-ouest-style-2", site="sud-ouest-style", lang="fr", sep="\n\n", title="Périgueux : la piscine municipale fermée tout l’été pour des travaux de rénovation", date="2026-06-04", page="""
skip-link|Aller au contenu principal
skip-link|Aller au menu
skip-link|Aller au pied de page
menu|AQUITAINE MATIN
edition-switch|Mon édition : Dordogne
edition-switch|Changer d’édition
subscribe|S’abonner
login|Se connecter
menu|Actualité
menu|Sports
menu|Économie
menu|Environnement
menu|Culture
menu|Loisirs
menu|Vidéos
menu|Podcasts
menu|Éditions
edition-switch|Gironde  Bordeaux  Bassin d’Arcachon  Libournais  Médoc  Sud-Gironde  Landes  Dax  Mont-de-Marsan  Pays basque  Béarn  Dordogne  Lot-et-Garonne  Charente  Charente-Maritime
trending|En ce moment :
trending|Canicule
trending|Tour de France
trending|Élections municipales
trending|Festivals de l’été
breadcrumb|Accueil  ›  Dordogne  ›  Périgueux
section-label|Loisirs
h1|Périgueux : la piscine municipale fermée tout l’été pour des travaux de rénovation
lead|Le bassin extérieur du centre aquatique ne rouvrira qu’à la rentrée. La Ville promet des navettes gratuites vers les plans d’eau voisins pour compenser.
byline|Par Benoît Lafaye
dateline|Publié le 04/06/2026 à 12h10.
listen|Écouter cet article
listen|Propulsé par la synthèse vocale – 3 min
gift|Offrir cet article
save|Sauvegarder
share|Partager
comments|Commenter
caption|Le bassin de 50 mètres doit être entièrement re-carrelé.
credit|Photo archives Jean-Christophe Sounalet
p|Les nageurs périgourdins devront trouver un autre endroit pour se rafraîchir cet été. La municipalité a confirmé, mardi soir en conseil municipal, que le bassin extérieur de la piscine du Bas-Chamiers resterait fermé du 15 juin au 31 août.
p|En cause : des fuites importantes détectées à l’automne dernier sous le bassin de 50 mètres, qui perd plusieurs dizaines de mètres cubes d’eau par jour. Le revêtement, vieux de plus de trente ans, doit être entièrement refait.
ad|Publicité
p|« Nous aurions préféré faire ces travaux en hiver, mais les entreprises n’étaient pas disponibles avant juin », a expliqué l’adjoint aux sports, conscient du mécontentement des habitués.
related|Lire aussi
related|Dordogne : où se baigner cet été ? Notre carte des baignades surveillées
h2|Ce qui reste ouvert
p|Pour limiter la gêne, la Ville a prévu plusieurs solutions :
li|le bassin couvert de 25 mètres restera accessible aux horaires habituels, sauf en août ;
li|une navette gratuite reliera le centre-ville à la base de loisirs de Rouffiac les mercredis et week-ends ;
li|les stages d’apprentissage de la natation pour enfants seront maintenus, en matinée.
p|Le montant des travaux est estimé à 1,4 million d’euros, dont un tiers pris en charge par le Département et l’État.
p|Dans l’opposition, on regrette un calendrier « mal anticipé ». « La fuite est connue depuis octobre, on avait le temps de s’organiser autrement », a estimé une conseillère municipale.
p|La réouverture du bassin extérieur est annoncée pour le 1er septembre, sous réserve des conditions météorologiques pendant le chantier.
tags|Périgueux
tags|Piscine
tags|Loisirs
tags|Travaux
comments|Réagir
comments|14 commentaires
comments|Connectez-vous pour réagir. Se connecter
paywall|Découvrez toute l’info locale de votre édition Dordogne : 1 € le premier mois, sans engagement. Je m’abonne
teaser-list|Dans la même rubrique
teaser-list|Bergerac : le festival des vins de Dordogne dévoile sa programmation
teaser-list|Il y a 2 h
teaser-list|Sarlat : les marchés nocturnes reviennent tous les jeudis
teaser-list|Il y a 5 h
teaser-list|Périgueux : un nouveau parcours de street-art dans le quartier Saint-Front
teaser-list|03/06/2026
obituary|Avis de décès
obituary|Les derniers avis de décès de Dordogne
obituary|M. Gérard Roussarie – Trélissac – 81 ans
obituary|Mme Yvette Lachaud, née Faure – Boulazac – 94 ans
obituary|Voir tous les avis de décès
obituary|Publier un avis de décès
ad|Publicité
most-read|Les plus lus
most-read|Dordogne : un automobiliste flashé à 190 km/h sur la RN 21
most-read|Canicule : la Dordogne placée en vigilance orange
teaser-list|Périgueux : la piscine municipale fermée tout l’été pour des travaux de rénovation
most-read|Bordeaux : le pont de pierre fermé à la circulation ce week-end
weather|Météo à Périgueux : 31° / 15°, ensoleillé
games|Jeux : Mots fléchés  Mots croisés  Sudoku  Le mot mystère
notices|Annonces légales
notices|Publiez vos annonces légales et judiciaires en Gironde, Landes, Dordogne, Charente… Devis immédiat.
epaper|Le journal du jour
epaper|Feuilletez votre journal en version numérique dès 5 heures.
newsletter|Newsletter Dordogne
newsletter|Chaque vendredi, l’essentiel de l’actu de la Dordogne dans votre boîte mail.
newsletter|Je m’inscris
app|Téléchargez l’application AQUITAINE MATIN
app|Disponible sur l’App Store  Disponible sur Google Play
footer|AQUITAINE MATIN
footer|Le groupe  Nous contacter  Publicité  Annonces légales  Avis de décès  Boutique  Recrutement
footer|Mentions légales  CGU  CGV  Politique de confidentialité  Gestion des cookies  Accessibilité : non conforme
copyright|© Aquitaine Matin 2026 – Tous droits réservés
"""),
 dict(id="zambian-daily-style-1", site="zambian-daily-style", lang="en", sep="\n", title="FRA sets maize floor price at K380 per 50kg bag", date="2026-05-08", page="""
timestamp|Friday, May 8, 2026
ticker|Breaking News
ticker|Kitwe council suspends market levy increase  |  Chipolopolo squad named for AFCON qualifiers  |  Bank of Zambia holds policy rate at 13.5%
ticker|USD/ZMW 26.84  GBP/ZMW 35.61  ZAR/ZMW 1.47  Copper (LME) $9,812/t
social|Facebook  Twitter  YouTube  Instagram
menu|ZAMBEZI DAILY POST
tagline|Zambia's Trusted News Source
menu|Home
menu|News
menu|Politics
menu|Business
menu|Provinces
menu|Sports
menu|Entertainment
menu|Health
menu|Opinion
menu|Africa
menu|E-Paper
search|Search
ad|Advertisement
ad|Grow your savings with a Kwacha Fixed Deposit – earn up to 14% p.a. Chama Bank. Terms and conditions apply.
breadcrumb|Home » Business » Agriculture
section-label|Business
h1|FRA sets maize floor price at K380 per 50kg bag
byline|By MUSONDA KAPWEPWE
dateline|May 8, 2026
views|2,417 Views
comments|0 Comments
share|Share on Facebook
share|Share on Twitter
share|WhatsApp
share|Telegram
p|THE Food Reserve Agency (FRA) has set the floor price for maize at K380 per 50kg bag for the 2026 crop marketing season, up from K300 last year.
p|Announcing the price in Lusaka yesterday, Agriculture Minister Mutale Sichone said the agency would buy up to one million metric tonnes from small-scale farmers across the country.
p|The minister said the new price took into account the rising cost of inputs, transport and labour, while keeping mealie meal affordable for consumers.
caption|Farmers deliver maize at an FRA satellite depot in Mkushi during last year's marketing season. – Picture by CHILUFYA MWANZA
p|"We have listened to our farmers. This price gives them a fair return while protecting the national strategic reserve," he said.
ad|Advertisement
p|The crop marketing season will open on June 1 in all provinces, with more than 1,500 satellite depots to be used for purchases.
h2|Payments within 14 days
p|The minister directed the FRA to pay farmers within 14 days of delivery, following complaints last season that some farmers waited more than three months for their money.
p|He said payments would be made through mobile money and bank transfers to reduce the risk of theft and delays at depots.
related|ALSO READ: Farmers in Eastern Province count losses as armyworm invades fields
p|Zambia National Farmers Union president Grace Mumba welcomed the announcement but said the price remained below what commercial buyers in the region were offering.
p|"Farmers will still be tempted to sell across the border. Government must also address the high cost of fertiliser if we are to see real growth in production," the union said in a statement.
p|Last season, Zambia harvested about 2.9 million metric tonnes of maize after the drought of 2024, which forced the country to import grain to cover the shortfall.
whatsapp|Follow the Zambezi Daily Post channel on WhatsApp for breaking news
tags|Tags:
tags|Agriculture
tags|FRA
tags|maize
tags|farmers
share|Share on Facebook  Share on Twitter  WhatsApp  Telegram  Email
author-bio|Musonda Kapwepwe
author-bio|Musonda Kapwepwe is a business reporter at the Zambezi Daily Post covering agriculture, mining and trade.
author-link|View all posts
related|Related Posts
related|Mealie meal prices drop in Lusaka as millers receive new stocks
related|May 6, 2026
related|Fertiliser distribution for 2026/27 season to start in August
related|May 4, 2026
related|Government targets 5,000 new irrigation farmers by 2028
related|April 30, 2026
comments|Leave a Reply Cancel reply
comments|You must be logged in to post a comment.
most-read|TRENDING
most-read|Load-shedding hours cut to eight as Kariba levels improve
most-read|Police arrest three over Kabwata shop robbery
most-read|ZESCO warns of scam over prepaid token sales
most-read|Zanaco beat Power Dynamos to go top of the league
ad|Advertisement
footer|ZAMBEZI DAILY POST
footer|Zambezi Daily Post is an independent online newspaper bringing you news from all ten provinces of Zambia.
footer|Plot 4512, Cairo Road, Lusaka | +260 211 000 000 | news@zambezidailypost.co.zm
footer|About Us  Contact Us  Advertise  Privacy Policy  Terms of Use
copyright|© 2026 Zambezi Daily Post. All Rights Reserved. Designed by NetLink Zambia
cookie|This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. Accept Read More
"""),
 dict(id="zambian-daily-style-2", site="zambian-daily-style", lang="en", sep="\n", title="Load-shedding hours cut to eight as Kariba levels improve", date="2026-05-07", page="""
timestamp|Thursday, May 7, 2026
ticker|Breaking News
ticker|Cabinet approves new road tolls on Great North Road  |  Lusaka: Chilenje clinic gets new ambulance  |  Copper output up 9% in first quarter
ticker|USD/ZMW 26.91  GBP/ZMW 35.70  ZAR/ZMW 1.46  Copper (LME) $9,790/t
social|Facebook  Twitter  YouTube  Instagram
menu|ZAMBEZI DAILY POST
tagline|Zambia's Trusted News Source
menu|Home
menu|News
menu|Politics
menu|Business
menu|Provinces
menu|Sports
menu|Entertainment
menu|Health
menu|Opinion
menu|Africa
menu|E-Paper
search|Search
ad|Advertisement
ad|Solar home kits from K3,999 – pay in 12 easy instalments. SunPower Zambia, Great East Road.
breadcrumb|Home » News
section-label|News
h1|Load-shedding hours cut to eight as Kariba levels improve
byline|By CHISHIMBA BWALYA
dateline|May 7, 2026
views|5,960 Views
comments|3 Comments
share|Share on Facebook
share|Share on Twitter
share|WhatsApp
share|Telegram
p|HOUSEHOLDS and businesses will from Monday spend less time without electricity after the power utility reduced load-shedding from 12 to eight hours a day.
p|ZESCO Limited said in a statement yesterday that the improvement followed higher inflows into Lake Kariba during the rainy season and the connection of new solar plants to the national grid.
p|The utility said the new schedule would apply in all provinces, with residential areas to receive power for 16 hours a day in two blocks.
caption|Technicians at work at a substation in Lusaka. – Picture by ZDP photographer
h2|New schedule
p|Under the revised programme:
li|residential customers will have eight hours of load-shedding a day, split into two four-hour periods;
li|hospitals, water utilities and major industrial zones will continue to be spared;
li|small businesses on designated commercial feeders will have six hours of load-shedding.
ad|Advertisement
p|ZESCO managing director Joseph Nkandu said the utility would continue to review the schedule as more power came on stream, but urged customers not to expect an end to load-shedding before the next rainy season.
p|"Water levels are better than last year, but they are still below normal. We must manage what we have carefully so that we do not run short in October," he said.
related|ALSO READ: Government signs deal for 200MW solar plant in Central Province
p|Businesses in Lusaka welcomed the news. Mwape Chanda, who runs a welding workshop in Chawama, said the long outages had forced him to lay off two workers.
p|"With eight hours, I can plan my work. Before, I was paying for diesel for the generator and getting nothing at the end of the month," he said.
p|Customers can check their area's schedule on the utility's website or by dialling the customer service line.
whatsapp|Follow the Zambezi Daily Post channel on WhatsApp for breaking news
tags|Tags:
tags|Electricity
tags|Kariba
tags|load-shedding
tags|ZESCO
share|Share on Facebook  Share on Twitter  WhatsApp  Telegram  Email
author-bio|Chishimba Bwalya
author-bio|Chishimba Bwalya is a senior reporter at the Zambezi Daily Post covering energy and infrastructure.
author-link|View all posts
related|Related Posts
related|Kariba Dam rehabilitation works on track, says authority
related|May 2, 2026
related|Mines call for dedicated power import deal ahead of dry season
related|April 28, 2026
related|Copperbelt traders turn to solar as outages bite
related|April 25, 2026
comments|3 Comments
comments|Bwalya M.
comments|May 7, 2026 at 9:41 am
comments|At last some relief. But will they stick to the schedule this time?
comments|Reply
comments|Natasha
comments|May 7, 2026 at 11:03 am
comments|In Kalingalinga we had no power for 17 hours yesterday, eight hours is a dream.
comments|Reply
comments|Kelvin P.
comments|May 7, 2026 at 1:26 pm
comments|Good news for small businesses. We need more solar investment.
comments|Reply
comments|Leave a Reply Cancel reply
comments|You must be logged in to post a comment.
most-read|TRENDING
most-read|Mealie meal prices drop in Lusaka as millers receive new stocks
most-read|Police arrest three over Kabwata shop robbery
most-read|Grade 12 exam fees to remain unchanged, says ministry
most-read|Zanaco beat Power Dynamos to go top of the league
ad|Advertisement
footer|ZAMBEZI DAILY POST
footer|Zambezi Daily Post is an independent online newspaper bringing you news from all ten provinces of Zambia.
footer|Plot 4512, Cairo Road, Lusaka | +260 211 000 000 | news@zambezidailypost.co.zm
footer|About Us  Contact Us  Advertise  Privacy Policy  Terms of Use
copyright|© 2026 Zambezi Daily Post. All Rights Reserved. Designed by NetLink Zambia
cookie|This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. Accept Read More
"""),
]
