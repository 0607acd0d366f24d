# Round 24: eight pages on four more layouts (a Burkinabè public broadcaster's news site, a UK hyperlocal independent
# news site, a Québec regional weekly on a news-chain template, a Pacific regional news aggregator re-publishing agency
# stories), written blind: without looking at the classifier, its rules or the benchmark, measured once.
# Each line: "label|text". Invented text; no real article is copied.
ROUND24 = [
 dict(id="rtb-info-bf-1", site="rtb-info-bf", lang="fr", sep="\n", title="Boucle du Mouhoun : plus de 1 200 tonnes de semences améliorées pour la campagne agricole", date="2025-06-12", page="""
skip-link|Aller au contenu
timestamp|jeudi 12 juin 2025
watch|▶ Télé Faso EN DIRECT
listen|🔊 Écouter Radio Faso en direct
social|Facebook  YouTube  X  TikTok  WhatsApp
menu|RTF INFO
menu|Radiotélévision du Faso – Le service public de l’information
menu|Accueil
menu|Actualités
menu|Politique
menu|Économie
menu|Société
menu|Régions
menu|Sports
menu|Culture
menu|Émissions
menu|Replay
menu|Grille des programmes
menu|Communiqués
search|Rechercher…
ticker|À LA UNE
ticker|Conseil des ministres du 11 juin : trois projets de loi adoptés  ///  Étalons : la liste des 25 joueurs pour le stage de Ouagadougou  ///  Saison des pluies : la Météo annonce un cumul normal à excédentaire
breadcrumb|Accueil » Actualités » Régions
section-label|RÉGIONS
h1|Boucle du Mouhoun : plus de 1 200 tonnes de semences améliorées pour la campagne agricole
empty-label|Publié par :
byline|Salif Koné
dateline|12 juin 2025
views|👁 318 vues
listen|Écouter cet article
listen|00:00 / 03:12
font|A-   A+
lead|Le gouverneur de la région de la Boucle du Mouhoun a lancé, le mercredi 11 juin 2025 à Dédougou, la distribution de semences améliorées au profit de plus de 40 000 producteurs de la région, à l’orée de la campagne agricole 2025-2026.
caption|Le gouverneur remettant symboliquement des sacs de semences à des producteurs de la commune de Dédougou
credit|Photo : RTF/Dédougou
p|La cérémonie s’est tenue dans la cour de la direction régionale de l’Agriculture, en présence des hauts-commissaires des six provinces, des responsables coutumiers et de plusieurs dizaines de groupements de producteurs venus des villages environnants.
p|Au total, 1 236 tonnes de semences améliorées seront mises à la disposition des producteurs à prix subventionné. Les quantités ont été réparties entre les provinces en fonction des superficies emblavées lors de la dernière campagne.
p|Selon le directeur régional de l’Agriculture, les premières pluies enregistrées fin mai dans le sud de la région permettent d’envisager des semis précoces. « Il faut que les semences soient dans les villages avant les grandes pluies, sinon l’effort ne sert à rien », a-t-il insisté.
h2|Maïs, sorgho, niébé et riz
p|Les semences distribuées cette année se répartissent comme suit :
li|maïs à cycle court : 540 tonnes ;
li|sorgho blanc : 310 tonnes ;
li|niébé : 228 tonnes ;
li|riz pluvial : 158 tonnes.
read-also|Lire aussi : Campagne agricole 2025-2026 : le gouvernement maintient la subvention sur les engrais
p|Les variétés de maïs et de sorgho retenues ont été sélectionnées pour leur résistance à la sécheresse de fin de saison, un phénomène de plus en plus fréquent dans la région selon les services techniques.
p|Les agents d’agriculture ont également été instruits d’accompagner les producteurs dans le choix des parcelles et le respect des écartements, afin de tirer le meilleur parti des semences.
video|▶ Le reportage du JT de 20h
video|02:41
p|Pour Mariam Dembélé, présidente d’une union de productrices de niébé de Safané, la distribution arrive « au bon moment ». Elle souhaite toutefois que les quantités allouées aux femmes soient revues à la hausse lors des prochaines campagnes.
p|Le gouverneur a, pour sa part, mis en garde contre la revente des semences subventionnées sur les marchés, annonçant des contrôles dans les points de vente. Il a invité les producteurs à signaler tout cas de détournement aux autorités.
p|La région de la Boucle du Mouhoun est l’un des principaux bassins céréaliers du pays, avec une production estimée à plus d’un million de tonnes lors de la campagne écoulée.
signature|Salif Koné
signature|Correspondant RTF/Dédougou
share|Partager : Facebook  WhatsApp  X  Telegram
print|Imprimer
tags|Mots-clés : Agriculture  Boucle du Mouhoun  Semences  Campagne agricole  Dédougou
comments|0 commentaire
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Publier le commentaire
related|Articles similaires
related|Centre-Nord : les éleveurs de Kaya sensibilisés à la vaccination du cheptel
related|Fada N’Gourma : des femmes transformatrices de karité reçoivent des équipements
related|Koudougou : ouverture d’un magasin de warrantage pour les producteurs de sésame
programme-guide|CE SOIR SUR TÉLÉ FASO
programme-guide|19:30  Météo
programme-guide|20:00  Journal télévisé
programme-guide|20:45  Terroirs du Faso (magazine agricole)
programme-guide|22:00  Série africaine
programme-guide|Voir toute la grille des programmes
obituary|NÉCROLOGIE
obituary|Remerciements et faire-part : famille Ouédraogo à Tenkodogo
obituary|Rappel à Dieu de Monsieur Zongo Ousmane, enseignant à la retraite
obituary|Toutes les annonces nécrologiques »
teaser-list|LES PLUS LUS
teaser-list|Examens scolaires : le calendrier du BEPC session 2025 publié
teaser-list|Ouagadougou : les travaux de l’échangeur de l’Est entrent dans leur dernière phase
teaser-list|Football : le classement final du championnat national
newsletter|Recevez l’essentiel de l’actualité chaque soir dans votre boîte mail
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
app|Téléchargez l’application RTF Info : Android | iOS
footer|Radiotélévision du Faso – 01 BP 2530 Ouagadougou 01 – Tél. : (+226) 25 30 00 00
footer|Nos fréquences : Radio Faso Ouagadougou 94.5 FM · Bobo-Dioulasso 96.2 FM · Koudougou 99.1 FM · Fada N’Gourma 98.0 FM
footer|Qui sommes-nous ?  ·  Nous contacter  ·  Tarifs publicitaires  ·  Mentions légales
copyright|© 2025 RTF – Tous droits réservés. Toute reproduction, même partielle, est interdite sans autorisation.
back-to-top|↑ Haut de page
"""),
 dict(id="rtb-info-bf-2", site="rtb-info-bf", lang="fr", sep="\n", title="Bobo-Dioulasso : 60 jeunes formés à l’installation et à la réparation de kits solaires", date="2025-09-18", page="""
skip-link|Aller au contenu
timestamp|jeudi 18 septembre 2025
watch|▶ Télé Faso EN DIRECT
listen|🔊 Écouter Radio Faso en direct
social|Facebook  YouTube  X  TikTok  WhatsApp
menu|RTF INFO
menu|Radiotélévision du Faso – Le service public de l’information
menu|Accueil
menu|Actualités
menu|Politique
menu|Économie
menu|Société
menu|Régions
menu|Sports
menu|Culture
menu|Émissions
menu|Replay
menu|Grille des programmes
menu|Communiqués
search|Rechercher…
ticker|À LA UNE
ticker|Rentrée scolaire 2025-2026 : les cours débutent le 1er octobre  ///  Dengue : le ministère de la Santé appelle à la vigilance  ///  Tour du Faso : le parcours de l’édition 2025 dévoilé
breadcrumb|Accueil » Actualités » Société
section-label|SOCIÉTÉ
h1|Bobo-Dioulasso : 60 jeunes formés à l’installation et à la réparation de kits solaires
empty-label|Publié par :
byline|Rédaction RTF
dateline|18 septembre 2025
views|👁 541 vues
listen|Écouter cet article
listen|00:00 / 02:47
font|A-   A+
lead|Soixante jeunes de la ville de Sya ont reçu, le mercredi 17 septembre 2025, leurs attestations de fin de formation en installation et maintenance de systèmes solaires photovoltaïques, au terme de trois mois d’apprentissage.
caption|Des apprenants lors d’une séance pratique de câblage d’un panneau solaire au centre de formation de Bobo-Dioulasso
credit|© RTF
p|La formation, organisée par le centre régional de formation professionnelle de Bobo-Dioulasso en partenariat avec une association locale de promotion des énergies renouvelables, a réuni trente-huit garçons et vingt-deux filles âgés de 18 à 30 ans.
p|Pendant douze semaines, les apprenants ont alterné cours théoriques et travaux pratiques : dimensionnement d’une installation, pose des panneaux sur les toits, raccordement des batteries et des régulateurs, diagnostic des pannes courantes.
p|« Dans nos quartiers, beaucoup de ménages ont acheté des kits solaires, mais quand ils tombent en panne, personne ne sait les réparer. Ils finissent dans un coin de la cour », explique Issouf Traoré, l’un des formateurs.
ad|PUBLICITÉ
ad|FasoCash – Envoyez et recevez de l’argent partout au Burkina, 24h/24. Composez *144#
p|Au-delà des attestations, chaque jeune est reparti avec une caisse à outils comprenant un multimètre, des pinces et un stock de petites fournitures, afin de pouvoir démarrer une activité dès la fin de la formation.
h2|Un tremplin vers l’emploi
p|Selon le directeur du centre, une première promotion formée l’an dernier a donné des résultats encourageants : sur quarante jeunes, vingt-sept exercent aujourd’hui dans le domaine, comme indépendants ou auprès de revendeurs de matériel solaire.
p|Pour Awa Sanou, 24 ans, titulaire d’un baccalauréat, la formation représente une « deuxième chance ». Elle compte s’associer avec deux camarades de promotion pour ouvrir un atelier dans le secteur 22.
read-also|Lire aussi : Énergie : le gouvernement annonce l’électrification de 200 villages par mini-centrales solaires
p|Le représentant du gouverneur des Hauts-Bassins a salué l’initiative et invité les bénéficiaires à faire preuve de rigueur et d’honnêteté vis-à-vis de leurs futurs clients. Il a rappelé que la demande en énergie solaire ne cesse de croître dans la région.
p|Les organisateurs prévoient une troisième session au premier trimestre 2026, ouverte cette fois aux jeunes des communes rurales de Bama et de Karangasso-Vigué.
signature|Ibrahim Sanogo
signature|Correspondant RTF/Bobo-Dioulasso
share|Partager : Facebook  WhatsApp  X  Telegram
print|Imprimer
tags|Mots-clés : Formation professionnelle  Énergie solaire  Emploi des jeunes  Bobo-Dioulasso
comments|2 commentaires
comments|Kader B.
comments|18 septembre 2025 à 14 h 22 min
comments|Bonne initiative. Il faut étendre cela à Banfora aussi, nos jeunes en ont besoin.
comments|Répondre
comments|Zénabo
comments|18 septembre 2025 à 16 h 05 min
comments|Comment s’inscrire pour la prochaine session ?
comments|Répondre
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Publier le commentaire
related|Articles similaires
related|Ouahigouya : 45 couturières reçoivent des machines à coudre
related|Banfora : lancement d’un programme de formation aux métiers du bâtiment
communique|AVIS ET COMMUNIQUÉS
communique|Communiqué du ministère de l’Énergie relatif aux coupures programmées à Bobo-Dioulasso
communique|Avis de recrutement : la RTF recrute des techniciens de maintenance (date limite : 30 septembre 2025)
programme-guide|CE SOIR SUR TÉLÉ FASO
programme-guide|19:30  Météo
programme-guide|20:00  Journal télévisé
programme-guide|20:45  Faso Jeunesse
programme-guide|22:00  Cinéma : film burkinabè
programme-guide|Voir toute la grille des programmes
obituary|NÉCROLOGIE
obituary|Faire-part de décès de Madame Kaboré née Compaoré Rasmata
obituary|Remerciements : famille Sawadogo à Kaya
obituary|Toutes les annonces nécrologiques »
teaser-list|LES PLUS LUS
teaser-list|Rentrée scolaire : les frais d’inscription plafonnés dans le public
teaser-list|Dengue : les gestes simples pour se protéger
teaser-list|Étalons : victoire 2-0 en match amical
newsletter|Recevez l’essentiel de l’actualité chaque soir dans votre boîte mail
newsletter|Votre adresse e-mail
newsletter|Je m’inscris
app|Téléchargez l’application RTF Info : Android | iOS
footer|Radiotélévision du Faso – 01 BP 2530 Ouagadougou 01 – Tél. : (+226) 25 30 00 00
footer|Nos fréquences : Radio Faso Ouagadougou 94.5 FM · Bobo-Dioulasso 96.2 FM · Koudougou 99.1 FM · Fada N’Gourma 98.0 FM
footer|Qui sommes-nous ?  ·  Nous contacter  ·  Tarifs publicitaires  ·  Mentions légales
copyright|© 2025 RTF – Tous droits réservés. Toute reproduction, même partielle, est interdite sans autorisation.
back-to-top|↑ Haut de page
"""),
 dict(id="thames-valley-news-1", site="thames-valley-news", lang="en", sep="\n\n", title="Wokingham library to open on Sundays under volunteer pilot", date="2025-10-14", page="""
cookie|We value your privacy
cookie|We and our partners use cookies to keep this site working, to understand how it is used and to show you relevant content. Click "Accept all" to agree, "Reject all" to refuse non-essential cookies, or "Manage options" to choose. You can change your mind at any time via "Cookie settings" at the bottom of every page.
cookie|Accept all
cookie|Reject all
cookie|Manage options
skip-link|Skip to content
donate|TVN is free to read because readers chip in. Support independent local news from £3 a month →
menu|TVN
menu|Thames Valley News
menu|Independent, not-for-profit news for Reading, Wokingham, Henley and the villages
weather|Reading 14°C · Light rain
menu|News
menu|Council
menu|Courts
menu|Schools
menu|Business
menu|Sport
menu|What's On
menu|Community
menu|Podcast
menu|About
menu|Donate
menu|Newsletter
search|Search
section-label|COUNCIL
h1|Wokingham library to open on Sundays under volunteer pilot
lead|Residents will be able to borrow books, use computers and print documents on Sunday afternoons from next month, after councillors backed a six-month trial run with help from volunteers.
byline|By Jess Palmer
dateline|14 October 2025
reading-time|4 min read
comments|3 comments
caption|Wokingham Library on Denmark Street will open from 1pm to 4pm on Sundays from November.
credit|Photo: Jess Palmer / TVN
p|Wokingham's town centre library will open on Sundays for the first time in more than a decade, after the borough council's executive agreed a trial on Monday night.
p|From Sunday 2 November, the library will open between 1pm and 4pm, staffed by one paid library assistant and a rota of trained volunteers.
p|The pilot will run until the end of April, when councillors will look at visitor numbers and feedback before deciding whether to make it permanent or extend it to other branches.
p|The executive member for libraries told the meeting the idea had come from residents. "Every time we have consulted on library opening hours, Sundays have come up," she said. "Families are busy in the week, and this gives them a time when they can come in together."
donate|Before you read on… TVN has no billionaire owner and no paywall. Our reporting on your council, your schools and your courts is paid for by readers. If you value it, please give what you can.
donate|Donate £5   Donate £10   Other amount
h2|Volunteers wanted
p|The council says it needs around 20 volunteers to keep the rota going. Volunteers will help visitors find books, use the self-service machines and log on to the public computers. They will not handle money or personal data.
p|Training sessions will be held at the library on 21 and 25 October. Anyone interested can sign up at the library counter or through the council's website.
p|Some opposition councillors questioned whether volunteers should be asked to do work that used to be done by paid staff. One said the borough had cut library hours twice since 2016 and that the pilot "should not become a way of running libraries on the cheap".
p|Council officers said the Sunday opening would cost about £7,800 over six months, mainly for the paid assistant and heating, and would be met from the existing libraries budget.
newsletter|Get the TVN Morning Briefing: local news in your inbox every weekday at 7am. It's free.
newsletter|Your email address
newsletter|Sign up
p|The library's Friends group welcomed the decision. Its chair, Peter Osei, said: "We've got members who have been volunteering at book sales for years. A lot of them have already said they'll do a Sunday shift."
p|If the pilot goes well, the council says Woodley and Lower Earley libraries could be next.
share|Share this:
share|Facebook
share|X
share|WhatsApp
share|Email
print|Print
like|Like this:
like|Like Loading...
tags|Posted in Council, News | Tagged libraries, volunteers, Wokingham, Wokingham Borough Council
author-bio|About Jess Palmer
author-bio|Jess covers Wokingham Borough Council and local politics for TVN. Got a story? Email jess@tvn.news
author-link|View all posts by Jess Palmer →
nav|← Previous: Route 19 evening bus services to be cut from January
nav|Next: Henley rowing club raises £40,000 for new boathouse roof →
comments|3 thoughts on "Wokingham library to open on Sundays under volunteer pilot"
comments|Margaret H
comments|14 October 2025 at 9:12 am
comments|About time! My grandchildren would love this. Shame it is only three hours though.
comments|Reply
comments|Dave Kinsella
comments|14 October 2025 at 11:40 am
comments|Good news but as the councillor says, volunteers shouldn't replace proper staff.
comments|Reply
comments|Sunita
comments|14 October 2025 at 6:03 pm
comments|Signed up for the training already 🙂
comments|Reply
comments|Leave a Reply Cancel reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Notify me of new posts by email.
comments|Post Comment
event|WHAT'S ON THIS WEEK
event|Sat 18 Oct · Apple Day at Caversham Court Gardens, 11am–3pm, free
event|Sun 19 Oct · Reading Repair Café, St Giles Church Hall, 10am–1pm
event|Wed 22 Oct · Henley Choral Society autumn concert, 7.30pm, £12
event|Add your event →
teaser-list|Most read
teaser-list|1. Sonning Bridge to close for three weekends of repairs
teaser-list|2. Man charged after break-ins at Earley allotments
teaser-list|3. Plans for new secondary school in Arborfield submitted
teaser-list|4. Woodley United reach county cup final
donate|Support TVN
donate|We're a community interest company. Every penny you give goes back into local reporting. Become a supporter today.
donate|Donate now
footer|Thames Valley News is published by Thames Valley News CIC, a community interest company registered in England and Wales, company no. 12845031. Registered office: 14 Market Place, Wokingham RG40 1AL.
footer|TVN is regulated by IMPRESS, the independent press regulator. Read our complaints policy.
footer|About us · Our team · Ethics & complaints · Corrections · Advertise · Contact · Privacy policy · Cookie settings
copyright|© 2025 Thames Valley News CIC. All rights reserved.
footer|Proudly powered by WordPress | Theme: Newsup by Themeansar.
"""),
 dict(id="thames-valley-news-2", site="thames-valley-news", lang="en", sep="\n\n", title="Plans for 140 homes on former Caversham dairy site recommended for approval", date="2025-11-04", page="""
cookie|We value your privacy
cookie|We and our partners use cookies to keep this site working, to understand how it is used and to show you relevant content. Click "Accept all" to agree, "Reject all" to refuse non-essential cookies, or "Manage options" to choose. You can change your mind at any time via "Cookie settings" at the bottom of every page.
cookie|Accept all
cookie|Reject all
cookie|Manage options
skip-link|Skip to content
donate|TVN is free to read because readers chip in. Support independent local news from £3 a month →
menu|TVN
menu|Thames Valley News
menu|Independent, not-for-profit news for Reading, Wokingham, Henley and the villages
weather|Reading 9°C · Cloudy
menu|News
menu|Council
menu|Courts
menu|Schools
menu|Business
menu|Sport
menu|What's On
menu|Community
menu|Podcast
menu|About
menu|Donate
menu|Newsletter
search|Search
section-label|PLANNING
h1|Plans for 140 homes on former Caversham dairy site recommended for approval
byline|By Tom Whitfield, Local Democracy Reporter
dateline|4 November 2025
reading-time|5 min read
comments|1 comment
caption|An artist's impression of the proposed development seen from Hemdean Road.
credit|Image: Hollins Vale Homes
p|A plan to build 140 homes on the site of a former dairy depot in Caversham has been recommended for approval, despite more than 300 objections from neighbours.
p|Reading Borough Council's planning officers say the scheme, which would replace the empty depot and its yard off Hemdean Road, makes good use of brownfield land and would provide much-needed affordable housing.
p|The application will be decided by the council's planning applications committee on Wednesday 12 November.
h2|What is proposed
p|The developer, Hollins Vale Homes, wants to build:
li|96 flats in three blocks of up to five storeys;
li|44 terraced and semi-detached houses;
li|a small public square with a café unit;
li|a walking and cycling link through to Priest Hill.
p|Thirty per cent of the homes, 42 in total, would be classed as affordable, with 26 of those for social rent.
read-also|READ MORE: Caversham Primary to get two new classrooms after council grant
h2|Neighbours' concerns
p|Residents who objected say the five-storey blocks are out of keeping with the surrounding Victorian and Edwardian houses and would overlook gardens on Hemdean Rise.
p|Many also raised fears about traffic. The Caversham and District Residents' Association said the junction with Bridge Street was "already at breaking point at school run time" and questioned the developer's estimate of 48 extra car trips in the morning peak.
p|In their report, officers say the highways team has accepted the traffic figures and that the developer would pay £310,000 towards bus services and junction improvements.
p|The report adds that the tallest block has been reduced from six to five storeys since the plans were first submitted in the spring.
p|A spokesperson for Hollins Vale Homes said: "We have listened to local people and changed the design. This is a derelict site that has been fenced off for nine years, and we want to turn it into a neighbourhood."
signature|This story was written by a Local Democracy Reporter. The Local Democracy Reporting Service is a public service news agency funded by the BBC and used by local media organisations.
correction|Correction, 5 November 2025: an earlier version of this article said the committee would meet on 13 November. The meeting is on Wednesday 12 November. We apologise for the error.
share|Share this:
share|Facebook
share|X
share|WhatsApp
share|Email
print|Print
like|Like this:
like|Like Loading...
tags|Posted in News, Planning | Tagged Caversham, housing, planning, Reading Borough Council
author-bio|About Tom Whitfield
author-bio|Tom is the Local Democracy Reporter for Reading and West Berkshire. He previously worked on regional papers in Oxfordshire.
author-link|View all posts by Tom Whitfield →
nav|← Previous: Fire crews tackle barn blaze near Twyford
nav|Next: Wokingham Christmas lights switch-on date confirmed →
comments|One thought on "Plans for 140 homes on former Caversham dairy site recommended for approval"
comments|R. Allen
comments|4 November 2025 at 8:47 pm
comments|Five storeys on Hemdean Road is madness. Has anyone from the council tried to get over the bridge at 8.30?
comments|Reply
comments|Leave a Reply Cancel reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Notify me of new posts by email.
comments|Post Comment
event|WHAT'S ON THIS WEEK
event|Wed 5 Nov · Bonfire night at Palmer Park, gates 5.30pm, tickets £8
event|Sat 8 Nov · Wokingham Farmers' Market, Market Place, 9am–1pm
event|Sun 9 Nov · Remembrance Sunday service, Forbury Gardens, 10.45am
event|Add your event →
teaser-list|Most read
teaser-list|1. Wokingham library to open on Sundays under volunteer pilot
teaser-list|2. Reading station car park fees to rise in January
teaser-list|3. Twyford bakery wins regional award for its sourdough
teaser-list|4. Police appeal after cyclist injured on Thames Path
donate|Support TVN
donate|We're a community interest company. Every penny you give goes back into local reporting. Become a supporter today.
donate|Donate now
footer|Thames Valley News is published by Thames Valley News CIC, a community interest company registered in England and Wales, company no. 12845031. Registered office: 14 Market Place, Wokingham RG40 1AL.
footer|TVN is regulated by IMPRESS, the independent press regulator. Read our complaints policy.
footer|About us · Our team · Ethics & complaints · Corrections · Advertise · Contact · Privacy policy · Cookie settings
copyright|© 2025 Thames Valley News CIC. All rights reserved.
footer|Proudly powered by WordPress | Theme: Newsup by Themeansar.
"""),
 dict(id="la-voix-du-quebec-ouest-1", site="la-voix-du-quebec-ouest", lang="fr", sep="\n\n", title="Saint-Augustin-de-Desmaures aura son anneau de glace réfrigéré dès Noël", date="2025-11-20", page="""
skip-link|Passer au contenu principal
cookie|Votre vie privée nous tient à cœur
cookie|Nous utilisons des témoins (cookies) et des technologies similaires pour assurer le bon fonctionnement du site, mesurer l’audience et personnaliser la publicité, conformément à la Loi 25 sur la protection des renseignements personnels. Vous pouvez modifier vos choix en tout temps.
cookie|Tout accepter
cookie|Tout refuser
cookie|Personnaliser mes choix
network|Hebdos Capitale-Nationale :
network|Le Journal de Charlesbourg
network|L’Écho de Beauport
network|La Voix du Québec-Ouest
network|Le Courrier de Portneuf
network|Tous nos journaux ▾
weather|Québec  -3 °C  Nuageux
login|Se connecter
login|S’abonner à l’édition numérique
menu|La Voix du Québec-Ouest
menu|Sainte-Foy · Sillery · Cap-Rouge · Saint-Augustin-de-Desmaures · L’Ancienne-Lorette
menu|Actualités
menu|Municipal
menu|Sports
menu|Culture
menu|Affaires
menu|Communauté
menu|Opinion
menu|Avis de décès
menu|Emplois
menu|Circulaires
menu|Édition numérique
search|Rechercher
ad|Publicité
breadcrumb|Accueil › Actualités › Municipal
section-label|MUNICIPAL
h1|Saint-Augustin-de-Desmaures aura son anneau de glace réfrigéré dès Noël
lead|Le nouvel anneau de glace réfrigéré du parc Riverain devrait accueillir ses premiers patineurs pendant le congé des Fêtes, a confirmé la Ville lors de la séance du conseil municipal du 18 novembre.
byline|Marie-Ève Tremblay
byline|Journaliste
dateline|20 novembre 2025 à 6 h 00
reading-time|Temps de lecture : 3 min
share|Partager
share|Facebook
share|Messenger
share|Courriel
share|Copier le lien
caption|Les travaux de la dalle réfrigérée étaient presque terminés au parc Riverain, la semaine dernière.
credit|(Photo : Marie-Ève Tremblay)
p|Les patineurs de Saint-Augustin-de-Desmaures n’auront plus à surveiller le thermomètre avant de sortir leurs patins. L’anneau de glace de 400 mètres aménagé au parc Riverain sera réfrigéré, ce qui permettra de patiner même lors des redoux de janvier.
p|La Ville vise une ouverture le 20 décembre, si les derniers essais du système de réfrigération se déroulent comme prévu. « On est dans les temps, et on est dans le budget », a assuré le maire lors de la séance du conseil.
p|Le projet, estimé à 6,4 millions de dollars, est financé aux deux tiers par le programme provincial d’aide aux infrastructures récréatives. La part de la Ville, environ 2,1 millions, provient de son fonds de roulement.
ad|Publicité
h2|Un chalet et des patins à prêter
p|Un chalet de services, avec vestiaires chauffés, toilettes et casse-croûte, a été construit en bordure de l’anneau. On y trouvera aussi un service de prêt de patins et de casques pour les enfants, gratuit pour les résidents.
p|L’anneau sera ouvert tous les jours de 10 h à 21 h 30, et éclairé en soirée. Des plages de patin libre en musique sont prévues le vendredi soir.
read-also|À lire aussi : Cap-Rouge : la côte de la Rivière fermée pour l’hiver
p|Le conseiller du district des Bocages s’est réjoui de l’arrivée de ce nouvel équipement, tout en rappelant que plusieurs citoyens du secteur ont demandé un meilleur éclairage du stationnement et un passage piéton sécuritaire sur la route 138.
p|La direction des loisirs indique que ces demandes seront étudiées au printemps, une fois la première saison terminée.
p|La Ville entend aussi offrir l’anneau aux écoles du secteur en semaine, le matin, pour des sorties de classe.
tip|Vous avez une nouvelle à nous communiquer? Écrivez-nous à nouvelles@voixquebecouest.ca
tags|Sujets : Loisirs   Hiver   Saint-Augustin-de-Desmaures   Conseil municipal
newsletter|Les nouvelles sont bloquées sur Facebook et Instagram au Canada. Pour ne rien manquer de l’actualité de votre quartier, abonnez-vous à notre infolettre.
newsletter|Votre courriel
newsletter|Je m’abonne
teaser-list|Plus de nouvelles
teaser-list|MUNICIPAL
teaser-list|L’Ancienne-Lorette adopte un budget en hausse de 3,9 %
teaser-list|Il y a 2 jours
teaser-list|COMMUNAUTÉ
teaser-list|La guignolée des pompiers de Sainte-Foy revient le 6 décembre
teaser-list|Il y a 3 jours
teaser-list|SPORTS
teaser-list|Les Diablos du Cégep remportent le Bol d’Or régional
teaser-list|Il y a 4 jours
obituary|Avis de décès
obituary|BÉDARD, Lucienne (née Paquet) 1938 – 2025
obituary|GIGUÈRE, Roland 1947 – 2025
obituary|LAPOINTE, Gisèle 1931 – 2025
obituary|Voir tous les avis de décès
flyers|Circulaires
flyers|Consultez les circulaires de vos commerçants de la semaine
flyers|Voir les circulaires
jobs|Offres d’emploi
jobs|Préposé(e) à l’entretien des patinoires – Ville de Saint-Augustin-de-Desmaures
jobs|Commis d’épicerie – temps partiel – L’Ancienne-Lorette
jobs|Voir toutes les offres
partner|Contenu partenaire
partner|Cinq idées de sorties en famille dans la région de Québec cet hiver
digital-edition|Feuilletez l’édition du 19 novembre 2025
footer|La Voix du Québec-Ouest
footer|Hebdomadaire distribué gratuitement à 42 000 foyers de Sainte-Foy, Sillery, Cap-Rouge, Saint-Augustin-de-Desmaures et L’Ancienne-Lorette.
footer|À propos   Nous joindre   Annoncer dans nos pages   Politique de confidentialité   Conditions d’utilisation   Gérer les témoins
footer|La Voix du Québec-Ouest est membre du Conseil de presse du Québec.
copyright|© 2025 Hebdos Capitale-Nationale inc. Tous droits réservés.
"""),
 dict(id="la-voix-du-quebec-ouest-2", site="la-voix-du-quebec-ouest", lang="fr", sep="\n\n", title="L’Ancienne-Lorette : la friperie du Partage double sa superficie", date="2026-01-15", page="""
skip-link|Passer au contenu principal
cookie|Votre vie privée nous tient à cœur
cookie|Nous utilisons des témoins (cookies) et des technologies similaires pour assurer le bon fonctionnement du site, mesurer l’audience et personnaliser la publicité, conformément à la Loi 25 sur la protection des renseignements personnels. Vous pouvez modifier vos choix en tout temps.
cookie|Tout accepter
cookie|Tout refuser
cookie|Personnaliser mes choix
network|Hebdos Capitale-Nationale :
network|Le Journal de Charlesbourg
network|L’Écho de Beauport
network|La Voix du Québec-Ouest
network|Le Courrier de Portneuf
network|Tous nos journaux ▾
weather|Québec  -14 °C  Ensoleillé
login|Se connecter
login|S’abonner à l’édition numérique
menu|La Voix du Québec-Ouest
menu|Sainte-Foy · Sillery · Cap-Rouge · Saint-Augustin-de-Desmaures · L’Ancienne-Lorette
menu|Actualités
menu|Municipal
menu|Sports
menu|Culture
menu|Affaires
menu|Communauté
menu|Opinion
menu|Avis de décès
menu|Emplois
menu|Circulaires
menu|Édition numérique
search|Rechercher
ad|Publicité
breadcrumb|Accueil › Actualités › Communauté
section-label|COMMUNAUTÉ
h1|L’Ancienne-Lorette : la friperie du Partage double sa superficie
lead|Victime de son succès, la friperie communautaire de l’organisme Le Partage déménage dans un local deux fois plus grand sur la rue Notre-Dame. Elle rouvrira ses portes le 27 janvier.
byline|Jérôme Lavoie
byline|Initiative de journalisme local
dateline|15 janvier 2026 à 14 h 30
dateline|Mis à jour le 15 janvier 2026 à 16 h 12
reading-time|Temps de lecture : 4 min
share|Partager
share|Facebook
share|Messenger
share|Courriel
share|Copier le lien
caption|Francine Roy, coordonnatrice de la friperie, dans le nouveau local encore en aménagement.
credit|(Photo : Jérôme Lavoie)
p|Les bénévoles de la friperie du Partage ont passé les deux dernières semaines à plier, trier et transporter des centaines de boîtes. Le déménagement, prévu depuis l’automne, permettra à l’organisme de passer de 140 à près de 300 mètres carrés.
p|« On refusait des dons presque chaque semaine parce qu’on n’avait plus de place pour entreposer », raconte la coordonnatrice, Francine Roy. « Les gens arrivaient avec des sacs de linge d’enfants en parfait état, et on devait leur dire de revenir dans un mois. »
p|La friperie, qui vend vêtements, chaussures, jouets et articles de cuisine à petits prix, a accueilli plus de 11 000 clients en 2025, une hausse d’environ 40 % par rapport à l’année précédente.
h2|Le coût de la vie en cause
p|Selon l’organisme, la hausse de la fréquentation s’explique en bonne partie par le coût de la vie. Les familles avec jeunes enfants, les étudiants et les personnes aînées à revenu fixe forment l’essentiel de la clientèle.
p|« Il y a aussi des gens qui viennent par conviction, pour acheter usagé plutôt que neuf. Ça fait un beau mélange », souligne Mme Roy.
ad|Publicité
p|Le nouveau local permettra d’ajouter :
li|un coin d’essayage accessible aux personnes en fauteuil roulant;
li|une section réservée aux vêtements d’hiver pour enfants;
li|un atelier de couture où des bénévoles feront de petites réparations.
p|Les profits de la friperie financent le comptoir alimentaire du Partage, qui distribue des paniers de denrées à environ 180 ménages chaque mois.
read-also|À lire aussi : Banques alimentaires : la demande a encore augmenté en 2025 dans la région de Québec
p|Le déménagement a été rendu possible grâce à une subvention de la Ville et à une campagne de financement qui a permis d’amasser 38 000 $ auprès de commerces et de particuliers du secteur.
p|La friperie cherche d’ailleurs de nouveaux bénévoles, en particulier pour le tri des dons le mardi et le jeudi. Les personnes intéressées peuvent se présenter sur place ou téléphoner à l’organisme.
funding|Ce contenu a été produit dans le cadre de l’Initiative de journalisme local, financée par le gouvernement du Canada.
tip|Vous avez une nouvelle à nous communiquer? Écrivez-nous à nouvelles@voixquebecouest.ca
tags|Sujets : Organismes communautaires   Coût de la vie   L’Ancienne-Lorette   Bénévolat
newsletter|Les nouvelles sont bloquées sur Facebook et Instagram au Canada. Pour ne rien manquer de l’actualité de votre quartier, abonnez-vous à notre infolettre.
newsletter|Votre courriel
newsletter|Je m’abonne
teaser-list|Plus de nouvelles
teaser-list|MUNICIPAL
teaser-list|Saint-Augustin : l’anneau de glace a attiré 9 000 patineurs pendant les Fêtes
teaser-list|Il y a 1 jour
teaser-list|AFFAIRES
teaser-list|Une boulangerie artisanale s’installe sur la route de l’Église
teaser-list|Il y a 3 jours
teaser-list|CULTURE
teaser-list|Le Carnaval de Sillery dévoile sa programmation
teaser-list|Il y a 5 jours
obituary|Avis de décès
obituary|ROBITAILLE, Jean-Guy 1942 – 2026
obituary|CÔTÉ, Thérèse (née Dion) 1935 – 2026
obituary|Voir tous les avis de décès
flyers|Circulaires
flyers|Consultez les circulaires de vos commerçants de la semaine
flyers|Voir les circulaires
jobs|Offres d’emploi
jobs|Coordonnateur(trice) des bénévoles – organisme communautaire, L’Ancienne-Lorette
jobs|Caissier(ère) – pharmacie, Sainte-Foy
jobs|Voir toutes les offres
partner|Contenu partenaire
partner|Rénovation : les aides financières offertes aux propriétaires en 2026
digital-edition|Feuilletez l’édition du 14 janvier 2026
footer|La Voix du Québec-Ouest
footer|Hebdomadaire distribué gratuitement à 42 000 foyers de Sainte-Foy, Sillery, Cap-Rouge, Saint-Augustin-de-Desmaures et L’Ancienne-Lorette.
footer|À propos   Nous joindre   Annoncer dans nos pages   Politique de confidentialité   Conditions d’utilisation   Gérer les témoins
footer|La Voix du Québec-Ouest est membre du Conseil de presse du Québec.
copyright|© 2026 Hebdos Capitale-Nationale inc. Tous droits réservés.
"""),
 dict(id="pacific-islands-report-1", site="pacific-islands-report", lang="en", sep="\n", title="Tonga's new inter-island ferry makes first run to the Niuas", date="2025-10-07", page="""
skip-link|Skip to main content
ticker|Pacific currencies per US$1:  FJD 2.27  |  WST 2.74  |  TOP 2.36  |  PGK 4.05  |  SBD 8.43  |  VUV 119.50
world-clock|Suva 9:14 AM   Apia 10:14 AM   Port Moresby 7:14 AM   Nuku'alofa 10:14 AM   Honolulu 11:14 AM (Mon)
translate|Select Language ▾
translate|Powered by Google Translate
menu|THE MOANA REPORT
menu|Pacific Islands news, every day
menu|Home | Latest | Melanesia | Micronesia | Polynesia | Climate | Business | Health | Sport | Opinion | Archives
menu|Countries: American Samoa · Cook Islands · Fiji · French Polynesia · FSM · Guam · Kiribati · Marshall Islands · Nauru · New Caledonia · Niue · Palau · PNG · Samoa · Solomon Islands · Tokelau · Tonga · Tuvalu · Vanuatu · Wallis & Futuna
search|Search stories…
breadcrumb|Home / Polynesia / Tonga
section-label|TONGA
h1|Tonga's new inter-island ferry makes first run to the Niuas
byline|By Sione Latu
byline|Tonga Herald
dateline|Posted: October 7, 2025
print|Print this story
share|Email | Facebook | X | LinkedIn | WhatsApp
font|Text size: A A A
dateline|NUKU'ALOFA, Tonga (Tonga Herald, Oct. 6, 2025) —
p|Tonga's newest passenger and cargo ferry has completed its first voyage to the remote northern islands of Niuatoputapu and Niuafo'ou, ending a gap of almost five months without a regular government shipping service to the group.
p|The 62-metre vessel left Nuku'alofa on Wednesday with 148 passengers, building materials, fuel drums and school supplies on board, and reached Niuatoputapu on Friday morning after a stop in Vava'u.
caption|Passengers and cargo being loaded at Queen Salote Wharf before the ferry's first voyage north.
credit|Photo: Tonga Herald
p|Residents of the Niuas, home to about 1,200 people, had relied on occasional fishing boats and a small number of flights since the previous ferry was withdrawn for repairs in May.
p|"People were running short of cement, of fuel, even of rice," said a town officer on Niuatoputapu who met the ship at the wharf. "Today the whole village came down to see her arrive."
h2|Monthly service planned
p|The Ministry of Infrastructure said the ferry would now run to the Niuas once a month, and to Vava'u and Ha'apai every week.
p|The vessel, built in Japan and funded through a grant from a development partner, can carry up to 400 passengers and 20 containers. It has a covered passenger deck, a small clinic room and space for refrigerated cargo.
p|The ministry's chief executive said a fixed timetable would be published on its website and broadcast on radio, so that families and traders could plan their travel.
p|Shipping on the northern route is often disrupted by weather. Niuafo'ou has no wharf, and passengers and cargo are transferred to shore by small boats when the sea allows.
p|The ministry said it was looking at ways to make the landing safer, including a new mooring buoy, but that no date had been set for the work.
signature|This story was first published by the Tonga Herald and is republished with permission.
copyright|Copyright © 2025 Tonga Herald. All rights reserved.
disclaimer|Stories republished on The Moana Report come from our media partners across the region and reflect the views of their original publishers, not those of The Moana Report.
tags|Tags: Tonga, Shipping, Transport, Outer islands, Niuas
rating|Rate this story: ★ ★ ★ ★ ★
related|RELATED STORIES
related|Tonga: Vava'u wharf upgrade to begin next year (Sept. 22, 2025)
related|Samoa: Government orders second ferry for Savai'i crossing (Aug. 30, 2025)
related|Kiribati: Outer island shipping schedule disrupted by fuel shortage (Aug. 12, 2025)
teaser-list|MOST READ THIS WEEK
teaser-list|1. Fiji: Suva bus fares to rise from November
teaser-list|2. PNG: Heavy rains close Highlands Highway near Kundiawa
teaser-list|3. Solomon Islands: Honiara's new market opens its doors
teaser-list|4. Cook Islands: Visitor arrivals hit record in September
teaser-list|5. Samoa: Manu Samoa name squad for November tour
newsletter|Get the Moana Daily Digest
newsletter|The day's Pacific headlines, free in your inbox every weekday at 6 a.m. Fiji time.
newsletter|Email address
newsletter|Subscribe
donate|The Moana Report is free and non-profit. If you value regional journalism, please support us.
donate|Donate
partner-list|OUR CONTENT PARTNERS
partner-list|Tonga Herald · Port Vila Tribune · Suva Weekly Star · Apia Times · Oceania Press Agency · Radio Honiara FM · Micronesia Today
footer|The Moana Report is a non-profit project of the Oceania Media Trust, Suva, Fiji.
footer|About | Editorial policy | Republishing | Contact | Privacy | Terms of use
copyright|© 2025 The Moana Report. Stories remain the copyright of their original publishers.
back-to-top|Back to top ↑
"""),
 dict(id="pacific-islands-report-2", site="pacific-islands-report", lang="en", sep="\n", title="Vanuatu farmers turn to drought-tolerant taro as dry spells lengthen", date="2025-11-18", page="""
skip-link|Skip to main content
ticker|Pacific currencies per US$1:  FJD 2.26  |  WST 2.75  |  TOP 2.37  |  PGK 4.07  |  SBD 8.41  |  VUV 120.10
world-clock|Suva 8:02 AM   Apia 9:02 AM   Port Moresby 6:02 AM   Nuku'alofa 9:02 AM   Honolulu 10:02 AM (Mon)
translate|Select Language ▾
translate|Powered by Google Translate
menu|THE MOANA REPORT
menu|Pacific Islands news, every day
menu|Home | Latest | Melanesia | Micronesia | Polynesia | Climate | Business | Health | Sport | Opinion | Archives
menu|Countries: American Samoa · Cook Islands · Fiji · French Polynesia · FSM · Guam · Kiribati · Marshall Islands · Nauru · New Caledonia · Niue · Palau · PNG · Samoa · Solomon Islands · Tokelau · Tonga · Tuvalu · Vanuatu · Wallis & Futuna
search|Search stories…
breadcrumb|Home / Melanesia / Vanuatu
section-label|VANUATU
section-label|CLIMATE
h1|Vanuatu farmers turn to drought-tolerant taro as dry spells lengthen
byline|By Oceania Press Agency
dateline|Posted: November 18, 2025
print|Print this story
share|Email | Facebook | X | LinkedIn | WhatsApp
font|Text size: A A A
listen|▶ Listen to this story
listen|4:05
dateline|PORT VILA, Vanuatu (OPA) —
p|Farmers on the islands of Tanna and Malekula are planting new taro varieties bred to cope with longer dry seasons, as part of a programme run by Vanuatu's agriculture department and a regional research centre.
p|Around 2,300 households have received planting material since the programme began last year, according to the department, and early harvests show yields close to those of traditional varieties in normal years, and far better in dry ones.
gallery|PHOTO GALLERY (6 photos)
caption|A farmer inspects taro plants in a trial plot on Tanna.
credit|Photo: OPA / Vanuatu Department of Agriculture
p|"In 2023 we lost almost all our taro when the rain stopped for three months," said a farmer from a village in south-west Tanna. "This year the new taro stayed green. We will plant more next season."
p|Taro is a staple food in Vanuatu and a central part of ceremonies such as weddings and the exchange of gifts between families. Growers say drought and stronger cyclones have made harvests harder to predict.
h2|What the programme offers
p|Farmers taking part receive:
li|suckers of three drought-tolerant taro varieties, selected from trials in Fiji and Samoa;
li|training on mulching and planting times to keep soil moisture;
li|visits from extension officers during the first two harvests.
p|The department's principal crops officer said the aim was to give each island its own supply of planting material so that farmers do not depend on shipments from Port Vila.
p|Community nurseries have been set up on four islands, run by women's groups who sell suckers to neighbouring villages at a small price.
p|Researchers caution that the new varieties are not a complete answer. Some farmers say the taro takes longer to cook, and taste tests in two villages found a preference for traditional varieties.
p|The programme is due to run until the end of 2027 and could be extended to Santo and Pentecost.
signature|— OPA
copyright|© 2025 Oceania Press Agency. Reproduced under licence.
disclaimer|Stories republished on The Moana Report come from our media partners across the region and reflect the views of their original publishers, not those of The Moana Report.
tags|Tags: Vanuatu, Agriculture, Food security, Climate change, Taro
rating|Rate this story: ★ ★ ★ ★ ★
related|RELATED STORIES
related|Fiji: Farmers in the west count cost of long dry season (Nov. 3, 2025)
related|Samoa: Taro exports to New Zealand up 12 percent (Oct. 15, 2025)
related|Solomon Islands: Seed bank opens in Auki (Sept. 29, 2025)
teaser-list|MOST READ THIS WEEK
teaser-list|1. New Caledonia: Nickel plant to resume partial operations
teaser-list|2. Tonga's new inter-island ferry makes first run to the Niuas
teaser-list|3. Guam: Typhoon season ends without a direct hit
teaser-list|4. Tuvalu: New school buildings handed over in Funafuti
teaser-list|5. Fiji: Netball squad named for Pacific Series
newsletter|Get the Moana Daily Digest
newsletter|The day's Pacific headlines, free in your inbox every weekday at 6 a.m. Fiji time.
newsletter|Email address
newsletter|Subscribe
donate|The Moana Report is free and non-profit. If you value regional journalism, please support us.
donate|Donate
partner-list|OUR CONTENT PARTNERS
partner-list|Tonga Herald · Port Vila Tribune · Suva Weekly Star · Apia Times · Oceania Press Agency · Radio Honiara FM · Micronesia Today
footer|The Moana Report is a non-profit project of the Oceania Media Trust, Suva, Fiji.
footer|About | Editorial policy | Republishing | Contact | Privacy | Terms of use
copyright|© 2025 The Moana Report. Stories remain the copyright of their original publishers.
back-to-top|Back to top ↑
"""),
]
