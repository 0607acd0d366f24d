# Round 68: eight pages on four more layouts (a French international public radio's Africa news page, a humanitarian
# information portal reposting a report or press release, a pan-African weekly magazine's paywalled article, a Qatari
# international broadcaster's English news page), written blind: without looking at the classifier, its rules or the
# benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND68 = [
 dict(id="rfi-afrique-style-1", site="rfi-afrique-style", lang="fr", sep="\n", title="Côte d'Ivoire: le prix du cacao bord-champ maintenu à 2 800 francs CFA pour la campagne intermédiaire", date="2026-04-02", page="""
skip-link|Aller au contenu principal
lang-switch|Français English Español Português Brasil 中文 Русский فارسی Tiếng Việt ខ្មែរ Română Українська Hausa Kiswahili Mandenkan Fulfulde
logo|RFI
logo|Les voix du monde
listen|EN DIRECT
listen|Écouter RFI
listen|Journal Afrique - 12h00 TU
menu|Afrique
menu|France
menu|Monde
menu|Europe
menu|Amériques
menu|Moyen-Orient
menu|Asie-Pacifique
menu|Économie
menu|Sports
menu|Culture
menu|Environnement
menu|Sciences
menu|Podcasts
menu|Émissions
search|Rechercher
breadcrumb|Afrique
section-label|Côte d'Ivoire
h1|Côte d'Ivoire: le prix du cacao bord-champ maintenu à 2 800 francs CFA pour la campagne intermédiaire
dateline|Publié le : 02/04/2026 - 16:48
dateline|Modifié le : 02/04/2026 - 18:05
reading-time|2 mn
lead|Le Conseil café-cacao a annoncé ce jeudi 2 avril que le prix garanti aux producteurs resterait inchangé pour la petite récolte qui s'ouvre. Une décision accueillie avec soulagement par une partie des planteurs, mais qui laisse sur leur faim ceux qui espéraient profiter de cours mondiaux encore élevés.
caption|Un planteur fait sécher ses fèves de cacao près de Soubré, dans le sud-ouest ivoirien, le 12 mars 2026.
credit|© RFI/Bineta Sow
byline-label|Par :
byline|Aurélien Kouassi
byline|Avec notre correspondant à Abidjan
follow|Suivre
ad|Publicité
p|Pas de hausse, mais pas de baisse non plus. Pour la campagne intermédiaire, qui court d'avril à septembre, le kilo de cacao sera payé 2 800 francs CFA aux producteurs ivoiriens, soit le même montant que pour la grande campagne ouverte en octobre dernier. L'annonce a été faite à Abidjan par le directeur général du Conseil café-cacao, à l'issue d'une réunion avec les représentants de la filière.
p|Le régulateur justifie ce statu quo par la prudence. Après deux années de flambée historique, les cours du cacao à Londres et à New York ont nettement reculé depuis le début de l'année, et une partie de la récolte intermédiaire a déjà été vendue par anticipation à des prix inférieurs à ceux de l'automne.
read-also|À lire aussiCôte d'Ivoire: les exportations de cacao reculent de 12% sur la campagne 2024-2025
p|« Nous avons choisi de protéger le revenu du planteur sans mettre en danger l'équilibre du système de commercialisation », a expliqué un responsable du Conseil, pour qui le maintien du prix constitue « un effort important » compte tenu de l'évolution du marché.
listen|Écouter - 01:52
listen|Reportage de notre correspondant à Abidjan sur les attentes des planteurs de Soubré
h2|Des producteurs partagés
p|Dans la région de la Nawa, premier bassin de production du pays, les réactions sont contrastées. Certains coopérateurs se disent rassurés : ils redoutaient une baisse après plusieurs semaines de rumeurs. D'autres estiment que le prix reste trop éloigné de ce que perçoivent les planteurs ghanéens ou ceux qui vendent illégalement leurs fèves de l'autre côté des frontières.
p|« Les engrais ont doublé, la main-d'œuvre coûte plus cher, et beaucoup de vergers sont vieux. Avec 2 800 francs, on survit, on n'investit pas », résume Moussa Traoré, président d'une coopérative de la sous-préfecture de Méagui.
p|La petite récolte devrait par ailleurs être modeste. Les pluies tardives de février ont retardé la floraison dans plusieurs zones, et la maladie du swollen shoot continue de gagner du terrain dans l'est et le centre-ouest du pays.
p|Les autorités ont annoncé le renforcement des contrôles aux frontières pour limiter la fuite des fèves vers les pays voisins, un phénomène qui a privé l'État de plusieurs dizaines de milliers de tonnes lors de la précédente campagne.
signature|(Avec AFP)
tags|Côte d'Ivoire
tags|Cacao
tags|Agriculture
tags|Économie africaine
share|Partager :
share|Facebook
share|Twitter
share|Linkedin
share|Email
share|Copier le lien
app|Ne manquez aucune information de RFI : téléchargez l'application RFI
app|Télécharger l'appli
related|Sur le même sujet
related|Afrique économie
related|Ghana: le Cocobod relève le prix au producteur pour enrayer la contrebande
related|Côte d'Ivoire: à Soubré, la lutte contre le swollen shoot s'organise
related|Cacao: la traçabilité européenne entre en vigueur, les exportateurs inquiets
teaser-list|Le fil d'actu
teaser-list|16:32
teaser-list|Mali: reprise partielle du trafic sur l'axe Bamako-Dakar après deux semaines de blocus
teaser-list|16:05
teaser-list|RDC: l'Assemblée nationale adopte la loi de finances rectificative
teaser-list|15:47
teaser-list|CAN 2027: le tirage au sort des qualifications fixé au 20 avril
teaser-list|Toute l'actualité
podcast|Revue de presse Afrique
podcast|À la Une: au Sénégal, la rentrée politique sous tension
podcast|Afrique midi - 02/04/2026
newsletter|Recevez toute l'actualité internationale directement dans votre boite mail
newsletter|Je m'abonne
footer|RFI
footer|France Médias Monde
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Fréquences
footer|Nos applications
footer|Nos newsletters
footer|Offres d'emploi
footer|Mentions légales
footer|Politique de confidentialité
footer|Gestion des cookies
footer|Accessibilité : partiellement conforme
network|FRANCE 24
network|Monte Carlo Doualiya
network|RFI Savoirs
network|RFI Musique
network|Académie France Médias Monde
copyright|© 2026 Copyright RFI - Tous droits réservés. RFI n'est pas responsable des contenus provenant de sites Internet externes. Fréquentation certifiée par l'ACPM/OJD.
"""),
 dict(id="rfi-afrique-style-2", site="rfi-afrique-style", lang="fr", sep="\n", title="Madagascar: à Antananarivo, le retour des délestages exaspère habitants et commerçants", date="2026-03-10", page="""
cookie|Avec votre accord, nous et nos 812 partenaires utilisons des cookies ou technologies similaires pour stocker, consulter et traiter des données personnelles telles que votre visite sur ce site internet.
cookie|Accepter et fermer
cookie|Continuer sans accepter
cookie|Paramétrer
push|Recevoir les alertes de RFI ?
push|Non merci
push|Oui
skip-link|Aller au contenu principal
lang-switch|FR
logo|RFI
listen|EN DIRECT
listen|RFI Monde - Le journal en français facile
menu|Afrique · France · Monde · Europe · Amériques · Moyen-Orient · Asie-Pacifique · Économie · Sports · Culture · Environnement · Sciences · Podcasts
search|Rechercher
breadcrumb|Afrique
section-label|Madagascar
h1|Madagascar: à Antananarivo, le retour des délestages exaspère habitants et commerçants
dateline|Publié le : 10/03/2026 - 07:15
reading-time|3 mn
lead|Depuis une dizaine de jours, les coupures d'électricité se multiplient de nouveau dans la capitale malgache, parfois jusqu'à huit heures par jour. La compagnie publique invoque des pannes sur deux centrales thermiques et la baisse du niveau des barrages, des explications qui ne convainquent plus grand monde.
caption|Une rue du quartier d'Analakely plongée dans le noir lors d'un délestage, à Antananarivo, le 6 mars 2026.
credit|© RFI/Lova Rakoto
byline|Par : Nathalie Rasoanaivo
follow|Suivre
ad|Publicité
listen|Écouter - 02:31
listen|Reportage à Antananarivo de notre correspondante Nathalie Rasoanaivo
byline|Avec notre correspondante à Antananarivo, Nathalie Rasoanaivo
p|Il est 18 heures passées dans le quartier d'Ankorondrano et les groupes électrogènes prennent le relais les uns après les autres. Le vrombissement couvre les conversations. Dans sa petite boutique de reprographie, Haingo a renoncé à faire tourner ses photocopieuses : le carburant du générateur lui coûte plus cher que ce qu'elle gagne en soirée.
p|« Le matin, il n'y a pas de courant. L'après-midi, il revient une heure, puis il repart. Je ne peux rien prévoir, mes clients vont ailleurs », soupire-t-elle.
p|Les délestages, que les habitants espéraient derrière eux après l'été 2025, ont repris début mars. Selon le programme publié sur les réseaux sociaux par la compagnie publique d'eau et d'électricité, certains quartiers sont privés de courant jusqu'à huit heures par jour, par tranches successives.
read-also|À lire aussi
read-also|Madagascar: le nouveau gouvernement promet un plan d'urgence pour l'énergie
h2|Des centrales à bout de souffle
p|La société publique explique la situation par une conjonction de difficultés : deux groupes de la centrale thermique d'Ambohimanambola sont à l'arrêt pour maintenance, et la saison des pluies, moins abondante que prévu sur les hauts plateaux, n'a pas suffi à remplir les retenues des barrages hydroélectriques.
p|À cela s'ajoutent des difficultés d'approvisionnement en fioul lourd. Plusieurs livraisons ont été retardées, faute de paiement aux fournisseurs, selon une source au sein du ministère de l'Énergie.
p|Pour les économistes, le problème est plus profond. « La compagnie vend son électricité en dessous de son coût de production depuis des années. Tant que la question de ses finances ne sera pas réglée, chaque saison sèche ramènera les mêmes coupures », estime un chercheur de l'université d'Antananarivo.
h2|La colère monte
p|Sur les réseaux sociaux, les appels à manifester se multiplient. Dimanche soir, des habitants d'Ambohipo ont brièvement bloqué une route avec des pneus enflammés avant d'être dispersés par les forces de l'ordre.
p|Le ministre de l'Énergie a promis lundi un retour à la normale « d'ici la fin du mois », avec la remise en service d'un groupe thermique et la location de centrales mobiles. Une promesse accueillie avec scepticisme dans les quartiers. « On nous dit ça chaque année », lâche un chauffeur de taxi-be, qui dit avoir perdu un tiers de ses recettes faute de pouvoir recharger le terminal de paiement de son véhicule.
p|Dans les hôpitaux publics, la situation inquiète aussi. Les établissements disposent de générateurs, mais leur consommation de carburant pèse lourdement sur des budgets déjà très serrés.
tags|Madagascar
tags|Énergie
tags|Électricité
share|Partager :
share|Facebook Twitter Linkedin Email
share|Copier le lien
video|Journal d'Afrique
video|Le journal de l'Afrique de France 24 - 10/03/2026
video|12:04
newsletter|Ne manquez rien de l'actualité africaine
newsletter|Inscrivez-vous à la newsletter RFI Afrique
newsletter|Votre adresse e-mail
newsletter|Valider
related|Sur le même sujet
related|Madagascar
related|Madagascar: la Jirama annonce un plan de restructuration
related|04/02/2026 - 11:20
related|Madagascar: les usagers de l'eau courante dans la rue à Toamasina
related|18/01/2026 - 17:42
related|Afrique économie
related|Madagascar: l'essor discret du solaire dans les campagnes
related|09/12/2025 - 07:52
most-read|Les plus lus
most-read|Burkina Faso: Ouagadougou accueille le sommet des pays de l'AES
most-read|Football: le sélectionneur des Lions de l'Atlas prolongé jusqu'en 2030
most-read|Nigeria: un pétrolier en feu dans le delta du Niger
footer|RFI
footer|France Médias Monde
footer|Qui sommes-nous ? · Nous contacter · Fréquences · Nos applications · Nos newsletters · Offres d'emploi
footer|Mentions légales · Politique de confidentialité · Gestion des cookies · Accessibilité : partiellement conforme
social|Suivez-nous sur :
social|Facebook Instagram X YouTube TikTok WhatsApp
copyright|© 2026 Copyright RFI - Tous droits réservés. RFI n'est pas responsable des contenus provenant de sites Internet externes. Fréquentation certifiée par l'ACPM/OJD.
"""),
 dict(id="reliefweb-style-1", site="reliefweb-style", lang="en", sep="\n", title="Chad: Cholera cases climb in eastern refugee camps as rainy season sets in", date="2026-06-18", page="""
skip-link|Skip to main content
account|Help
account|Log in
logo|ReliefWeb
logo|Informing humanitarians worldwide 24/7 — a service provided by UN OCHA
menu|Updates
menu|Countries
menu|Disasters
menu|Organizations
menu|Topics
menu|Jobs
menu|Training
search|Search updates
search|Search
breadcrumb|Home
breadcrumb|Updates
section-label|Chad
section-label|+ 1
h1|Chad: Cholera cases climb in eastern refugee camps as rainy season sets in
meta|Format
section-label|News and Press Release
meta|Source
byline|International Medical Relief Corps
meta|Posted
dateline|19 Jun 2026
meta|Originally published
dateline|18 Jun 2026
meta|Origin
source-link|View original
attachments|Attachments
alt-text|Preview of IMRC_Chad_Cholera_PR_18June2026.pdf
pdf|Download Press Release (PDF - 312.47 KB)
dateline|N'DJAMENA, 18 June 2026 –
p|Cholera cases are rising quickly in refugee camps and host communities in eastern Chad, the International Medical Relief Corps (IMRC) warned today, as the first heavy rains of the season flood latrines and contaminate shallow wells in the Ouaddaï and Sila provinces.
p|Since the first confirmed case on 27 May, health authorities have recorded 1,146 suspected cases and 23 deaths across six sites. More than half of the cases have been reported in the last ten days, and IMRC teams say the true number is likely higher, as many families live several hours' walk from the nearest health post.
p|"We are seeing entire families arriving at our treatment units at the same time, severely dehydrated," said Dr Hawa Mahamat, IMRC medical coordinator in Adré. "With the rains, water points are becoming contaminated faster than we can chlorinate them. If we do not scale up now, this outbreak will spread to every camp in the east."
h2|Key figures
li|1,146 suspected cholera cases and 23 deaths reported since 27 May 2026
li|Case fatality rate of 2 per cent, above the 1 per cent emergency threshold
li|More than 900,000 refugees and returnees living in eastern Chad
li|Only 9 litres of water per person per day available in some camps, against a minimum standard of 15
h2|Response
p|IMRC is running two cholera treatment centres and five oral rehydration points in Adré and Farchana, with a combined capacity of 180 beds. Mobile teams are disinfecting homes of patients and distributing hygiene kits, soap and water purification tablets to 12,000 households.
p|The organisation is also supporting the Ministry of Public Health with the preparation of an oral cholera vaccination campaign targeting 450,000 people, expected to begin in early July if vaccine doses are released from the global stockpile.
p|But humanitarian partners warn that funding is running out. The 2026 Chad Humanitarian Response Plan is only 14 per cent funded at the end of the first half of the year, and several water, sanitation and hygiene partners have already reduced their activities in the camps.
p|"The rainy season makes roads impassable from July onwards," added Dr Mahamat. "Supplies need to be pre-positioned in the next three weeks. After that, some sites will be cut off for months."
h2|IMRC calls on donors and authorities to:
li|Urgently release funding for water, sanitation and hygiene activities in the eastern provinces;
li|Fast-track the delivery of oral cholera vaccines and treatment supplies before roads become impassable;
li|Ensure unhindered access for humanitarian teams to all affected sites, including informal settlements along the border.
separator|###
about|About IMRC
about|The International Medical Relief Corps is an independent humanitarian organisation providing emergency health care, nutrition and water and sanitation services in crisis-affected countries. IMRC has worked in Chad since 2008.
contact|For more information, please contact:
contact|Sophie Laurent, Communications Officer, N'Djamena, slaurent@imrc-relief.org, +235 66 21 48 90
contact|Media desk, Geneva, media@imrc-relief.org, +41 22 730 55 12
share|Share
share|Share this on Facebook
share|Share this on X
share|Share this on LinkedIn
share|Share this by Email
related|Related Content
related|Chad + 1 more
related|Chad: Cholera Outbreak - May 2026
related|Situation Report
related|UN Office for the Coordination of Humanitarian Affairs
related|Posted 17 Jun 2026
related|Chad + 1 more
related|Eastern Chad: Refugee influx and response, Weekly Update No. 22
related|Situation Report
related|UN High Commissioner for Refugees
related|Posted 16 Jun 2026
related|Chad
related|Chad: Flood preparedness plan 2026
related|Analysis
related|World Food Programme
related|Posted 12 Jun 2026
subscribe|Subscribe to receive ReliefWeb updates on Chad
subscribe|Subscribe
footer|ReliefWeb
footer|About
footer|Terms of use
footer|Privacy policy
footer|Copyright notice
footer|Contact
footer|Help
footer|ReliefWeb Response
footer|API
footer|RSS
footer|Blog
footer|Labs
social|Follow us
social|X
social|Facebook
social|LinkedIn
social|Instagram
network|A service provided by UN Office for the Coordination of Humanitarian Affairs
copyright|© 2026 all rights reserved
"""),
 dict(id="reliefweb-style-2", site="reliefweb-style", lang="en", sep="\n", title="Mozambique: Floods in Zambézia Province - Situation Report No. 3", date="2026-02-03", page="""
skip-link|Skip to main content
account|Help
account|Log in
logo|ReliefWeb
logo|Informing humanitarians worldwide 24/7 — a service provided by UN OCHA
menu|Updates Countries Disasters Organizations Topics Jobs Training
search|Search updates
breadcrumb|Home › Updates › Mozambique
section-label|Mozambique
h1|Mozambique: Floods in Zambézia Province - Situation Report No. 3
meta|Format
section-label|Situation Report
meta|Sources
byline|Southern Africa Humanitarian Network
byline|Mozambique Red Cross Society
meta|Posted
dateline|4 Feb 2026
meta|Originally published
dateline|3 Feb 2026
meta|Origin
source-link|View original
attachments|Attachments
alt-text|Preview of SAHN_Mozambique_Floods_SitRep3.pdf
pdf|Download Report (PDF - 1.84 MB)
pdf|Download Report (Portuguese version) (PDF - 1.91 MB)
p|This report is produced by the Southern Africa Humanitarian Network in collaboration with humanitarian partners. It covers the period from 28 January to 3 February 2026. The next report will be issued on or around 10 February 2026.
h2|Highlights
li|More than 61,000 people have been displaced by floods along the Licungo and Zambezi rivers, up from 38,000 a week ago.
li|148 accommodation centres are open in six districts, many of them in schools, delaying the start of the school year for some 40,000 pupils.
li|Access to Mocuba and Maganja da Costa districts remains limited after the collapse of a section of the N1 road.
li|The flash appeal of US$ 34.6 million is 11 per cent funded.
h2|Situation overview
p|Heavy rainfall since 24 January, combined with the release of water from upstream dams, has caused the Licungo and Zambezi rivers to rise above alert levels in several districts of Zambézia Province. The National Institute for Disaster Risk Management (INGD) has maintained a red alert for the province since 29 January.
p|According to the latest figures from INGD, 214,000 people have been affected, 61,300 are displaced and 19 people have died. More than 12,000 houses have been destroyed or damaged, and an estimated 48,000 hectares of crops have been lost just weeks before the main harvest.
p|Partners report growing concerns over water-borne diseases in accommodation centres, where sanitation facilities are overwhelmed. Eleven suspected cases of cholera were reported in Nicoadala district on 1 February; samples have been sent for laboratory confirmation.
h2|Humanitarian response
p|Shelter: Partners have distributed 6,200 emergency shelter kits and 9,500 tarpaulins. A further 4,000 kits are in transit from Beira but are delayed by road conditions.
p|Food security: Food assistance has reached 27,000 people in accommodation centres through in-kind distributions. Cash-based assistance is planned to start in Quelimane city once markets reopen.
p|Water, sanitation and hygiene: Mobile water treatment units have been installed in four centres, producing 120,000 litres a day. Hygiene promotion teams from the Mozambique Red Cross are active in 52 centres.
p|Health: Two mobile clinics are operating in Mocuba. The Provincial Health Directorate has requested additional oral rehydration salts and cholera kits.
h2|Gaps and constraints
p|Road access remains the main constraint. Helicopter capacity is needed to reach an estimated 9,000 people stranded on high ground in Maganja da Costa. Partners also report shortages of non-food items, in particular blankets, mosquito nets and kitchen sets, and limited protection monitoring in the largest centres.
contact|For further information, please contact:
contact|Joana Macuácua, Information Management Officer, SAHN, jmacuacua@sahn-network.org
contact|Carlos Mondlane, Communications, Mozambique Red Cross Society, +258 84 301 2276
disclaimer|The designations employed and the presentation of material in this report do not imply the expression of any opinion whatsoever on the part of the contributing organisations concerning the legal status of any country, territory or area, or of its authorities.
meta|Primary country
meta|Mozambique
meta|Theme
meta|Shelter and Non-Food Items
meta|Water Sanitation Hygiene
meta|Disaster type
meta|Flood
meta|Language
meta|English
meta|Disaster
meta|Mozambique: Floods - Jan 2026
share|Share
share|Share this on Facebook
share|Share this on X
share|Share this on LinkedIn
share|Share this by Email
related|Related Content
related|Mozambique
related|Mozambique: Floods - Flash Appeal (January - April 2026)
related|Appeal
related|UN Office for the Coordination of Humanitarian Affairs
related|Posted 30 Jan 2026
related|Mozambique + 1 more
related|Southern Africa: Seasonal Rainfall Outlook Update, February 2026
related|Analysis
related|Famine Early Warning System Network
related|Posted 2 Feb 2026
related|Mozambique
related|Mozambique: Floods in Zambézia Province - Situation Report No. 2
related|Situation Report
related|Southern Africa Humanitarian Network
related|Posted 28 Jan 2026
subscribe|Subscribe to receive ReliefWeb updates on Mozambique: Floods - Jan 2026
subscribe|Subscribe
footer|ReliefWeb · About · Terms of use · Privacy policy · Copyright notice · Contact · Help
footer|ReliefWeb Response · API · RSS · Blog · Labs
social|Follow us
social|X Facebook LinkedIn Instagram
network|A service provided by UN Office for the Coordination of Humanitarian Affairs
copyright|© 2026 all rights reserved
"""),
 dict(id="jeune-afrique-paywall-style-1", site="jeune-afrique-paywall-style", lang="fr", sep="\n", title="Cameroun : au port de Douala, la guerre des terminaux est relancée", date="2026-02-11", page="""
skip-link|Aller au contenu
paywall|Offre spéciale : 1 € le premier mois
paywall|J'en profite
logo|Jeune Afrique
account|Se connecter
paywall|S'abonner
search|Rechercher
menu|Menu
menu|Politique
menu|Économie
menu|Culture
menu|Société
menu|Sport
menu|Vidéos
menu|Podcasts
menu|Magazine
menu|Algérie
menu|Maroc
menu|Tunisie
menu|Sénégal
menu|Côte d'Ivoire
menu|Cameroun
menu|RDC
menu|Guinée
menu|Mali
network|The Africa Report
network|Africa CEO Forum
section-label|Économie
section-label|Transports
section-label|Cameroun
paywall|Réservé aux abonnés
h1|Cameroun : au port de Douala, la guerre des terminaux est relancée
lead|Le lancement d'un nouvel appel d'offres pour la concession du terminal polyvalent ravive les rivalités entre opérateurs internationaux et relance les interrogations sur la gouvernance du premier port du pays.
caption|Des porte-conteneurs à quai dans le port autonome de Douala, en janvier 2026.
credit|© Joël Mbarga pour JA
byline|Par Élise Ndong
byline|Envoyée spéciale à Douala
dateline|Publié le 11 février 2026 à 17:42
reading-time|Lecture : 4 minutes.
share|Facebook
share|X
share|LinkedIn
share|WhatsApp
share|E-mail
share|Copier le lien
gift|Offrir cet article
save|Ajouter à ma liste
p|Dans les couloirs du Port autonome de Douala (PAD), on l'attendait depuis près d'un an. Le 6 février, la direction générale a finalement publié l'avis d'appel d'offres international pour la mise en concession du terminal polyvalent, un quai de plus de 600 mètres qui traite chaque année près de 40 % des marchandises diverses débarquées au Cameroun.
p|Les candidats ont jusqu'au 15 mai pour déposer leurs offres. Et la liste des prétendants potentiels, qui circule déjà dans les milieux portuaires, promet une compétition serrée entre les grands groupes européens, turcs et émiratis déjà présents sur la côte ouest-africaine.
read-also|Lire
read-also|Port de Kribi : comment le Cameroun veut faire du terminal en eau profonde la porte de l'Afrique centrale
p|L'enjeu dépasse largement le seul terminal polyvalent. Depuis la reprise en régie du terminal à conteneurs en 2020, après un long contentieux avec son ancien concessionnaire, les autorités portuaires cherchent à démontrer qu'elles peuvent à la fois attirer des investisseurs et garder la main sur une infrastructure jugée stratégique pour le Cameroun, mais aussi pour le Tchad et la Centrafrique, dont une large part des importations transite par Douala.
ad|Publicité
h2|Un chenal toujours trop peu profond
p|Sur le terrain, les opérateurs pointent d'abord un problème ancien : l'ensablement du chenal d'accès, long de plus de 40 kilomètres, qui limite le tirant d'eau des navires et oblige les armateurs à décharger une partie de leur cargaison dans d'autres ports de la région. « Tant que le dragage ne sera pas garanti sur la durée, aucun concessionnaire ne pourra tenir ses engagements de volume », prévient un cadre d'une compagnie maritime installé à Douala.
p|Le cahier des charges, que Jeune Afrique a pu consulter, prévoit pourtant des objectifs ambitieux : un investissement minimal de 120 milliards de francs CFA sur quinze ans, la modernisation des portiques et la réduction du temps moyen de séjour des marchandises, aujourd'hui supérieur à dix jours. Le futur concessionnaire devra aussi reprendre une partie des quelque 300 dockers employés sur le quai, un point sensible que les syndicats entendent surveiller de près.
paywall|Il vous reste 71 % de l'article à lire.
paywall|Cet article est réservé aux abonnés
paywall|Abonnez-vous à Jeune Afrique Digital pour accéder à l'intégralité de nos articles, analyses et enquêtes.
paywall|1 € le premier mois, puis 14,99 € par mois
paywall|Sans engagement, résiliable à tout moment
paywall|Je m'abonne
paywall|Déjà abonné ? Se connecter
dossier|Dans ce dossier
dossier|Ports africains : la bataille des géants
dossier|Abidjan, Lomé, Tema : qui gagne la course aux conteneurs ?
dossier|Pointe-Noire : le port mise sur le corridor vers Bangui
dossier|Voir tout le dossier
tags|Ports
tags|Logistique
tags|Cameroun
tags|Transport maritime
newsletter|La newsletter Économie de Jeune Afrique
newsletter|Chaque jeudi, l'essentiel de l'actualité économique et financière africaine.
newsletter|Votre adresse e-mail
newsletter|Je m'inscris
sponsored|Contenus partenaires
sponsored|Présenté par Banque Atlantique Cameroun
sponsored|Financer les PME : comment les banques s'adaptent aux nouvelles règles de la Cemac
sponsored|Contenu partenaire
sponsored|Investir au Gabon : les zones économiques spéciales attirent de nouveaux acteurs
most-read|Les plus lus
most-read|1
most-read|Côte d'Ivoire : les secrets du nouveau gouvernement
most-read|2
most-read|Maroc : ce que prévoit la réforme du Code de la famille
most-read|3
most-read|RDC : dans les coulisses des négociations de Doha
epaper|Jeune Afrique Magazine
epaper|N° 3158 - Février 2026
epaper|Lire le numéro
footer|Qui sommes-nous ?
footer|Jeune Afrique Media Group
footer|Nous contacter
footer|Publicité
footer|Annonces légales
footer|Appels d'offres
footer|Conditions générales d'utilisation
footer|Conditions générales de vente
footer|Mentions légales
footer|Gestion des cookies
footer|FAQ
social|Facebook X LinkedIn Instagram YouTube
copyright|© Jeune Afrique 2026, tous droits réservés
"""),
 dict(id="jeune-afrique-paywall-style-2", site="jeune-afrique-paywall-style", lang="fr", sep="\n", title="Amadou Kane (Koliba Pay) : « Nous voulons être la banque de ceux que les banques ignorent »", date="2026-05-20", page="""
skip-link|Aller au contenu
cookie|Jeune Afrique et ses partenaires utilisent des cookies pour mesurer l'audience, vous proposer des publicités personnalisées et des fonctionnalités de partage sur les réseaux sociaux.
cookie|Tout accepter
cookie|Tout refuser
cookie|Personnaliser
logo|Jeune Afrique
account|Se connecter
paywall|S'abonner
search|Rechercher
menu|Politique Économie Culture Société Sport Vidéos Podcasts Magazine
menu|Algérie Maroc Tunisie Sénégal Côte d'Ivoire Cameroun RDC Guinée Mali
network|The Africa Report · Africa CEO Forum · JA Événements
section-label|Économie
section-label|Tech
section-label|Interview
paywall|Réservé aux abonnés
h1|Amadou Kane (Koliba Pay) : « Nous voulons être la banque de ceux que les banques ignorent »
lead|La fintech ivoirienne vient de boucler une levée de fonds de 35 millions de dollars pour s'implanter au Cameroun et au Gabon. Son fondateur détaille sa stratégie face aux opérateurs de mobile money et aux banques traditionnelles.
caption|Amadou Kane, fondateur et directeur général de Koliba Pay, à Abidjan, le 14 mai 2026.
credit|© Olivier Yao pour JA
byline|Par Youssouf Camara
dateline|Publié le 20 mai 2026 à 10:05
dateline|Mis à jour le 20 mai 2026 à 12:31
reading-time|Lecture : 5 minutes.
share|Partager
gift|Offrir cet article
save|Ajouter à ma liste
listen|Écouter cet article
listen|05:48
p|Il y a six ans, Koliba Pay n'était qu'une application de transfert d'argent entre proches, développée par une équipe de quatre ingénieurs dans un appartement de Cocody. La fintech revendique aujourd'hui 2,3 millions d'utilisateurs actifs en Côte d'Ivoire, au Sénégal et au Burkina Faso, et un volume de transactions de plus de 900 milliards de francs CFA en 2025.
p|Son tour de table de série B, annoncé mardi 19 mai, réunit un fonds panafricain, une institution de financement du développement européenne et deux investisseurs historiques. De passage à Paris, son fondateur, Amadou Kane, un ancien cadre bancaire de 41 ans, explique à Jeune Afrique comment il compte utiliser cet argent.
h2|Jeune Afrique : Pourquoi lever des fonds maintenant, alors que le capital-risque se fait plus rare sur le continent ?
p|Amadou Kane : Justement parce qu'il se fait plus rare. Les investisseurs qui restent sont ceux qui regardent la rentabilité, pas seulement la croissance. Nous sommes rentables en Côte d'Ivoire depuis dix-huit mois, c'est ce qui a fait la différence. Nous n'avons pas eu à accepter une valorisation au rabais.
h2|Pourquoi l'Afrique centrale ?
p|La zone Cemac compte plus de 60 millions d'habitants, dont une majorité n'a pas de compte bancaire. Le mobile money y progresse vite, mais les services restent chers et peu interopérables. Nous pensons pouvoir proposer des frais deux à trois fois inférieurs sur les transferts et surtout offrir du crédit aux petits commerçants, ce que les opérateurs téléphoniques font encore peu.
read-also|Lire
read-also|Fintech : en Afrique centrale, la Beac durcit les règles du jeu
h2|Le crédit, c'est aussi le risque. Comment l'évaluez-vous sans historique bancaire ?
p|Nous utilisons l'historique des transactions de nos clients : la régularité de leurs encaissements, leurs paiements de fournisseurs, leurs remboursements passés. Nous avons accordé l'an dernier plus de 400 000 microcrédits, pour un taux d'impayés inférieur à 4 %. Ce n'est pas de la magie, c'est de la donnée.
ad|Publicité
h2|Les banques sont-elles vos concurrentes ou vos partenaires ?
paywall|Il vous reste 68 % de l'article à lire.
paywall|Abonnez-vous pour lire la suite
paywall|Accédez à tous nos contenus, à l'édition numérique du magazine et à nos newsletters réservées aux abonnés.
paywall|Voir les offres
paywall|Déjà abonné ? Se connecter
author-link|Youssouf Camara
author-link|Suivre cet auteur
tags|Fintech
tags|Mobile money
tags|Côte d'Ivoire
tags|Start-up
related|À lire aussi
related|Économie
related|Mobile money : Wave, Orange et MTN face à la nouvelle taxe sur les transferts
related|Tech
related|Abidjan, nouvelle capitale des start-up francophones ?
related|Finance
related|Levées de fonds : les start-up africaines ont attiré 2,1 milliards de dollars au premier trimestre
event|Africa CEO Forum 2026
event|Kigali, 8 et 9 juin
event|Je m'inscris
newsletter|Recevez chaque matin La Matinale de Jeune Afrique
newsletter|Votre adresse e-mail
newsletter|S'inscrire
newsletter|En vous inscrivant, vous acceptez nos conditions générales d'utilisation et notre politique de confidentialité.
most-read|Les plus lus
most-read|Sénégal : à l'Assemblée, la majorité se divise sur le budget
most-read|Algérie-France : le dossier des visas de nouveau sur la table
most-read|Gabon : les dessous du remaniement
app|Téléchargez l'application Jeune Afrique
app|App Store
app|Google Play
footer|Qui sommes-nous ? · Jeune Afrique Media Group · Nous contacter · Publicité · Annonces légales · Appels d'offres
footer|Conditions générales d'utilisation · Conditions générales de vente · Mentions légales · Gestion des cookies · FAQ
copyright|© Jeune Afrique 2026, tous droits réservés
"""),
 dict(id="al-jazeera-english-style-1", site="al-jazeera-english-style", lang="en", sep="\n", title="Thousands displaced as Shabelle River bursts its banks in Somalia's Beledweyne", date="2026-04-22", page="""
skip-link|Skip links
skip-link|Skip to Content
logo|Al Jazeera
watch|Live
menu|Navigation menu
menu|News
menu|Middle East
menu|Africa
menu|Asia
menu|US & Canada
menu|Latin America
menu|Europe
menu|Asia Pacific
menu|Explained
menu|Opinion
menu|Sport
menu|Video
menu|More
menu|Features
menu|Economy
menu|Human Rights
menu|Climate Crisis
menu|Investigations
menu|Interactives
menu|In Pictures
menu|Science & Technology
menu|Podcasts
search|Click here to search
search|search
account|Sign up
account|Log in
section-label|News
section-label|Climate Crisis
h1|Thousands displaced as Shabelle River bursts its banks in Somalia's Beledweyne
lead|Aid agencies warn of disease risk as heavy Gu rains swamp homes and farmland across central Somalia.
caption|Residents carry belongings through floodwaters in Beledweyne, Hiran region, Somalia, on April 21, 2026 [Abdirahman Yusuf/AFP]
dateline|Published On 22 Apr 202622 Apr 2026
share|Click here to share on social media
share|share2
save|Save
save|Save articles to read later and create your own reading list.
listen|Listen to this article
listen|4 mins
p|Tens of thousands of people have fled their homes in central Somalia after the Shabelle River burst its banks in the city of Beledweyne, submerging entire neighbourhoods and cutting off roads, according to local officials and aid agencies.
p|The river overflowed late on Monday after days of heavy rainfall in the Ethiopian highlands upstream, where the Shabelle rises, and across the Hiran region. Water levels reached more than eight metres in some parts of the city, local authorities said.
p|"The water came at night, very fast. We took the children and left everything behind," Halimo Abdi, a mother of six, told the Reuters news agency from a makeshift camp on higher ground east of the city.
related|Recommended Stories
related|list of 4 items
related|list 1 of 4
related|Somalia drought: Millions face hunger as rains fail for third season
related|list 2 of 4
related|Photos: Kenya floods leave dozens dead, thousands homeless
related|list 3 of 4
related|Al-Shabab fighters attack military base in central Somalia
related|list 4 of 4
related|Ethiopia dam dispute: What's at stake for the Horn of Africa?
related|end of list
p|The governor of Hiran region, speaking to reporters on Tuesday, said at least 70,000 people had been displaced and that four people, including two children, had drowned. He appealed for boats, food and medical supplies.
p|The United Nations Office for the Coordination of Humanitarian Affairs (OCHA) said in a statement that the flooding was likely to worsen over the coming days, with more rain forecast in the Ethiopian catchment area.
ad|Advertisement
p|Aid workers warned of a growing risk of cholera and other water-borne diseases as latrines were flooded and displaced families were forced to drink untreated water.
p|"Beledweyne floods almost every year, but the scale this time is alarming, and the response is already stretched," said a humanitarian official in Mogadishu, who asked not to be named because he was not authorised to speak to the media.
caption|Displaced families shelter under trees on the outskirts of Beledweyne [Abdirahman Yusuf/AFP]
p|Somalia is among the countries most exposed to the effects of climate change, swinging between prolonged droughts and destructive floods. In late 2023, floods linked to the El Niño weather pattern killed more than 100 people and displaced over a million across the country.
p|Beledweyne, which lies about 330km (205 miles) north of the capital, Mogadishu, has been repeatedly hit. Residents have long complained that flood defences along the river have not been repaired, and that early warnings come too late to save their livestock and crops.
ad|Advertisement
p|Somalia's federal government said it had dispatched an emergency team and was coordinating with aid agencies to set up temporary shelters. The Somali Disaster Management Agency urged people living along the Shabelle and Juba rivers to move to higher ground.
p|Humanitarian agencies have repeatedly warned that funding for operations in Somalia has fallen sharply this year, forcing cuts to food aid and health services just as the rainy season began.
signature|Source: Al Jazeera and news agencies
newsletter|Sign up for Al Jazeera
newsletter|Week in Africa
newsletter|Catch up on the week's top stories from across the continent, straight to your inbox.
newsletter|E-mail address
newsletter|Subscribe
newsletter|By signing up, you agree to our Privacy Policy
newsletter|protected by reCAPTCHA
most-read|Most Read
most-read|list of 4 items
most-read|list 1 of 4
most-read|Israeli strikes kill dozens across Gaza as ceasefire talks stall
most-read|list 2 of 4
most-read|Why is the price of gold soaring again?
most-read|list 3 of 4
most-read|Sudan's RSF says it has taken key town in North Kordofan
most-read|list 4 of 4
most-read|India and Pakistan trade accusations after border clash
most-read|end of list
footer|About
footer|About Us
footer|Code of Ethics
footer|Terms and Conditions
footer|EU/EEA Regulatory Notice
footer|Privacy Policy
footer|Cookie Policy
footer|Cookie Preferences
footer|Sitemap
footer|Work for us
footer|HR Quality
footer|Connect
footer|Contact Us
footer|User Accounts Help
footer|Advertise with us
footer|Stay Connected
footer|Newsletters
footer|Channel Finder
footer|TV Schedule
footer|Podcasts
footer|Submit a Tip
network|Our Channels
network|Al Jazeera Arabic
network|Al Jazeera English
network|Al Jazeera Investigative Unit
network|Al Jazeera Mubasher
network|Al Jazeera Documentary
network|Al Jazeera Balkans
network|AJ+
network|Our Network
network|Al Jazeera Centre for Studies
network|Al Jazeera Media Institute
network|Learn Arabic
network|Al Jazeera Centre for Public Liberties & Human Rights
network|Al Jazeera Forum
network|Al Jazeera Hotel Partners
social|Follow Al Jazeera English:
social|facebook
social|twitter
social|youtube
social|instagram-colored-outline
social|rss
copyright|© 2026 Al Jazeera Media Network
"""),
 dict(id="al-jazeera-english-style-2", site="al-jazeera-english-style", lang="en", sep="\n", title="In Ghana's gold belt, farmers count the cost of the galamsey boom", date="2026-09-09", page="""
cookie|We and our partners use cookies and similar technologies to store and access information on your device, and process personal data, such as unique identifiers and standard information sent by a device, for personalised advertising and content.
cookie|Accept all
cookie|Reject all
cookie|Cookie Settings
skip-link|Skip links
skip-link|Skip to Content
logo|Al Jazeera
watch|Live
menu|News Middle East Africa Asia US & Canada Latin America Europe Asia Pacific Explained Opinion Sport Video More
search|Click here to search
account|Sign up
breaking|Breaking
breaking|Earthquake of magnitude 6.4 strikes off coast of northern Chile, USGS says
section-label|Features
section-label|Environment
h1|In Ghana's gold belt, farmers count the cost of the galamsey boom
lead|Illegal mining has poisoned rivers and swallowed cocoa farms. A new crackdown promises change, but many in the Western Region are sceptical.
caption|A mining pit on the edge of a cocoa farm near Tarkwa, in Ghana's Western Region [Kwame Asante/Al Jazeera]
byline|By Efua Mensah
dateline|Published On 9 Sep 20269 Sep 2026
share|Click here to share on social media
share|share2
save|Save
listen|Listen to this article
listen|9 mins
p|Tarkwa, Ghana – Kofi Boateng walks along the edge of what used to be his father's cocoa farm and points at a brown pool the size of a football pitch. "The trees were here. Forty years old, some of them," he says. "Now look."
p|Two years ago, a group of young men arrived with an excavator and an offer: 30,000 cedis (about $2,700) for the right to dig on a corner of the land. His uncle, who managed the farm at the time, accepted. Within months, the corner had become most of the farm, and the stream that irrigated the neighbouring plots had turned the colour of milky coffee.
p|Across Ghana's Western Region, stories like Boateng's have become painfully common. Galamsey, the local term for small-scale illegal gold mining, has spread rapidly as gold prices have climbed to record highs, drawing in unemployed young people, foreign-backed operators and, according to activists, local officials who look the other way.
related|Recommended Stories
related|list of 3 items
related|list 1 of 3
related|Ghana's cocoa farmers struggle as prices slump
related|list 2 of 3
related|Photos: Inside Ghana's illegal gold mines
related|list 3 of 3
related|Why are gold prices at record highs?
related|end of list
h2|Poisoned water
p|The most visible damage is to the rivers. The Ghana Water Company has repeatedly warned that turbidity levels in the Pra and Ankobra rivers are so high that some treatment plants have had to shut down temporarily, forcing towns to ration water.
p|Environmental scientists have also found elevated levels of mercury, used by miners to separate gold from ore, in fish and in the blood of people living near mining sites.
p|"We are seeing the consequences in the clinics: skin conditions, kidney problems, children with developmental delays," says Dr Abena Owusu, a public health researcher at the University of Mines and Technology in Tarkwa. "Mercury does not leave the environment. What is being done now will affect the next two generations."
ad|Advertisement
video|Video Duration 02 minutes 48 seconds
video|02:48
video|play-arrow
video|Ghana's illegal gold mining threatens water supplies
h2|A new crackdown
p|In July, the government announced a new task force combining the military, police and forestry officials, and declared several river basins "red zones" where all mining is banned. Officials say more than 300 excavators have been seized and hundreds of people arrested since the operation began.
p|The Minister for Lands and Natural Resources told parliament last month that the state would also overhaul the licensing of small-scale mining, which critics say has been used as cover for illegal operations.
p|But in the villages around Tarkwa, residents are wary. Previous crackdowns, they say, pushed miners out for a few weeks before they returned with new equipment, sometimes with the protection of influential patrons.
p|"They come, they burn a few machines for the cameras, and then they go," says Ama Darko, who sells food to miners near the town of Prestea. "The big people are never arrested."
caption|Seized excavators at a police yard in Takoradi [Kwame Asante/Al Jazeera]
h2|No easy alternatives
p|For many young men, galamsey remains the best-paid work available. A digger can earn in a week what a farm labourer earns in a month, and the cocoa sector, long the backbone of the regional economy, has been weakened by disease, ageing trees and low farmgate prices.
p|Economists say any lasting solution will need to offer real alternatives, from formal small-scale mining cooperatives that use mercury-free methods to support for replanting destroyed cocoa farms.
p|Some local initiatives have started. Near Bogoso, a community group has begun reclaiming abandoned pits, filling them and planting cassava and plantain. The work is slow, and each hectare costs thousands of dollars to restore.
ad|Advertisement
p|Back on his family's land, Boateng has planted a few rows of young cocoa seedlings on the ground that was not dug up. He says he does not expect to see a harvest for at least three years.
p|"My father planted for us. I am planting for my children," he says. "But if the water stays like this, I don't know what they will drink."
signature|Source: Al Jazeera
author-link|Efua Mensah
author-bio|Efua Mensah is a journalist based in Accra who covers environment and development.
newsletter|Sign up for Al Jazeera
newsletter|Week in Africa
newsletter|Catch up on the week's top stories from across the continent, straight to your inbox.
newsletter|E-mail address
newsletter|Subscribe
newsletter|By signing up, you agree to our Privacy Policy
newsletter|protected by reCAPTCHA
teaser-list|More from Features
teaser-list|The Kenyan runners chasing prize money on China's marathon circuit
teaser-list|Published On 8 Sep 2026
teaser-list|In Lagos, a new rail line changes the commute for thousands
teaser-list|Published On 7 Sep 2026
teaser-list|Why Senegal's fishermen are heading for the Canary Islands again
teaser-list|Published On 6 Sep 2026
most-read|Most Read
most-read|list of 4 items
most-read|list 1 of 4
most-read|Chile earthquake: Tsunami warning lifted after strong quake off coast
most-read|list 2 of 4
most-read|Ukraine says Russian drone attack hits power grid in Kharkiv
most-read|list 3 of 4
teaser-list|In Ghana's gold belt, farmers count the cost of the galamsey boom
most-read|list 4 of 4
most-read|UN General Assembly: What to expect as world leaders gather in New York
most-read|end of list
footer|About · About Us · Code of Ethics · Terms and Conditions · EU/EEA Regulatory Notice · Privacy Policy · Cookie Policy · Cookie Preferences · Sitemap · Work for us · HR Quality
footer|Connect · Contact Us · User Accounts Help · Advertise with us · Stay Connected · Newsletters · Channel Finder · TV Schedule · Podcasts · Submit a Tip
network|Our Channels · Al Jazeera Arabic · Al Jazeera English · Al Jazeera Investigative Unit · Al Jazeera Mubasher · Al Jazeera Documentary · Al Jazeera Balkans · AJ+
network|Our Network · Al Jazeera Centre for Studies · Al Jazeera Media Institute · Learn Arabic · Al Jazeera Centre for Public Liberties & Human Rights · Al Jazeera Forum · Al Jazeera Hotel Partners
social|Follow Al Jazeera English:
social|facebookx-twitteryoutubeinstagram-colored-outlinerss
copyright|© 2026 Al Jazeera Media Network
"""),
]
