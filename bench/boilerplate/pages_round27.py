# Round 27: eight pages on four more layouts (a state-owned Cameroonian daily, an English technology news site, a
# French subscription investigative site with a readers' club, a Philippine news site with a reader mood widget),
# written blind: without looking at the classifier, its rules or the benchmark, measured once.
# Each line: "label|text". Invented text; no real article is copied.
ROUND27 = [
 dict(id="yaounde-officiel-1", site="yaounde-officiel", lang="fr", sep="\n", title="Douala : 40 000 ménages de plus raccordés au réseau d’eau potable d’ici décembre", date="2025-08-19", page="""
timestamp|Mardi 19 août 2025
lang-switch|Français | English
login|Connexion | S’abonner
menu|YAOUNDÉ OFFICIEL
menu|Le quotidien national d’information – Édité par la Société de presse et d’éditions du Cameroun
menu|ACCUEIL
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|RÉGIONS
menu|CULTURE
menu|SPORTS
menu|INTERNATIONAL
menu|ANNONCES LÉGALES
epaper|Lire l’édition du jour en PDF
ticker|À LA UNE ::: Conseil de cabinet : le Premier ministre prescrit l’accélération des projets routiers ::: Éliminatoires CAN U20 : les Lionceaux en stage à Mbankomo ::: Campagne cacaoyère : le prix bord champ fixé
breadcrumb|Accueil › Société › Douala
section-label|SOCIÉTÉ
h1|Douala : 40 000 ménages de plus raccordés au réseau d’eau potable d’ici décembre
lead|La mise en service de la nouvelle station de pompage de Japoma et l’extension du réseau vers les quartiers périphériques doivent réduire les coupures qui frappent la capitale économique.
byline|Jean-Pierre NGANDO
dateline|19-08-2025 08:15
views|Lu 1 243 fois
font|A+ A-
print|Imprimer
share|Facebook  X  WhatsApp  E-mail
p|Les habitants de Bonabéri, Ndogpassi et Logbessou devraient bientôt voir la fin des longues files d’attente devant les bornes-fontaines. La société publique de distribution d’eau a annoncé lundi, au cours d’une conférence de presse à Bonanjo, le raccordement de 40 000 nouveaux ménages d’ici à la fin de l’année.
p|Le programme repose sur la mise en service, prévue en octobre, de la station de pompage de Japoma, dont la capacité est de 50 000 mètres cubes par jour. Près de 180 kilomètres de canalisations ont déjà été posés dans les arrondissements de Douala III, IV et V.
caption|Les travaux de pose des canalisations à Ndogpassi, la semaine dernière.
credit|Photo : Archives YO
h2|Des branchements sociaux à prix réduit
p|Pour permettre aux familles modestes de se raccorder, le coût du branchement social a été ramené à 25 000 francs CFA, payables en trois tranches. Les demandes peuvent être déposées dans les agences commerciales de la ville ou par téléphone mobile.
p|« Nous avons bien conscience des difficultés vécues par les populations pendant la saison sèche. Ce programme est une réponse concrète aux très hautes instructions du chef de l’État », a indiqué le directeur régional de l’entreprise.
read-also|LIRE AUSSI : Yaoundé : la station de traitement de la Mefou en phase d’essais
p|Selon les chiffres présentés à la presse, la demande en eau de Douala dépasse aujourd’hui 400 000 mètres cubes par jour, alors que la production n’atteint qu’un peu plus de 300 000 mètres cubes.
h2|Les branchements clandestins dans le viseur
p|L’entreprise entend par ailleurs intensifier la lutte contre les branchements clandestins, qui représentent selon elle près d’un quart des pertes sur le réseau. Des équipes mixtes, accompagnées d’officiers de police judiciaire, seront déployées dès septembre.
p|Les usagers sont invités à signaler toute fuite ou tout acte de vandalisme au numéro vert mis à leur disposition.
tags|Mots-clés : Eau potable, Douala, Japoma, Infrastructures
social|Suivez Yaoundé Officiel sur Facebook, X et WhatsApp
teaser-list|DANS LA MÊME RUBRIQUE
teaser-list|Bafoussam : les moto-taximen sensibilisés au port du casque
teaser-list|18-08-2025
teaser-list|Ebolowa : ouverture d’un centre d’hémodialyse à l’hôpital régional
teaser-list|18-08-2025
teaser-list|Garoua : la lutte contre le choléra s’intensifie dans les établissements scolaires
teaser-list|17-08-2025
most-read|LES PLUS LUS
most-read|1. Concours d’entrée à l’ENAM : la liste des candidats admis à composer
most-read|2. Campagne cacaoyère 2025-2026 : le prix bord champ fixé
most-read|3. Rentrée scolaire : le calendrier officiel publié
obituary|CARNET
obituary|Avis de décès – Communiqués nécrologiques – Remerciements
notices|ANNONCES LÉGALES
notices|Avis d’appel d’offres national ouvert n° 041/AONO/CUD/2025 – Consulter
ad|Publicité
ad|Publiez vos annonces et communiqués dans Yaoundé Officiel : service commercial, Tél. 222 00 00 00
footer|Yaoundé Officiel – Siège : Rue de l’Imprimerie, BP 1218 Yaoundé – Tél. : (237) 222 00 00 00
footer|Qui sommes-nous | Nos tarifs d’abonnement | Publicité | Contacts | Conditions d’utilisation
copyright|© 2025 Yaoundé Officiel. Tous droits réservés. Reproduction interdite sans autorisation.
"""),
 dict(id="yaounde-officiel-2", site="yaounde-officiel", lang="fr", sep="\n", title="Baccalauréat de l’enseignement général : 61,8 % d’admis", date="2025-07-08", page="""
timestamp|Mardi 08 juillet 2025
lang-switch|Français | English
login|Connexion | S’abonner
menu|YAOUNDÉ OFFICIEL
menu|Le quotidien national d’information – Édité par la Société de presse et d’éditions du Cameroun
menu|ACCUEIL
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|RÉGIONS
menu|CULTURE
menu|SPORTS
menu|INTERNATIONAL
menu|ANNONCES LÉGALES
epaper|Lire l’édition du jour en PDF
ticker|À LA UNE ::: Examens officiels : les résultats du Probatoire attendus vendredi ::: Elite One : Coton Sport sacré champion ::: Pluies diluviennes à Limbé : des familles sinistrées
breadcrumb|Accueil › Société › Éducation
section-label|ÉDUCATION
h1|Baccalauréat de l’enseignement général : 61,8 % d’admis
lead|Les résultats de la session 2025 ont été rendus publics hier à Yaoundé. Le taux de réussite progresse de près de quatre points par rapport à l’an dernier.
byline|Sylvie ATANGANA MBARGA
dateline|08-07-2025 07:30
views|Lu 5 872 fois
font|A+ A-
print|Imprimer
share|Facebook  X  WhatsApp  E-mail
p|Sur les 132 406 candidats ayant composé le baccalauréat de l’enseignement secondaire général, 81 827 ont été déclarés admis, soit un taux de réussite de 61,8 %. Les résultats ont été proclamés lundi par le directeur de l’Office du baccalauréat, au terme des délibérations du jury national.
p|La série scientifique C enregistre le meilleur taux de réussite, avec 74,2 % d’admis, suivie de la série D (66,5 %). Les séries littéraires A4 restent en retrait, à 55,9 %.
ad|Publicité
h2|Les régions du Nord en progrès
p|Comme l’an dernier, les régions du Centre et du Littoral arrivent en tête. Mais les plus fortes progressions sont à mettre à l’actif des régions de l’Adamaoua, du Nord et de l’Extrême-Nord, où le taux de réussite gagne entre six et neuf points.
p|Le directeur de l’Office du baccalauréat a salué « le sérieux des candidats et l’engagement des enseignants », tout en déplorant une vingtaine de cas de fraude, dont les auteurs ont été exclus de la session.
h2|Où consulter les résultats
p|Les candidats peuvent prendre connaissance de leurs résultats :
li|sur les tableaux d’affichage des centres d’examen ;
li|sur le site Internet de l’Office du baccalauréat ;
li|par SMS, en envoyant leur numéro de candidat au numéro court mis en place pour l’occasion.
p|Les relevés de notes seront disponibles dans les délégations régionales à compter du 21 juillet.
signature|S.A.M.
tags|Mots-clés : Examens officiels, Baccalauréat, OBC, Éducation
social|Suivez Yaoundé Officiel sur Facebook, X et WhatsApp
teaser-list|DANS LA MÊME RUBRIQUE
teaser-list|Université de Dschang : 2 400 nouveaux diplômés
teaser-list|07-07-2025
teaser-list|BEPC 2025 : les résultats disponibles
teaser-list|04-07-2025
most-read|LES PLUS LUS
teaser-list|1. Baccalauréat de l’enseignement général : 61,8 % d’admis
most-read|2. Elite One : Coton Sport sacré champion
most-read|3. Recrutement spécial de 2 000 enseignants : le communiqué
obituary|CARNET
obituary|Avis de décès – Communiqués nécrologiques – Remerciements
notices|ANNONCES LÉGALES
notices|Avis de perte de titre foncier n° 12 547/Mfoundi – Consulter
ad|Publicité
ad|Publiez vos annonces et communiqués dans Yaoundé Officiel : service commercial, Tél. 222 00 00 00
footer|Yaoundé Officiel – Siège : Rue de l’Imprimerie, BP 1218 Yaoundé – Tél. : (237) 222 00 00 00
footer|Qui sommes-nous | Nos tarifs d’abonnement | Publicité | Contacts | Conditions d’utilisation
copyright|© 2025 Yaoundé Officiel. Tous droits réservés. Reproduction interdite sans autorisation.
"""),
 dict(id="techwire-daily-1", site="techwire-daily", lang="en", sep="\n\n", title="Regional carrier fined $2.4 million after outage blocked emergency calls for six hours", date="2025-10-14", page="""
event|TechWire Summit 2026 · San Jose · March 10–12 — Early-bird passes end Friday. Save $400 →
skip-link|Skip to content
menu|TechWire Daily
menu|Latest
menu|AI
menu|Security
menu|Telecom
menu|Startups
menu|Gadgets
menu|Policy
menu|Events
menu|Podcasts
search|Search
login|Sign in
subscribe|Subscribe
section-label|TELECOM
h1|Regional carrier fined $2.4 million after outage blocked emergency calls for six hours
lead|Regulators say a botched network update left customers in three states unable to reach 911, and that the company took too long to warn call centers.
byline|By Dana Whitfield
byline|Senior Reporter
dateline|October 14, 2025 · 11:32 AM ET
reading-time|4 min read
share|Share on X  Share on LinkedIn  Share on Facebook  Copy link
listen|Listen to this article
listen|0:00 / 5:12
listen|Powered by AudioDesk
caption|A cell tower in rural Nebraska. The outage affected customers in Nebraska, Kansas and Iowa.
credit|Getty Images
p|A regional wireless carrier has agreed to pay a $2.4 million penalty to settle a federal investigation into a network outage last spring that left tens of thousands of customers unable to call emergency services for roughly six hours.
p|The outage began shortly after midnight on April 17, when the company pushed a software update to core network equipment that routes voice calls. Calls to 911 from affected phones either failed to connect or were dropped after a few seconds, according to the settlement published Monday.
p|Investigators found that the carrier did not notify emergency call centers in the affected counties until more than two hours after it became aware of the problem, well beyond the 30 minutes required under federal rules.
ad|Advertisement
h2|What the company agreed to
p|Under the consent decree, the carrier must also:
li|appoint a compliance officer reporting directly to its board;
li|test major network changes in a separate lab environment before deploying them;
li|file reports on its outage procedures every six months for three years.
p|In a statement, the company said it "deeply regrets" the disruption and had already changed the way it rolls out updates. It did not admit to violating the rules.
read-also|Related: Why 911 outages keep happening, and who is supposed to fix them
p|Public safety groups welcomed the settlement but said fines in the low millions were unlikely to change behavior at larger carriers. "The penalty has to be bigger than the cost of doing things properly," said a spokesperson for a national association of emergency dispatchers.
p|The agency has opened at least four other investigations into 911 outages this year, two of them involving nationwide providers.
newsletter|THE SIGNAL — presented by Northbeam Cloud
newsletter|The telecom and infrastructure news you need, every weekday morning. Free.
newsletter|Enter your email
newsletter|Sign up
newsletter|By signing up you agree to our Terms and Privacy Policy. Sponsored newsletter: Northbeam Cloud does not have editorial input.
tags|Telecom  911  Outages  Regulation  Wireless
author-bio|Dana Whitfield covers telecom and broadband policy for TechWire Daily. Send tips to dana.whitfield@techwire.example
author-link|More from Dana Whitfield
comments|12 comments
comments|Join the conversation
sponsored|SPONSORED CONTENT
sponsored|Paid post by Stratalink: How mid-sized operators are automating network change management
sponsored|Paid post by Verisec: 5 questions to ask before your next zero-trust rollout
most-read|MOST POPULAR
most-read|1 Apple's next iPad may drop the headphone adapter in the box
most-read|2 The chip export rules explained in five charts
most-read|3 This startup wants to replace your router with a $30 dongle
most-read|4 Inside the race to build a 6G standard
event|WEBINAR · Oct 28, 1 PM ET · Securing the edge: lessons from 2025's biggest breaches. Register free
footer|About  Advertise  Careers  Ethics policy  Contact  Send us a tip  RSS
footer|TechWire Daily is part of Harbor Lane Media.
copyright|© 2025 Harbor Lane Media, Inc. All rights reserved.
footer|Privacy Policy  Terms of Service  Cookie Settings  Do Not Sell or Share My Personal Information
cookie|We value your privacy
cookie|We and our 214 partners use cookies and similar technologies to personalize content and ads, measure performance and improve our site.
cookie|Accept All
cookie|Reject All
cookie|Manage Preferences
"""),
 dict(id="techwire-daily-2", site="techwire-daily", lang="en", sep="\n\n", title="Battery recycler Loopcell raises $38 million to build its first U.S. plant", date="2025-11-03", page="""
event|TechWire Summit 2026 · San Jose · March 10–12 — Early-bird passes end Friday. Save $400 →
skip-link|Skip to content
menu|TechWire Daily
menu|Latest
menu|AI
menu|Security
menu|Telecom
menu|Startups
menu|Gadgets
menu|Policy
menu|Events
menu|Podcasts
search|Search
login|Sign in
subscribe|Subscribe
section-label|STARTUPS
section-label|Funding
h1|Battery recycler Loopcell raises $38 million to build its first U.S. plant
lead|The two-year-old company says its low-heat process can recover lithium and nickel from old EV packs at half the energy cost of smelting.
byline|By Marcus Oyelaran and Priya Venkatesan
dateline|November 3, 2025 · 6:00 AM ET
dateline|Updated November 3, 2025 · 9:47 AM ET
reading-time|3 min read
share|Share on X  Share on LinkedIn  Share on Facebook  Copy link
listen|Listen to this article
listen|0:00 / 3:58
listen|Powered by AudioDesk
p|Loopcell, a startup that recycles lithium-ion batteries, has raised $38 million in a Series B round to build its first commercial plant in the United States, the company told TechWire Daily.
p|The round was led by a climate-focused venture fund, with participation from two automakers' investment arms and existing backers. It brings the company's total funding to $52 million.
p|The plant, planned for a former paper mill site in South Carolina, is expected to process about 10,000 metric tons of batteries a year once it reaches full capacity in 2027.
ad|Advertisement
h2|Less heat, fewer fumes
p|Most battery recycling today relies either on smelting, which burns off much of the material, or on chemical baths that use large amounts of acid. Loopcell says its process works at lower temperatures and recycles most of the chemicals it uses.
p|"We're not claiming to have reinvented chemistry," said co-founder and CEO Hana Brandt. "We've taken steps that exist in labs and made them run reliably at scale."
p|Independent experts were more cautious. A researcher who studies battery supply chains said the company's figures were promising but that several earlier startups had struggled to move from pilot lines to full plants.
read-also|Related: The EV battery glut is coming. Recyclers aren't ready
h2|Crowded field
p|Loopcell joins a growing list of companies chasing the batteries from the first generation of electric cars, which are starting to reach the end of their lives. Federal tax credits for domestically sourced battery materials have made recycled metals more attractive to carmakers.
p|The company currently employs 46 people and plans to hire about 120 for the new plant.
correction|Correction, Nov. 3: An earlier version of this story misstated the size of the funding round. It is $38 million, not $36 million.
newsletter|FUNDED — presented by Clearpath Capital
newsletter|Every startup round worth knowing about, in your inbox on Tuesdays and Fridays.
newsletter|Enter your email
newsletter|Sign up
newsletter|By signing up you agree to our Terms and Privacy Policy. Sponsored newsletter: Clearpath Capital does not have editorial input.
tags|Startups  Climate tech  Batteries  EVs  Venture capital
author-link|More from Marcus Oyelaran
author-link|More from Priya Venkatesan
comments|3 comments
comments|Join the conversation
sponsored|SPONSORED CONTENT
sponsored|Paid post by GridForge: The hidden cost of downtime in battery manufacturing
most-read|MOST POPULAR
most-read|1 Regional carrier fined $2.4 million after outage blocked emergency calls for six hours
most-read|2 Meta's new glasses get a real-time translation mode
most-read|3 Why your next laptop will have a 'neural' key
event|TECHWIRE SUMMIT 2026 · Startup Battlefield applications are open. Apply by Dec. 15
footer|About  Advertise  Careers  Ethics policy  Contact  Send us a tip  RSS
footer|TechWire Daily is part of Harbor Lane Media.
copyright|© 2025 Harbor Lane Media, Inc. All rights reserved.
footer|Privacy Policy  Terms of Service  Cookie Settings  Do Not Sell or Share My Personal Information
cookie|We value your privacy
cookie|We and our 214 partners use cookies and similar technologies to personalize content and ads, measure performance and improve our site.
cookie|Accept All
cookie|Reject All
cookie|Manage Preferences
"""),
 dict(id="enquete-abonnes-1", site="enquete-abonnes", lang="fr", sep="\n", title="Cantines scolaires : comment le groupe Restovia a réduit les portions pour tenir ses marges", date="2025-05-14", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
subscribe|Offre découverte : 1 € pour 15 jours, sans engagement. Je m’abonne
menu|L’ENQUÊTEUR
menu|Journal indépendant – 100 % financé par ses abonnés
login|Se connecter
subscribe|S’abonner
menu|Fil d’actualités
menu|Enquêtes
menu|France
menu|International
menu|Économie et social
menu|Écologie
menu|Culture et idées
menu|Podcasts
menu|Le Club
search|Rechercher
section-label|ENQUÊTE
h1|Cantines scolaires : comment le groupe Restovia a réduit les portions pour tenir ses marges
lead|Grammages revus à la baisse, fruits remplacés par des compotes industrielles, menus « allégés » sans prévenir les mairies : des documents internes et les témoignages de onze salariés montrent comment le numéro trois de la restauration collective a fait des économies dans les assiettes des enfants.
byline|Par Claire Dumont et Antoine Vidal
dateline|14 mai 2025 à 19h02
reading-time|Lecture : 11 min.
gift|Offrir l’article
save|Ajouter à mes favoris
listen|Écouter cet article
listen|Lu par une voix de synthèse · 12:40
comments|Commenter (87)
share|Partager
series|Cet article fait partie de la série « Restauration collective : l’envers du plateau ». Épisode 1/3
paywall|Cet article vous est offert par Julien M., abonné à L’Enquêteur.
paywall|Pour lire tous nos articles en illimité, abonnez-vous.
p|À la fin de l’année 2023, une note de quatre pages a circulé parmi les responsables régionaux du groupe Restovia. Intitulée « Plan d’optimisation matière », elle fixe un objectif clair : économiser 6 centimes par repas servi dans les écoles primaires, soit plusieurs millions d’euros par an à l’échelle du groupe.
p|L’Enquêteur a pu consulter ce document, ainsi qu’une centaine de fiches techniques et de courriels internes. Nous avons également recueilli les témoignages de onze salariés ou anciens salariés, cuisiniers, diététiciennes et chefs de secteur, dans quatre régions.
h2|« On nous demandait de servir à la louche réduite »
p|Le plan détaille une série de mesures. La plus visible concerne les grammages : la portion de viande ou de poisson servie aux enfants de maternelle passe de 70 à 60 grammes dans plusieurs cuisines centrales, en dessous des recommandations nationales en vigueur.
p|« On nous a livré de nouvelles louches, plus petites. On nous a dit que c’était pour limiter le gaspillage », raconte une cuisinière d’une cuisine centrale de l’Ouest, qui a requis l’anonymat. « Mais les enfants finissaient leur assiette et avaient encore faim. »
caption|Dans une cuisine centrale du groupe, en 2024. Les fiches techniques ont été modifiées au printemps.
credit|© Photo illustration L’Enquêteur
p|Les fruits frais, facturés plus cher, ont été remplacés deux fois par semaine par des compotes en gourde ou des desserts lactés. Plusieurs diététiciennes disent avoir alerté leur hiérarchie, sans effet.
h2|Des mairies non informées
p|Les contrats signés avec les communes prévoient pourtant que toute modification substantielle des menus soit soumise à la commission des menus, où siègent élus et parents d’élèves. Dans au moins trois villes que nous avons pu identifier, ces changements n’ont jamais été présentés.
p|Interrogé, l’adjoint chargé de l’éducation d’une commune de 40 000 habitants se dit « stupéfait » : « Nous payons un prix par repas qui n’a pas baissé. Si les portions ont diminué, c’est un problème contractuel. »
p|Sollicité par L’Enquêteur, le groupe Restovia conteste toute « baisse de qualité ». Dans une réponse écrite, sa direction affirme que « les grammages ont été ajustés pour correspondre à la consommation réelle des enfants » et que « l’ensemble des menus respecte la réglementation ». Elle n’a pas répondu à nos questions sur les communes non informées.
h2|Boîte noire
p|Cette enquête s’appuie sur des documents internes au groupe Restovia et sur les témoignages de onze salariés ou anciens salariés, dont les noms sont connus de la rédaction. Le groupe a été sollicité le 29 avril ; ses réponses écrites nous sont parvenues le 9 mai et sont citées dans l’article.
share|Partager sur Facebook · X · Bluesky · LinkedIn · Copier le lien
tip|Vous avez des informations à nous transmettre ? Écrivez-nous en toute sécurité sur notre plateforme de signalement chiffrée.
series|Dans la série « Restauration collective : l’envers du plateau »
series|Épisode 2 – Dans les Ehpad, le prix du repas fixé à l’euro près (à paraître)
series|Épisode 3 – Les appels d’offres, mode d’emploi (à paraître)
tags|Éducation · Alimentation · Enfance · Entreprises
club|LE CLUB – Le blog des lecteurs
club|« Nos enfants ont faim à la cantine » : témoignage d’une mère d’élève · Blog : Parents d’élèves en colère · 15 mai 2025
club|La restauration collective publique, une alternative qui marche · Blog : Collectif Cuisines Communes · 12 mai 2025
club|Ouvrez votre blog dans le Club et participez au débat
comments|87 commentaires
comments|Trier par : Les plus récents | Les plus recommandés
comments|Vous devez être abonné·e pour commenter.
comments|marie-lou22
comments|14/05/2025 20:11
comments|Merci pour ce travail. Dans notre commune, on se plaignait depuis un an que les enfants revenaient affamés, la mairie nous répondait que tout était conforme.
comments|Recommander (56)
comments|Répondre
comments|Signaler
comments|Gaston Bézier
comments|14/05/2025 20:34
comments|En réponse au commentaire de marie-lou22
comments|Exactement la même chose chez nous. Il faut demander à voir les fiches techniques en commission des menus, c’est un droit.
comments|Recommander (31)
comments|Répondre
comments|Signaler
comments|Anne Ouvrard
comments|14/05/2025 21:02
comments|Ce qui est choquant, c’est que le prix par repas n’a pas bougé. Les communes paient la même chose pour moins. J’espère que des élus vont se saisir du sujet et que l’épisode 2 sur les Ehpad sera aussi précis.
comments|Recommander (44)
comments|Répondre
comments|Signaler
comments|jpr
comments|15/05/2025 07:48
comments|Le vrai sujet c’est la délégation de service public. Tant qu’on confiera les cantines à des groupes cotés, on aura ce genre de dérives.
comments|Recommander (22)
comments|Répondre
comments|Signaler
comments|Voir plus de commentaires (83)
newsletter|Recevez chaque soir la lettre de L’Enquêteur : nos révélations et le meilleur du Club
newsletter|Votre adresse e-mail
newsletter|S’inscrire
donate|L’Enquêteur ne vit que de vos abonnements : ni publicité, ni subvention, ni actionnaire milliardaire. Soutenez un journal indépendant.
footer|Qui sommes-nous ? · La charte éthique · Le Fonds pour la presse libre · Nous contacter · Aide · Recrutement
footer|Conditions générales d’utilisation · Politique de confidentialité · Gestion des cookies · Mentions légales
legal|Directrice de la publication : Hélène Marchais – SAS L’Enquêteur, capital social 1 200 000 € – RCS Paris 000 000 000
copyright|© L’Enquêteur 2025
"""),
 dict(id="enquete-abonnes-2", site="enquete-abonnes", lang="fr", sep="\n", title="À Marseille, des locataires paient depuis trois ans pour des ascenseurs à l’arrêt", date="2025-09-23", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
subscribe|Offre découverte : 1 € pour 15 jours, sans engagement. Je m’abonne
menu|L’ENQUÊTEUR
menu|Journal indépendant – 100 % financé par ses abonnés
login|Se connecter
subscribe|S’abonner
menu|Fil d’actualités
menu|Enquêtes
menu|France
menu|International
menu|Économie et social
menu|Écologie
menu|Culture et idées
menu|Podcasts
menu|Le Club
search|Rechercher
section-label|LOGEMENT
section-label|Reportage
h1|À Marseille, des locataires paient depuis trois ans pour des ascenseurs à l’arrêt
lead|Dans une cité des quartiers Nord, les charges d’entretien des ascenseurs continuent d’être prélevées alors que les appareils sont en panne depuis 2022. Le bailleur social promet un remboursement, les habitants, eux, montent toujours à pied.
byline|Par Yasmina Benali (Marseille, envoyée spéciale)
dateline|23 septembre 2025 à 06h30
reading-time|Lecture : 7 min.
gift|Offrir l’article
save|Ajouter à mes favoris
listen|Écouter cet article
listen|Lu par une voix de synthèse · 8:05
comments|Commenter (142)
share|Partager
p|Au onzième étage du bâtiment C, Fatiha, 67 ans, s’arrête sur chaque palier. Elle porte deux sacs de courses et connaît le nombre exact de marches : 198. « Je fais ce chemin une fois par semaine, pas plus. Le reste du temps, ce sont mes petits-enfants qui montent les courses. »
p|Les deux ascenseurs de son immeuble sont à l’arrêt depuis mars 2022. Sur ses avis d’échéance, pourtant, une ligne n’a jamais disparu : « entretien ascenseurs », entre 14 et 17 euros par mois selon les années.
alt-text|Une cage d’escalier au onzième étage d’un immeuble, avec une porte d’ascenseur condamnée par du ruban adhésif.
caption|La porte de l’ascenseur du bâtiment C, condamnée depuis mars 2022.
credit|© Yasmina Benali / L’Enquêteur
p|Comme elle, environ 300 familles de la résidence sont concernées. L’Enquêteur a pu consulter les décomptes de charges de 2022, 2023 et 2024 : le contrat de maintenance a bien été facturé aux locataires, alors même que l’entreprise chargée de l’entretien avait suspendu ses interventions en attendant le remplacement complet des machines.
h2|« On nous répond que c’est en cours »
p|L’amicale des locataires a envoyé six courriers au bailleur, Méditerranée Logis, depuis 2023. Les réponses, que nous avons lues, se ressemblent : les travaux de remplacement sont « programmés », un « appel d’offres est en cours ».
p|Contacté, le bailleur reconnaît « un retard regrettable », lié selon lui à un premier appel d’offres infructueux. Il assure que « les sommes indûment perçues seront intégralement remboursées aux locataires lors de la prochaine régularisation des charges ».
paywall|La lecture de cet article est réservée aux abonné·es.
paywall|Il vous reste 62 % de cet article à lire.
paywall|Déjà abonné·e ? Se connecter
subscribe|Abonnez-vous pour 1 € les 15 premiers jours
subscribe|Accès illimité à tous nos articles, enquêtes et podcasts · Résiliable en ligne à tout moment
subscribe|Je m’abonne
gift|Ou demandez à un ami abonné de vous offrir cet article
tags|Logement · Logement social · Marseille · Quartiers populaires
club|LE CLUB – Le blog des lecteurs
club|Quartiers Nord : le droit de vivre dignement chez soi · Blog : Amicale des locataires de la Busserine · 21 sept. 2025
club|Charges locatives : ce que dit la loi et comment contester · Blog : Juriste du logement · 18 sept. 2025
club|Ouvrez votre blog dans le Club et participez au débat
comments|142 commentaires
comments|Trier par : Les plus récents | Les plus recommandés
comments|Vous devez être abonné·e pour commenter.
comments|Léon Terrasse
comments|23/09/2025 07:15
comments|Un bailleur qui encaisse pendant trois ans pour un service non rendu, chez un bailleur privé on appellerait ça autrement.
comments|Recommander (78)
comments|Répondre
comments|Signaler
comments|Soso13
comments|23/09/2025 08:02
comments|J’habite le quartier, c’est la même chose dans la résidence voisine. Les pompiers sont venus deux fois cet été chercher des personnes âgées bloquées chez elles.
comments|Recommander (65)
comments|Répondre
comments|Signaler
comments|Abonné depuis 2012
comments|23/09/2025 09:40
comments|En réponse au commentaire de Soso13
comments|Il faudrait une action collective devant la commission départementale de conciliation. L’amicale peut la saisir gratuitement.
comments|Recommander (41)
comments|Répondre
comments|Signaler
comments|Ce commentaire a été masqué par la modération.
comments|Voir plus de commentaires (139)
newsletter|Recevez chaque soir la lettre de L’Enquêteur : nos révélations et le meilleur du Club
newsletter|Votre adresse e-mail
newsletter|S’inscrire
donate|L’Enquêteur ne vit que de vos abonnements : ni publicité, ni subvention, ni actionnaire milliardaire. Soutenez un journal indépendant.
footer|Qui sommes-nous ? · La charte éthique · Le Fonds pour la presse libre · Nous contacter · Aide · Recrutement
footer|Conditions générales d’utilisation · Politique de confidentialité · Gestion des cookies · Mentions légales
legal|Directrice de la publication : Hélène Marchais – SAS L’Enquêteur, capital social 1 200 000 € – RCS Paris 000 000 000
copyright|© L’Enquêteur 2025
"""),
 dict(id="manila-pulse-1", site="manila-pulse", lang="en", sep="\n\n", title="Marikina River hits second alarm as monsoon rains pound Metro Manila", date="2025-07-22", page="""
weather|Manila 26°C Heavy rain · PAGASA: Orange rainfall warning in effect
ticker|USD ₱57.28 ▲0.11  |  PSEi 6,412.55 ▼0.64%  |  Gasoline ₱61.40/L
menu|MANILA PULSE
menu|Home
menu|Nation
menu|Metro
menu|Regions
menu|World
menu|Business
menu|Sports
menu|Entertainment
menu|Lifestyle
menu|Opinion
menu|Fact Check
menu|Pulse+
login|Log In
subscribe|Join Pulse+
trending|Trending: #HabagatWatch  #WalangPasok  #SONA2025  #PBAFinals
breaking|BREAKING: Classes suspended in all levels in Metro Manila, Rizal and Bulacan on Wednesday, July 23
breadcrumb|Home / Nation / Metro Manila
section-label|METRO MANILA
h1|Marikina River hits second alarm as monsoon rains pound Metro Manila
byline|Carla Dimaculangan
dateline|Jul 22, 2025 5:48 PM PHT
dateline|Updated 8:15 PM PHT
share|Facebook  X  Messenger  Viber  Copy link
section-label|Summary
disclaimer|This is AI generated summarization, which may have errors. For context, always refer to the full article.
li|The Marikina River reached 16.2 meters on Tuesday afternoon, triggering the second alarm and preemptive evacuation in low-lying barangays.
li|More than 4,000 residents have moved to evacuation centers in Marikina alone.
li|PAGASA expects heavy rains to continue until Thursday.
p|MANILA, Philippines – The water level of the Marikina River rose to 16.2 meters at around 3 pm on Tuesday, July 22, prompting the city government to raise the second alarm and order the preemptive evacuation of residents in riverside communities.
p|The southwest monsoon or habagat, enhanced by a tropical depression east of Northern Luzon, has brought nearly continuous heavy rain to Metro Manila and nearby provinces since Sunday.
caption|SWOLLEN. Residents watch the rising Marikina River from the Marcos Bridge on July 22, 2025. Photo by Jonas Malabanan/Manila Pulse
p|As of 5 pm, more than 4,000 residents had moved to 18 evacuation centers in Marikina, according to the city's disaster risk reduction and management office. Most came from Barangays Tumana, Malanday and Nangka.
ad|ADVERTISEMENT
p|"We are not waiting for the third alarm. If your house is near the river, leave now while the roads are still passable," the mayor said in a Facebook live broadcast.
read-also|READ: LIST: Class suspensions for Wednesday, July 23, 2025
h2|More rain expected
p|State weather bureau PAGASA said an orange rainfall warning remained in effect over Metro Manila, Rizal and parts of Bulacan, meaning floods are "threatening" in flood-prone areas.
p|The Metropolitan Manila Development Authority reported that at least 27 street sections were not passable to light vehicles by Tuesday afternoon, including parts of España Boulevard and Rizal Avenue.
p|The habagat is expected to weaken by Friday, PAGASA said, but scattered thunderstorms may continue over the weekend.
read-also|LIVE UPDATES: Habagat, Tropical Depression Dante
p|Residents in need of rescue may call the Marikina rescue hotline at 161 or the national emergency hotline 911. – ManilaPulse.com
mood|How does this make you feel?
mood|Happy
mood|0.0%
mood|Sad
mood|38.5%
mood|Angry
mood|15.4%
mood|Excited
mood|0.0%
mood|Do not care
mood|3.8%
mood|Inspired
mood|7.7%
mood|Afraid
mood|30.8%
mood|Amused
mood|3.8%
tags|Metro Manila floods  Marikina River  habagat  PAGASA  weather
author-bio|Carla Dimaculangan is a multimedia reporter covering Metro Manila local governments and disaster response.
comments|Add a comment
comments|There are no comments yet. Add your comment to start the conversation.
membership|Stand with independent journalism. Become a Pulse+ member for as low as ₱99 a month.
membership|Join now
newsletter|Sign up for The Pulse Brief, our daily newsletter. Your email
newsletter|Subscribe
teaser-list|More from Metro Manila
teaser-list|MMDA suspends number coding on Wednesday due to floods
teaser-list|2 hours ago
teaser-list|Quezon City opens 'Kusina ng Bayan' in 40 evacuation centers
teaser-list|3 hours ago
teaser-list|Pasig LGU distributes free bike helmets to delivery riders
teaser-list|Jul 21, 2025
games|PCSO Lotto Results Today
games|Ultra Lotto 6/58, Grand Lotto 6/55, 6D, 3D: check today's winning numbers
app|Get the Manila Pulse app. Download on the App Store · Get it on Google Play
footer|About Us  Editorial Standards  Corrections  Careers  Advertise  Contact Us  Community Guidelines
footer|Manila Pulse is a member of the Philippine Press Council.
copyright|© 2025 Manila Pulse Media, Inc. All rights reserved.
cookie|This website uses cookies to ensure you get the best experience. By continuing to use this site, you agree to our Privacy Policy.
cookie|Got it
"""),
 dict(id="manila-pulse-2", site="manila-pulse", lang="en", sep="\n\n", title="Cebuano chess player, 12, earns first international master norm in Budapest", date="2025-10-06", page="""
weather|Manila 31°C Partly cloudy · PAGASA: No tropical cyclone in PAR
ticker|USD ₱57.94 ▼0.05  |  PSEi 6,180.12 ▲0.38%  |  Gasoline ₱59.85/L
menu|MANILA PULSE
menu|Home
menu|Nation
menu|Metro
menu|Regions
menu|World
menu|Business
menu|Sports
menu|Entertainment
menu|Lifestyle
menu|Opinion
menu|Fact Check
menu|Pulse+
login|Log In
subscribe|Join Pulse+
trending|Trending: #PBAPhilippineCup  #Gilas  #NCAA101  #UAAPSeason88
breadcrumb|Home / Sports / Other Sports
section-label|SPORTS
h1|Cebuano chess player, 12, earns first international master norm in Budapest
byline|Ramon Villaflor
dateline|Oct 6, 2025 11:20 AM PHT
share|Facebook  X  Messenger  Viber  Copy link
section-label|Summary
disclaimer|This is AI generated summarization, which may have errors. For context, always refer to the full article.
li|Twelve-year-old Miguel Abellana scored 6.5 points out of 9 at a round-robin tournament in Budapest.
li|He needs two more norms and a 2400 rating to become an international master.
p|MANILA, Philippines – Twelve-year-old Miguel Abellana of Cebu City earned his first international master (IM) norm after finishing second at a closed tournament in Budapest, Hungary, on Sunday, October 5.
p|Abellana, a Grade 7 student, scored 6.5 points out of nine games, unbeaten, against a field that included two grandmasters and four international masters.
caption|NEXT MOVE. Miguel Abellana during the sixth round of the tournament in Budapest. Photo courtesy of the Abellana family
p|"I was nervous in the first round, but after that I just tried to play my game," Abellana told Manila Pulse in a phone interview from Budapest.
ad|ADVERTISEMENT
h2|Long road
p|To earn the IM title, a player must collect three norms and reach a rating of 2400. Abellana's rating currently stands at 2288, up more than 100 points this year.
p|His father, a public school teacher, said the family had raised most of the money for the European trip through donations from relatives and a crowdfunding page.
p|The National Chess Federation of the Philippines said it would help fund Abellana's participation in two more tournaments before the end of the year.
read-also|READ: Filipina teen wins Asian youth chess crown
p|If he earns the title before turning 14, Abellana would become one of the youngest Filipino international masters in history. – ManilaPulse.com
mood|How does this make you feel?
mood|Happy
mood|42.9%
mood|Sad
mood|0.0%
mood|Angry
mood|0.0%
mood|Excited
mood|14.3%
mood|Do not care
mood|0.0%
mood|Inspired
mood|42.9%
mood|Afraid
mood|0.0%
mood|Amused
mood|0.0%
tags|chess  Cebu  sports  youth sports
comments|Add a comment
comments|2 comments
comments|tisoy_cebu · 3h
comments|Proud kaayo! Go Miguel, the whole of Cebu is behind you.
comments|Like · Reply
comments|ana.reyes · 1h
comments|The federation should have funded this trip from the start.
comments|Like · Reply
membership|Stand with independent journalism. Become a Pulse+ member for as low as ₱99 a month.
membership|Join now
newsletter|Sign up for The Pulse Brief, our daily newsletter. Your email
newsletter|Subscribe
teaser-list|More from Sports
teaser-list|Gilas pool trims to 16 ahead of November window
teaser-list|5 hours ago
teaser-list|Batang Pinoy 2025: Davao City tops medal tally
teaser-list|Oct 5, 2025
games|PCSO Lotto Results Today
games|Ultra Lotto 6/58, Grand Lotto 6/55, 6D, 3D: check today's winning numbers
app|Get the Manila Pulse app. Download on the App Store · Get it on Google Play
footer|About Us  Editorial Standards  Corrections  Careers  Advertise  Contact Us  Community Guidelines
footer|Manila Pulse is a member of the Philippine Press Council.
copyright|© 2025 Manila Pulse Media, Inc. All rights reserved.
cookie|This website uses cookies to ensure you get the best experience. By continuing to use this site, you agree to our Privacy Policy.
cookie|Got it
"""),
]
