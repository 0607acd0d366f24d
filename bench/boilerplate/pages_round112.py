# Round 112: eight pages on four more layouts (an Ivorian French-language video news portal, a South Sudanese
# English-language radio station's news site, a Lebanese French-language daily's site, an English-language Balkan
# investigative news network's site), written blind: without looking at the classifier, its rules or the benchmark,
# measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND112 = [
 dict(id="abidjan-tv-style-1", site="abidjan-tv-style", lang="fr", sep="\n", title="Yopougon : la mairie lance la réhabilitation du marché de Siporex, un mois après l'incendie", date="2026-02-12", page="""
timestamp|Jeudi 12 février 2026
timestamp|14:52
breaking|FLASH INFO
breaking|Santé : la gratuité des soins pour les enfants de moins de 5 ans étendue à 40 nouveaux districts ••• CAN U20 : les Éléphanteaux en finale ••• Météo : fortes pluies attendues sur le littoral ce week-end
account|Connexion
account|Inscription
menu|ÉBURNIE TV
menu|La télé des Ivoiriens, partout dans le monde
watch|● EN DIRECT
menu|Accueil
menu|Politique
menu|Économie
menu|Société
menu|Sport
menu|Culture
menu|People
menu|Faits divers
menu|International
menu|Émissions
menu|Titrologie
search|Rechercher une vidéo...
breadcrumb|Accueil › Vidéos › Société
video|▶
video|00:00 / 04:26
video|Paramètres
video|HD
video|Plein écran
video|Regarder sur YouTube
h1|Yopougon : la mairie lance la réhabilitation du marché de Siporex, un mois après l'incendie
views|👁 3 482 vues
like|👍 57
like|👎 3
section-label|Société
meta-label|Publié le :
dateline|12/02/2026 à 14:35
meta-label|Par :
byline|Koffi Ange Yao
share|Partager :
share|f Facebook
share|X Twitter
share|WhatsApp
share|Telegram
share|Copier le lien
lead|Près de 600 commerçants sinistrés, des étals réduits en cendres et une promesse : rouvrir avant la rentrée de septembre. La commune de Yopougon a officiellement donné, ce jeudi, le premier coup de pioche des travaux de reconstruction du marché de Siporex.
p|Il y a un mois, dans la nuit du 9 au 10 janvier, un violent incendie ravageait la plus grande partie du marché de Siporex, l'un des plus fréquentés de la commune de Yopougon. Aucune victime n'avait été déplorée, mais les pertes matérielles avaient été considérables : selon un recensement de la mairie, 587 étals et 112 magasins ont été totalement détruits.
p|Ce jeudi 12 février, sous un soleil de plomb, les autorités municipales, accompagnées de représentants du ministère du Commerce et des associations de commerçants, ont lancé les travaux de réhabilitation. Le chantier, d'un coût estimé à 1,8 milliard de francs CFA, doit durer sept mois.
p|« Nous avons pris l'engagement devant les commerçantes et les commerçants de Siporex de ne pas les abandonner. Ce marché sera reconstruit en dur, avec des normes de sécurité qui n'existaient pas auparavant », a déclaré le premier adjoint au maire, Sylvain Gnahoré, qui présidait la cérémonie.
read-also|Lire aussi : Incendie au marché de Siporex : les images de la désolation au petit matin
h2|Des bouches d'incendie et des allées élargies
p|Le nouveau marché comptera 720 places, réparties en trois blocs. Les allées seront élargies à quatre mètres pour permettre le passage des véhicules de secours, et des bouches d'incendie seront installées à chaque entrée. Les installations électriques, dont la vétusté avait été pointée du doigt après le sinistre, seront entièrement refaites.
p|Les plans prévoient également :
li|un espace réservé aux vendeuses de produits vivriers, avec des points d'eau ;
li|des toilettes publiques et un local pour les agents de salubrité ;
li|une garderie pour les enfants des commerçantes ;
li|un poste de sapeurs-pompiers avancé, en lien avec le GSPM.
ad|Publicité
ad|LAGUNE MONEY - Envoyez, payez, retirez. 0 F de frais entre amis tout le mois de février !
ad|J'en profite
p|En attendant la fin des travaux, les commerçants sinistrés ont été recasés sur un site provisoire aménagé sur un terrain vague voisin. Une solution qui ne satisfait pas tout le monde. « Ici, les clients ne viennent pas. Quand il pleut, c'est la boue partout. On vend à peine de quoi payer le transport », se plaint Mariam Ouattara, vendeuse de pagnes depuis quinze ans.
p|La présidente de l'association des femmes commerçantes de Siporex, Adjoua Kouamé, se veut plus confiante mais reste vigilante. « On nous a promis septembre. Nous allons suivre le chantier semaine après semaine. Ce que nous demandons, c'est que les anciens occupants soient prioritaires lors de l'attribution des places », a-t-elle insisté.
h2|Un fonds d'appui pour les sinistrés
p|Sur ce point, la mairie assure qu'une commission d'attribution, associant les représentants des commerçants, sera mise en place. Un fonds d'appui de 250 millions de francs CFA, alimenté par la commune et des partenaires privés, doit par ailleurs permettre aux sinistrés de reconstituer leurs stocks, sous forme de prêts sans intérêt.
p|Les causes exactes de l'incendie n'ont toujours pas été officiellement communiquées. Une enquête avait été ouverte au lendemain du drame. Les premiers éléments évoquaient un court-circuit dans un magasin de la partie nord du marché.
signature|Koffi Ange Yao
credit|Images : Jean-Marc Tanoh - Montage : Aïcha Koné
tags|Mots-clés :
tags|#Yopougon
tags|#Siporex
tags|#Marché
tags|#Incendie
tags|#Commerçants
comments|4 commentaires
comments|Trier par
comments|Les plus anciens
comments|Ajouter un commentaire...
comments|Bamba Seydou
comments|Il faut surtout que les places ne soient pas revendues aux plus offrants comme à Adjamé. On connaît la chanson.
comments|J'aime · Répondre · 3 h
comments|Ehui Patricia
comments|Courage à nos mamans de Siporex 🙏🏾
comments|J'aime · Répondre · 1 · 2 h
comments|Plug-in Commentaires Facebook
related|VIDÉOS SIMILAIRES
related|03:12
related|Incendie au marché de Siporex : les images de la désolation au petit matin
related|12 904 vues · il y a 1 mois
related|05:47
related|Adjamé : les commerçants du Forum des marchés réclament des parkings
related|2 145 vues · il y a 3 jours
related|02:58
related|Abobo : la gare routière de la mairie bientôt délocalisée
related|6 338 vues · il y a 1 semaine
read-more|Voir plus de vidéos
schedule|NOS ÉMISSIONS
schedule|Bonjour Abidjan - Du lundi au vendredi à 7h
schedule|Le Débat de la semaine - Dimanche à 20h30
schedule|Éburnie Sport Mag - Lundi à 21h
press-review|TITROLOGIE DU 12 FÉVRIER 2026
press-review|Voir la une des journaux du jour
press-review|Fraternité Matin · Le Patriote · Notre Voie · L'Inter · Soir Info · Le Nouveau Réveil
most-read|LES PLUS VUES
most-read|1
most-read|Musique : le concert géant de Noël à Treichville en intégralité
most-read|84 211 vues
most-read|2
most-read|Faits divers : un car de transport se renverse sur l'autoroute du Nord
most-read|41 506 vues
social|Abonnez-vous à notre chaîne YouTube
social|1,2 M d'abonnés
social|S'abonner
app|Téléchargez l'application Éburnie TV
app|Disponible sur Google Play
app|Télécharger dans l'App Store
footer|ÉBURNIE TV
footer|À propos · Nous contacter · Publicité · Mentions légales · Conditions d'utilisation
copyright|© 2026 Éburnie TV. Tous droits réservés. Toute reproduction, même partielle, des vidéos est interdite.
cookie|Ce site utilise des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.
cookie|J'accepte
cookie|En savoir plus
back-to-top|▲
"""),
 dict(id="abidjan-tv-style-2", site="abidjan-tv-style", lang="fr", sep="\n", title="Examens à grand tirage 2026 : le ministère dévoile le calendrier du CEPE, du BEPC et du BAC", date="2026-03-05", page="""
timestamp|Jeudi 5 mars 2026
timestamp|10:18
breaking|FLASH INFO
breaking|Examens 2026 : le calendrier officiel publié ••• Football : la Ligue 1 reprend ce week-end ••• Coupure d'eau programmée à Cocody Angré ce samedi
account|Connexion
account|Inscription
menu|ÉBURNIE TV
menu|La télé des Ivoiriens, partout dans le monde
watch|● EN DIRECT
menu|Accueil
menu|Politique
menu|Économie
menu|Société
menu|Sport
menu|Culture
menu|People
menu|Faits divers
menu|International
menu|Émissions
menu|Titrologie
search|Rechercher une vidéo...
breadcrumb|Accueil › Vidéos › Éducation
video|▶
video|00:00 / 02:41
video|Paramètres
video|HD
video|Plein écran
video|Regarder sur YouTube
video|VIDÉO - Le directeur des examens et concours au micro d'Éburnie TV
h1|Examens à grand tirage 2026 : le ministère dévoile le calendrier du CEPE, du BEPC et du BAC
views|👁 18 077 vues
like|👍 212
like|👎 9
section-label|Éducation
meta-label|Publié le :
dateline|05/03/2026 à 09:50
meta-label|Mis à jour le :
dateline|05/03/2026 à 10:12
meta-label|Par :
byline|La Rédaction
share|Partager :
share|f Facebook
share|X Twitter
share|WhatsApp
share|Telegram
share|Copier le lien
lead|Les candidats au CEPE, au BEPC et au baccalauréat connaissent désormais leurs dates. Le ministère de l'Éducation nationale a rendu public, ce mercredi, le calendrier des examens à grand tirage de la session 2026, marqué par un léger avancement des épreuves écrites.
p|C'est un document très attendu par les élèves, les parents et les enseignants. Le calendrier des examens scolaires de la session 2026 a été publié mercredi 4 mars à Abidjan, à l'issue d'une réunion de la commission nationale des examens, présidée par le directeur de cabinet du ministre de l'Éducation nationale et de l'Alphabétisation.
p|Comme l'an dernier, les épreuves débuteront par le Certificat d'études primaires élémentaires (CEPE). Elles s'achèveront avec le baccalauréat, dont les résultats sont attendus avant la fin du mois de juillet.
h2|Les dates à retenir
li|CEPE : épreuves écrites le mardi 26 mai 2026 sur toute l'étendue du territoire ;
li|BEPC : épreuves orales et d'éducation physique du 11 au 15 mai, épreuves écrites du 2 au 5 juin 2026 ;
li|BAC : épreuves d'éducation physique et sportive du 4 au 8 mai, épreuves écrites du 16 au 19 juin 2026 ;
li|BAC technique : épreuves pratiques du 25 au 29 mai, épreuves écrites du 16 au 19 juin 2026.
ad|Publicité
ad|ÉCOLE SUPÉRIEURE LES PALMIERS - Inscriptions ouvertes BTS 2026-2027. Bourses disponibles. Appelez le 27 22 00 00 00
p|Les résultats du CEPE devraient être proclamés dans la deuxième quinzaine de juin, ceux du BEPC au début du mois de juillet. Pour le baccalauréat, la proclamation est prévue autour du 20 juillet, selon la Direction des examens et concours (DECO).
p|« Nous avons légèrement avancé le calendrier afin de tenir compte de la saison des pluies, qui a perturbé l'acheminement des sujets dans certaines localités l'an passé. L'objectif est aussi de libérer plus tôt les enseignants pour les corrections », a expliqué le directeur des examens et concours, Bernard Kouassi N'Dri, au micro d'Éburnie TV.
watch|REGARDER AUSSI : BAC 2025 - Les coulisses de la correction au centre de Cocody
h2|Tolérance zéro contre la fraude
p|Le ministère a également rappelé les sanctions encourues en cas de fraude. Tout candidat surpris en possession d'un téléphone portable dans une salle d'examen sera exclu de la session et pourra être interdit de se présenter aux examens pendant deux ans. Les sujets seront, comme en 2025, transportés sous escorte et ouverts devant les candidats.
p|Les fuites de sujets sur les réseaux sociaux, qui avaient émaillé certaines sessions passées, restent dans le viseur des autorités. « Nous travaillons avec la Plateforme de lutte contre la cybercriminalité. Ceux qui vendent de faux sujets sur WhatsApp seront poursuivis », a prévenu le directeur des examens.
p|Les parents d'élèves, eux, saluent une publication précoce du calendrier. « Cela permet aux enfants de s'organiser, surtout en classe d'examen. Nous demandons simplement que les cours soient réellement terminés avant les épreuves », a réagi un responsable d'une association de parents d'élèves de Yopougon.
p|Les candidats peuvent vérifier leurs informations et télécharger leur convocation sur le site officiel de la DECO à partir du 15 avril.
signature|Avec AIP
tags|Mots-clés :
tags|#BAC2026
tags|#BEPC
tags|#CEPE
tags|#Éducation
tags|#Examens
comments|12 commentaires
comments|Trier par
comments|Les plus anciens
comments|Ajouter un commentaire...
comments|Traoré Aminata
comments|Et le concours d'entrée en 6e ? Rien n'est dit.
comments|J'aime · Répondre · 5 · 8 h
comments|Gbagbo Kévin Junior
comments|Bonne chance à tous les candidats 💪🏾 surtout ma petite sœur
comments|J'aime · Répondre · 2 · 7 h
read-more|Charger 10 commentaires de plus
comments|Plug-in Commentaires Facebook
related|VIDÉOS SIMILAIRES
related|04:05
related|BAC 2025 - Les coulisses de la correction au centre de Cocody
related|9 870 vues · il y a 8 mois
related|03:33
related|Rentrée scolaire : le ministère annonce 2 500 nouvelles salles de classe
related|5 102 vues · il y a 6 mois
related|06:20
related|Orientation post-BAC : les inscriptions en ligne démarrent le 1er août
related|3 288 vues · il y a 7 mois
read-more|Voir plus de vidéos
schedule|NOS ÉMISSIONS
schedule|Bonjour Abidjan - Du lundi au vendredi à 7h
schedule|Le Débat de la semaine - Dimanche à 20h30
schedule|Éburnie Sport Mag - Lundi à 21h
press-review|TITROLOGIE DU 5 MARS 2026
press-review|Voir la une des journaux du jour
press-review|Fraternité Matin · Le Patriote · Notre Voie · L'Inter · Soir Info · Le Nouveau Réveil
most-read|LES PLUS VUES
most-read|1
teaser-list|Examens à grand tirage 2026 : le ministère dévoile le calendrier du CEPE, du BEPC et du BAC
most-read|18 077 vues
most-read|2
most-read|People : le mariage de l'année célébré à Assinie
most-read|15 430 vues
social|Abonnez-vous à notre chaîne YouTube
social|1,2 M d'abonnés
social|S'abonner
app|Téléchargez l'application Éburnie TV
app|Disponible sur Google Play
app|Télécharger dans l'App Store
footer|ÉBURNIE TV
footer|À propos · Nous contacter · Publicité · Mentions légales · Conditions d'utilisation
copyright|© 2026 Éburnie TV. Tous droits réservés. Toute reproduction, même partielle, des vidéos est interdite.
cookie|Ce site utilise des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.
cookie|J'accepte
cookie|En savoir plus
back-to-top|▲
"""),
 dict(id="eye-radio-ss-style-1", site="eye-radio-ss-style", lang="en", sep="\n", title="Finance ministry releases three months of salary arrears for civil servants", date="2026-01-20", page="""
skip-link|Skip to content
timestamp|Tuesday, January 20, 2026
ticker|Juba 34°C
listen|🔴 LISTEN LIVE
listen|Nile Voice 94.2 FM Juba
social|Facebook
social|X
social|YouTube
social|TikTok
menu|NILE VOICE RADIO
menu|The voice of the people
menu|Home
menu|News
menu|Business
menu|Sports
menu|Health
menu|Opinion
menu|Programs
menu|Podcasts
menu|Vacancies
menu|Contact Us
search|Search
breaking|BREAKING NEWS
breaking|Presidential decree reshuffles three state ministers in Warrap
breadcrumb|Home » News » National
section-label|National
section-label|News
h1|Finance ministry releases three months of salary arrears for civil servants
byline|by Deng Garang Kuol
dateline|January 20, 2026
read-time|2 min read
comments|0
views|Post Views: 1,482
share|0 SHARES
share|Share on Facebook
share|Share on X
share|WhatsApp
share|Telegram
caption|Civil servants queue outside a commercial bank in Juba to collect their salaries. File photo
credit|Photo: Nile Voice Radio
p|JUBA – The Ministry of Finance and Planning says it has released three months of salary arrears for civil servants across the country, in a move that workers' unions welcomed but described as "too little, too late."
p|In a statement read on state television on Monday evening, the ministry said the payment covers the months of June, July and August 2025 for all national government institutions, organized forces and the ten states.
p|The ministry's spokesperson, Mayen Akol Manyang, told Nile Voice Radio on Tuesday that the money had already been transferred to commercial banks and state accounts.
p|"We have disbursed the salaries for three months. Institutions should start paying their staff from this week. We are also working to clear the remaining arrears before the end of the first quarter," Manyang said.
p|Civil servants in South Sudan have gone for many months without pay as the government struggles with reduced oil revenues following disruptions of the country's crude exports through Sudan.
read-also|READ ALSO: Teachers in Wau threaten strike over unpaid salaries
h2|Unions want a clear plan
p|The Secretary General of the Workers' Trade Union Federation, Simon Lado Tombe, said the payment would bring some relief to families but would not solve the crisis.
p|"A civil servant is owed about eight months. Three months will go straight to the shopkeepers and landlords who have been giving them credit. What we want is a clear plan, with dates, so that people can plan their lives," Tombe said.
p|He also called on the government to review the salary structure, saying that a junior civil servant's monthly pay can no longer buy a sack of maize flour at current market prices.
ad|Advertisement
ad|NILE TELECOM - Stay connected with 10GB for only SSP 15,000. Dial *123#
p|Some civil servants who spoke to this station in Juba said they had not yet received any message from their banks.
p|"They announced it yesterday but the bank says nothing has come. We will wait and see," said Rebecca Achan, a nurse at Juba Teaching Hospital.
p|Last year, parliament passed a budget that prioritised the payment of salaries, but lawmakers have repeatedly summoned the finance minister over delays.
p|Economists have warned that the government's practice of borrowing against future oil sales to pay salaries is not sustainable, and have urged the ministry to improve the collection of non-oil revenues such as customs duties and taxes.
p|The ministry said it would publish a payment schedule for the remaining arrears once it receives the next oil revenue transfers.
tip|Do you have a story? Call or WhatsApp our newsroom on +211 920 000 000.
whatsapp|Join Nile Voice Radio's WhatsApp channel for breaking news
tags|TAGS
tags|civil servants
tags|Ministry of Finance
tags|salaries
tags|trade union
share|Share on Facebook
share|Share on X
nav|Previous article
nav|Juba City Council orders closure of unlicensed water tankers
nav|Next article
nav|Malakal hospital receives medical supplies as cholera cases rise
author-link|Deng Garang Kuol
author-bio|Deng Garang Kuol is a business and economy reporter at Nile Voice Radio based in Juba.
related|RELATED ARTICLES
related|MORE FROM AUTHOR
related|Traders decry new taxes at Nimule border checkpoint
related|Parliament summons central bank governor over exchange rate
related|South Sudanese pound weakens further against the dollar
comments|LEAVE A REPLY
comments|Please enter your comment!
comments|Please enter your name here
comments|You have entered an incorrect email address!
comments|Please enter your email address here
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
most-read|TRENDING
most-read|Jonglei: four killed in cattle raid near Pibor border
most-read|January 19, 2026
most-read|Bright Stars coach names provisional squad for CHAN qualifiers
most-read|January 18, 2026
most-read|Health ministry launches measles vaccination drive in Torit
most-read|January 17, 2026
schedule|ON AIR NOW
schedule|Good Morning South Sudan
schedule|6:00 AM - 9:00 AM
schedule|Up next: Dare to Ask (Call-in show) 9:00 AM
donate|Support independent radio in South Sudan. Donate
footer|About Nile Voice Radio
footer|Nile Voice Radio is an independent radio network broadcasting news, information and entertainment in English and Juba Arabic across South Sudan.
footer|Frequencies: Juba 94.2 FM - Wau 95.4 FM - Malakal 98.0 FM - Bor 90.2 FM - Rumbek 99.5 FM - Yambio 96.1 FM
footer|Quick Links
footer|About Us
footer|Our Team
footer|Advertise With Us
footer|Vacancies
footer|Privacy Policy
footer|Contact Us
copyright|© Nile Voice Radio 2026. All rights reserved.
back-to-top|↑
"""),
 dict(id="eye-radio-ss-style-2", site="eye-radio-ss-style", lang="en", sep="\n", title="Floods displace more than 12,000 people in Twic East, official says", date="2025-10-07", page="""
skip-link|Skip to content
timestamp|Tuesday, October 7, 2025
ticker|Juba 31°C
listen|🔴 LISTEN LIVE
listen|Nile Voice 94.2 FM Juba
social|Facebook
social|X
social|YouTube
social|TikTok
menu|NILE VOICE RADIO
menu|The voice of the people
menu|Home
menu|News
menu|Business
menu|Sports
menu|Health
menu|Opinion
menu|Programs
menu|Podcasts
menu|Vacancies
menu|Contact Us
search|Search
breaking|BREAKING NEWS
breaking|UN mission extends patrols along Juba-Nimule road
breadcrumb|Home » News » States
section-label|States
h1|Floods displace more than 12,000 people in Twic East, official says
byline|by Achol Mabior Deng
dateline|October 7, 2025
read-time|3 min read
comments|2
views|Post Views: 2,306
share|0 SHARES
share|Share on Facebook
share|Share on X
share|WhatsApp
share|Telegram
caption|Residents of Panyagor wade through floodwater on their way to the county headquarters, October 5, 2025.
credit|Photo: Courtesy/ Twic East County
listen|Listen to the report:
listen|▶ 0:00 / 2:47
listen|Download
p|BOR – More than 12,000 people have been displaced by floods in Twic East County of Jonglei State after the Nile and its tributaries burst their banks following weeks of heavy rain, a local official has said.
p|The county commissioner, John Ajang Mabior, told Nile Voice Radio on Monday that five of the county's six payams have been affected, with Kongor and Pakeer the worst hit.
p|"The water is rising every day. People are moving with their cattle to the higher ground near the road, but even the road is now cut in many places. Our people need help urgently," Ajang said.
p|He said that many families had lost their sorghum crops just weeks before harvest, and that at least three schools and two primary health care units were submerged.
h2|Fear of disease
p|Health workers say they are worried about the spread of waterborne diseases among displaced people, most of whom are sheltering in the open or in overcrowded schools.
p|"We have recorded cases of diarrhoea among children, and we are running out of supplies. If nothing is done, we fear cholera," said Nyandeng Atem, a clinical officer in Panyagor.
p|According to the commissioner, the displaced families urgently need:
li|food assistance, especially for children and the elderly;
li|plastic sheets and mosquito nets;
li|water purification tablets and jerrycans;
li|medicines for the health facilities that are still open.
ad|Advertisement
ad|SUNSHINE SOLAR - Power your home with solar. Pay small small from SSP 5,000 per week
p|The Jonglei State Ministry of Humanitarian Affairs said an assessment team would be dispatched to the area this week together with humanitarian partners.
p|"We have received the report from the commissioner. We are coordinating with the partners so that food and non-food items can reach the people as soon as possible, but access is a big challenge because most of the roads are under water," said the state minister's press secretary, Gabriel Kuol.
p|Twic East is among the counties that have suffered repeated flooding since 2019, forcing thousands of families to abandon their homes every rainy season. Some residents have built dykes around their villages, but many of them collapsed this year under the pressure of the water.
p|Humanitarian agencies estimate that hundreds of thousands of people across South Sudan have been affected by floods this year, mainly in Jonglei, Unity and Upper Nile states.
read-also|READ ALSO: Bor residents reinforce dykes as White Nile water level rises
tip|Do you have a story? Call or WhatsApp our newsroom on +211 920 000 000.
whatsapp|Join Nile Voice Radio's WhatsApp channel for breaking news
tags|TAGS
tags|floods
tags|Jonglei
tags|Twic East
tags|humanitarian
share|Share on Facebook
share|Share on X
nav|Previous article
nav|Bright Stars arrive in Kampala ahead of Uganda friendly
nav|Next article
nav|Teachers' strike enters second week in Aweil
author-link|Achol Mabior Deng
author-bio|Achol Mabior Deng is Nile Voice Radio's correspondent in Bor, Jonglei State.
related|RELATED ARTICLES
related|MORE FROM AUTHOR
related|Bor residents reinforce dykes as White Nile water level rises
related|WFP warns of funding shortfall for flood response in Unity State
related|Pibor youth hand over abducted children to authorities
comments|2 COMMENTS
comments|Majok Ayuen
comments|October 7, 2025 At 2:14 pm
comments|The government must act now. Every year it is the same story in Twic and Duk.
comments|Reply
comments|Sarah Kenyi
comments|October 7, 2025 At 4:51 pm
comments|May God help our people.
comments|Reply
comments|LEAVE A REPLY
comments|Please enter your comment!
comments|Please enter your name here
comments|Post Comment
most-read|TRENDING
most-read|Central bank sets new exchange rate for fuel importers
most-read|October 6, 2025
most-read|Unity State: youth protest over unpaid oil field jobs
most-read|October 5, 2025
most-read|National Assembly passes amended Elections Act
most-read|October 3, 2025
schedule|ON AIR NOW
schedule|Nile Voice Midday News
schedule|1:00 PM - 1:30 PM
schedule|Up next: Sports Hour 2:00 PM
donate|Support independent radio in South Sudan. Donate
footer|About Nile Voice Radio
footer|Nile Voice Radio is an independent radio network broadcasting news, information and entertainment in English and Juba Arabic across South Sudan.
footer|Frequencies: Juba 94.2 FM - Wau 95.4 FM - Malakal 98.0 FM - Bor 90.2 FM - Rumbek 99.5 FM - Yambio 96.1 FM
footer|Quick Links
footer|About Us
footer|Our Team
footer|Advertise With Us
footer|Vacancies
footer|Privacy Policy
footer|Contact Us
copyright|© Nile Voice Radio 2025. All rights reserved.
back-to-top|↑
"""),
 dict(id="lorient-le-jour-style-1", site="lorient-le-jour-style", lang="fr", sep="\n", title="Électricité : EDL promet jusqu'à dix heures de courant par jour d'ici à l'été", date="2026-02-04", page="""
skip-link|Aller au contenu
timestamp|Mercredi 4 février 2026
ticker|Dollar (marché) : 89 500 LL
ticker|Essence 95 : 1 512 000 LL
lang-switch|FR
lang-switch|EN
menu|L'ÉCHO DU LEVANT
subscribe|S'abonner
subscribe|1 $ le premier mois
account|Se connecter
epaper|Édition du jour
menu|Liban
menu|Moyen-Orient
menu|Monde
menu|Économie
menu|Idées
menu|Culture
menu|Sport
menu|Podcasts
menu|Vidéos
menu|Le Courrier économique
search|Rechercher
section-label|Liban
section-label|ÉCLAIRAGE
section-label|Énergie
h1|Électricité : EDL promet jusqu'à dix heures de courant par jour d'ici à l'été
lead|Grâce à de nouvelles livraisons de fioul et à la hausse des tarifs décidée en 2022, l'office public affirme avoir retrouvé une marge de manœuvre. Les abonnés, eux, continuent de payer le générateur de quartier.
byline|Par Rania Haddad, le 04 février 2026 à 00h00
read-time|Lecture : 5 min
listen|Écouter l'article
gift|Offrir l'article
save|Sauvegarder
comments|Commenter (7)
share|Partager
caption|La centrale électrique de Zahrani, au Liban-Sud, le 28 janvier 2026.
credit|Photo Hassan Chamoun
p|Dix heures de courant par jour, et peut-être davantage dans certaines régions. C'est la promesse faite mardi par Électricité du Liban (EDL) lors d'une conférence de presse au siège de l'établissement, à Mar Mikhaël, où la direction a présenté son plan de production pour les six prochains mois.
p|Selon les chiffres communiqués par l'office public, la production moyenne devrait passer d'environ 750 mégawatts actuellement à près de 1 300 MW en juin, grâce à l'arrivée de plusieurs cargaisons de fioul et à la remise en service d'une unité de la centrale de Deir Ammar, au Liban-Nord, à l'arrêt depuis l'automne.
p|« Nous ne promettons pas le courant 24 heures sur 24, nous savons que ce n'est pas réaliste à court terme. Mais dix heures par jour en moyenne, c'est un objectif que nous pouvons tenir si les livraisons arrivent à temps », a affirmé un haut responsable d'EDL, s'exprimant sous le couvert de l'anonymat.
h2|Des factures enfin payées
p|Pour expliquer ce regain de production, EDL met en avant l'amélioration de ses recettes. Depuis la révision des tarifs, entrée en vigueur fin 2022 et indexée sur le dollar, le taux de recouvrement des factures a progressé pour atteindre, selon l'établissement, près de 80 % dans le Grand Beyrouth. Une amélioration qui permet de financer en partie l'achat de carburant.
p|L'office reste toutefois largement dépendant du fioul fourni par l'Irak dans le cadre de l'accord d'échange renouvelé à plusieurs reprises depuis 2021. Un nouvel avenant, signé le mois dernier, porte sur deux millions de tonnes supplémentaires.
read-also|Lire aussi
read-also|Fioul irakien : Beyrouth et Bagdad prolongent leur accord de six mois
p|Les pertes techniques et non techniques, c'est-à-dire les vols de courant et les raccordements illégaux, restent un autre point noir. Elles représentent encore près de 35 % de la production, selon une source au ministère de l'Énergie. Des campagnes de démantèlement des branchements sauvages sont menées dans plusieurs régions, sans résultat spectaculaire jusqu'ici.
ad|PUBLICITÉ
ad|Banque du Cèdre - Votre prêt solaire à taux préférentiel. Simulez en ligne.
h2|Le générateur, toujours indispensable
p|Sur le terrain, les Libanais accueillent l'annonce avec un scepticisme bien ancré. À Achrafieh comme à Tripoli, la plupart des ménages continuent de verser chaque mois entre 60 et 150 dollars à l'exploitant du générateur de quartier, en plus de leur facture EDL.
p|« On nous annonce des améliorations chaque hiver. Cette semaine, nous avons eu quatre heures de courant par jour, pas plus », raconte Mireille, une habitante de Furn el-Chebbak, qui a équipé son balcon de panneaux solaires il y a deux ans.
p|L'essor du solaire, justement, a profondément transformé le paysage. Des dizaines de milliers de foyers et d'entreprises se sont équipés depuis 2021, ce qui a réduit la demande adressée au réseau aux heures de pointe, mais aussi les recettes potentielles d'EDL.
p|Pour les économistes, la question de fond reste la réforme du secteur, réclamée de longue date par les bailleurs internationaux, dont la Banque mondiale. La mise en place d'une autorité de régulation indépendante, prévue par une loi votée en 2002 mais jamais appliquée, demeure en suspens, de même que le projet de nouvelles centrales à gaz.
p|Interrogé par L'Écho du Levant, le ministère de l'Énergie assure que le dossier de l'autorité de régulation « sera finalisé dans les prochaines semaines ». Une formule que les Libanais ont, eux aussi, déjà entendue.
related|Pour mémoire
related|Le gouvernement approuve un plan de redressement du secteur électrique
related|Panneaux solaires : le boom ralentit, les prix baissent
related|Raccordements illégaux : EDL lance une campagne dans la Békaa
paywall|Vous lisez cet article grâce à votre abonnement. Merci de soutenir un journalisme libre et indépendant.
paywall|Offrez un abonnement
newsletter|Recevez chaque matin notre sélection d'articles
newsletter|Votre adresse e-mail
newsletter|S'inscrire
whatsapp|Suivez L'Écho du Levant sur WhatsApp
comments|Commentaires (7)
comments|Les commentaires sont réservés aux abonnés.
comments|Charte des commentaires
comments|Hitti Antoine
comments|il y a 6 heures
comments|Dix heures ? On nous promet ça depuis 1992. Je garde mon générateur.
comments|Signaler
comments|Répondre
comments|Sfeir Nada
comments|il y a 4 heures
comments|Et qui va payer le fioul en juillet ? La même question chaque année.
comments|Signaler
comments|Répondre
read-more|Afficher plus de commentaires
teaser-list|Dans la même rubrique
teaser-list|Municipales : les listes se forment déjà à Zahlé
teaser-list|il y a 2 heures
teaser-list|Sud : retour progressif des familles dans les villages frontaliers
teaser-list|il y a 5 heures
teaser-list|Université libanaise : les enseignants contractuels suspendent leur grève
teaser-list|il y a 7 heures
most-read|Les plus lus
most-read|1. Un immeuble s'effondre partiellement à Tripoli, pas de victimes
most-read|2. Loyers anciens : ce que change la nouvelle loi pour les locataires
most-read|3. Le dollar bancaire fixé à 89 500 LL pour les retraits
most-read|Les plus commentés
most-read|Dépôts bloqués : le projet de loi sur l'écart financier revient au Parlement
network|The Levant Today
network|Le Courrier économique
network|Agenda culturel
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Publicité
footer|Archives
footer|Conditions générales
footer|Politique de confidentialité
copyright|© 2026 L'Écho du Levant. Tous droits réservés.
cookie|Paramétrer les cookies
"""),
 dict(id="lorient-le-jour-style-2", site="lorient-le-jour-style", lang="fr", sep="\n", title="À Baalbeck, un festival resserré pour « rester debout »", date="2026-03-12", page="""
skip-link|Aller au contenu
timestamp|Jeudi 12 mars 2026
ticker|Dollar (marché) : 89 500 LL
ticker|Essence 95 : 1 498 000 LL
lang-switch|FR
lang-switch|EN
menu|L'ÉCHO DU LEVANT
subscribe|S'abonner
subscribe|1 $ le premier mois
account|Se connecter
epaper|Édition du jour
menu|Liban
menu|Moyen-Orient
menu|Monde
menu|Économie
menu|Idées
menu|Culture
menu|Sport
menu|Podcasts
menu|Vidéos
menu|Le Courrier économique
search|Rechercher
section-label|Culture
section-label|Festivals
h1|À Baalbeck, un festival resserré pour « rester debout »
lead|Quatre soirées au lieu de six, une programmation presque entièrement libanaise et des billets à partir de 20 dollars : le comité du festival a présenté mercredi une édition 2026 pensée pour durer malgré les incertitudes.
byline|Par Nadine Abou Zeid
dateline|le 12 mars 2026 à 00h00
read-time|Lecture : 4 min
listen|Écouter l'article
gift|Offrir l'article
save|Sauvegarder
comments|Commenter (2)
share|Partager
caption|Les marches du temple de Bacchus, dans l'enceinte des ruines romaines de Baalbeck, lors de l'édition 2025. (Crédit : DR)
p|Il y avait dans la salle du Musée Sursock, mercredi, quelque chose de l'ordre du soulagement. Après des mois de doute, le comité du festival international de Baalbeck a officiellement présenté sa saison 2026, qui se tiendra du 17 au 26 juillet dans l'enceinte des temples romains.
p|Une édition volontairement resserrée : quatre soirées au lieu des six habituelles avant la crise, et une programmation qui fait la part belle aux artistes libanais, de la scène classique aux musiques actuelles. « Nous avons fait le choix de la sobriété, pas du renoncement », a résumé la présidente du comité, Hoda Karam, devant un parterre de diplomates, de mécènes et de journalistes.
p|« Baalbeck n'a jamais été un luxe. C'est une façon de dire que ce pays est encore debout. »
h2|Quatre soirées sous les colonnes
p|Le programme dévoilé mercredi se décline ainsi :
li|17 juillet : soirée d'ouverture avec l'Orchestre philharmonique libanais, sous la direction de Karim Salem, autour d'œuvres de compositeurs libanais du XXe siècle ;
li|19 juillet : la chanteuse Rima Azar et son ensemble, dans un récital de chants traditionnels réarrangés ;
li|23 juillet : une création chorégraphique de la compagnie Sama, conçue spécialement pour l'escalier du temple de Bacchus ;
li|26 juillet : soirée de clôture électro-orientale avec le collectif beyrouthin Nour Sound System.
p|Le comité a également annoncé des tarifs revus à la baisse, avec des places à partir de 20 dollars, et la mise en place de navettes au départ de Beyrouth, de Zahlé et de Jounieh les soirs de concert.
ad|PUBLICITÉ
ad|Chateau Kfarzebad - Le vin de la Békaa depuis 1890. Dégustations tous les week-ends.
h2|Le poids des mécènes
p|Comme les années précédentes, l'édition repose en grande partie sur le soutien de mécènes privés et de quelques partenaires étrangers. Le ministère de la Culture a confirmé une contribution, dont le montant n'a pas été précisé. « Sans les entreprises et les particuliers qui nous suivent depuis la crise, il n'y aurait pas de festival », a reconnu Hoda Karam.
p|La question de la sécurité a, elle aussi, été abordée sans détour. Le comité dit travailler « en étroite coordination » avec l'armée et les autorités locales, et se réserve la possibilité d'adapter le programme « en fonction des circonstances », comme il l'avait déjà fait par le passé.
read-also|Lire aussi
read-also|Festivals d'été : Byblos et Beiteddine dévoilent leurs premières têtes d'affiche
p|À Baalbeck même, les commerçants attendent beaucoup de ces quatre soirées. Hôtels, restaurants et vendeurs de souvenirs de la ville ont souffert de la désaffection des touristes ces dernières années. « Quand le festival est là, la ville respire. Pendant dix jours, on oublie qu'on est loin de tout », confie Ali, qui tient une petite pension à quelques centaines de mètres des ruines.
p|La billetterie ouvrira le 1er avril en ligne et dans les points de vente habituels. Le comité promet une annonce supplémentaire en mai, pour une « surprise » qu'il s'est refusé à dévoiler.
related|Pour mémoire
related|Baalbeck 2025 : sous les colonnes, une ovation de vingt minutes
related|Le temple de Jupiter bientôt éclairé par un nouveau dispositif lumineux
agenda|AGENDA CULTUREL
agenda|Exposition « Beyrouth, années lumière » - Galerie Tanit - Jusqu'au 30 mars
agenda|Concert - Ensemble Al-Kindi - Église Saint-Joseph - 14 mars, 20h
agenda|Voir tout l'agenda
newsletter|Recevez chaque semaine notre lettre Culture
newsletter|Votre adresse e-mail
newsletter|S'inscrire
whatsapp|Suivez L'Écho du Levant sur WhatsApp
comments|Commentaires (2)
comments|Les commentaires sont réservés aux abonnés.
comments|Charte des commentaires
comments|Khoury Salim
comments|il y a 3 heures
comments|Bravo au comité. Réserver les places dès le 1er avril, sinon tout part en une journée.
comments|Signaler
comments|Répondre
teaser-list|Dans la même rubrique
teaser-list|Cinéma : « Le Dernier Été à Tyr » sélectionné à Cannes Classics
teaser-list|il y a 1 heure
teaser-list|Disparition du peintre Fouad Rizk, chantre de la lumière du Kesrouan
teaser-list|il y a 9 heures
teaser-list|Salon du livre de Beyrouth : les dates enfin fixées
teaser-list|hier à 18h40
most-read|Les plus lus
most-read|1. Municipales : le calendrier officiel publié
most-read|2. Dépôts bloqués : ce que prévoit le nouveau texte
teaser-list|3. À Baalbeck, un festival resserré pour « rester debout »
network|The Levant Today
network|Le Courrier économique
network|Agenda culturel
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Publicité
footer|Archives
footer|Conditions générales
footer|Politique de confidentialité
copyright|© 2026 L'Écho du Levant. Tous droits réservés.
cookie|Paramétrer les cookies
"""),
 dict(id="balkan-insight-style-1", site="balkan-insight-style", lang="en", sep="\n", title="Bosnian Municipalities Paid Millions to Firms Linked to Local Officials", date="2026-02-18", page="""
network|BRN Network
network|Balkan Witness · Reporting Transition · Court Monitor · BRN Albania · BRN Kosovo · BRN Serbia · BRN Bosnia
account|Log in
subscribe|Subscribe
donate|Donate
menu|BALKAN WITNESS
menu|News
menu|Investigations
menu|Features
menu|Opinion
menu|Longreads
menu|Podcast
menu|Multimedia
menu|Premium
menu|Albania · Bosnia and Herzegovina · Bulgaria · Croatia · Kosovo · Montenegro · North Macedonia · Romania · Serbia
search|Search
section-label|Investigation
section-label|Bosnia and Herzegovina
h1|Bosnian Municipalities Paid Millions to Firms Linked to Local Officials
lead|Public procurement records show that at least 14 municipalities awarded contracts worth more than 23 million marks to companies owned by councillors, mayors' relatives or ruling party officials over the past four years.
byline|Aida Kovačević
byline|Lejla Hodžić
byline|Sarajevo
byline|BRN
dateline|February 18, 2026
dateline|08:00
caption|The municipal building in Zenica. Photo: BRN/Emir Hadžić
share|Share on Facebook
share|Share on X
share|Share on LinkedIn
share|Email
p|When the municipality of Kakanj needed new street lighting for its central square in 2023, it turned to a small electrical company registered just six months earlier. The firm won the 1.2 million mark contract as the only bidder. Its co-owner was the brother-in-law of a municipal councillor from the ruling party.
p|The case is far from unique. An analysis by BRN of public procurement records from 2022 to 2025 found that at least 14 municipalities across Bosnia and Herzegovina awarded contracts worth a total of more than 23 million marks to companies owned or co-owned by local officials, their close relatives or senior figures in the parties that control the local administrations.
p|The analysis cross-checked more than 9,000 contracts published on the state procurement portal with company ownership data from court registers in both entities and the Brcko District.
h2|Single bidders and split contracts
p|Among the patterns identified by BRN:
li|in 61 of the 118 contracts examined, the connected company was the only bidder;
li|in at least 19 cases, works were split into several smaller contracts, each below the threshold that requires an open tender;
li|nine companies were registered less than a year before winning their first municipal contract;
li|in five municipalities, the official linked to the winning company sat on the commission that evaluated the bids.
p|Bosnia's law on public procurement requires members of evaluation commissions to declare any conflict of interest. However, the Agency for Public Procurement has no power to verify those declarations, and the state Commission for Deciding on Conflicts of Interest has been criticised for rarely imposing sanctions.
newsletter|Sign up for the Balkan Witness daily bulletin
newsletter|Email address
newsletter|Subscribe
p|"The system is designed to be blind. Everyone signs a statement that they have no conflict of interest, and nobody checks," said Edin Mujkić, a procurement expert at a Sarajevo-based anti-corruption NGO. "The only time these cases come to light is when journalists or competitors dig them up."
h2|'Everything was done according to the law'
p|Contacted by BRN, the mayor of Kakanj said the street lighting contract had been awarded "in full compliance with the law" and that the municipality "cannot be responsible for who the relatives of private company owners are".
p|The councillor whose brother-in-law co-owns the company told BRN he had "no influence whatsoever" on the procurement procedure and was not aware that the firm had bid for the contract.
p|Of the 14 municipalities, six responded to BRN's questions by the time of publication. All said the contracts had been awarded lawfully. The others did not respond.
read-more|Read more:
read-more|Bosnian Prosecutors Drop Half of Corruption Cases, Data Show
read-more|Hospital Tender in Tuzla Went to Firm With No Medical Experience
p|Prosecutors have opened investigations in only two of the cases identified in this analysis. The Prosecutor's Office of Zenica-Doboj Canton confirmed it was investigating a road repair contract worth 870,000 marks, but declined to give further details.
p|Transparency advocates say the problem is structural. Local elections, due again in the autumn of 2028, are often followed by a wave of contracts to firms close to the winning parties, according to several local councillors from opposition parties interviewed by BRN.
p|"After each election, you can see the money moving to new companies. The names change, the system stays," said one opposition councillor in central Bosnia, who asked not to be named for fear of repercussions.
p|The European Commission has repeatedly flagged weaknesses in public procurement in its annual reports on Bosnia's progress towards EU membership, calling for stronger oversight and better enforcement of conflict-of-interest rules.
funding-note|This investigation was produced as part of the Local Accountability Programme, with the financial support of the Open Balkans Fund. Its contents are the sole responsibility of BRN and do not necessarily reflect the views of the donor.
tags|Bosnia and Herzegovina
tags|Corruption
tags|Public Procurement
tags|Local Government
donate|BRN is a non-profit network of editors and journalists. Our investigations are free to read. Support independent journalism in the Balkans.
donate|Donate now
subscribe|Balkan Witness Premium
subscribe|Get in-depth analysis, our monthly country reports and access to the BRN procurement database.
subscribe|Subscribe to Premium
related|Related Articles
related|Montenegrin Towns Hired Party Members Ahead of Local Vote
related|February 11, 2026
related|Serbian Ministry Rejects Access to Information Requests on Road Deals
related|February 4, 2026
related|Croatian Court Convicts Former Mayor Over Rigged Tender
related|January 29, 2026
teaser-list|Latest News
teaser-list|Kosovo and Serbia Negotiators Meet in Brussels After Eight-Month Pause
teaser-list|4 hours ago
teaser-list|North Macedonia Parliament Approves Judicial Vetting Law
teaser-list|6 hours ago
teaser-list|Romania Recalls Ambassador Over Espionage Row
teaser-list|9 hours ago
podcast|Balkan Witness Podcast
podcast|Episode 112: Who Owns the Coast?
podcast|Listen
footer|Balkan Reporting Network
footer|About BRN
footer|Our Team
footer|BRN Summer School
footer|Work With Us
footer|Terms and Conditions
footer|Privacy Policy
footer|Contact
copyright|© 2026 BRN. All rights reserved.
cookie|We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies.
cookie|Accept all
cookie|Reject
cookie|Cookie settings
"""),
 dict(id="balkan-insight-style-2", site="balkan-insight-style", lang="en", sep="\n", title="Croatian Farmers Block Border Crossings in Protest Against Cheap Imports", date="2026-01-27", page="""
network|BRN Network
network|Balkan Witness · Reporting Transition · Court Monitor · BRN Albania · BRN Kosovo · BRN Serbia · BRN Bosnia
account|Log in
subscribe|Subscribe
donate|Donate
menu|BALKAN WITNESS
menu|News
menu|Investigations
menu|Features
menu|Opinion
menu|Longreads
menu|Podcast
menu|Multimedia
menu|Premium
menu|Albania · Bosnia and Herzegovina · Bulgaria · Croatia · Kosovo · Montenegro · North Macedonia · Romania · Serbia
search|Search
section-label|News
section-label|Croatia
h1|Croatian Farmers Block Border Crossings in Protest Against Cheap Imports
lead|Hundreds of farmers used tractors to block three crossings with Serbia and Bosnia on Tuesday, demanding tighter controls on agricultural imports and faster payment of state subsidies.
byline|Tomislav Barić
byline|Zagreb
byline|BRN
dateline|January 27, 2026
dateline|15:42
caption|Farmers' tractors block the road near the Bajakovo border crossing on Tuesday. Photo: HINA/Marko Lukić
share|Share on Facebook
share|Share on X
share|Share on LinkedIn
share|Email
p|Farmers from eastern Croatia blocked traffic at three border crossings with Serbia and Bosnia and Herzegovina on Tuesday, in the largest agricultural protest in the country in more than two years.
p|Around 400 tractors and trucks gathered from early morning at the Bajakovo, Slavonski Šamac and Stara Gradiška crossings, causing queues several kilometres long. Police said passenger cars were allowed through at intervals, while freight traffic was diverted to other crossings.
p|The protesters accuse the government of failing to protect domestic producers from cheaper imports of grain, milk and pork, and of delaying subsidy payments promised last year.
p|"We are selling wheat below the cost of production, while trucks full of cheap grain cross the border every day. We cannot survive another season like this," Mato Perić, a grain farmer from Vinkovci and one of the protest organisers, told BRN at the Bajakovo crossing.
read-more|Read more:
read-more|Drought Leaves Croatian Farmers Facing Worst Harvest in a Decade
read-more|Serbia and Croatia Trade Accusations Over Pork Import Ban
p|The farmers' demands include stricter quality and phytosanitary controls at the border, the payment of outstanding subsidies by the end of February, and a state-backed fund to compensate producers for losses caused by last summer's drought.
p|Agriculture Minister Josip Vuković said the government was ready to meet the protesters' representatives on Wednesday, but warned that blocking border crossings was "not the right way" to resolve the dispute.
p|"Most of the subsidies have already been paid, and the rest will follow in the coming weeks. As for imports, Croatia is part of the EU single market and we must respect its rules, but we will step up inspections," Vuković told reporters in Zagreb.
p|Farmers' associations from Slovenia and Hungary sent messages of support, and a smaller group of farmers in Bosnia's Posavina region briefly blocked a road near Orašje on the other side of the border in solidarity.
p|Croatia has seen several waves of farmers' protests in recent years, mirroring movements across the EU against low prices, rising costs and environmental regulations. Unlike previous protests, which focused on Zagreb, Tuesday's action targeted the borders directly.
p|The organisers said the blockades would continue until Wednesday evening and would be repeated next week if the meeting with the minister did not produce concrete results.
tags|Croatia
tags|Agriculture
tags|Protests
tags|Trade
donate|BRN is a non-profit network of editors and journalists. Our investigations are free to read. Support independent journalism in the Balkans.
donate|Donate now
newsletter|Sign up for the Balkan Witness daily bulletin
newsletter|Email address
newsletter|Subscribe
related|Related Articles
related|Serbian Raspberry Growers Dump Crop in Protest Over Prices
related|January 20, 2026
related|EU Agrees Tighter Rules on Ukrainian Grain Imports
related|January 14, 2026
related|Bosnian Milk Producers Demand Higher Purchase Prices
related|December 22, 2025
most-read|Most Read
most-read|1 Kosovo Court Acquits Former Commander in War Crimes Retrial
most-read|2 The Last Shipyard: How Uljanik's Workers Rebuilt Their Lives
most-read|3 Montenegro Opens Probe Into Coastal Construction Permits
teaser-list|Latest News
teaser-list|Albanian Parliament Passes Controversial Media Law
teaser-list|1 hour ago
teaser-list|Bulgarian President Calls Snap Consultations on New Government
teaser-list|3 hours ago
teaser-list|Romanian Anti-Corruption Prosecutors Indict Former Minister
teaser-list|5 hours ago
podcast|Balkan Witness Podcast
podcast|Episode 109: The Price of Bread
podcast|Listen
footer|Balkan Reporting Network
footer|About BRN
footer|Our Team
footer|BRN Summer School
footer|Work With Us
footer|Terms and Conditions
footer|Privacy Policy
footer|Contact
copyright|© 2026 BRN. All rights reserved.
cookie|We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies.
cookie|Accept all
cookie|Reject
cookie|Cookie settings
"""),
]
