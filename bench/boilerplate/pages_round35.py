# Round 35: eight pages on four more layouts (a Guinean news portal, a Hong Kong English-language daily owned by a big
# group, a Paris-region popular daily with a heavy ad and video layout, a Namibian national daily), written blind:
# without looking at the classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented
# text; no real article is copied.
ROUND35 = [
 dict(id="guinee-matin-style-1", site="guinee-matin-style", lang="fr", sep="\n", title="Kindia : les transporteurs suspendent leur grève après un accord sur le prix du carburant", date="2026-02-17", page="""
timestamp|mardi 17 février 2026
weather|Conakry 31°C
social|Facebook  Twitter  YouTube  Instagram
menu|GUINÉE HORIZON
menu|L'information au cœur de la Guinée
menu|Accueil
menu|Politique
menu|Société
menu|Économie
menu|Sport
menu|Culture
menu|Régions
menu|Santé
menu|Vidéos
menu|Contact
ticker|À LA UNE
ticker|Conakry : coupure d'eau annoncée à Ratoma ce week-end  •  Ligue 1 : le Horoya s'impose à Nongo  •  Examens : le calendrier du BEPC publié
ad|Orange Money : envoyez de l'argent partout en Guinée sans frais jusqu'au 28 février. *Voir conditions
breadcrumb|Accueil » Économie
h1|Kindia : les transporteurs suspendent leur grève après un accord sur le prix du carburant
byline|Par Mamadou Saliou Bah
dateline|17 février 2026
comments|0
views|412 vues
share|Partager
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
p|Les conducteurs de taxis-motos et de minibus de Kindia ont repris le travail ce mardi matin, après quarante-huit heures d'arrêt qui avaient paralysé la circulation dans la préfecture.
p|La grève avait été lancée dimanche par le syndicat des transporteurs routiers pour protester contre la hausse du prix du litre d'essence à la pompe, passé de 12 000 à 13 500 francs guinéens dans plusieurs stations de la ville.
caption|Des taxis-motos stationnés devant la gare routière de Kindia, lundi. Photo Guinée Horizon
p|Une réunion s'est tenue lundi soir au gouvernorat, en présence du préfet, des représentants des distributeurs de carburant et des responsables syndicaux.
read-also|LIRE AUSSI : Carburant : le gouvernement annonce des contrôles dans les stations-service
p|À l'issue de plusieurs heures de discussions, les parties ont convenu de revenir au prix officiel fixé par le ministère du Commerce, en attendant une mission d'inspection.
p|« Nous avons obtenu ce que nous voulions. Si les stations ne respectent pas l'accord, nous reprendrons la grève », a prévenu Alpha Oumar Camara, secrétaire général de la section préfectorale du syndicat.
p|De son côté, le préfet a demandé aux gérants des stations de « respecter scrupuleusement » les prix homologués, sous peine de sanctions.
p|Au marché central, les commerçants disent avoir perdu une partie de leurs marchandises périssables faute de transport vers Conakry.
p|« Mes tomates sont restées deux jours dans les sacs. J'en ai jeté la moitié », témoigne Fatoumata Sylla, revendeuse.
signature|Mamadou Saliou Bah, depuis Kindia
contact|Pour nous contacter : +224 620 00 00 00 / redaction@guineehorizon.example
tags|Tags: carburant grève Kindia transporteurs
share|Partagez cet article
related|Articles similaires
related|Boké : les camionneurs dénoncent l'état de la route nationale
related|Prix du riz : les consommateurs de Labé s'inquiètent
related|Conakry : la hausse des tarifs des taxis divise les usagers
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Laisser un commentaire
most-read|LES PLUS LUS
most-read|Examens nationaux : le calendrier officiel du BEPC et du baccalauréat 2026
most-read|Siguiri : un éboulement fait trois morts sur un site d'orpaillage
most-read|Conakry : coupure d'eau annoncée à Ratoma ce week-end
obituary|NÉCROLOGIE
obituary|Avis de décès : la famille Diallo de Pita annonce le rappel à Dieu de El Hadj Ibrahima Diallo
ad|ESPACE PUBLICITAIRE – Contactez-nous : pub@guineehorizon.example
about|Guinée Horizon est un site d'information générale basé à Conakry. Il couvre l'actualité politique, économique, sociale et sportive de la Guinée et de la sous-région.
footer|Qui sommes-nous  |  Mentions légales  |  Publicité  |  Nous contacter
copyright|© 2026 Guinée Horizon – Tous droits réservés. Reproduction interdite sans autorisation.
back-to-top|↑
"""),
 dict(id="guinee-matin-style-2", site="guinee-matin-style", lang="fr", sep="\n", title="Santé : une campagne de dépistage gratuit du diabète lancée à Labé", date="2026-03-04", page="""
timestamp|mercredi 4 mars 2026
weather|Conakry 33°C
social|Facebook  Twitter  YouTube  Instagram
menu|GUINÉE HORIZON
menu|L'information au cœur de la Guinée
menu|Accueil
menu|Politique
menu|Société
menu|Économie
menu|Sport
menu|Culture
menu|Régions
menu|Santé
menu|Vidéos
menu|Contact
ticker|À LA UNE
ticker|Syli national : la liste des 25 dévoilée  •  Kankan : les enseignants contractuels en sit-in  •  Ramadan : les prix du sucre surveillés
ad|Orange Money : envoyez de l'argent partout en Guinée sans frais jusqu'au 31 mars. *Voir conditions
breadcrumb|Accueil » Santé
h1|Santé : une campagne de dépistage gratuit du diabète lancée à Labé
byline|Par Aïssatou Barry
byline|Correspondante régionale à Labé
dateline|4 mars 2026
comments|2
views|268 vues
share|Partager
share|Facebook
share|Twitter
share|WhatsApp
share|Telegram
p|Une campagne de dépistage gratuit du diabète et de l'hypertension artérielle a été lancée mardi à l'hôpital régional de Labé. Elle doit durer dix jours et toucher les cinq préfectures de la région.
p|L'initiative est portée par la direction régionale de la santé, avec l'appui d'une association de médecins guinéens de la diaspora.
h2|Des équipes dans les marchés
p|Pour atteindre le plus grand nombre, des équipes mobiles seront installées dans les marchés hebdomadaires et les gares routières. Chaque personne dépistée recevra une fiche et, si nécessaire, sera orientée vers un centre de santé.
p|Les organisateurs prévoient :
li|le test de glycémie capillaire pour les adultes de plus de 35 ans ;
li|la prise de la tension artérielle ;
li|des séances de conseil sur l'alimentation et l'activité physique ;
li|la remise gratuite de médicaments aux malades les plus démunis.
caption|Une infirmière effectue un test de glycémie à l'hôpital régional de Labé. Photo : Aïssatou Barry / Guinée Horizon
h2|Une maladie en progression
p|Selon le directeur régional de la santé, le nombre de patients diabétiques suivis à Labé a presque doublé en cinq ans. « Beaucoup de gens découvrent leur maladie quand il est déjà trop tard », regrette-t-il.
p|Le médecin pointe l'alimentation trop riche en sucre et en huile, ainsi que la sédentarité, de plus en plus fréquente en ville.
p|Dès la première matinée, plus de 300 personnes se sont présentées à l'hôpital.
tags|Tags: diabète dépistage Labé santé
share|Partagez cet article
related|Articles similaires
related|Kankan : le service de dialyse enfin opérationnel
related|Paludisme : distribution de moustiquaires à Faranah
comments|2 commentaires
comments|Mamadou Lamarana D. – 4 mars 2026 à 14 h 12
comments|Très bonne initiative. Il faut faire la même chose à Mamou.
comments|Répondre
comments|Kadiatou S. – 4 mars 2026 à 16 h 40
comments|Merci aux médecins de la diaspora.
comments|Répondre
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
most-read|LES PLUS LUS
most-read|Syli national : la liste des 25 dévoilée
most-read|Kankan : les enseignants contractuels en sit-in devant la DPE
teaser-list|Santé : une campagne de dépistage gratuit du diabète lancée à Labé
obituary|NÉCROLOGIE
obituary|Avis de décès : la famille Kourouma de Kankan annonce le décès de Mme Kourouma née Sidibé Mariama
ad|ESPACE PUBLICITAIRE – Contactez-nous : pub@guineehorizon.example
about|Guinée Horizon est un site d'information générale basé à Conakry. Il couvre l'actualité politique, économique, sociale et sportive de la Guinée et de la sous-région.
footer|Qui sommes-nous  |  Mentions légales  |  Publicité  |  Nous contacter
copyright|© 2026 Guinée Horizon – Tous droits réservés. Reproduction interdite sans autorisation.
back-to-top|↑
"""),
 dict(id="south-china-style-1", site="south-china-style", lang="en", sep="\n\n", title="Hong Kong minibus drivers to get rest-break rule as operators struggle to hire", date="2026-01-22", page="""
skip-link|Skip to main content
menu|Sign in
subscribe|Subscribe
lang-switch|中文
menu|Hong Kong Morning Courier
menu|HONG KONG  CHINA  ASIA  WORLD  BUSINESS  TECH  LIFESTYLE  SPORT  OPINION  VIDEO  PODCASTS
breadcrumb|Hong Kong / Transport
section-label|Hong Kong / Transport
h1|Hong Kong minibus drivers to get rest-break rule as operators struggle to hire
lead|Transport Department says drivers on long routes must stop for at least 30 minutes after six hours at the wheel, a year after a fatal crash in Sai Kung
byline|Wong Ka-yan
dateline|Published: 6:00am, 22 Jan 2026
dateline|Updated: 9:41am, 22 Jan 2026
listen|Listen to this article
listen|3:58
trust|Why you can trust HKMC
save|Save article
share|Share
share|Gift article
font|A A
caption|A green minibus on a route in Kowloon. The industry says it is short of about 1,500 drivers. Photo: Edmond So
p|Hong Kong's minibus drivers will have to take a rest break of at least 30 minutes after six hours of continuous driving under new rules to take effect in July, the Transport Department has announced.
p|The requirement, to be written into the passenger service licence of every green minibus operator, follows a review launched after a crash in Sai Kung last January in which a driver who had worked 13 hours lost control on a bend, killing one passenger.
p|Officials said on Wednesday that operators would also have to keep electronic records of drivers' working hours for at least 12 months and hand them over on request.
ad|Advertisement
p|"The public must have confidence that the person driving them home is not exhausted," a department spokeswoman said.
h2|Labour shortage
p|Operators warned that the rule would be hard to follow without more drivers. The trade estimates that about 1,500 positions are vacant, and that more than half of current drivers are over 60.
p|"On some routes we already run with fewer vehicles than the timetable says," said Chan Wai-man, chairman of a minibus operators' association in Kowloon. "If each driver must stop for half an hour, some trips will simply disappear."
p|The government has allowed operators to recruit drivers from mainland China under a labour import scheme since 2024, but fewer than 300 have arrived so far.
read-also|Read more: Hong Kong to test driverless minibuses in Tung Chung by year end
p|Lawmaker Michael Tien Puk-sun said the rule was overdue but urged officials to raise fares on the least profitable routes so operators could pay higher wages.
p|The department said it would review the arrangement after a year.
newsletter|Hong Kong Update
newsletter|By submitting, you consent to receiving marketing emails from HKMC. If you don't wish to receive these, tick here
newsletter|By registering, you agree to our T&C and Privacy Policy
newsletter|Sign up
related|More on this
related|Sai Kung minibus crash: driver had worked 13 hours, inquest told
related|Hong Kong minibus fares to rise by up to 8 per cent
comments|Join the conversation
comments|Comments (14)
tags|TopicsTransport in Hong KongRoad safetyHong Kong economy
author-bio|Wong Ka-yan joined the Courier in 2021 and reports on transport and infrastructure. She previously worked for a financial news agency.
teaser-list|Recommended
teaser-list|Hong Kong weather: cold front to bring 9 degrees to urban areas this weekend
teaser-list|Hong Kong's Lunar New Year fair stalls sell out in record time
teaser-list|China's exports rise faster than expected in December
sponsored|SPONSORED: Why Hong Kong families are rethinking retirement planning – Brought to you by a partner
most-read|Trending Topics
most-read|1 Hong Kong weather: cold front to bring 9 degrees to urban areas this weekend
most-read|2 Property prices in Hong Kong edge up for third month
most-read|3 Kai Tak Sports Park to host rugby sevens again
app|Download the HKMC app
app|App Store  Google Play
footer|Hong Kong Morning Courier
footer|About us  Contact us  Careers  Advertise  Print edition  Corrections  Code of Conduct
footer|Terms & Conditions  Privacy Policy  FAQ
copyright|Copyright © 2026 Hong Kong Morning Courier Publishers Ltd. All rights reserved.
network|Part of the Pearl River Media Group
cookie|We use cookies to tailor your experience and present relevant ads. By clicking "Accept", you agree that cookies can be placed per our Privacy Policy.
cookie|Accept
"""),
 dict(id="south-china-style-2", site="south-china-style", lang="en", sep="\n\n", title="Why Hong Kong's old-style bakeries are having a moment with young buyers", date="2026-03-09", page="""
skip-link|Skip to main content
menu|Sign in
subscribe|Subscribe
lang-switch|中文
menu|Hong Kong Morning Courier
menu|HONG KONG  CHINA  ASIA  WORLD  BUSINESS  TECH  LIFESTYLE  SPORT  OPINION  VIDEO  PODCASTS
breadcrumb|Lifestyle / Food & Drinks
section-label|Lifestyle / Food & Drinks
h1|Why Hong Kong's old-style bakeries are having a moment with young buyers
lead|Pineapple buns and egg tarts are drawing queues again as social media and nostalgia bring a new generation to neighbourhood shops – but rising rents still threaten their future
byline|Cheung Lok-yi
dateline|Published: 8:15pm, 9 Mar 2026
listen|Listen to this article
listen|5:12
trust|Why you can trust HKMC
save|Save article
share|Share
share|Gift article
font|A A
paywall|This article is for subscribers. You have 2 free articles left this month.
caption|A baker in Sham Shui Po takes a tray of egg tarts out of the oven. Photo: Jonathan Wong
p|At 7am on a weekday, the queue outside a small bakery in Sham Shui Po already stretches past the neighbouring hardware shop. Most of the people waiting are in their twenties.
p|"I saw it on my feed, and my grandmother used to buy bread here," says Kelly Ho, 24, a nurse, holding a paper bag of pineapple buns still warm from the oven.
p|Owners of old-style bakeries say business has picked up over the past two years, helped by short videos that show dough being shaped at dawn and trays of tarts leaving the oven.
h2|From nostalgia to business
p|Lam Chi-keung, 67, who took over his father's shop in 1990, says his weekend sales have risen by about a third. He has hired two young apprentices, the first in more than a decade.
p|"Before, young people said this job was too hard and too hot," he says. "Now some of them want to learn."
ad|Advertisement
p|Some owners have added products to appeal to newer customers, such as matcha cocktail buns or egg tarts with less sugar, while keeping prices low. A pineapple bun still costs between HK$8 and HK$12 in most shops.
h2|Rents remain a worry
p|The revival has not solved the sector's main problem. Several bakeries have closed in the past year after landlords raised rents when leases ended.
p|A survey by a bakery trade group found that:
li|about 40 per cent of members had seen their rent rise by more than 10 per cent since 2024;
li|one in five said they expected to close within five years;
li|most owners were over 60 and had no successor.
p|"A queue on Instagram does not pay the rent for a whole month," Lam says. "On rainy days, nobody comes."
gallery|View gallery: 8 photos
newsletter|Lifestyle Newsletter
newsletter|By submitting, you consent to receiving marketing emails from HKMC. If you don't wish to receive these, tick here
newsletter|Sign up
related|More on this
related|Hong Kong's last dai pai dong licences: who will keep them going?
comments|Join the conversation
comments|Comments (3)
tags|TopicsHong Kong foodHeritageSmall businesses
author-bio|Cheung Lok-yi is a lifestyle reporter who writes about food, culture and neighbourhoods in Hong Kong.
teaser-list|Recommended
teaser-list|Five cha chaan tengs that still make their milk tea the old way
teaser-list|Hong Kong Arts Festival 2026: what not to miss
sponsored|SPONSORED: A taste of Kyoto comes to Central – Brought to you by a partner
most-read|Trending Topics
most-read|1 Hong Kong budget 2026: what the relief measures mean for you
teaser-list|2 Why Hong Kong's old-style bakeries are having a moment with young buyers
most-read|3 MTR East Rail delays after signal fault at Sha Tin
app|Download the HKMC app
app|App Store  Google Play
footer|Hong Kong Morning Courier
footer|About us  Contact us  Careers  Advertise  Print edition  Corrections  Code of Conduct
footer|Terms & Conditions  Privacy Policy  FAQ
copyright|Copyright © 2026 Hong Kong Morning Courier Publishers Ltd. All rights reserved.
network|Part of the Pearl River Media Group
cookie|We use cookies to tailor your experience and present relevant ads. By clicking "Accept", you agree that cookies can be placed per our Privacy Policy.
cookie|Accept
"""),
 dict(id="le-parisien-style-1", site="le-parisien-style", lang="fr", sep="\n\n", title="Val-de-Marne : à Créteil, la piscine municipale fermée tout l'été faute de maîtres-nageurs", date="2026-06-18", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
menu|Le Francilien
menu|Menu
menu|Rechercher
subscribe|S'abonner
menu|Se connecter
menu|Paris  Seine-et-Marne  Yvelines  Essonne  Hauts-de-Seine  Seine-Saint-Denis  Val-de-Marne  Val-d'Oise  Oise
menu|Faits divers  Politique  Société  Sports  Loisirs  Consommation  Vidéos  Jeux
breaking|Alerte info – Orages : Paris et la petite couronne placés en vigilance orange à partir de 16 heures
breadcrumb|Val-de-Marne  >  Créteil
ad|Publicité
section-label|Val-de-Marne
h1|Val-de-Marne : à Créteil, la piscine municipale fermée tout l'été faute de maîtres-nageurs
lead|La mairie a annoncé ce jeudi que le bassin du quartier du Mont-Mesly ne rouvrirait pas avant septembre. Seuls deux maîtres-nageurs ont répondu aux offres d'emploi, sur les sept nécessaires.
byline|Par Julie Besnard
dateline|Le 18 juin 2026 à 11h32
share|Partager
share|Facebook  X  WhatsApp  E-mail  Copier le lien
comments|12
listen|Écouter cet article
video|Vidéo
video|Chaleur : les bons gestes pour protéger les enfants
video|01:12
video|La vidéo suivante commence dans 5 secondes
video|Annuler
ad|Publicité
caption|La piscine du Mont-Mesly, à Créteil, accueillait près de 40 000 nageurs chaque été. LF/Julie Besnard
p|Les habitués l'ont appris par une affiche collée sur la porte vitrée. « Fermeture estivale exceptionnelle : la piscine rouvrira le 1er septembre. » Pour de nombreuses familles du Mont-Mesly, c'est une mauvaise nouvelle à l'approche des vacances.
p|La ville explique avoir publié ses offres d'emploi dès le mois de février. Sept maîtres-nageurs sauveteurs étaient nécessaires pour ouvrir le bassin tous les jours de juillet et d'août. Deux seulement ont été recrutés.
ad|Publicité
p|« Nous ne pouvons pas ouvrir une piscine sans surveillance, c'est une question de sécurité, indique l'adjoint chargé des sports. Nous préférons concentrer les effectifs sur l'autre équipement de la ville. »
read-also|À LIRE AUSSI
read-also|Canicule : où se baigner gratuitement en Île-de-France cet été
h2|« Les enfants n'ont nulle part où aller »
p|Devant le bâtiment, Samira, mère de trois enfants, ne cache pas sa déception. « On ne part pas en vacances. La piscine, c'était notre sortie de l'été. L'autre est à une demi-heure en bus, avec les enfants ce n'est pas possible. »
p|L'association de locataires du quartier a lancé une pétition, qui avait recueilli mardi près de 600 signatures.
ad|Publicité
ad|Découvrez nos offres de vacances — Séjours à partir de 299 € — J'en profite
h2|Une pénurie nationale
p|Créteil n'est pas un cas isolé. Selon les syndicats de la profession, plusieurs milliers de postes de maîtres-nageurs seraient vacants en France. La formation, longue et coûteuse, et les salaires jugés faibles découragent les candidats.
p|Plusieurs communes du Val-de-Marne ont réduit leurs horaires d'ouverture cet été. La mairie de Créteil promet d'ouvrir dès la rentrée une formation financée pour une dizaine de jeunes de la ville.
paywall|Le Francilien — Soutenez une information locale de qualité. Abonnez-vous pour 1 € le premier mois. Sans engagement.
tags|Val-de-Marne  Créteil  Piscines  Été
comments|Les commentaires (12)
comments|Vous devez être abonné pour réagir. Se connecter
teaser-list|Dans l'actualité
teaser-list|Vitry-sur-Seine : un incendie dans un entrepôt, le panache de fumée visible de loin
teaser-list|Il y a 2 heures
teaser-list|Orly : la nouvelle ligne de tram enregistre déjà des retards
teaser-list|Il y a 5 heures
sponsored|Contenus sponsorisés
sponsored|Les propriétaires d'Île-de-France nés avant 1970 découvrent cette aide pour isoler leur maison
sponsored|Ce matelas fait le buzz : les Français en raffolent
sponsored|Mutuelle senior : comparez les offres en 2 minutes
games|Jeux : Mots fléchés, Sudoku, Mots croisés — Jouez gratuitement
horoscope|Horoscope du jour
app|Téléchargez l'application Le Francilien
footer|Le Francilien : toute l'actualité de Paris et de l'Île-de-France
footer|Nous contacter  Mentions légales  CGU  Politique de confidentialité  Gestion des cookies  Plan du site  Publicité  Annonces légales
copyright|© Le Francilien 2026
cookie|Avec votre accord, nous et nos 814 partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site. Vous pouvez retirer votre consentement ou vous opposer aux traitements basés sur l'intérêt légitime à tout moment en cliquant sur « En savoir plus » ou dans notre politique de confidentialité sur ce site.
cookie|Avec nos partenaires, nous traitons les données suivantes : Publicités et contenu personnalisés, mesure de performance des publicités et du contenu, données d'audience et développement de produit, Stocker et/ou accéder à des informations sur un appareil
cookie|En savoir plus →
cookie|Refuser
cookie|Accepter & Fermer
"""),
 dict(id="le-parisien-style-2", site="le-parisien-style", lang="fr", sep="\n\n", title="Seine-Saint-Denis : le marché aux puces de Saint-Ouen veut séduire une clientèle plus jeune", date="2026-09-27", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
menu|Le Francilien
menu|Menu
menu|Rechercher
subscribe|S'abonner
menu|Se connecter
menu|Paris  Seine-et-Marne  Yvelines  Essonne  Hauts-de-Seine  Seine-Saint-Denis  Val-de-Marne  Val-d'Oise  Oise
menu|Faits divers  Politique  Société  Sports  Loisirs  Consommation  Vidéos  Jeux
breaking|EN DIRECT – Grève RATP : le point sur le trafic ce samedi
breadcrumb|Seine-Saint-Denis  >  Saint-Ouen-sur-Seine
ad|Publicité
section-label|Seine-Saint-Denis
h1|Seine-Saint-Denis : le marché aux puces de Saint-Ouen veut séduire une clientèle plus jeune
lead|Ateliers de réparation, soirées, boutiques de seconde main : les marchands du célèbre marché tentent de renouveler leur public, alors que la fréquentation a baissé depuis dix ans.
byline|Par Nicolas Ferrand
dateline|Le 27 septembre 2026 à 07h00
dateline|Modifié le 27 septembre 2026 à 09h14
share|Partager
share|Facebook  X  WhatsApp  E-mail  Copier le lien
comments|4
listen|Écouter cet article
paywall|Article réservé aux abonnés
video|Vidéo
video|Saint-Ouen : dans les allées du marché Vernaison
video|02:05
ad|Publicité
caption|Au marché Dauphine, un stand de vêtements vintage attire surtout les moins de 30 ans. LF/Nicolas Ferrand
p|Un samedi matin de septembre, rue des Rosiers. Entre une commode Louis-Philippe et des lampes industrielles, une file de jeunes gens attend devant une petite échoppe de baskets d'occasion. « Il y a deux ans, ici, je ne voyais que des touristes et des décorateurs », sourit le vendeur.
p|Le marché aux puces de Saint-Ouen, qui réunit plus d'un millier de marchands, a vu sa fréquentation diminuer d'environ un quart en dix ans, selon l'association des marchands. La hausse des loyers et la concurrence des sites de revente en ligne ont fragilisé une partie des stands.
ad|Publicité
h2|Un programme pour les week-ends
p|Pour inverser la tendance, les marchands ont présenté cette semaine un programme qui comprend notamment :
li|des ateliers gratuits de réparation de meubles et de vêtements le dimanche matin ;
li|une nocturne le premier vendredi de chaque mois, avec concerts ;
li|des stands à loyer réduit pour les jeunes créateurs et brocanteurs ;
li|une carte interactive des marchés, disponible sur téléphone.
read-also|À LIRE AUSSI
read-also|Vide-greniers en Île-de-France : notre sélection du week-end
p|« Les puces, ce n'est pas un musée. Il faut que les gens viennent y passer la journée, pas seulement acheter une pièce rare », estime la présidente de l'association.
ad|Publicité
p|Tous les marchands ne sont pas convaincus. « Une nocturne, ça coûte du personnel, et les clients du soir n'achètent pas de meubles à 3 000 euros », objecte un antiquaire installé depuis trente ans.
p|La mairie de Saint-Ouen soutient le projet et promet d'améliorer la signalétique depuis la station de métro, souvent critiquée par les visiteurs.
signature|Avec Clara Mendes
paywall|Le Francilien — Soutenez une information locale de qualité. Abonnez-vous pour 1 € le premier mois. Sans engagement.
tags|Seine-Saint-Denis  Saint-Ouen-sur-Seine  Commerce  Loisirs
comments|Les commentaires (4)
comments|Vous devez être abonné pour réagir. Se connecter
teaser-list|Dans l'actualité
teaser-list|Bobigny : le chantier de la ligne 15 provoque des fissures dans un immeuble
teaser-list|Il y a 1 heure
teaser-list|Montreuil : le festival de la BD revient en octobre
teaser-list|Il y a 3 heures
sponsored|Contenus sponsorisés
sponsored|Pompe à chaleur : les Franciliens peuvent en bénéficier pour 1 €, voici comment
sponsored|Cette marque de chaussures fait un carton en Île-de-France
games|Jeux : Mots fléchés, Sudoku, Mots croisés — Jouez gratuitement
horoscope|Horoscope du jour
app|Téléchargez l'application Le Francilien
footer|Le Francilien : toute l'actualité de Paris et de l'Île-de-France
footer|Nous contacter  Mentions légales  CGU  Politique de confidentialité  Gestion des cookies  Plan du site  Publicité  Annonces légales
copyright|© Le Francilien 2026
cookie|Avec votre accord, nous et nos 814 partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site. Vous pouvez retirer votre consentement ou vous opposer aux traitements basés sur l'intérêt légitime à tout moment en cliquant sur « En savoir plus » ou dans notre politique de confidentialité sur ce site.
cookie|Avec nos partenaires, nous traitons les données suivantes : Publicités et contenu personnalisés, mesure de performance des publicités et du contenu, données d'audience et développement de produit, Stocker et/ou accéder à des informations sur un appareil
cookie|En savoir plus →
cookie|Refuser
cookie|Accepter & Fermer
"""),
 dict(id="namibian-style-1", site="namibian-style", lang="en", sep="\n", title="Rundu residents wait for water as pipeline repairs drag on", date="2026-05-12", page="""
timestamp|Tuesday, May 12, 2026
weather|Windhoek 24°C
epaper|E-Paper
subscribe|Subscribe
menu|Login
menu|THE NAMIB HERALD
menu|Namibia's independent daily since 1989
menu|News
menu|Business
menu|Sport
menu|Opinion
menu|Life
menu|Regions
menu|Obituaries
menu|Classifieds
menu|Tenders
menu|Vacancies
ticker|NSX Overall 1,642.30 ▼0.3%  |  N$/US$ 18.21  |  Gold US$2,905  |  Uranium US$78.40
section-label|News
h1|Rundu residents wait for water as pipeline repairs drag on
byline|Tuyeni Hamutenya
dateline|12 May 2026
reading-time|3 min read
share|Share
share|Facebook  Twitter  WhatsApp  Email
lead|Hundreds of households in Rundu's informal settlements have been without running water for nearly two weeks after a main pipeline burst near the town's treatment works.
p|RESIDENTS of Kehemu, Sauyemwa and Tuhingireni say they are walking up to three kilometres to buy water from private sellers at N$5 a bucket, while the town council says repairs will take at least another week.
p|The pipeline, which carries treated water from the Okavango River to reservoirs on the eastern side of the town, burst on 29 April.
caption|Residents of Sauyemwa collect water from a council tanker on Monday. Photo: Tuyeni Hamutenya
p|Council spokesperson Elizabeth Kandjimi said on Monday the damaged section was older than 30 years and that replacement parts had to be ordered from Windhoek.
p|"We understand the frustration of our residents. Water tankers are visiting all affected areas twice a day," she said.
ad|ADVERTISEMENT
ad|FNB Namibia – Home loans made simple. Apply online today. Terms and conditions apply.
p|Residents dispute that. Maria Shikongo, a mother of four in Sauyemwa, said the tanker came to her street only once last week.
p|"By the time it comes, the queue is long and the water finishes. We are buying water every day, and we are not working," she said.
h2|Health concerns
p|The regional health directorate has warned of a risk of diarrhoeal diseases and urged residents to boil or treat drinking water.
p|Kavango East regional governor Bonifatius Wakudumo visited the site on Saturday and called on the council to speed up the work and to report daily on progress.
p|The council said it would also install temporary communal taps in the worst-affected areas by Thursday.
read-also|Related: Katima Mulilo council gets N$12m for water network upgrade
tags|Rundu  Water  Kavango East  Local authorities
whatsapp|Stay informed with The Namib Herald – join our WhatsApp channel
comments|Comments
comments|The Namib Herald welcomes comments that are respectful and on topic. Comments are moderated and may take time to appear.
most-read|Most Read
most-read|Teachers' union threatens strike over housing allowance
most-read|Brave Warriors name squad for AFCON qualifier
most-read|N$2.1 billion green hydrogen port deal signed
most-read|Fuel prices to remain unchanged in June
obituary|OBITUARIES
obituary|Cecilia Nangolo (1948–2026) – Funeral service at Oshakati on Saturday
classifieds|CLASSIFIEDS: Vehicles · Property · Employment · Notices · Place an ad
notices|Public notices and tenders – Click here
footer|The Namib Herald, 42 John Meinert Street, Windhoek · Tel: +264 61 000 000 · news@namibherald.example
footer|About Us  Contact Us  Advertise  Terms of Use  Privacy Policy  Complaints
copyright|© 2026 The Namib Herald. All rights reserved.
"""),
 dict(id="namibian-style-2", site="namibian-style", lang="en", sep="\n", title="Walvis Bay learners build solar dryer to preserve fish", date="2026-08-03", page="""
timestamp|Monday, August 3, 2026
weather|Windhoek 19°C
epaper|E-Paper
subscribe|Subscribe
menu|Login
menu|THE NAMIB HERALD
menu|Namibia's independent daily since 1989
menu|News
menu|Business
menu|Sport
menu|Opinion
menu|Life
menu|Regions
menu|Obituaries
menu|Classifieds
menu|Tenders
menu|Vacancies
ticker|NSX Overall 1,688.95 ▲0.6%  |  N$/US$ 17.94  |  Gold US$2,870  |  Uranium US$81.10
section-label|Life
h1|Walvis Bay learners build solar dryer to preserve fish
byline|Petrus Nghifitikeko
byline|Erongo Correspondent
dateline|3 August 2026
reading-time|4 min read
share|Share
share|Facebook  Twitter  WhatsApp  Email
lead|Four Grade 11 learners from a Kuisebmond secondary school have designed a low-cost solar dryer that can preserve small fish without electricity, winning first prize at the regional science fair.
p|THE dryer, built from recycled window glass, black-painted corrugated iron and wooden pallets, can dry up to 20 kilograms of horse mackerel in two days, the learners say.
p|The idea came from their own homes. "Our mothers buy fish when it is cheap, but they have no fridge, so a lot of it goes bad," said Ndapewa Iipumbu, 17, one of the team.
caption|From left: Ndapewa Iipumbu, Jason Hoaeb, Selma Amukwa and Lukas Beukes with their solar dryer. Photo: Petrus Nghifitikeko
h2|How it works
p|The learners explained that the dryer works in three steps:
li|air enters through a mesh at the bottom and is heated under the glass panel;
li|the warm air rises through trays where the fish is laid out;
li|it escapes through a vent at the top, carrying the moisture away.
ad|ADVERTISEMENT
ad|MTC – Aweh Super: more data, more calls. Dial *682#
p|Their science teacher, Anna-Marie Kotze, said the group spent four months testing different materials and measuring temperature and humidity every hour during school holidays.
p|"They failed many times. The first version made the fish go mouldy," she said. "But they kept going."
h2|Next stop: national fair
p|The team will represent the Erongo region at the national science fair in Windhoek in September. A local fishing company has offered to pay for a bigger prototype.
p|The learners hope the dryer can one day be used by small vendors at the Walvis Bay market and by families in coastal settlements.
listen|Listen to this story
tags|Walvis Bay  Education  Science fair  Erongo
whatsapp|Stay informed with The Namib Herald – join our WhatsApp channel
comments|Comments
comments|The Namib Herald welcomes comments that are respectful and on topic. Comments are moderated and may take time to appear.
most-read|Most Read
teaser-list|Walvis Bay learners build solar dryer to preserve fish
most-read|Cabinet approves new minimum wage for domestic workers
most-read|Eagles clinch Namibia Premiership title
obituary|OBITUARIES
obituary|Johannes !Gaseb (1955–2026) – Memorial service at Khorixas on Friday
classifieds|CLASSIFIEDS: Vehicles · Property · Employment · Notices · Place an ad
notices|Public notices and tenders – Click here
footer|The Namib Herald, 42 John Meinert Street, Windhoek · Tel: +264 61 000 000 · news@namibherald.example
footer|About Us  Contact Us  Advertise  Terms of Use  Privacy Policy  Complaints
copyright|© 2026 The Namib Herald. All rights reserved.
"""),
]
