# Round 79: eight pages on four more layouts (an Algerian French-language daily, a US national TV network's news
# site, a Cameroonian diaspora news portal, an Irish national daily with premium articles), written blind: without
# looking at the classifier, its rules or the benchmark. Each line: "label|text". Invented text; no real article is
# copied.
ROUND79 = [
 dict(id="el-watan-style-1", site="el-watan-style", lang="fr", sep="\n", title="Dessalement : la station de Oued Sebt entre en production avant l'été", date="2026-03-04", page="""
timestamp|Mercredi 4 mars 2026 - 14 Ramadhan 1447
ticker|Alger : Fadjr 05:21 Dohr 12:49 Asr 16:07 Maghreb 18:38 Icha 19:56
ticker|Euro 151,42 DA Dollar 134,80 DA
account|Connexion
account|S'abonner
epaper|Édition PDF
menu|L'Horizon d'Alger
menu|Quotidien national d'information
menu|Actualité
menu|Économie
menu|Régions
menu|International
menu|Culture
menu|Sports
menu|Contributions
menu|Week-end
menu|Dossiers
search|Rechercher...
breaking|DERNIÈRE MINUTE
breaking|Coupe d'Algérie : le tirage au sort des quarts de finale fixé au 12 mars
ad|PUBLICITÉ
section-label|ÉCONOMIE
h1|Dessalement : la station de Oued Sebt entre en production avant l'été
lead|D'une capacité de 300 000 m3 par jour, l'usine implantée à l'ouest de Tipasa doit alimenter près d'un million d'habitants. Les premiers essais hydrauliques ont été concluants, selon la Société algérienne de l'eau.
byline|Par Samir Ould-Ali
dateline|Publié le 04.03.2026 - 10h15
share|Partager
share|Facebook
share|Twitter
share|LinkedIn
share|WhatsApp
share|Email
font|A-
font|A+
print|Imprimer
caption|Le chantier de la station de dessalement de Oued Sebt, en janvier dernier.
credit|Photo : D. R.
p|La station de dessalement de l'eau de mer de Oued Sebt, dans la wilaya de Tipasa, devrait livrer ses premiers mètres cubes au réseau avant la fin du mois de mai, soit avec plusieurs semaines d'avance sur le calendrier annoncé l'an dernier. C'est ce qu'a indiqué, lundi, le directeur de projet lors d'une visite de presse organisée sur le site.
p|Les essais hydrauliques, lancés à la mi-février, ont porté sur la première des trois lignes de production. « Les résultats sont conformes aux paramètres contractuels, aussi bien pour le débit que pour la qualité de l'eau produite », a-t-il assuré, précisant que la deuxième ligne sera mise en service progressivement à partir d'avril.
p|D'une capacité nominale de 300 000 m3 par jour, l'ouvrage doit approvisionner une partie des communes de l'ouest de la wilaya de Tipasa, de Aïn Defla et du sud-ouest d'Alger, soit près d'un million d'habitants, selon les estimations de l'Algérienne des eaux (ADE).
read-also|Lire aussi : Sécheresse : les barrages de l'Ouest remplis à moins de 25%
h2|Un programme accéléré
p|La station fait partie du programme de cinq grandes usines de dessalement lancé en 2022 par les pouvoirs publics pour faire face au recul des ressources superficielles. Après la mise en service, en 2025, des stations de l'Est et du Centre, le dessalement devrait couvrir, à terme, plus de 40% des besoins en eau potable du pays.
p|Sur le site, quelque 1 400 travailleurs, dont une majorité d'ouvriers recrutés localement, se relaient jour et nuit. Les membranes d'osmose inverse, importées, ont été réceptionnées en décembre, tandis que les conduites de transfert, d'une longueur totale de 62 km, ont été fabriquées par des entreprises nationales.
p|« Le taux d'intégration nationale dépasse 60% sur ce projet, ce qui était impensable il y a encore dix ans », a souligné un responsable de l'entreprise publique chargée de la réalisation.
ad|PUBLICITÉ
ad|Ooredoo - Forfaits Ramadhan : jusqu'à 100 Go offerts
h2|La question du coût
p|Reste la question du coût de production. Les spécialistes estiment le prix de revient du mètre cube dessalé entre 70 et 90 DA, alors que l'eau est facturée aux ménages à un tarif social nettement inférieur. L'écart est supporté par le Trésor public.
p|Pour l'hydrologue Mourad Hamidi, enseignant à l'Ecole nationale supérieure d'hydraulique de Blida, le dessalement ne peut constituer qu'une partie de la réponse. « Il faut parallèlement réduire les fuites, qui représentent encore près de 30% de l'eau distribuée dans certaines villes, et développer la réutilisation des eaux usées épurées pour l'agriculture », plaide-t-il.
p|Les habitants des communes concernées, eux, attendent surtout la fin des coupures. À Hadjout comme à Cherchell, la distribution se fait encore un jour sur deux dans plusieurs quartiers depuis l'été 2024. « On nous promet l'eau H24 avant le mois d'août. On verra bien », confie un commerçant de Cherchell.
signature|S. O.-A.
tags|Mots-clés :
tags|Dessalement
tags|Tipasa
tags|Eau potable
tags|ADE
share|Vous avez aimé cet article ? Partagez-le !
paywall|Vous souhaitez réagir à cet article ? Les commentaires sont réservés à nos abonnés.
paywall|Abonnez-vous à partir de 500 DA par mois
related|ARTICLES SIMILAIRES
related|Eau potable : 14 wilayas concernées par un programme d'urgence pour l'été
related|03.03.2026
related|Barrages : les pluies de février améliorent le taux de remplissage
related|27.02.2026
related|Sonelgaz : une nouvelle centrale solaire raccordée au réseau à Biskra
related|25.02.2026
most-read|LES PLUS LUS
most-read|Bac 2026 : le calendrier des examens dévoilé
most-read|Importation de véhicules de moins de trois ans : ce qui change
most-read|Ligue 1 Mobilis : le MCA conforte sa place de leader
epaper|L'édition du jour en PDF
epaper|Consulter
newsletter|Newsletter
newsletter|Recevez chaque matin l'essentiel de l'actualité
newsletter|Votre e-mail
newsletter|OK
footer|L'Horizon d'Alger
footer|Qui sommes-nous
footer|Publicité
footer|Abonnements
footer|Contact
footer|Conditions d'utilisation
copyright|© L'Horizon d'Alger 2026. Tous droits réservés.
footer|Conception et réalisation : DZ Web Studio
"""),
 dict(id="el-watan-style-2", site="el-watan-style", lang="fr", sep="\n", title="Université : les doctorants réclament la revalorisation d'une bourse inchangée depuis 2011", date="2026-01-20", page="""
timestamp|Mardi 20 janvier 2026 - 1 Chaâbane 1447
ticker|Alger : Fadjr 06:27 Dohr 13:01 Asr 15:42 Maghreb 18:04 Icha 19:29
ticker|Euro 150,96 DA Dollar 135,12 DA
account|Connexion
account|S'abonner
epaper|Édition PDF
menu|L'Horizon d'Alger
menu|Quotidien national d'information
menu|Actualité
menu|Économie
menu|Régions
menu|International
menu|Culture
menu|Sports
menu|Contributions
menu|Week-end
menu|Dossiers
search|Rechercher...
breaking|DERNIÈRE MINUTE
breaking|Intempéries : alerte météo aux fortes pluies sur 11 wilayas du Centre et de l'Est
ad|PUBLICITÉ
section-label|ACTUALITÉ
h1|Université : les doctorants réclament la revalorisation d'une bourse inchangée depuis 2011
lead|Réunis en coordination nationale, des doctorants de plusieurs universités ont observé hier un sit-in devant le ministère de l'Enseignement supérieur. Ils dénoncent une allocation « qui ne permet plus de vivre ».
byline|Par Nadia Boukhalfa
dateline|Publié le 20.01.2026 - 09h30
dateline|Mis à jour le 20.01.2026 - 11h02
share|Partager
share|Facebook
share|Twitter
share|LinkedIn
share|WhatsApp
share|Email
font|A-
font|A+
print|Imprimer
premium|Article réservé aux abonnés
caption|Les doctorants devant le siège du ministère, hier à Ben Aknoun.
credit|Photo : Sami K.
p|Ils étaient plusieurs centaines, venus d'Alger, de Tizi Ouzou, de Blida, de Sétif et même d'Oran, à se rassembler hier matin devant le siège du ministère de l'Enseignement supérieur et de la Recherche scientifique, à Ben Aknoun. Pancartes à la main, les doctorants ont scandé des slogans réclamant « la dignité du chercheur » et la révision de leur allocation mensuelle.
p|Fixée à 12 000 DA par mois pour les doctorants non salariés, la bourse n'a pas été revalorisée depuis 2011, rappellent les membres de la coordination nationale des doctorants, constituée à l'automne dernier. « En quinze ans, les prix ont plus que doublé. Avec cette somme, on ne paie même pas une chambre en colocation », résume Amine, doctorant en génie civil à l'USTHB.
h2|Quatre revendications
p|Dans une plateforme remise à un représentant du ministère, la coordination formule quatre revendications principales :
li|la revalorisation de la bourse à un montant au moins équivalent au salaire national minimum garanti ;
li|l'accès à l'hébergement universitaire pour les doctorants au-delà de la troisième année ;
li|le financement des stages de courte durée à l'étranger, suspendus dans plusieurs établissements ;
li|le recrutement prioritaire des docteurs dans les universités, les centres de recherche et les entreprises publiques.
read-also|Lire aussi : Recrutement des docteurs : 5 000 postes budgétaires annoncés pour 2026
p|Le dernier point est sans doute le plus sensible. Chaque année, plusieurs milliers de docteurs soutiennent leur thèse sans trouver de poste. Beaucoup enchaînent les vacations, payées à l'heure et souvent avec plusieurs mois de retard. D'autres choisissent de partir. « La moitié de ma promotion est au Canada, en France ou en Allemagne », témoigne Lydia, doctorante en biologie à l'université de Béjaïa.
ad|PUBLICITÉ
p|Contacté, un cadre du ministère assure que le dossier « est pris en charge ». Selon lui, un projet de décret portant révision du statut du doctorant et de son allocation est en cours de finalisation et devrait être soumis au gouvernement « dans les prochaines semaines ». Il n'a toutefois avancé aucun montant.
p|Les doctorants, qui disent avoir déjà entendu ces promesses, n'excluent pas de durcir leur mouvement. La coordination a appelé à une journée de boycott des activités pédagogiques assurées par les doctorants le 3 février, jour de la rentrée du second semestre dans la plupart des établissements.
p|« Nous ne demandons pas des privilèges. Nous demandons simplement de pouvoir terminer nos thèses dans des conditions décentes », a lancé une intervenante au micro, sous les applaudissements.
signature|N. B.
tags|Mots-clés :
tags|Université
tags|Doctorants
tags|Enseignement supérieur
share|Vous avez aimé cet article ? Partagez-le !
paywall|Vous souhaitez réagir à cet article ? Les commentaires sont réservés à nos abonnés.
paywall|Abonnez-vous à partir de 500 DA par mois
related|ARTICLES SIMILAIRES
related|Universités : la réforme du système LMD en débat
related|18.01.2026
related|Fuite des cerveaux : 2 000 médecins algériens ont quitté le pays en 2025
related|11.01.2026
related|Bac 2026 : les inscriptions des candidats libres prolongées
related|07.01.2026
most-read|LES PLUS LUS
most-read|Intempéries : les cours suspendus dans plusieurs wilayas de l'Est
teaser-list|Université : les doctorants réclament la revalorisation d'une bourse inchangée depuis 2011
most-read|Logement AADL 3 : les listes des bénéficiaires affichées
epaper|L'édition du jour en PDF
epaper|Consulter
newsletter|Newsletter
newsletter|Recevez chaque matin l'essentiel de l'actualité
newsletter|Votre e-mail
newsletter|OK
footer|L'Horizon d'Alger
footer|Qui sommes-nous
footer|Publicité
footer|Abonnements
footer|Contact
footer|Conditions d'utilisation
copyright|© L'Horizon d'Alger 2026. Tous droits réservés.
footer|Conception et réalisation : DZ Web Studio
"""),
 dict(id="abc-news-us-style-1", site="abc-news-us-style", lang="en", sep="\n", title="Ice storm leaves more than 600,000 without power across the South as temperatures plunge", date="2026-01-27", page="""
skip-link|Skip to main content
menu|UBN News
watch|Live
menu|Video
menu|Shows
menu|Politics
menu|Elections
menu|U.S.
menu|International
menu|Business
menu|Health
menu|Entertainment
menu|Weather
menu|Technology
menu|Lifestyle
menu|Sports
watch|UBN News Live
watch|Stream on
search|Search
account|Log In
breaking|LIVE: Updates on the winter storm as it moves up the East Coast
section-label|US
h1|Ice storm leaves more than 600,000 without power across the South as temperatures plunge
lead|Some customers could be in the dark for days, utility officials warned.
byline|ByDaniel Reyes and Kimberly Ashford
dateline|January 27, 2026, 6:48 AM
share|Share this article
share|Email
share|Facebook
share|X
share|Copy link
video|3:14
video|Winter storm blasts the South with ice and snow
video|A dangerous mix of freezing rain and snow brought much of the South to a standstill, with hundreds of thousands losing power.
p|More than 600,000 homes and businesses were without power early Tuesday across Tennessee, Mississippi, Georgia and the Carolinas after a powerful ice storm coated trees and power lines, with some utilities warning that repairs could stretch into the weekend.
p|Ice accumulations of more than half an inch were reported in parts of northern Mississippi and middle Tennessee overnight, according to the National Weather Service, enough to snap large branches and bring down lines.
p|Tennessee had the largest number of outages, with about 240,000 customers in the dark shortly before 6 a.m. local time, according to utility tracking data.
caption|Workers attempt to clear a tree that fell on power lines in Nashville, Tenn., Jan. 27, 2026.
credit|George Walker IV/AP
p|"This is the worst ice event we have seen in this region in more than a decade," said Rachel Monroe, a spokesperson for the Middle Tennessee utility cooperative, which serves about 700,000 members. "We have crews coming in from eight states, but the conditions are still too dangerous in some areas to send them up in a bucket truck."
read-also|MORE: How to stay safe if you lose power in freezing weather
p|The storm is part of a sprawling system that dropped heavy snow on parts of Arkansas and Oklahoma on Monday before spreading east. Temperatures behind it are forecast to plunge into the single digits as far south as northern Alabama by Wednesday morning, raising concerns for those without heat.
h2|Roads, flights disrupted
p|Interstates 40 and 65 were littered with stranded vehicles overnight, and state officials in Tennessee and Mississippi urged residents to stay off the roads entirely on Tuesday.
p|More than 3,100 flights within, into or out of the United States had been canceled by Tuesday morning, according to the flight tracking site FlightAware, with Nashville, Charlotte and Atlanta among the hardest-hit airports.
p|The governors of Tennessee, Georgia and North Carolina declared states of emergency ahead of the storm, freeing up resources and allowing National Guard troops to assist with rescues and welfare checks.
ad|Advertisement
h2|Warming centers open
p|Cities across the region opened warming centers for residents without power. In Memphis, officials said buses would run free of charge to shuttle people to shelters.
p|Health officials warned residents not to use generators, grills or camp stoves indoors because of the risk of carbon monoxide poisoning, which is responsible for several deaths in nearly every major winter outage.
p|"If you're cold, go somewhere warm. Do not bring a generator into your garage," Nashville's emergency management director said at a briefing late Monday.
read-also|MORE: Winter storm timeline: When snow and ice will hit your area
p|Forecasters expect the system to move up the mid-Atlantic on Tuesday, bringing a mix of snow and sleet to Washington, D.C., and Philadelphia, before pulling away from the coast early Wednesday. A second blast of Arctic air is expected to follow later in the week.
signature|UBN News' Maggie Chen and the UBN News Weather Team contributed to this report.
topics|Related Topics
topics|Winter Storm
topics|Weather
topics|Tennessee
sponsored|Sponsored Content by Taboola
sponsored|Seniors Are Ditching Their Old Heaters For This Genius Device
sponsored|HeatPro Reviews
sponsored|The Most Comfortable Shoes For Standing All Day
sponsored|Walk Easy
teaser-list|Top Stories
teaser-list|Winter storm live updates: Snow spreads to mid-Atlantic as outages climb
teaser-list|12 minutes ago
teaser-list|Senate reaches deal to avert partial government shutdown
teaser-list|1 hour ago
teaser-list|Suspect in custody after shooting at Ohio shopping mall, police say
teaser-list|2 hours ago
teaser-list|Federal Reserve expected to hold rates steady as policymakers meet
teaser-list|3 hours ago
watch|UBN News Live
watch|24/7 coverage of breaking news and live events
footer|About UBN News
footer|Contact Us
footer|UBN News Careers
footer|Privacy Policy
footer|Your US State Privacy Rights
footer|Children's Online Privacy Policy
footer|Interest-Based Ads
footer|Terms of Use
footer|Do Not Sell or Share My Personal Information
copyright|© 2026 UBN News Internet Ventures. All rights reserved.
"""),
 dict(id="abc-news-us-style-2", site="abc-news-us-style", lang="en", sep="\n", title="FAA orders inspections of cargo door latches on hundreds of regional jets", date="2026-04-09", page="""
skip-link|Skip to main content
menu|UBN News
watch|Live
menu|Video
menu|Shows
menu|Politics
menu|Elections
menu|U.S.
menu|International
menu|Business
menu|Health
menu|Entertainment
menu|Weather
menu|Technology
menu|Lifestyle
menu|Sports
watch|UBN News Live
watch|Stream on
search|Search
account|Log In
section-label|Travel
h1|FAA orders inspections of cargo door latches on hundreds of regional jets
lead|The order follows an incident in which a cargo door opened during a climb out of Denver.
byline|ByLauren Whitfield
dateline|April 9, 2026, 5:02 PM
share|Share this article
share|Email
share|Facebook
share|X
share|Copy link
caption|A regional jet taxis at Denver International Airport, April 2, 2026.
credit|David Zalubowski/AP, FILE
listen|Listen to this article
listen|4 min
p|The Federal Aviation Administration on Thursday ordered airlines to inspect the cargo door latching mechanisms on about 480 regional jets flying in the United States, one week after a cargo door opened in flight shortly after takeoff from Denver.
p|The emergency airworthiness directive gives operators 10 days to carry out a visual and functional check of the latches and the sensors that tell pilots whether the door is properly closed. Aircraft that fail the inspection must be grounded until parts are replaced.
p|"Safety is our top priority, and we are acting out of an abundance of caution while the investigation continues," the FAA said in a statement.
h2|'We heard a loud bang'
p|On April 2, the crew of a regional flight bound for Boise, Idaho, declared an emergency about six minutes after takeoff when a warning light came on and passengers reported a loud noise from the rear of the aircraft. The plane returned safely to Denver, and none of the 68 passengers and four crew members were hurt.
p|"We heard a loud bang and then a whistling sound, and the flight attendants told everyone to stay seated with their belts on," passenger Tom Albrecht told UBN News. "The pilots were incredibly calm. Honestly, we only realized how serious it was when we saw the fire trucks on the runway."
p|Photos taken after landing showed the aft cargo door partly open, with some luggage missing. Authorities later recovered two suitcases in a field east of the airport.
video|1:02
video|Passengers describe moment cargo door opened mid-flight
read-also|MORE: NTSB releases preliminary report on Denver cargo door incident
p|The National Transportation Safety Board said in a preliminary report released Tuesday that investigators had found a worn component in the door's locking system and that a maintenance check two days earlier had not flagged the problem.
ad|Advertisement
h2|Airlines say delays will be limited
p|Three U.S. carriers operate the jet type covered by the directive. All three said they expected to complete inspections with minimal disruption, largely overnight, though one warned that a small number of flights could be canceled this weekend.
p|The aircraft manufacturer said it was "fully cooperating" with the FAA and the NTSB and had sent technical teams to assist operators.
p|Aviation safety analyst and former NTSB investigator Carla Benton told UBN News the FAA's response was appropriate. "A cargo door is a pressure vessel component. When one opens in flight, even at low altitude, you need to know right away whether it's a one-off maintenance error or a design issue across the fleet," she said.
p|The agency said it could expand the directive depending on what the inspections reveal. The NTSB's final report is expected to take 12 to 18 months.
signature|UBN News' Sam Patel contributed to this report.
topics|Related Topics
topics|Federal Aviation Administration
topics|Air Travel
sponsored|Sponsored Content by Taboola
sponsored|Frequent Flyers Swear By This Neck Pillow
sponsored|TravelRest
sponsored|Airlines Hate When You Book Flights Like This
sponsored|FareSaver
teaser-list|Top Stories
teaser-list|Supreme Court hears arguments over tariffs on imported steel
teaser-list|24 minutes ago
teaser-list|Tornado watch issued for parts of Texas and Oklahoma
teaser-list|1 hour ago
teaser-list|FAA orders inspections of cargo door latches on hundreds of regional jets
teaser-list|4 hours ago
teaser-list|Measles cases climb to 340 nationwide, CDC says
teaser-list|5 hours ago
watch|UBN News Live
watch|24/7 coverage of breaking news and live events
footer|About UBN News
footer|Contact Us
footer|UBN News Careers
footer|Privacy Policy
footer|Your US State Privacy Rights
footer|Children's Online Privacy Policy
footer|Interest-Based Ads
footer|Terms of Use
footer|Do Not Sell or Share My Personal Information
copyright|© 2026 UBN News Internet Ventures. All rights reserved.
"""),
 dict(id="camer-be-style-1", site="camer-be-style", lang="fr", sep="\n", title="CAMEROUN :: Douala : les commerçants du marché Congo ferment boutique contre la hausse des taxes communales :: CAMEROON", date="2026-02-12", page="""
timestamp|Jeudi 12 Février 2026 - 14:37 (Bruxelles)
menu|MboaNet.be
menu|Le Cameroun et sa diaspora sur le net
account|Connexion
account|Inscription
menu|ACCUEIL
menu|ACTUALITÉ
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|SPORT
menu|CULTURE
menu|DIASPORA
menu|OPINIONS
menu|ANNONCES
menu|NÉCROLOGIE
menu|VIDÉOS
ad|Envoyez de l'argent au Cameroun en 5 minutes - Frais offerts sur votre 1er transfert - MboaTransfert
ad|Publicité
breadcrumb|Vous êtes ici : Accueil > Actualité > Société
section-label|CAMEROUN :: SOCIETE
h1|CAMEROUN :: Douala : les commerçants du marché Congo ferment boutique contre la hausse des taxes communales :: CAMEROON
dateline|Publié le 12.02.2026 à 11:05
views|Lu 2 318 fois
comments|Réagir (7)
print|[Imprimer]
share|[Envoyer à un ami]
font|A+ A-
share|J'aime 41 Partager
byline|Par Hervé Ngando
caption|Des boutiques fermées au marché Congo, mercredi matin
credit|© MboaNet.be
p|Le marché Congo, l'un des plus fréquentés de la capitale économique, a tourné au ralenti ce mercredi 11 février. Des centaines de commerçants ont baissé leurs rideaux dès l'aube pour protester contre ce qu'ils qualifient de « hausse brutale et injustifiée » de l'impôt libératoire et des droits de place réclamés par la mairie de Douala 2e.
p|Selon les commerçants rencontrés sur place, les agents communaux se sont présentés la semaine dernière avec de nouveaux avis d'imposition. Pour une boutique de quatre mètres carrés, le droit de place mensuel passerait de 7 500 à 15 000 FCFA. « On vend à peine. Les clients n'ont plus d'argent. Et la mairie veut doubler ce qu'on paie. Avec quoi on va nourrir nos enfants ? », s'interroge Mama Odile, vendeuse de pagnes depuis vingt-deux ans.
p|Devant le bâtiment administratif du marché, un groupe de jeunes vendeurs de chaussures a brièvement bloqué l'accès principal avant l'arrivée d'une dizaine d'éléments de la police municipale. Aucun incident majeur n'a été signalé.
ad|Publicité
ad|Billets Bruxelles - Douala dès 489 euros - Réservez maintenant
h2|La mairie parle de « mise à jour »
p|Joint au téléphone, un responsable de la commune d'arrondissement de Douala 2e assure qu'il ne s'agit pas d'une hausse mais d'une « actualisation » des barèmes fixés par la loi de finances et par une délibération du conseil municipal de décembre dernier. « Certains commerçants payaient des montants qui ne correspondaient plus à la surface qu'ils occupent réellement. Nous avons fait un recensement. Chacun paie désormais selon ce qu'il occupe », explique-t-il.
p|Le même responsable rappelle que les recettes doivent financer la réhabilitation des caniveaux du marché, régulièrement inondé en saison des pluies, et l'éclairage des allées. Des travaux que les commerçants disent attendre « depuis des années ».
h2|Dialogue annoncé
p|En fin d'après-midi, le sous-préfet de Douala 2e a reçu une délégation de six représentants des commerçants. À l'issue de la rencontre, il a annoncé la mise en place d'une commission mixte chargée de réexaminer les barèmes d'ici la fin du mois. En attendant, les agents communaux ont reçu la consigne de suspendre le recouvrement des nouveaux montants.
p|Une annonce accueillie avec prudence. « On a déjà vu les commissions. On attend les actes », lâche un représentant du syndicat des commerçants détaillants du Wouri, qui appelle à la reprise des activités dès jeudi mais prévient que le mouvement pourrait reprendre « si rien ne bouge ».
p|Ce n'est pas la première fois que la fiscalité locale provoque des tensions dans les marchés de Douala. En 2024, un mouvement similaire avait paralysé pendant trois jours le marché Sandaga, avant un compromis avec la communauté urbaine.
signature|© MboaNet.be : Hervé Ngando
rating|Note : 4.3/5 (18 votes)
print|[Imprimer]
share|[Envoyer à un ami]
comments|Réagir (7)
related|Les articles de la même rubrique
related|CAMEROUN :: Yaoundé : la CAMWATER annonce des coupures d'eau dans six quartiers :: CAMEROON
related|CAMEROUN :: Bafoussam : un car de transport se renverse sur la route de Foumban, 4 morts :: CAMEROON
related|CAMEROUN :: Douala : le prix du sac de ciment atteint 6 500 FCFA chez les détaillants :: CAMEROON
comments|Réactions
comments|Le Patriote - 12.02.2026 à 12:14
comments|Toujours les mêmes méthodes. On tape sur les petits et les gros ne paient rien.
comments|Nkwa237 - 12.02.2026 à 13:02
comments|La mairie a raison aussi, ce marché est une honte quand il pleut. Il faut bien que quelqu'un paie les travaux.
comments|Mbombo de Liège - 12.02.2026 à 13:40
comments|Courage à nos mamans du marché Congo. Depuis la Belgique on vous soutient.
comments|Voir les 7 réactions
comments|Pseudo
comments|Votre réaction
comments|Envoyer
disclaimer|Les réactions des internautes n'engagent que leurs auteurs. MboaNet.be se réserve le droit de supprimer tout message injurieux, diffamatoire ou tribaliste.
classifieds|ANNONCES
classifieds|Vends terrain titré 500 m2 à Bonamoussadi - Prix à débattre
classifieds|Cherche colocataire camerounais à Anderlecht, chambre meublée
classifieds|Conteneur groupage Anvers - Douala, départ le 28 février
obituary|NÉCROLOGIE
obituary|Décès de Maman Esther Ngo Bilong à Bruxelles - Levée de corps le 14 février
most-read|LES PLUS LUS
most-read|CAMEROUN :: Lions indomptables : la liste pour les matchs amicaux de mars dévoilée :: CAMEROON
most-read|CAMEROUN :: Baccalauréat 2026 : l'Office du Bac publie le calendrier des épreuves :: CAMEROON
most-read|CAMEROUN :: Diaspora : les Camerounais de Belgique appelés à se faire recenser au consulat :: CAMEROON
video|VIDÉO DU JOUR
video|Makossa : le grand retour d'un ténor en concert à Bruxelles (03:42)
footer|Qui sommes-nous ?
footer|Contactez-nous
footer|Publicité sur MboaNet.be
footer|Proposer un article
footer|Conditions d'utilisation
copyright|Copyright © 2006-2026 MboaNet.be - Tous droits réservés
footer|Site édité en Belgique par l'asbl Mboa Médias
"""),
 dict(id="camer-be-style-2", site="camer-be-style", lang="fr", sep="\n", title="CAMEROUN :: Bruxelles : des Camerounais de Belgique lancent une mutuelle pour rapatrier les corps des défunts :: CAMEROON", date="2026-03-21", page="""
timestamp|Samedi 21 Mars 2026 - 09:12 (Bruxelles)
menu|MboaNet.be
menu|Le Cameroun et sa diaspora sur le net
account|Connexion
account|Inscription
menu|ACCUEIL
menu|ACTUALITÉ
menu|POLITIQUE
menu|ÉCONOMIE
menu|SOCIÉTÉ
menu|SPORT
menu|CULTURE
menu|DIASPORA
menu|OPINIONS
menu|ANNONCES
menu|NÉCROLOGIE
menu|VIDÉOS
ad|Envoyez de l'argent au Cameroun en 5 minutes - Frais offerts sur votre 1er transfert - MboaTransfert
ad|Publicité
breadcrumb|Vous êtes ici : Accueil > Diaspora
section-label|CAMEROUN :: DIASPORA
h1|CAMEROUN :: Bruxelles : des Camerounais de Belgique lancent une mutuelle pour rapatrier les corps des défunts :: CAMEROON
dateline|Publié le 21.03.2026 à 08:40
views|Lu 1 127 fois
comments|Réagir (3)
print|[Imprimer]
share|[Envoyer à un ami]
font|A+ A-
share|J'aime 86 Partager
byline|Correspondance de Solange Mbida Eyenga, Bruxelles
caption|L'assemblée constitutive de la mutuelle, dimanche dernier à Ixelles
credit|© Droits réservés
p|Ils étaient plus de cent cinquante, dimanche 15 mars, dans une salle paroissiale d'Ixelles, à participer à l'assemblée constitutive de la Mutuelle de solidarité des Camerounais de Belgique (MSCB). Son objectif principal : permettre aux familles de rapatrier au pays la dépouille d'un proche décédé en Belgique, sans devoir lancer dans l'urgence des collectes sur les réseaux sociaux.
p|« À chaque décès, c'est la même chose. On fait le tour des associations, on passe des nuits sur WhatsApp pour réunir 8 000 ou 9 000 euros. Les familles sont épuisées, et parfois le corps reste des semaines à la morgue », explique Jean-Claude Ebongue, informaticien à Louvain-la-Neuve et président du bureau provisoire.
h2|Une cotisation de 10 euros par mois
p|Le fonctionnement retenu est simple. Chaque membre adulte verse une cotisation de 10 euros par mois, ou 100 euros par an. En cas de décès d'un membre ou d'un ayant droit inscrit, la mutuelle prend en charge :
li|les frais de conservation et de mise en bière ;
li|les démarches administratives auprès de la commune et du consulat ;
li|le billet de transport du corps jusqu'à Douala ou Yaoundé ;
li|un billet aller-retour pour un accompagnateur de la famille.
p|Un délai de carence de six mois est prévu pour les nouveaux adhérents, afin d'éviter les inscriptions de dernière minute. Les statuts ont été rédigés avec l'aide d'un juriste belge, et la structure sera enregistrée sous la forme d'une association sans but lucratif.
ad|Publicité
ad|Rapatriement de corps Europe - Afrique 24h/24 - Pompes funèbres Bonabéri Services
p|Le projet répond à une préoccupation ancienne dans la diaspora. Selon les estimations des associations, entre trente et quarante Camerounais décèdent chaque année en Belgique. Dans la très grande majorité des cas, les familles souhaitent une inhumation au village. Or le coût du rapatriement, qui a fortement augmenté depuis la pandémie, dépasse souvent les moyens d'un foyer.
p|« Chez nous, on ne laisse pas un fils ou une fille dormir en terre étrangère. C'est une question de dignité », résume Maman Thérèse, doyenne de l'assemblée, arrivée en Belgique en 1987.
h2|Des questions sur la gestion
p|Tout le monde n'est pas convaincu. Plusieurs participants ont rappelé l'échec d'une initiative comparable, lancée il y a une dizaine d'années, dont la caisse s'était volatilisée après le départ de son trésorier. « Les gens ont été échaudés. Il faut des comptes clairs et un contrôle extérieur », a insisté un membre de l'assistance.
p|Le bureau provisoire promet la transparence : les fonds seront déposés sur un compte bancaire à double signature, un rapport financier sera publié chaque semestre et un commissaire aux comptes indépendant sera désigné. L'élection du bureau définitif est prévue le 26 avril à Liège.
p|Les responsables disent avoir pris contact avec l'ambassade du Cameroun à Bruxelles pour faciliter les formalités consulaires, souvent longues. Ils espèrent réunir au moins 500 adhérents avant la fin de l'année.
signature|Solange Mbida Eyenga
rating|Note : 4.8/5 (25 votes)
print|[Imprimer]
share|[Envoyer à un ami]
comments|Réagir (3)
related|Les articles de la même rubrique
related|CAMEROUN :: Diaspora : les Camerounais de Belgique appelés à se faire recenser au consulat :: CAMEROON
related|CAMEROUN :: Paris : un forum des investisseurs de la diaspora annoncé pour juin :: CAMEROON
related|CAMEROUN :: Allemagne : une étudiante camerounaise primée pour ses travaux sur le paludisme :: CAMEROON
comments|Réactions
comments|Ndongo Bruxelles - 21.03.2026 à 09:58
comments|Très bonne initiative. Je m'inscris dès la semaine prochaine avec ma femme.
comments|Tonton Gaby - 21.03.2026 à 10:31
comments|Et qui va contrôler l'argent cette fois ? On connaît la chanson.
comments|Pseudo
comments|Votre réaction
comments|Envoyer
disclaimer|Les réactions des internautes n'engagent que leurs auteurs. MboaNet.be se réserve le droit de supprimer tout message injurieux, diffamatoire ou tribaliste.
classifieds|ANNONCES
classifieds|Traductions assermentées français - néerlandais - anglais, actes d'état civil
classifieds|Salle de fête à louer à Molenbeek, 200 places, cuisine équipée
obituary|NÉCROLOGIE
obituary|Décès de Papa Jean-Pierre Tchoua à Namur - Veillée le 22 mars
obituary|Remerciements de la famille Essomba à la communauté
most-read|LES PLUS LUS
most-read|CAMEROUN :: Lions indomptables : victoire en amical face au Bénin (2-0) :: CAMEROON
most-read|CAMEROUN :: Douala : le pont sur le Wouri fermé la nuit pour travaux :: CAMEROON
most-read|CAMEROUN :: Yaoundé : la rentrée du second trimestre perturbée par une grève d'enseignants :: CAMEROON
video|VIDÉO DU JOUR
video|Bruxelles : ambiance à la soirée culturelle bamiléké de Matonge (05:18)
footer|Qui sommes-nous ?
footer|Contactez-nous
footer|Publicité sur MboaNet.be
footer|Proposer un article
footer|Conditions d'utilisation
copyright|Copyright © 2006-2026 MboaNet.be - Tous droits réservés
footer|Site édité en Belgique par l'asbl Mboa Médias
"""),
 dict(id="irish-independent-style-1", site="irish-independent-style", lang="en", sep="\n", title="Coalition at odds over plan to cut USC for middle earners in Budget 2027", date="2026-07-11", page="""
skip-link|Skip to main content
account|Subscribe
account|Sign in
menu|Irish Chronicle
menu|News
menu|Opinion
menu|Business
menu|Sport
menu|Life
menu|Style
menu|Entertainment
menu|Farming
menu|Travel
menu|Podcasts
menu|Puzzles
menu|Newsletters
epaper|ePaper
search|Search
menu|Irish News
menu|Politics
menu|Courts
menu|Crime
menu|Education
menu|Health
menu|World News
section-label|Politics
premium|Premium
h1|Coalition at odds over plan to cut USC for middle earners in Budget 2027
lead|Senior figures in both main Government parties are pushing rival priorities as the Department of Finance warns the tax take from multinationals may have peaked
caption|The three party leaders at Government Buildings last month. Photo: Gareth Chaney/Collins
byline|Fionn Mac Giolla Rua
byline|Political Editor
follow|Follow
dateline|Sat 11 Jul 2026 at 06:00
share|Gift this article
save|Save
share|Share
listen|Listen to this article
listen|0:00 / 5:42
listen|Audio generated by AI
p|A row is brewing at the Cabinet table over whether October's Budget should prioritise a cut to the Universal Social Charge (USC) for middle-income workers or channel the bulk of the available money into childcare and housing supports.
p|The Irish Chronicle understands that senior figures in one of the main coalition parties want a cut of at least one percentage point in the 3pc rate of USC, which would benefit workers earning between roughly €25,000 and €70,000 a year.
p|"People on ordinary salaries have been carrying this country and they have seen nothing back in three years," said one minister. "If we can't give them something when we're still running a surplus, when can we?"
readmore|Read more
readmore|Analysis: Budget surplus is real but the corporation tax cliff is coming
p|But their coalition partners are understood to be resisting, arguing that the cost of a meaningful USC cut, estimated at up to €900m in a full year, would leave too little for the party's flagship pledge to cap childcare fees at €150 a month per child.
p|A source close to the negotiations said the two sides were "not miles apart" but acknowledged that "both parties have made promises to their base and both want to be seen to deliver".
h2|Warning from officials
p|The debate comes as the Department of Finance prepares to publish its Summer Economic Statement, which is expected to warn once again that the State is too reliant on corporation tax paid by a small number of multinationals.
p|Officials have told ministers privately that receipts from the sector appear to have levelled off in the first half of the year and that there are "clear downside risks" from changes in US tax policy and the global minimum tax regime.
ad|Advertisement
p|The overall Budget package is expected to be in the region of €8bn, split between spending increases and tax measures. Ministers have already agreed that a significant portion will be set aside for the State's two long-term savings funds.
p|Independent TDs supporting the Government are also making demands. At least two have told the Taoiseach's office that their continued support depends on funding for specific hospital and road projects in their constituencies.
h2|What's on the table
p|Among the measures under discussion, according to several sources:
li|a reduction in the 3pc USC rate, or a widening of the band to which it applies;
li|an increase in the standard rate cut-off point for income tax, currently €44,000;
li|a further cut in childcare fees under the National Childcare Scheme;
li|an extension of the Help to Buy scheme until the end of 2028.
p|One-off cost-of-living payments, such as energy credits, are not expected to feature this year, with both parties having signalled that the era of once-off supports is over.
p|Formal Budget negotiations between the Minister for Finance and the Minister for Public Expenditure will begin in earnest in September, with the Budget due to be announced on Tuesday, October 6.
topics|Related topics
topics|Budget 2027
topics|Tax
topics|Politics
comments|Join the conversation
comments|Comments are open to subscribers. Read our community standards.
comments|View comments (214)
newsletter|Get the Politics newsletter
newsletter|A must-read for anyone who wants to know what is really happening in Leinster House, every Thursday.
newsletter|Sign up
teaser-list|Latest Politics
teaser-list|Taoiseach to meet EU leaders on housing fund proposal
teaser-list|Today at 21:14
teaser-list|Minister defends cost of new children's hospital extension
teaser-list|Today at 18:02
teaser-list|Opposition calls for Dáil recall over water charges leak
teaser-list|Today at 15:47
teaser-list|Sketch: The Dáil breaks up for summer with a whimper and a row
teaser-list|Fri 10 Jul, 19:30
most-read|Most Read
most-read|1 Man (40s) dies after crash in Co Mayo
most-read|2 'We sold our house in Dublin and moved to Leitrim - here's what happened'
most-read|3 Weather: Met Éireann forecasts heat to return next week
app|Download the Irish Chronicle app
app|Available on the App Store and Google Play
footer|Irish Chronicle
footer|Contact Us
footer|About Us
footer|Advertise With Us
footer|Subscribe
footer|Help
footer|Privacy Statement
footer|Cookie Statement
cookie|Cookie Settings
footer|Terms & Conditions
footer|Complaints
footer|Our Sites: Sunday Chronicle Evening Chronicle Farming Chronicle Regional Titles
disclaimer|The Irish Chronicle supports the work of the Press Council of Ireland and the Office of the Press Ombudsman.
copyright|© Harbour Media Ireland Limited 2026
"""),
 dict(id="irish-independent-style-2", site="irish-independent-style", lang="en", sep="\n", title="Status orange wind warning for five western counties as Storm Gerda approaches", date="2026-01-15", page="""
skip-link|Skip to main content
account|Subscribe
account|Sign in
menu|Irish Chronicle
menu|News
menu|Opinion
menu|Business
menu|Sport
menu|Life
menu|Style
menu|Entertainment
menu|Farming
menu|Travel
menu|Podcasts
menu|Puzzles
menu|Newsletters
epaper|ePaper
search|Search
menu|Irish News
menu|Politics
menu|Courts
menu|Crime
menu|Education
menu|Health
menu|World News
section-label|Irish News
h1|Status orange wind warning for five western counties as Storm Gerda approaches
lead|Gusts of up to 130km/h expected along Atlantic coasts, with disruption to power and travel likely on Friday
video|Today's News in 90 Seconds - Thursday, January 15th
video|00:00
video|01:31
byline|Niamh Cullinane
follow|Follow
byline|Ciarán Ó Dálaigh
follow|Follow
dateline|Today at 12:41
dateline|Updated 5 minutes ago
save|Save
share|Share
p|Met Éireann has issued a Status Orange wind warning for Donegal, Sligo, Mayo, Galway and Clare ahead of the arrival of Storm Gerda, the seventh named storm of the season.
p|The warning will come into effect at 4am on Friday and remain in place until 2pm, with gusts of up to 130km/h possible in exposed coastal areas. A Status Yellow warning for wind and rain covers the rest of the country for most of the day.
p|The forecaster warned of fallen trees, damage to power lines and structures, dangerous travelling conditions and wave overtopping along western coasts, particularly around high tide.
caption|Waves crash against the promenade in Salthill, Co Galway, during a storm last winter. Photo: Ray Ryan
readmore|Read more
readmore|Storm names for 2025-26: Full list released by Met Éireann and UK Met Office
p|"Storm Gerda is a deepening Atlantic low that will track close to the northwest coast early on Friday," said Met Éireann meteorologist Aoife Brennan. "The strongest winds will be in the morning, and we'd urge people to be very careful if they have to travel at that time."
p|The National Emergency Coordination Group met this morning and will meet again this evening to review the latest forecasts.
h2|Schools and transport
p|The Department of Education said schools in areas under an orange warning should follow the advice of local authorities. It is expected that a decision on closures will be made later today.
p|Irish Rail said it was preparing for possible speed restrictions on the Westport and Galway lines, and Aran Island ferries cancelled all Friday sailings. Shannon Airport advised passengers to check with their airline before travelling.
ad|Advertisement
p|ESB Networks said it had crews on standby across the west and northwest and warned customers that restoring supply could take longer than usual if it was unsafe to work at height.
p|"If you see a fallen wire, stay well clear and call us immediately. Never approach it," a spokesperson said. Customers can report faults and check outages at the utility's PowerCheck service.
h2|Flood risk
p|The Office of Public Works said there was a risk of coastal flooding in Galway city, Kinvara and parts of Clare, where spring tides combined with the storm surge could push water levels higher than normal.
p|Galway City Council said sandbags would be available at three locations from 3pm today and urged businesses along the Spanish Arch and Salthill to take precautions.
p|Conditions are expected to improve from Friday evening, though it will remain blustery and cold into the weekend, with wintry showers on high ground.
topics|Related topics
topics|Met Éireann
topics|Weather
topics|Storm
comments|Join the conversation
comments|Comments are open to subscribers. Read our community standards.
comments|View comments (58)
newsletter|Get the Irish Chronicle morning briefing
newsletter|The news you need to start your day, delivered at 7am.
newsletter|Sign up
teaser-list|Latest Irish News
teaser-list|Status orange wind warning for five western counties as Storm Gerda approaches
teaser-list|Today at 12:41
teaser-list|Gardaí appeal for witnesses after cyclist injured in Cork collision
teaser-list|Today at 12:20
teaser-list|HSE confirms new flu peak as trolley numbers pass 600
teaser-list|Today at 11:55
teaser-list|Lotto: No winner of €4.2m jackpot as player scoops €250,000
teaser-list|Wed 14 Jan, 21:38
premium|Premium
most-read|Most Read
most-read|1 'I never thought I'd be renting at 52': readers on the housing crisis
most-read|2 Tributes paid to popular Kerry publican
teaser-list|3 Status orange wind warning for five western counties as Storm Gerda approaches
app|Download the Irish Chronicle app
app|Available on the App Store and Google Play
footer|Irish Chronicle
footer|Contact Us
footer|About Us
footer|Advertise With Us
footer|Subscribe
footer|Help
footer|Privacy Statement
footer|Cookie Statement
cookie|Cookie Settings
footer|Terms & Conditions
footer|Complaints
footer|Our Sites: Sunday Chronicle Evening Chronicle Farming Chronicle Regional Titles
disclaimer|The Irish Chronicle supports the work of the Press Council of Ireland and the Office of the Press Ombudsman.
copyright|© Harbour Media Ireland Limited 2026
"""),
]
