# Round 110: eight pages on four more layouts (an English-language edition of an exiled Russian news outlet, a French
# Alpine regional daily's site, an English-language Sudanese news site, the Burkinabè state press agency's
# French-language site), written blind: without looking at the classifier, its rules or the benchmark, measured once.
# Each line: "label|text". Invented text; no real article is copied.
ROUND110 = [
 dict(id="meduza-english-style-1", site="meduza-english-style", lang="en", sep="\n", title="‘Like living in 1995’ A week-long mobile internet shutdown in three Russian regions leaves taxis, ATMs, and pharmacies stranded", date="2026-01-22", page="""
menu|Volna
menu|The real Russia. In English.
lang-switch|Русский
donate|Support us
menu|Latest
menu|Features
menu|Explainers
menu|Podcasts
menu|Newsletter
menu|About
search|Search
donate|Volna is blocked in Russia and labeled an “undesirable organization.” We rely on readers like you. Chip in →
section-label|News
h1|‘Like living in 1995’ A week-long mobile internet shutdown in three Russian regions leaves taxis, ATMs, and pharmacies stranded
lead|Authorities in the Yaroslavl, Vologda, and Kostroma regions cited the threat of Ukrainian drones. Local businesses say they have already lost millions of rubles.
dateline|7:14 pm, January 22, 2026
byline|Source: Volna
lang-switch|Read this story in Russian
caption|A convenience store in Yaroslavl. The sign on the door reads: “Cash only. No internet.”
credit|Vladimir Smirnov / TASS / Scanpix / LETA
p|One week after the shutdown began, residents of the Yaroslavl, Vologda, and Kostroma regions woke up on Thursday still without mobile internet. Regional authorities switched off mobile data on January 15 “until further notice,” citing the risk of attacks by Ukrainian drones, which Russia’s Defense Ministry claims can use domestic cellular networks to navigate.
p|Unlike earlier shutdowns, which typically lasted a few hours and affected individual cities, this one has covered three entire regions around the clock. Wired internet and Wi-Fi continue to work, as do ordinary phone calls and text messages.
p|Local residents told Volna that the consequences were felt almost immediately. Ride-hailing apps stopped working, card terminals in small shops and market stalls went offline, and couriers could no longer receive orders. In Vologda, several pharmacies put up handwritten signs saying they would accept cash only.
p|“It’s like living in 1995,” said Yekaterina, a 34-year-old accountant from Yaroslavl who asked that her last name not be published. “I have to go to a bank branch to pay for my daughter’s kindergarten, and there’s a line out the door because everyone else had the same idea.”
read-also|Read more
read-also|‘We don’t even ask why anymore’ How Russians learned to live with mobile internet blackouts
read-also|Feature · 12 min read
h2|‘White lists’ that don’t help
p|Authorities have tried to soften the blow with so-called “white lists” — a set of websites and apps that are supposed to remain accessible even during a shutdown. The list currently includes the state services portal Gosuslugi, the VK social network, the state-backed Max messenger, several large banks, and the marketplaces Ozon and Wildberries.
p|In practice, residents say, the white lists work inconsistently. Several people told Volna that banking apps on the list took minutes to load, if they loaded at all, and that ambulance crews in one district of the Kostroma region had trouble receiving call details on their tablets.
p|The Kostroma region’s health ministry denied any disruptions to emergency services. In a statement on Tuesday, it said that ambulance dispatch “operates on dedicated communication channels” and was “not affected by temporary restrictions.”
h2|Businesses count their losses
p|Business owners are less restrained. The Yaroslavl branch of an association of small and medium-sized businesses estimated that local companies lost at least 400 million rubles (about $5 million) in revenue during the first five days of the shutdown. The association asked the governor to restore mobile internet at least during daytime hours.
p|Delivery services have been hit hardest. One courier who works for a major food delivery app in Vologda said the number of orders he received had fallen by about two thirds. “The Wi-Fi in the restaurants works, but once I’m on the road, I don’t know where I’m going or whether the client has canceled,” he said.
p|Neither the regional governments nor the federal Digital Development Ministry have said when the restrictions will be lifted. The Yaroslavl region’s governor wrote on his Telegram channel on Wednesday that “the safety of residents comes first” and asked people to “treat the temporary inconveniences with understanding.”
p|According to an independent project that monitors internet restrictions, Russian regions recorded more than 2,000 mobile internet shutdowns in 2025 — more than any other country in the world.
share|Share
share|Facebook
share|X
share|Telegram
share|Bluesky
share|Copy link
donate|Volna is in exile, but our readers aren’t
donate|Since 2022, the Kremlin has blocked our website, outlawed donations from Russia, and declared us “undesirable.” Anyone inside the country who helps us risks prosecution. That’s why we’re asking readers abroad to keep independent Russian journalism alive.
donate|One time
donate|Monthly
donate|€5
donate|€15
donate|€50
donate|Other amount
donate|Support Volna
donate|Secure payment · Cancel anytime
newsletter|The Real Russia Today
newsletter|Our daily newsletter. The news that matters, without the propaganda. Five minutes, every weekday.
newsletter|Your email
newsletter|Subscribe
newsletter|By subscribing, you agree to our privacy policy.
teaser-list|Latest
teaser-list|6:52 pm
teaser-list|Court in Moscow sentences theater director to six years for ‘justifying terrorism’ over a play
teaser-list|6:20 pm
teaser-list|Ukraine says it struck oil depot in Bryansk region overnight
teaser-list|5:41 pm
teaser-list|Finance Ministry says 2025 budget deficit was wider than planned
teaser-list|4:05 pm
teaser-list|Kremlin denies reports of new mobilization wave before spring
teaser-list|Show more
related|More from Volna
related|Explainer
related|Why Russia keeps throttling YouTube, but won’t block it outright
related|Feature
related|The last independent bookstore in Perm closes its doors. Its owner explains why
related|Podcast
related|Kremlin Decoded · Episode 141: Who actually runs the Russian internet?
access-note|Is Volna blocked where you are? Use our mirror sites, the Volna app, or a VPN. Here’s how →
social|Telegram · Instagram · X · YouTube · Bluesky · Threads
footer|Volna
footer|About us
footer|Contact
footer|Tips and secure contact
footer|Advertise
footer|Privacy policy
footer|Terms of use
copyright|© 2014–2026 Volna Media SIA. All rights reserved.
cookie|We use cookies to analyze traffic and improve your experience. You can change your settings at any time.
cookie|Accept all
cookie|Only necessary
"""),
 dict(id="meduza-english-style-2", site="meduza-english-style", lang="en", sep="\n", title="‘Sign here, and the debt disappears’ How Russian universities are recruiting students to fight in Ukraine", date="2026-03-03", page="""
menu|Volna
menu|The real Russia. In English.
lang-switch|Русский
donate|Support us
menu|Latest
menu|Features
menu|Explainers
menu|Podcasts
menu|Newsletter
menu|About
search|Search
section-label|Feature
h1|‘Sign here, and the debt disappears’ How Russian universities are recruiting students to fight in Ukraine
lead|Volna spoke to students at five regional universities who say administrators have urged them to sign military contracts in exchange for tuition forgiveness, dorm rooms, and academic leave. Here’s what they told us.
dateline|11:02 am, March 3, 2026
byline|Source: Volna
listen|Listen to this story · 14 min
credit|Illustration: Volna
p|The names of all students quoted in this story have been changed for their safety.
p|Artyom was three weeks behind on his tuition payments when he was called to the dean’s office. The second-year engineering student at a university in the Volga region expected a warning, or maybe an offer to pay in installments. Instead, he says, a deputy dean slid a printed brochure across the desk.
p|“He said, ‘You know there’s another way to solve this.’ The brochure was from the Defense Ministry. A contract for one year, a signing bonus from the region, and the university would write off everything I owed,” Artyom told Volna. “He said, ‘Sign here, and the debt disappears.’”
p|Artyom did not sign. But over the past three months, Volna spoke to 17 students at five universities in different Russian regions who described similar conversations — with deans, dormitory managers, and staff from newly created “patriotic education” departments.
h2|‘They called us in one by one’
p|Most of the students we spoke to are enrolled on a paid basis, meaning they do not have state-funded places and must cover their own tuition. Several said the pressure began after they fell behind on payments or failed an exam session.
p|Students at two universities described group meetings at which recruiters in uniform gave presentations in lecture halls. At others, the approach was more personal. “They called us in one by one, the ones with debts,” said Daria, a third-year student in Siberia. “Girls, too. They said there are medical and communications positions, and that nobody would send us to the front line.”
p|According to documents seen by Volna and the students’ accounts, the packages on offer usually include:
li|full forgiveness of tuition debt and a guaranteed place at the university upon return;
li|a one-time regional payment of between 400,000 and 1.5 million rubles;
li|academic leave “for the duration of the special military operation”;
li|priority access to a dormitory room, or free housing for students from other regions.
donate|Volna can’t report from inside Russia without help. Every donation keeps stories like this one free to read. Support us
h2|Debt as leverage
p|Russian law forbids conscripting full-time students, and the Kremlin has repeatedly promised that students will not be mobilized. A contract, however, is formally voluntary. That distinction, experts say, is what makes universities useful to recruiters.
p|“The university has a list of everyone who owes money. It has their phone numbers, their grades, their home towns. For a recruitment office, that’s a ready-made database,” said a sociologist who studies Russian higher education and now lives abroad. He asked not to be named because he still has relatives in Russia.
p|At least two universities in the regions we examined signed cooperation agreements with local recruitment centers in the autumn of 2025, according to copies posted on the universities’ own websites and later deleted. One agreement obliges the university to “provide information support” and to “designate a responsible staff member” for recruitment.
p|Volna sent questions to all five universities. Only one responded, saying that it “does not participate in recruitment” and that any meetings with Defense Ministry representatives were held “at the request of students themselves.”
h2|‘Nobody says no out loud’
p|None of the students we spoke to said they had been explicitly threatened with expulsion. But several described an atmosphere in which refusing felt risky. “Nobody says no out loud. You say, ‘I’ll think about it,’ and then you try to avoid that corridor,” Daria said.
p|Some did sign. A former classmate of Artyom’s, who had also fallen behind on tuition, left for training in December. His mother told Volna that he is now serving with a drone unit in the Zaporizhzhia region. “He wanted to be an engineer,” she said. “I suppose he is one now.”
p|Artyom eventually borrowed money from an uncle to cover his debt. He says he still receives messages from the university’s patriotic education department inviting him to “information meetings.” He no longer opens them.
byline|Story by Polina Yermakova
byline|Abridged translation by Sam Ridley
share|Share
share|Facebook
share|X
share|Telegram
share|Bluesky
share|Copy link
podcast|Kremlin Decoded
podcast|Our weekly podcast about what’s really going on inside Russia
podcast|Episode 146: Students, soldiers, and the war economy
podcast|38 min
podcast|Listen on Apple Podcasts · Spotify · YouTube
newsletter|The Real Russia Today
newsletter|Our daily newsletter. The news that matters, without the propaganda. Five minutes, every weekday.
newsletter|Your email
newsletter|Subscribe
newsletter|By subscribing, you agree to our privacy policy.
teaser-list|Latest
teaser-list|12:47 pm
teaser-list|Russian State Duma passes bill allowing ‘foreign agents’ to be stripped of property
teaser-list|12:10 pm
teaser-list|Drone debris damages apartment building in Belgorod, officials say
teaser-list|11:35 am
teaser-list|St. Petersburg bans rental scooters on Nevsky Prospekt for the summer
teaser-list|10:58 am
teaser-list|Ruble weakens past 100 per dollar for first time since autumn
teaser-list|Show more
related|More from Volna
related|Explainer
related|How much does Russia pay its contract soldiers now? We did the math
related|Feature
related|Schoolchildren in Russia now study drone assembly. We visited one of the classes
related|Opinion
related|The war has made Russian universities into barracks. Here’s how it happened
access-note|Is Volna blocked where you are? Use our mirror sites, the Volna app, or a VPN. Here’s how →
tip|Have a story to share? Contact us securely via Signal or our encrypted tip line. We protect our sources.
social|Telegram · Instagram · X · YouTube · Bluesky · Threads
footer|Volna
footer|About us
footer|Contact
footer|Tips and secure contact
footer|Advertise
footer|Privacy policy
footer|Terms of use
copyright|© 2014–2026 Volna Media SIA. All rights reserved.
cookie|We use cookies to analyze traffic and improve your experience. You can change your settings at any time.
cookie|Accept all
cookie|Only necessary
"""),
 dict(id="ledauphine-style-1", site="ledauphine-style", lang="fr", sep="\n", title="Un skieur de 27 ans emporté par une avalanche hors-piste, son pronostic vital engagé", date="2026-02-14", page="""
skip-link|Aller au contenu principal
menu|Menu
menu|L'Alpe Libérée
epaper|Le journal du jour
subscribe|S'abonner
subscribe|1 € le 1er mois
account|Se connecter
edition|Mon édition : Grenoble et sa région
edition|Changer d'édition
weather|Grenoble 3°C
menu|Actualité
menu|Faits divers - Justice
menu|Montagne
menu|Sport
menu|Économie
menu|Loisirs
menu|Vidéos
menu|Jeux
menu|Annonces légales
menu|Avis de décès
ticker|Infos routes
ticker|Col du Lautaret : ouvert, équipements obligatoires
ticker|Col du Galibier : fermé
ticker|RN85 route Napoléon : circulation normale
breadcrumb|Accueil / Isère / Chamrousse
section-label|Faits divers - Justice
section-label|Chamrousse
h1|Un skieur de 27 ans emporté par une avalanche hors-piste, son pronostic vital engagé
lead|Le jeune homme a été enseveli sous près d'un mètre de neige ce samedi en début d'après-midi, dans un secteur non balisé de la station. Ses amis l'ont dégagé avant l'arrivée des secours.
byline|Par Stéphane Marchand
dateline|14 févr. 2026 à 17:51 - mis à jour à 20:08
reading-time|Temps de lecture : 3 min
save|Ajouter à mes favoris
share|Partager
comments|Commenter
comments|12
caption|L'hélicoptère Dragon 38 de la Sécurité civile a déposé les secouristes du PGHM sur le lieu de l'avalanche. Photo d'archives L'AL/Jean-Benoît Vignal
p|Un skieur de 27 ans a été grièvement blessé, ce samedi 14 février en début d'après-midi, après avoir été emporté par une avalanche dans un secteur hors-piste de la station de Chamrousse, au-dessus de Grenoble.
p|L'alerte a été donnée vers 13 h 20 par deux de ses amis, qui skiaient avec lui dans le secteur de la Croix, à environ 2 150 mètres d'altitude. Tous trois étaient équipés de détecteurs de victimes d'avalanche (DVA), ce qui a permis de localiser rapidement le jeune homme.
p|Enseveli sous près d'un mètre de neige, le skieur, originaire de l'agglomération lyonnaise, a été dégagé par ses compagnons puis pris en charge par les pisteurs-secouristes de la station et par les gendarmes du peloton de gendarmerie de haute montagne (PGHM) de l'Isère, arrivés à bord de l'hélicoptère Dragon 38.
p|En arrêt cardio-respiratoire à l'arrivée des secours, il a été réanimé sur place avant d'être héliporté vers le CHU Grenoble Alpes. Selon nos informations, son pronostic vital était toujours engagé en fin de journée.
ad|Publicité
video|Vidéo. Hors-piste : les conseils du PGHM avant de quitter le domaine balisé
video|Publicité
video|Passer dans 5
video|01:42
h2|Un risque « marqué » annoncé
p|Le bulletin d'estimation du risque d'avalanche (BERA) publié vendredi par Météo-France faisait état d'un risque de 3 sur une échelle de 5 sur le massif de Belledonne, en raison des chutes de neige de la semaine et d'un vent de nord-ouest soutenu qui a formé des plaques à vent.
p|« Les conditions sont trompeuses : il fait beau, la neige est belle, mais le manteau neigeux reste très instable au-dessus de 2 000 mètres, surtout dans les pentes exposées nord et est », explique un pisteur de la station, qui rappelle que le secteur concerné se trouvait en dehors du domaine sécurisé.
read-also|Lire aussi : Avalanches : pourquoi l'hiver 2025-2026 inquiète déjà les secouristes
p|Une enquête a été ouverte par le PGHM pour déterminer les circonstances exactes de l'accident, et notamment si le groupe a lui-même déclenché la coulée.
h2|Cinquième accident grave depuis le début de la saison
p|Il s'agit du cinquième accident d'avalanche grave dans les Alpes du Nord depuis le début de l'hiver. Le 7 février, un randonneur à skis avait trouvé la mort dans le massif des Écrins, côté Hautes-Alpes.
p|Les secouristes rappellent les règles de base avant toute sortie en dehors des pistes :
li|consulter le bulletin avalanche et la météo la veille et le matin même ;
li|ne jamais partir seul et prévenir un proche de son itinéraire ;
li|s'équiper systématiquement du trio DVA, pelle et sonde, et savoir s'en servir ;
li|respecter les fermetures de secteurs décidées par les stations.
p|Le risque d'avalanche devrait rester marqué ce dimanche sur l'ensemble des massifs isérois, avec de nouvelles chutes de neige attendues en soirée au-dessus de 1 200 mètres.
promo|Montagne : retrouvez chaque matin la météo des neiges, l'ouverture des stations et le bulletin avalanche dans notre rubrique Montagne
tags|Avalanche
tags|Chamrousse
tags|Secours en montagne
tags|Isère
follow|Suivre
report-error|Signaler une erreur
whatsapp|Suivez L'Alpe Libérée sur WhatsApp
comments|Commentaires (12)
comments|L'espace commentaires est réservé aux abonnés.
comments|Voir les commentaires
newsletter|Newsletter Grenoble
newsletter|Recevez chaque matin à 7 h l'essentiel de l'actualité de Grenoble et de sa région.
newsletter|Votre adresse e-mail
newsletter|S'inscrire
related|Sur le même sujet
related|Belledonne : un randonneur secouru après une nuit passée dans un igloo de fortune
related|Alpe d'Huez : la station ferme plusieurs pistes après de fortes chutes de neige
related|Secours en montagne : le PGHM de l'Isère a réalisé plus de 900 interventions en 2025
teaser-list|Le fil info
teaser-list|20:31
teaser-list|Grenoble : un incendie dans un immeuble de la Villeneuve, quatre personnes relogées
teaser-list|19:58
teaser-list|Hockey sur glace : les Brûleurs de loups s'imposent face à Rouen
teaser-list|19:12
teaser-list|Voiron : la fête foraine de retour sur le champ de Mars
teaser-list|Voir tout le fil
most-read|Les plus lus
most-read|Isère : la préfecture interdit les feux d'artifice pour le week-end
teaser-list|Un skieur de 27 ans emporté par une avalanche hors-piste, son pronostic vital engagé
most-read|Grenoble : le tramway E prolongé jusqu'à Saint-Égrève d'ici 2028
most-read|Météo : le redoux attendu en début de semaine prochaine
sponsored|Contenus sponsorisés
sponsored|Cette nouvelle assurance obsèques fait un carton chez les plus de 60 ans
sponsored|Prévoyance Seniors
sponsored|Les propriétaires de maisons en Isère peuvent désormais bénéficier de cette aide
sponsored|Rénov Solaire
sponsored|par Taboola
app|Téléchargez l'application L'Alpe Libérée
app|Disponible sur l'App Store - Disponible sur Google Play
network|Les journaux du groupe
network|Le Courrier du Rhône
network|La Voix du Jura
network|Le Républicain de Bourgogne
network|L'Écho de la Moselle
network|Le Journal de Franche-Comté
footer|Services
footer|Annonces légales
footer|Avis de décès
footer|Boutique
footer|Jeux concours
footer|Nous contacter
footer|Mentions légales
footer|CGU - CGV
footer|Politique de confidentialité
cookie|Paramétrer les cookies
copyright|© L'Alpe Libérée - 2026 - Tous droits réservés
"""),
 dict(id="ledauphine-style-2", site="ledauphine-style", lang="fr", sep="\n", title="Vallée de l'Arve : la prime pour remplacer un vieux chauffage au bois grimpe à 3 000 euros", date="2026-01-27", page="""
skip-link|Aller au contenu principal
menu|Menu
menu|L'Alpe Libérée
epaper|Le journal du jour
account|Mon compte
account|Bonjour Martine
edition|Mon édition : Haute-Savoie - Mont-Blanc
edition|Changer d'édition
weather|Chamonix -4°C
menu|Actualité
menu|Faits divers - Justice
menu|Montagne
menu|Sport
menu|Économie
menu|Loisirs
menu|Vidéos
menu|Jeux
menu|Annonces légales
menu|Avis de décès
breaking|Alerte info
breaking|Pollution aux particules fines : le préfet active le niveau « alerte » dans la vallée de l'Arve à partir de mercredi
breadcrumb|Accueil / Haute-Savoie / Cluses
paywall|Abonnés
section-label|Environnement
h1|Vallée de l'Arve : la prime pour remplacer un vieux chauffage au bois grimpe à 3 000 euros
lead|Pour accélérer la sortie des appareils les plus polluants, les collectivités de la vallée relèvent le montant du « fonds air bois ». Près de 4 000 foyers seraient encore équipés d'un poêle ou d'un insert antérieur à 2002.
byline|Par Lucie Brémond - 27 janv. 2026 à 19:10 - Temps de lecture : 3 min
save|Ajouter à mes favoris
share|Partager
comments|Commenter
comments|4
listen|Écouter cet article
listen|Lu par une voix de synthèse
p|C'est l'un des leviers jugés les plus efficaces pour améliorer la qualité de l'air dans la vallée de l'Arve, régulièrement pointée du doigt pour ses pics de pollution aux particules fines en hiver. À partir du 1er février, la prime accordée aux ménages qui remplacent un ancien appareil de chauffage au bois passera de 2 000 à 3 000 euros.
caption|Dans la vallée de l'Arve, le chauffage au bois individuel reste la première source de particules fines en hiver.
credit|Photo L'AL/Grégory Yetchmenian
p|La mesure a été votée lundi soir par les élus des quatre intercommunalités concernées, réunis à Bonneville. Elle s'adresse aux habitants des 41 communes couvertes par le plan de protection de l'atmosphère (PPA), de Cluses à Chamonix.
p|Selon les estimations de l'observatoire régional de la qualité de l'air, le chauffage au bois individuel est responsable de plus de la moitié des émissions de particules fines PM10 dans la vallée en hiver, loin devant le trafic routier et l'industrie.
h2|« Les derniers sont les plus difficiles à convaincre »
p|Depuis sa création en 2013, le fonds a permis de remplacer plus de 8 500 appareils. Mais le rythme ralentit. « Les derniers foyers sont les plus difficiles à convaincre : souvent des personnes âgées, attachées à leur cheminée ouverte, ou des ménages modestes qui n'ont pas les moyens d'avancer le reste à charge », observe la vice-présidente chargée de l'environnement de la communauté de communes de Cluses.
p|Pour ces derniers, un bonus supplémentaire de 1 000 euros pourra être accordé sous condition de ressources, portant l'aide totale à 4 000 euros. Elle reste cumulable avec MaPrimeRénov'.
ad|Publicité
ad|Annonce - Pompes à chaleur Haute-Savoie : devis gratuit en 48 h
read-also|À lire aussi
read-also|Pollution dans la vallée de l'Arve : les poids lourds les plus anciens bientôt interdits au tunnel du Mont-Blanc ?
read-also|Abonnés
h2|Qui peut en bénéficier ?
p|Pour prétendre à la prime, il faut :
li|résider à titre principal dans l'une des 41 communes du périmètre ;
li|remplacer un appareil de chauffage au bois installé avant 2002 ou une cheminée à foyer ouvert ;
li|faire installer un équipement labellisé Flamme verte 7 étoiles par un professionnel certifié RGE ;
li|déposer son dossier avant le début des travaux.
p|Les dossiers peuvent être déposés en mairie ou en ligne sur le site de l'agence locale de l'énergie, qui propose également des permanences gratuites dans plusieurs communes de la vallée.
p|Les associations de défense de l'environnement saluent la mesure, mais réclament davantage. « Tant que les poids lourds continueront de traverser la vallée vers le tunnel du Mont-Blanc à ce rythme, on ne réglera pas le problème », estime le porte-parole d'un collectif d'habitants de Passy.
p|Le préfet de la Haute-Savoie doit présenter au printemps la révision du plan de protection de l'atmosphère, qui pourrait prévoir de nouvelles restrictions sur l'usage des foyers ouverts lors des épisodes de pollution.
tags|Pollution
tags|Vallée de l'Arve
tags|Chauffage
tags|Haute-Savoie
follow|Suivre
report-error|Signaler une erreur
rating|Cet article vous a-t-il été utile ?
rating|Oui
rating|Non
comments|Commentaires (4)
comments|Jean-Pierre74
comments|Il y a 2 heures
comments|Très bien, mais on fait quoi pour les camions ? C'est toujours aux particuliers de payer.
comments|Répondre
comments|Voir les 3 autres commentaires
newsletter|Newsletter Mont-Blanc
newsletter|Recevez chaque matin à 7 h l'essentiel de l'actualité du pays du Mont-Blanc et de la vallée de l'Arve.
newsletter|Votre adresse e-mail
newsletter|S'inscrire
related|Sur le même sujet
related|Pollution : la vallée de l'Arve a connu 11 jours de vigilance depuis novembre
related|Chamonix : la circulation alternée à l'étude pour les prochains pics de pollution
related|Sallanches : un nouveau capteur de qualité de l'air installé près de l'école
teaser-list|Le fil info
teaser-list|19:44
teaser-list|Annecy : le pont des Amours fermé pour travaux jusqu'en mars
teaser-list|19:21
teaser-list|Ski alpin : doublé savoyard en Coupe d'Europe à Méribel
teaser-list|18:57
teaser-list|Thonon-les-Bains : un conducteur contrôlé à 190 km/h sur la RD1005
teaser-list|Voir tout le fil
most-read|Les plus lus
most-read|Chamonix : le tunnel du Mont-Blanc fermé plusieurs nuits en février
most-read|Haute-Savoie : les prix de l'immobilier reculent pour la première fois depuis dix ans
most-read|Megève : un chalet de luxe cambriolé pendant une soirée
epaper|Votre journal en version numérique
epaper|Édition du mardi 27 janvier 2026
epaper|Lire le journal
app|Téléchargez l'application L'Alpe Libérée
app|Disponible sur l'App Store - Disponible sur Google Play
network|Les journaux du groupe
network|Le Courrier du Rhône
network|La Voix du Jura
network|Le Républicain de Bourgogne
network|L'Écho de la Moselle
network|Le Journal de Franche-Comté
footer|Services
footer|Annonces légales
footer|Avis de décès
footer|Boutique
footer|Jeux concours
footer|Nous contacter
footer|Mentions légales
footer|CGU - CGV
footer|Politique de confidentialité
cookie|Paramétrer les cookies
copyright|© L'Alpe Libérée - 2026 - Tous droits réservés
"""),
 dict(id="sudan-tribune-style-1", site="sudan-tribune-style", lang="en", sep="\n", title="Drone strikes knock out power station in Atbara, plunging River Nile State into darkness", date="2026-02-09", page="""
timestamp|Monday, 9 February 2026
lang-switch|العربية
social|Facebook X YouTube Telegram
subscribe|Subscribe
menu|Sudan Courier
menu|Independent news and views on Sudan
menu|Home
menu|Sudan
menu|South Sudan
menu|Politics
menu|Economy
menu|Human Rights
menu|Opinion
menu|Interviews
menu|Press Releases
menu|Documents
menu|Maps
search|Search for:
breaking|Latest:
breaking|UN envoy arrives in Port Sudan for talks on humanitarian truce
breaking|South Sudan’s parliament extends transitional period by two years
breaking|Wheat prices in Gedaref market rise 30% in one month
ad|Advertisement
breadcrumb|Home » Sudan » Drone strikes knock out power station in Atbara, plunging River Nile State into darkness
section-label|Sudan
h1|Drone strikes knock out power station in Atbara, plunging River Nile State into darkness
byline|Sudan Courier
dateline|February 9, 2026
comments|2 Comments
views|1,406 views
caption|Smoke rises over the Atbara transformer station after the drone attack on February 9, 2026 (Social media photo)
p|February 9, 2026 (ATBARA) – A wave of drone strikes hit the main electricity transformer station in Atbara early on Monday, cutting power to most of River Nile State and to parts of neighbouring Northern State, officials and residents said.
p|The state’s Ministry of Physical Planning and Public Utilities said in a statement that at least six drones targeted the station at around 3:00 a.m. local time, setting fire to two transformers. Civil defence teams brought the blaze under control after several hours.
p|The Sudanese Armed Forces (SAF) blamed the Rapid Support Forces (RSF) for the attack, describing it as “a deliberate assault on civilian infrastructure intended to punish the population.” The RSF did not comment on the strike.
p|Residents of Atbara and ed-Damer told Sudan Courier that the power cut had also stopped water pumping stations, forcing families to buy water from donkey-cart vendors at three times the usual price.
p|“We have had no electricity and no water since dawn. The hospital is running on generators, but fuel is scarce,” said Hashim Abdelrahman, a shopkeeper in Atbara’s central market.
read-also|See also: Port Sudan airport resumes flights after weekend drone attack
h2|Pattern of attacks
p|The strike is the latest in a series of long-range drone attacks on power facilities in army-controlled areas. Since early 2025, drones have repeatedly hit the Merowe Dam, the Um Dabakir power plant in White Nile State and fuel depots and transformer stations in Port Sudan, causing prolonged blackouts.
p|The Sudanese Electricity Holding Company said technical teams had begun assessing the damage and that partial supply would be restored “within days” by rerouting power through the national grid. It did not give a timeline for full repairs.
p|An engineer with the company, who asked not to be named because he was not authorised to speak to the media, said replacement transformers would have to be imported. “Each unit costs millions of dollars and takes months to arrive. We do not have spares,” he said.
ad|Advertisement
ad|Send money home to Sudan in minutes – low fees, cash pickup in Port Sudan, Kassala and Atbara
p|The UN humanitarian coordinator for Sudan condemned attacks on civilian infrastructure and called on “all parties to the conflict to respect their obligations under international humanitarian law,” warning that disruption to water supplies raised the risk of a new cholera outbreak.
p|The war between the SAF and the RSF, which began in April 2023, has killed tens of thousands of people and displaced more than 12 million, according to UN figures, in what aid agencies describe as the world’s largest humanitarian crisis.
p|Atbara, a railway hub about 300 kilometres north of Khartoum, has received tens of thousands of people displaced from the capital and from Gezira State since the start of the conflict.
signature|(SC)
tags|Tags: Atbara drones electricity River Nile State RSF SAF
share|Share this:
share|Facebook
share|X
share|WhatsApp
share|Telegram
share|Email
print|Print
nav|Previous article
nav|Sudanese pound falls to new low on parallel market
nav|Next article
nav|Kordofan: WFP convoy reaches Dilling for the first time in four months
related|Related Posts
related|RSF drone attack targets Merowe Dam for the third time this year
related|January 28, 2026
related|Power cuts leave Port Sudan residents queueing for water
related|January 14, 2026
related|Egypt offers to help repair Sudan’s damaged power grid
related|December 30, 2025
comments|2 thoughts on “Drone strikes knock out power station in Atbara, plunging River Nile State into darkness”
comments|Osman Kheir
comments|February 9, 2026 at 11:42 am
comments|This is the third time this year. Where is the air defence that the government promised us after Merowe? People in Atbara are paying the price.
comments|Reply
comments|Nyakuoth Deng
comments|February 9, 2026 at 2:15 pm
comments|Both sides are destroying what is left of Sudan. May God bring peace.
comments|Reply
comments|Leave a Reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Website
comments|Post Comment
teaser-list|Latest News
teaser-list|Sudan’s army says it repelled RSF attack on El Obeid outskirts
teaser-list|February 9, 2026
teaser-list|Chad closes Adré crossing for 48 hours citing security concerns
teaser-list|February 9, 2026
teaser-list|South Sudan: Jonglei governor sacks three county commissioners
teaser-list|February 8, 2026
most-read|Most Popular
most-read|Sovereignty Council names new Minister of Finance in limited cabinet reshuffle
most-read|Sudanese refugees in Egypt face new residency fees
most-read|Juba and Khartoum agree to resume oil exports through Port Sudan
opinion-list|Opinion
opinion-list|Dr. Ahmed Hassan Yagoub – Sudan needs a civilian roadmap, not another ceasefire on paper
opinion-list|Lual Ajak Malong – South Sudan’s economy after the oil shock
opinion-list|Hafiz Ismail – The cost of silence on El Fasher
newsletter|Newsletter
newsletter|Get the latest news from Sudan and South Sudan in your inbox every morning.
newsletter|Enter your email address
newsletter|Sign up
footer|Sudan Courier
footer|Sudan Courier is an independent news website covering Sudan and South Sudan since 2003. Based in Paris.
footer|About Us
footer|Contact Us
footer|Advertise
footer|Privacy Policy
footer|Terms of Use
copyright|© 2026 Sudan Courier. All rights reserved.
back-to-top|Back to top
"""),
 dict(id="sudan-tribune-style-2", site="sudan-tribune-style", lang="en", sep="\n", title="Sudan’s reconstruction cannot wait for a peace agreement", date="2026-03-16", page="""
timestamp|Monday, 16 March 2026
lang-switch|العربية
social|Facebook X YouTube Telegram
subscribe|Subscribe
menu|Sudan Courier
menu|Independent news and views on Sudan
menu|Home
menu|Sudan
menu|South Sudan
menu|Politics
menu|Economy
menu|Human Rights
menu|Opinion
menu|Interviews
menu|Press Releases
menu|Documents
menu|Maps
search|Search for:
breaking|Latest:
breaking|African Union convenes emergency session on Sudan in Addis Ababa
breaking|Kassala teachers end strike after salary arrears paid
ad|Advertisement
breadcrumb|Home » Opinion » Sudan’s reconstruction cannot wait for a peace agreement
section-label|Comment and Analysis
h1|Sudan’s reconstruction cannot wait for a peace agreement
byline|By Kamal El-Tayeb Hamid
dateline|March 16, 2026
comments|0 Comments
views|688 views
p|When the guns fall silent in Sudan – and one day they will – the country will face a reconstruction bill that independent economists put at well over 100 billion dollars. The temptation, both in Port Sudan and in donor capitals, is to treat reconstruction as something that begins only after a peace agreement is signed. That would be a grave mistake.
p|Three years of war have destroyed much of what Sudan built over decades. The industrial area of Khartoum North has been looted down to its roof sheets. The Gezira Scheme, once the backbone of the country’s agriculture, has lost much of its irrigation network and machinery. Hospitals, universities and water stations across Darfur, Kordofan and the capital lie in ruins.
p|Yet in the areas where the fighting has moved on, people are already going home. Since the army regained control of Khartoum in 2025, hundreds of thousands of families have returned to Omdurman and parts of the capital, often to houses without doors, water or electricity. They are rebuilding with their own hands and with the remittances of relatives abroad. They cannot wait for a conference in Geneva or Jeddah.
h2|What can be done now
p|I propose three priorities that can begin today, whatever happens at the negotiating table:
li|First, restore basic services in areas of return: water stations, primary health centres and schools. These are cheap compared with the cost of keeping millions of people in displacement camps, and they are the main reason families decide whether to stay.
li|Second, put money in the hands of local communities and the emergency response rooms, which have proved more efficient and more trusted than any government body during this war.
li|Third, protect the institutions that still function: the Central Bank, the payroll system of the Ministry of Finance and the records of the land registry, without which no reconstruction can be fair.
ad|Advertisement
p|Critics will say that rebuilding during a war is like pouring water into sand. Why repair a power station that the next drone may destroy? The answer is that the alternative is worse. Every month without water and schools pushes more Sudanese towards Egypt, Chad, Libya and the Mediterranean, and every emptied town becomes easier prey for armed groups.
p|Donors have a role to play, but they must change the way they work. Too much of the aid that reached Sudan in the past two years was spent on short-term food distribution through international agencies, with high overhead costs and little lasting effect. A greater share should go through Sudanese organisations and local traders, with independent monitoring.
h2|Reconstruction is not a prize
p|Most importantly, reconstruction must not become another prize for the warring parties or for the businessmen close to them. Contracts for roads, bridges and power plants should be published, tendered openly and audited. If Sudanese citizens see the rebuilding of their country captured by the same networks that profited from the war, they will lose faith in any peace that follows.
p|Sudan has rebuilt before. After the floods of 1988 and after decades of conflict in the South, communities and professionals found ways to restore what had been lost. The knowledge is there, in the engineers, doctors and teachers who have kept working without salaries for months.
p|What is missing is the political will to treat reconstruction not as a reward for peace, but as one of the roads that lead to it.
author-bio|Kamal El-Tayeb Hamid is a Sudanese development economist and a former adviser at the Ministry of Finance and Economic Planning. He is currently based in Nairobi.
disclaimer|The views expressed in the ‘Comment and Analysis’ section are solely the opinions of the original authors and do not necessarily represent the views of Sudan Courier.
submissions|If you want to submit an opinion piece or an analysis, please email it to opinion@sudancourier.net. Sudan Courier reserves the right to edit articles before publication. Please include your full name, relevant personal information and political affiliations.
tags|Tags: economy reconstruction humanitarian aid Khartoum donors
share|Share this:
share|Facebook
share|X
share|WhatsApp
share|Telegram
share|Email
print|Print
author-link|More articles by Kamal El-Tayeb Hamid
author-link|Sudan’s pound will not recover without a budget
author-link|Why the Gezira Scheme matters more than oil
nav|Previous article
nav|The forgotten refugees of Blue Nile
nav|Next article
nav|South Sudan’s elections: another date, the same doubts
comments|Leave a Reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Website
comments|Post Comment
teaser-list|Latest News
teaser-list|RSF says it will allow UN convoys into South Kordofan
teaser-list|March 16, 2026
teaser-list|Port Sudan: cabinet approves 2026 emergency budget
teaser-list|March 15, 2026
teaser-list|Uganda hosts South Sudan opposition leaders for talks
teaser-list|March 15, 2026
most-read|Most Popular
most-read|Cholera cases rise in White Nile State as rainy season approaches
most-read|Sudan and Egypt sign agreement on return of refugees
most-read|Khartoum airport to reopen for domestic flights in April
opinion-list|Opinion
opinion-list|Suliman Ahmed Bashir – The war economy will not end by itself
opinion-list|Nuba Mountains: a voice from Kadugli
opinion-list|Mary Achol – Women are holding Sudan’s camps together
newsletter|Newsletter
newsletter|Get the latest news from Sudan and South Sudan in your inbox every morning.
newsletter|Enter your email address
newsletter|Sign up
footer|Sudan Courier
footer|Sudan Courier is an independent news website covering Sudan and South Sudan since 2003. Based in Paris.
footer|About Us
footer|Contact Us
footer|Advertise
footer|Privacy Policy
footer|Terms of Use
copyright|© 2026 Sudan Courier. All rights reserved.
back-to-top|Back to top
"""),
 dict(id="aib-burkina-style-1", site="aib-burkina-style", lang="fr", sep="\n", title="Kaya : 350 motopompes remises aux producteurs du Sanmatenga pour la campagne sèche", date="2026-01-20", page="""
skip-link|Aller au contenu
timestamp|mardi, janvier 20, 2026
weather|Ouagadougou 31°C
social|Facebook X YouTube WhatsApp TikTok
motto|BURKINA FASO - La Patrie ou la Mort, nous Vaincrons !
masthead|Ministère de la Communication, de la Culture, des Arts et du Tourisme
menu|APF - Agence de Presse du Faso
menu|L'information officielle, au plus près des régions
menu|ACCUEIL
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|SÉCURITÉ
menu|RÉGIONS
menu|CULTURE
menu|SPORT
menu|INTERNATIONAL
menu|COMMUNIQUÉS
menu|APF TV
search|Rechercher
breaking|FLASH INFO
breaking|Conseil des ministres : adoption d'un décret portant création de l'Agence nationale de la mécanisation agricole
breaking|Bobo-Dioulasso : ouverture de la semaine nationale de la culture à partir du 14 mars
breaking|Fada N'Gourma : 2 500 déplacés internes regagnent leurs villages d'origine
breadcrumb|Accueil » Régions » Kaya : 350 motopompes remises aux producteurs du Sanmatenga pour la campagne sèche
section-label|RÉGIONS
h1|Kaya : 350 motopompes remises aux producteurs du Sanmatenga pour la campagne sèche
label|Publié par
byline|Rédaction APF
label|Publié le :
dateline|20 janvier 2026
comments|0 commentaire
views|Vues : 147
reading-time|Temps de lecture : 3 minutes
share|Facebook
share|X
share|WhatsApp
share|Telegram
share|LinkedIn
caption|Le haut-commissaire du Sanmatenga (au centre) remettant symboliquement une motopompe à une productrice
p|Kaya, 20 janv. 2026 (APF) – Le haut-commissaire de la province du Sanmatenga, Adama Sawadogo, a procédé mardi à Kaya à la remise officielle de 350 motopompes et de 120 kits d'irrigation goutte-à-goutte à des producteurs maraîchers de la province, dans le cadre de l'Offensive agropastorale et halieutique 2025-2026.
p|Le matériel, d'une valeur estimée à plus de 210 millions de francs CFA, est destiné à des groupements de producteurs et à des jeunes installés sur les périmètres aménagés autour des barrages de Kaya, de Korsimoro et de Pissila.
p|Selon le directeur provincial de l'Agriculture, Issouf Ouédraogo, cette dotation vise à porter la superficie emblavée en cultures de contre-saison à plus de 1 800 hectares dans la province, contre environ 1 250 hectares lors de la campagne précédente.
p|« L'eau est là, la terre est là et les bras valides sont là. Il nous manquait le matériel pour produire toute l'année. Avec ces motopompes, nous n'avons plus d'excuse », a déclaré le haut-commissaire, invitant les bénéficiaires à en faire « un usage rationnel et collectif ».
read-also|Lire aussi : Offensive agropastorale : le Premier ministre lance la campagne sèche 2025-2026 à Bagré
h2|Des critères d'attribution stricts
p|Le directeur provincial a précisé que les bénéficiaires ont été sélectionnés par une commission comprenant les services techniques, les représentants des producteurs et ceux des collectivités, sur la base de plusieurs critères, notamment :
li|l'appartenance à un groupement ou à une coopérative légalement reconnus ;
li|la disponibilité d'une parcelle aménagée à proximité d'un point d'eau pérenne ;
li|l'engagement à rembourser 25 % de la valeur du matériel sur deux campagnes ;
li|la prise en compte des personnes déplacées internes et des femmes, qui représentent 40 % des bénéficiaires.
p|Les remboursements alimenteront un fonds de roulement provincial destiné à acquérir de nouveaux équipements au profit d'autres producteurs, a-t-il ajouté.
p|Au nom des bénéficiaires, la présidente de l'Union provinciale des femmes maraîchères du Sanmatenga, Rasmata Kaboré, a salué « un geste fort » qui permettra, selon elle, de réduire la pénibilité du travail des femmes, jusque-là contraintes d'arroser à la main avec des seaux. Elle a promis que l'oignon, la tomate et le chou produits sur les sites seront « présents sur tous les marchés de la région ».
h2|Un accompagnement technique prévu
p|Les producteurs bénéficieront également d'un encadrement assuré par les agents d'agriculture, avec des sessions de formation sur l'entretien des motopompes, la gestion de l'eau et les techniques de conservation de l'oignon.
p|La province du Sanmatenga, qui accueille un nombre important de personnes déplacées internes, mise sur les cultures de contre-saison pour renforcer la sécurité alimentaire et offrir des emplois aux jeunes pendant la saison sèche.
signature|Agence de Presse du Faso
signature|Correspondant régional
signature|SO/ata
tags|Étiquettes : Kaya Motopompes Offensive agropastorale Sanmatenga
nav|Article précédent
nav|Tenkodogo : les acteurs de la santé valident le plan d'action 2026 du district
nav|Article suivant
nav|Dédougou : 48 jeunes formés aux métiers de la soudure et de la mécanique
related|Articles similaires
related|Ziniaré : les producteurs de riz de Mogtédo reçoivent 15 batteuses
related|18 janvier 2026
related|Ouahigouya : la campagne de commercialisation de l'oignon lancée
related|15 janvier 2026
related|Koudougou : une unité de transformation de tomate inaugurée
related|12 janvier 2026
comments|Laisser un commentaire
comments|Annuler la réponse
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Site web
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Publier le commentaire
comments|Ce site utilise Akismet pour réduire les indésirables. En savoir plus sur la façon dont les données de vos commentaires sont traitées.
teaser-list|Dernières nouvelles
teaser-list|Gaoua : la radio communautaire du Poni fête ses 20 ans
teaser-list|Banfora : les transporteurs sensibilisés à la sécurité routière
teaser-list|Kaya : 350 motopompes remises aux producteurs du Sanmatenga pour la campagne sèche
teaser-list|Diébougou : le tribunal de grande instance rouvre ses portes
most-read|Les plus lus
most-read|Recrutement : liste des candidats admis au concours direct de la police nationale
most-read|Conseil des ministres du 15 janvier 2026 : le compte rendu intégral
most-read|Examens scolaires 2026 : le calendrier officiel publié
video|APF TV
video|Cérémonie de remise de matériel agricole à Kaya (vidéo)
video|03:21
social|Suivez-nous sur Facebook
social|APF - Agence de Presse du Faso
social|412 k abonnés
social|Suivre la Page
calendar|janvier 2026
calendar|L M M J V S D
calendar|1 2 3 4
calendar|5 6 7 8 9 10 11
calendar|12 13 14 15 16 17 18
calendar|19 20 21 22 23 24 25
calendar|26 27 28 29 30 31
calendar|« Déc
archives|Archives
archives|Sélectionner un mois
footer|Agence de Presse du Faso (APF)
footer|Établissement public de l'État placé sous la tutelle du ministère en charge de la Communication
footer|01 BP 2507 Ouagadougou 01
footer|Tél. : (+226) 25 00 00 00
footer|Courriel : redaction@apf.bf
footer|Qui sommes-nous ?
footer|Nos bureaux régionaux
footer|Appels d'offres
footer|Contact
copyright|© 2026 APF - Tous droits réservés. Reproduction interdite sans citer la source.
back-to-top|↑
"""),
 dict(id="aib-burkina-style-2", site="aib-burkina-style", lang="fr", sep="\n", title="SIAO 2026 : 30 pays et plus de 3 000 exposants attendus à Ouagadougou", date="2026-03-05", page="""
skip-link|Aller au contenu
timestamp|jeudi, mars 5, 2026
weather|Ouagadougou 38°C
social|Facebook X YouTube WhatsApp TikTok
motto|BURKINA FASO - La Patrie ou la Mort, nous Vaincrons !
masthead|Ministère de la Communication, de la Culture, des Arts et du Tourisme
menu|APF - Agence de Presse du Faso
menu|L'information officielle, au plus près des régions
menu|ACCUEIL
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|SÉCURITÉ
menu|RÉGIONS
menu|CULTURE
menu|SPORT
menu|INTERNATIONAL
menu|COMMUNIQUÉS
menu|APF TV
search|Rechercher
breaking|FLASH INFO
breaking|Ouagadougou : le chef de l'État reçoit les lettres de créance de cinq nouveaux ambassadeurs
breaking|Koupéla : lancement des travaux de bitumage de la route Koupéla-Pouytenga
breadcrumb|Accueil » Culture » SIAO 2026 : 30 pays et plus de 3 000 exposants attendus à Ouagadougou
section-label|CULTURE
section-label|ÉCONOMIE
h1|SIAO 2026 : 30 pays et plus de 3 000 exposants attendus à Ouagadougou
label|Publié par
byline|Nadège Kiemtoré
label|Publié le :
dateline|5 mars 2026
comments|1 commentaire
views|Vues : 902
reading-time|Temps de lecture : 4 minutes
share|Facebook
share|X
share|WhatsApp
share|Telegram
share|LinkedIn
caption|Le directeur général du SIAO, Boukary Zongo (au milieu), lors de la conférence de presse
credit|Ph. APF
p|Ouagadougou, 5 mars 2026 (APF) – La 17e édition du Salon international de l'artisanat de Ouagadougou (SIAO) se tiendra du 30 octobre au 8 novembre 2026 sous le thème « Artisanat africain, moteur de souveraineté économique et de création d'emplois », a annoncé jeudi le directeur général de l'institution, Boukary Zongo, au cours d'une conférence de presse.
p|Selon M. Zongo, une trentaine de pays ont déjà confirmé leur participation, et plus de 3 000 exposants sont attendus sur le site du SIAO, à Ouaga 2000, pour dix jours d'exposition-vente, de rencontres professionnelles et d'animations culturelles.
p|« Le SIAO n'est pas seulement une vitrine. C'est un marché, un lieu où nos artisans doivent repartir avec des commandes, des partenaires et des débouchés nouveaux », a-t-il souligné, ajoutant que l'édition 2024 avait enregistré un chiffre d'affaires estimé à plus de 9 milliards de francs CFA.
p|Le pays invité d'honneur sera le Niger, dans le cadre du renforcement de la coopération entre les États membres de la Confédération des États du Sahel (AES), dont les artisans bénéficieront d'un pavillon commun.
read-also|Lire aussi : Artisanat : le gouvernement adopte une stratégie nationale de promotion du « consommons local »
h2|Plusieurs innovations annoncées
p|Le comité d'organisation a présenté plusieurs nouveautés pour cette 17e édition, parmi lesquelles :
li|une plateforme numérique d'inscription et de paiement des stands, ouverte à partir du 1er avril 2026 ;
li|un espace dédié aux jeunes artisans de moins de 35 ans, avec des stands subventionnés à hauteur de 50 % ;
li|un pavillon du Faso Dan Fani et du coton transformé localement ;
li|des rencontres B2B entre artisans et acheteurs de la sous-région, organisées avec les chambres de commerce ;
li|un prix spécial récompensant l'innovation dans l'utilisation des matériaux recyclés.
p|Le directeur général a également annoncé la réhabilitation de plusieurs pavillons, dont les toitures avaient été endommagées lors de la saison pluvieuse 2025, ainsi que le renforcement du dispositif sécuritaire et sanitaire sur le site.
h2|Les artisans invités à se préparer
p|Le président de la Chambre des métiers de l'artisanat du Burkina Faso, Issiaka Nikiéma, a invité les artisans de toutes les régions du pays à « se préparer dès maintenant » en améliorant la qualité et la finition de leurs produits, afin de tirer pleinement profit de l'événement.
p|« Nos sculpteurs, nos tisserandes, nos bronziers de Ouagadougou et nos potières de Tiébélé ont du talent. Il faut maintenant qu'ils sachent présenter, emballer et fixer leurs prix pour conquérir les marchés extérieurs », a-t-il déclaré.
p|Pour les visiteurs, le prix du ticket d'entrée reste fixé à 500 francs CFA, et l'accès sera gratuit pour les élèves en tenue scolaire les jours ouvrables.
p|Créé en 1988, le SIAO est organisé tous les deux ans à Ouagadougou. Il s'est imposé comme l'un des principaux rendez-vous de l'artisanat sur le continent africain.
signature|Agence de Presse du Faso
signature|NK/ata
tags|Étiquettes : Artisanat Ouagadougou SIAO 2026 Souveraineté économique
nav|Article précédent
nav|Semaine nationale de la culture : les préparatifs avancent à Bobo-Dioulasso
nav|Article suivant
nav|Ouagadougou : les journalistes formés à la couverture des élections locales
related|Articles similaires
related|Ouaga 2000 : la Maison de l'artisanat rouvre après rénovation
related|27 février 2026
related|Koudougou : le festival des masques de retour en avril
related|20 février 2026
related|Faso Dan Fani : la production de pagnes tissés a doublé en deux ans
related|11 février 2026
comments|Une réponse
comments|Aminata T.
comments|5 mars 2026 à 16 h 42 min
comments|Bonne initiative pour les jeunes artisans. Il faudrait aussi penser à ceux des provinces qui n'ont pas les moyens de venir à Ouaga.
comments|Répondre
comments|Laisser un commentaire
comments|Annuler la réponse
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Site web
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Publier le commentaire
comments|Ce site utilise Akismet pour réduire les indésirables. En savoir plus sur la façon dont les données de vos commentaires sont traitées.
teaser-list|Dernières nouvelles
teaser-list|Manga : 1 200 élèves bénéficient de kits scolaires offerts par une ONG
teaser-list|SIAO 2026 : 30 pays et plus de 3 000 exposants attendus à Ouagadougou
teaser-list|Houndé : les orpailleurs invités à respecter les zones interdites
teaser-list|Réo : la foire agricole de la Sissili reportée à avril
most-read|Les plus lus
most-read|Communiqué : report de la date limite de dépôt des dossiers de la fonction publique
most-read|Conseil des ministres du 26 février 2026 : le compte rendu intégral
most-read|Fespaco 2027 : l'appel à films est lancé
jobs|Avis de recrutement
jobs|Recrutement de 25 agents de saisie pour le recensement agricole
jobs|Date limite : 20 mars 2026
video|APF TV
video|Conférence de presse du SIAO 2026 (intégralité)
video|18:04
social|Suivez-nous sur Facebook
social|APF - Agence de Presse du Faso
social|412 k abonnés
social|Suivre la Page
calendar|mars 2026
calendar|L M M J V S D
calendar|1
calendar|2 3 4 5 6 7 8
calendar|9 10 11 12 13 14 15
calendar|16 17 18 19 20 21 22
calendar|23 24 25 26 27 28 29
calendar|30 31
calendar|« Fév
archives|Archives
archives|Sélectionner un mois
footer|Agence de Presse du Faso (APF)
footer|Établissement public de l'État placé sous la tutelle du ministère en charge de la Communication
footer|01 BP 2507 Ouagadougou 01
footer|Tél. : (+226) 25 00 00 00
footer|Courriel : redaction@apf.bf
footer|Qui sommes-nous ?
footer|Nos bureaux régionaux
footer|Appels d'offres
footer|Contact
copyright|© 2026 APF - Tous droits réservés. Reproduction interdite sans citer la source.
back-to-top|↑
"""),
]
