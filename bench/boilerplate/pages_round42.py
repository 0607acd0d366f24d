# Round 42: eight pages on four more layouts (a Corsican regional daily, a Haitian daily's site, a Pakistani
# national daily, a Caribbean daily), written blind: without looking at the classifier, its rules or the
# benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND42 = [
 dict(id="corse-matin-style-1", site="corse-matin-style", lang="fr", sep="\n", title="Ajaccio : le chantier du nouveau terminal du port de commerce prend du retard", date="2025-09-16", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
cookie|Vos choix concernant l'utilisation de cookies
cookie|Nous et nos partenaires utilisons des cookies pour stocker et accéder à des informations sur votre appareil, mesurer l'audience et proposer des publicités personnalisées. Vous pouvez modifier vos choix à tout moment via le lien « Gérer mes cookies » en bas de page.
cookie|Accepter et fermer
cookie|Continuer sans accepter
cookie|Paramétrer
menu|L'Île Matin
menu|S'abonner
menu|Se connecter
timestamp|Mardi 16 septembre 2025
weather|Ajaccio 24°C  Bastia 23°C
menu|Ajaccio
menu|Bastia
menu|Balagne
menu|Porto-Vecchio
menu|Corte
menu|Sartène
menu|Sports
menu|Économie
menu|Faits divers
menu|Loisirs
menu|Nécrologie
menu|Annonces légales
breaking|Info trafic : perturbations sur la RT20 au niveau de Vizzavona en raison de travaux
breadcrumb|Accueil > Ajaccio > Économie
section-label|Ajaccio
h1|Ajaccio : le chantier du nouveau terminal du port de commerce prend du retard
lead|Prévue pour l'été 2026, la livraison du futur bâtiment d'accueil des passagers est repoussée d'au moins six mois. En cause, des difficultés de fondation et la défaillance d'un sous-traitant.
byline|Par Marie-Ange Paoli
dateline|Publié le 16/09/2025 à 06:45 - Mis à jour le 16/09/2025 à 09:12
listen|Écouter cet article
listen|00:00 / 04:21
share|Partager
share|Facebook
share|X
share|WhatsApp
share|Copier le lien
save|Ajouter à mes favoris
comments|Commenter
paywall|Article réservé aux abonnés
caption|Le chantier du futur terminal, vu depuis le quai des Torpilleurs, lundi matin.
credit|Photo Jean-Pierre Santoni
p|Les grues tournent toujours au-dessus du quai des Capucins, mais le calendrier, lui, a glissé. Le nouveau terminal passagers du port d'Ajaccio, dont la mise en service était annoncée pour juin 2026, ne devrait pas ouvrir avant le début de l'année 2027, selon les informations recueillies auprès de la chambre de commerce et d'industrie.
p|Le chantier, d'un montant de 38 millions d'euros, a été engagé au printemps 2024. Il doit remplacer la gare maritime actuelle, jugée trop exiguë pour absorber les pics de fréquentation estivale, lorsque plusieurs navires accostent dans la même matinée.
h2|Des fondations plus complexes que prévu
p|« Les sondages réalisés lors des études préalables n'avaient pas révélé l'ampleur des remblais anciens sous la plateforme », explique un responsable du projet. Il a fallu renforcer les pieux et revoir une partie des plans, ce qui a entraîné trois mois d'arrêt partiel.
ad|Publicité
ad|Votre cuisine sur mesure à Mezzavia – Devis gratuit – Showroom ouvert du lundi au samedi
p|À cette difficulté technique s'est ajoutée, au début de l'été, la liquidation judiciaire d'une entreprise chargée des menuiseries extérieures. Un nouvel appel d'offres a dû être lancé, et le lot n'a été réattribué que fin août.
related|À lire aussi : Port de Bastia : le trafic passagers en hausse de 4 % cet été
p|Pour les compagnies maritimes, le report n'est pas une bonne nouvelle. Un représentant de l'une d'elles regrette « une saison 2026 qui se fera encore dans des conditions provisoires », avec des files d'attente sur le parking et des passagers à pied exposés au soleil.
h2|Ce qui change pour les voyageurs
p|En attendant, la CCI assure que plusieurs aménagements temporaires seront maintenus ou améliorés :
li|un abri supplémentaire pour les piétons le long du quai ;
li|une signalétique renforcée vers les zones d'embarquement ;
li|des navettes entre le parking relais et la gare maritime les jours d'affluence.
p|Le président de la commission des ports de la collectivité a demandé qu'un point d'étape soit présenté à l'assemblée lors de la session d'octobre. Il souhaite notamment connaître l'impact financier des retards, que certains élus évaluent déjà à plusieurs millions d'euros.
p|La CCI, de son côté, indique que les pénalités prévues au contrat seront appliquées « là où elles doivent l'être » et que le budget global « reste maîtrisé à ce stade ».
tags|Ajaccio
tags|Port
tags|Travaux
tags|Transports maritimes
share|Partager cet article sur Facebook
share|Partager sur X
comments|0 commentaire
comments|Vous devez être abonné pour commenter cet article. Je m'abonne
newsletter|Recevez chaque matin l'essentiel de l'actualité de Corse
newsletter|Votre adresse e-mail
newsletter|Je m'inscris
teaser-list|Les plus lus
teaser-list|1 Faits divers : un randonneur secouru sur le GR20 après une chute près de Bocca Tumasginesca
teaser-list|2 Porto-Vecchio : la plage de Palombaggia fermée à la baignade après une pollution
teaser-list|3 Bastia : un nouveau directeur pour le centre hospitalier
teaser-list|4 Football : l'ACA s'impose à domicile face à Rodez
teaser-list|5 Ajaccio : le cours Napoléon fermé à la circulation dimanche
obituary|Avis de décès
obituary|Retrouvez tous les avis de décès de Corse-du-Sud et de Haute-Corse
obituary|Consulter les avis
notices|Annonces légales et marchés publics : publiez vos annonces en ligne
teaser-list|Dans la même rubrique
teaser-list|Économie : la saison touristique s'achève sur une fréquentation stable
teaser-list|Il y a 2 h
teaser-list|Agriculture : les producteurs de clémentines inquiets face à la sécheresse
teaser-list|Il y a 5 h
teaser-list|Commerce : un nouveau centre commercial à l'entrée de Bastia ?
teaser-list|Hier à 18:30
app|Téléchargez l'application L'Île Matin
app|Disponible sur l'App Store – Disponible sur Google Play
footer|Qui sommes-nous ?
footer|Contactez-nous
footer|Publicité
footer|Mentions légales
footer|Politique de confidentialité
footer|Gérer mes cookies
footer|CGU / CGV
footer|Accessibilité : non conforme
network|Un site du groupe Presse du Sud
copyright|© L'Île Matin 2025 - Tous droits réservés
"""),
 dict(id="corse-matin-style-2", site="corse-matin-style", lang="fr", sep="\n", title="Corte : l'université accueille un nombre record d'étudiants pour la rentrée", date="2025-09-23", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
cookie|Vos choix concernant l'utilisation de cookies
cookie|Nous et nos partenaires utilisons des cookies pour stocker et accéder à des informations sur votre appareil, mesurer l'audience et proposer des publicités personnalisées. Vous pouvez modifier vos choix à tout moment via le lien « Gérer mes cookies » en bas de page.
cookie|Accepter et fermer
cookie|Continuer sans accepter
cookie|Paramétrer
menu|L'Île Matin
menu|S'abonner
menu|Se connecter
timestamp|Mardi 23 septembre 2025
weather|Ajaccio 21°C  Bastia 22°C
menu|Ajaccio
menu|Bastia
menu|Balagne
menu|Porto-Vecchio
menu|Corte
menu|Sartène
menu|Sports
menu|Économie
menu|Faits divers
menu|Loisirs
menu|Nécrologie
menu|Annonces légales
breadcrumb|Accueil > Corte > Société
section-label|Éducation
h1|Corte : l'université accueille un nombre record d'étudiants pour la rentrée
lead|Plus de 5 100 inscrits : l'établissement de Corte n'avait jamais compté autant d'étudiants. Une progression qui met une fois encore sous pression le logement dans la ville.
byline|Par Dominique Casanova
dateline|Publié le 23/09/2025 à 07:10
listen|Écouter cet article
listen|00:00 / 03:38
share|Partager
share|Facebook
share|X
share|WhatsApp
share|Copier le lien
save|Ajouter à mes favoris
comments|Commenter
caption|Des étudiants devant le bâtiment principal du campus Mariani, lundi.
credit|Photo Archives L'Île Matin
p|Les allées du campus Mariani étaient noires de monde lundi matin. Pour la rentrée universitaire 2025, l'université de Corse affiche plus de 5 100 étudiants inscrits, soit une hausse d'environ 6 % par rapport à l'an dernier, a annoncé la présidence lors d'une conférence de presse.
p|La progression est portée par les licences professionnelles et les formations en santé, notamment la deuxième année de la filière infirmière ouverte l'an passé en partenariat avec l'institut de formation de Bastia.
p|« Nous voyons arriver de plus en plus de jeunes du continent, mais aussi des étudiants corses qui, il y a quelques années, seraient partis à Nice ou à Marseille », souligne la vice-présidente chargée de la formation.
h2|La question du logement
ad|Publicité
ad|Agence immobilière du Centre Corse – Locations étudiantes à Corte et alentours – Appelez-nous
p|Cette croissance a son revers. Avec un peu plus de 900 lits en résidence universitaire, l'offre reste très insuffisante. Nombre d'étudiants se tournent vers le parc privé, où les loyers ont nettement augmenté, ou font chaque jour la route depuis Ponte-Leccia, Venaco ou même Bastia.
p|Une nouvelle résidence de 150 logements doit ouvrir en 2027 sur l'ancien terrain militaire. En attendant, l'université a relancé sa plateforme de logement chez l'habitant, qui met en relation propriétaires et étudiants.
related|Lire aussi : Logement étudiant : à Corte, des propriétaires invités à louer leurs chambres libres
p|Le maire de Corte, présent lors de la rentrée officielle, a reconnu « une tension réelle » et appelé l'État et la collectivité à accélérer les projets de construction.
p|L'université annonce par ailleurs l'ouverture, en janvier, d'un nouveau master consacré à la gestion des risques naturels, en lien avec les incendies et les épisodes de sécheresse qui frappent l'île.
tags|Corte
tags|Université
tags|Logement
share|Partager cet article sur Facebook
share|Partager sur X
comments|3 commentaires
comments|Vous devez être abonné pour commenter cet article. Je m'abonne
newsletter|Recevez chaque matin l'essentiel de l'actualité de Corse
newsletter|Votre adresse e-mail
newsletter|Je m'inscris
teaser-list|Les plus lus
teaser-list|1 Bastia : un incendie détruit un entrepôt dans la zone de Lupino
teaser-list|2 Sports : le SC Bastia arrache le nul à Guingamp
teaser-list|3 Balagne : la route de Calvi coupée toute la journée jeudi
teaser-list|4 Ajaccio : le chantier du nouveau terminal du port de commerce prend du retard
teaser-list|5 Météo : retour des orages sur l'île en fin de semaine
obituary|Avis de décès
obituary|Retrouvez tous les avis de décès de Corse-du-Sud et de Haute-Corse
obituary|Consulter les avis
notices|Annonces légales et marchés publics : publiez vos annonces en ligne
teaser-list|Dans la même rubrique
teaser-list|Éducation : 120 enseignants de langue corse formés cet été
teaser-list|Il y a 3 h
teaser-list|Lycée de Porto-Vecchio : les travaux de l'internat enfin terminés
teaser-list|Hier à 16:05
app|Téléchargez l'application L'Île Matin
app|Disponible sur l'App Store – Disponible sur Google Play
footer|Qui sommes-nous ?
footer|Contactez-nous
footer|Publicité
footer|Mentions légales
footer|Politique de confidentialité
footer|Gérer mes cookies
footer|CGU / CGV
footer|Accessibilité : non conforme
network|Un site du groupe Presse du Sud
copyright|© L'Île Matin 2025 - Tous droits réservés
"""),
 dict(id="haiti-nouvelliste-style-1", site="haiti-nouvelliste-style", lang="fr", sep="\n\n", title="Cap-Haïtien : les marchandes du marché Cluny relogées sous des abris provisoires", date="2025-05-08", page="""
menu|LE COURRIER D'AYITI
menu|Le plus ancien quotidien en ligne du pays
timestamp|jeudi 8 mai 2025
ticker|Taux de référence BRH : 1 USD = 131,27 HTG
menu|Actualités
menu|Économie
menu|Société
menu|Culture
menu|Sports
menu|Opinion
menu|Éditorial
menu|Ticket
menu|Petites annonces
menu|Avis
menu|Nécrologie
lang-switch|Français | Kreyòl | English
menu|Connexion
menu|Abonnez-vous
breaking|Dernière heure : Fermeture des écoles à Mirebalais jusqu'à nouvel ordre
section-label|Société
h1|Cap-Haïtien : les marchandes du marché Cluny relogées sous des abris provisoires
empty-label|Publié le :
dateline|2025-05-08
empty-label|Auteur :
byline|Wideline Jean-Baptiste
byline|Correspondante dans le Nord
share|Partager
share|Facebook
share|Twitter
share|WhatsApp
share|Email
caption|Des marchandes installent leurs étals sous les nouvelles tentes, rue 17, mercredi.
credit|Photo : Wideline Jean-Baptiste / Le Courrier d'Ayiti
lead|Près de 400 commerçantes du marché Cluny, endommagé par un incendie en février, ont commencé à s'installer sur un site temporaire aménagé par la mairie du Cap-Haïtien. Beaucoup jugent l'espace trop petit.
p|Depuis mardi, les premières tentes blanches s'alignent sur le terrain vague qui jouxte la rue 17, au bas de la ville. La mairie du Cap-Haïtien y a fait installer une centaine d'abris en toile et des tables en bois pour accueillir les marchandes qui travaillaient au marché Cluny jusqu'à l'incendie du 19 février.
p|« On ne pouvait plus rester à vendre sur le trottoir, sous le soleil, avec les voitures qui passent à côté », explique Marie-Lourdes, vendeuse de légumes depuis plus de vingt ans. Elle reconnaît un progrès, mais estime que l'emplacement qui lui a été attribué « ne permet même pas de poser deux sacs ».
p|Selon le maire principal, le site provisoire doit servir « pendant au moins dix-huit mois », le temps de reconstruire le marché. Le coût des travaux est estimé à 85 millions de gourdes, dont une partie doit être financée par un partenaire international.
ad|PUBLICITÉ
ad|Digicel – Forfaits Internet illimités : activez *202# dès maintenant
p|Les marchandes dénoncent aussi l'absence de points d'eau et de toilettes sur le site. La direction municipale de l'assainissement promet l'installation de latrines mobiles « d'ici la fin du mois ».
related|Lire aussi : Incendie au marché Cluny : des pertes estimées à plusieurs millions de gourdes
p|Une association de commerçantes a remis une lettre au conseil municipal réclamant un recensement transparent des occupants. « Certaines places ont été données à des gens qui n'ont jamais vendu à Cluny », affirme sa porte-parole.
p|Interrogé, un responsable de la mairie assure que la liste a été établie à partir des registres de perception du marché et qu'une commission examinera les réclamations à partir de la semaine prochaine.
p|Jeudi matin, l'activité reprenait doucement. Entre les tentes, on vendait du riz, du charbon, des mangues et des bananes plantains, et les clients revenaient peu à peu.
signature|Wideline Jean-Baptiste
signature|wjeanbaptiste@courrierayiti.ht
tags|Cap-Haïtien
tags|Marché Cluny
tags|Commerce
comments|Réagir à cet article
comments|Les commentaires sont modérés. Ils doivent être en lien avec le sujet et ne contenir aucun propos diffamatoire.
comments|Connectez-vous pour commenter
author-bio|Wideline Jean-Baptiste est correspondante du Courrier d'Ayiti dans le Nord depuis 2019. Elle couvre l'actualité sociale et économique de la région.
author-link|Plus d'articles de cet auteur
most-read|Les plus populaires
most-read|Route nationale #2 : les transporteurs annoncent un arrêt de travail
most-read|Éducation : le MENFP publie le calendrier des examens officiels
most-read|Football : le Violette AC qualifié pour la finale
most-read|Carnaval des Fleurs : le comité dévoile le parcours
classifieds|Petites annonces
classifieds|Appartement à louer à Pétion-Ville, 3 chambres, eau courante, génératrice. Tél. : 3700-0000
classifieds|Offre d'emploi : comptable expérimenté recherché pour entreprise de la place
classifieds|Voir toutes les annonces
obituary|Avis de décès et remerciements
obituary|Consulter la rubrique Nécrologie
epaper|Lire l'édition du jour en PDF
newsletter|Inscrivez-vous à notre infolettre
newsletter|Votre courriel
newsletter|S'inscrire
footer|Le Courrier d'Ayiti
footer|198, rue du Centre, Port-au-Prince, Haïti
footer|Rédaction : redaction@courrierayiti.ht
footer|À propos
footer|Nous contacter
footer|Publicité
footer|Conditions d'utilisation
footer|Politique de confidentialité
copyright|© 2025 Le Courrier d'Ayiti. Tous droits réservés. La reproduction partielle ou totale des articles est interdite sans autorisation.
"""),
 dict(id="haiti-nouvelliste-style-2", site="haiti-nouvelliste-style", lang="fr", sep="\n\n", title="Les prix des produits de première nécessité en hausse de 12 % depuis janvier, selon la CNSA", date="2025-06-17", page="""
menu|LE COURRIER D'AYITI
menu|Le plus ancien quotidien en ligne du pays
timestamp|mardi 17 juin 2025
ticker|Taux de référence BRH : 1 USD = 131,65 HTG
menu|Actualités
menu|Économie
menu|Société
menu|Culture
menu|Sports
menu|Opinion
menu|Éditorial
menu|Ticket
menu|Petites annonces
menu|Avis
menu|Nécrologie
lang-switch|Français | Kreyòl | English
menu|Connexion
menu|Abonnez-vous
breaking|Dernière heure : Le Parlement des jeunes convoqué en session extraordinaire
section-label|Économie
h1|Les prix des produits de première nécessité en hausse de 12 % depuis janvier, selon la CNSA
empty-label|Publié le :
dateline|2025-06-17
empty-label|Auteur :
byline|Jean Robert Dorméus
share|Partager
share|Facebook
share|Twitter
share|WhatsApp
share|Email
caption|Un étal de riz et de haricots au marché de la Croix-des-Bossales.
credit|Photo : Archives
lead|Le panier alimentaire a augmenté de 12 % en cinq mois, selon le dernier bulletin de la Coordination nationale de la sécurité alimentaire. Le riz importé et l'huile de cuisine sont les produits les plus touchés.
p|Le coût du panier alimentaire de base continue de grimper. Dans son bulletin mensuel publié lundi, la Coordination nationale de la sécurité alimentaire (CNSA) indique que le prix moyen des produits de première nécessité a augmenté de 12 % entre janvier et mai 2025 sur les principaux marchés suivis.
p|À Port-au-Prince, la marmite de riz importé se vendait en moyenne 420 gourdes à la fin du mois de mai, contre 365 gourdes en début d'année. Le gallon d'huile a, lui, dépassé la barre des 1 000 gourdes sur plusieurs marchés.
h2|Les routes en cause
p|Le rapport pointe plusieurs facteurs :
li|les difficultés de circulation sur les axes reliant la capitale au Sud et au Nord, qui renchérissent le transport ;
li|la dépréciation de la gourde au premier trimestre ;
li|la baisse de la production locale de maïs et de haricot due au déficit de pluies.
ad|PUBLICITÉ
ad|Unibank – Ouvrez votre compte en ligne en 10 minutes
p|« Les ménages consacrent désormais plus des deux tiers de leurs revenus à l'alimentation », note un économiste interrogé par Le Courrier d'Ayiti. Il estime que les mesures de subvention annoncées en mars « n'ont pas eu d'effet visible sur les étals ».
p|Dans certaines communes du Nord-Ouest, la CNSA relève des hausses encore plus fortes, dépassant 20 % pour le maïs moulu.
related|Lire aussi : Sécurité alimentaire : 5,7 millions d'Haïtiens en situation d'insécurité aiguë
h2|Des commerçants sous pression
p|Au marché de la Croix-des-Bossales, les grossistes disent eux aussi subir la situation. « Nous payons plus cher pour faire venir la marchandise, nous vendons moins, et les clients achètent à crédit », résume un importateur de riz.
p|Le ministère du Commerce a indiqué qu'une réunion avec les principaux importateurs est prévue d'ici la fin du mois afin de discuter d'un mécanisme de stabilisation des prix.
signature|Jean Robert Dorméus
tags|Économie
tags|CNSA
tags|Inflation
comments|Réagir à cet article
comments|Les commentaires sont modérés. Ils doivent être en lien avec le sujet et ne contenir aucun propos diffamatoire.
comments|Connectez-vous pour commenter
author-link|Plus d'articles de cet auteur
most-read|Les plus populaires
most-read|Bac unique : les résultats attendus début juillet
most-read|Jacmel : le festival de musique reporté à l'automne
teaser-list|Les prix des produits de première nécessité en hausse de 12 % depuis janvier, selon la CNSA
most-read|Santé : campagne de vaccination contre la rougeole dans l'Artibonite
classifieds|Petites annonces
classifieds|Terrain à vendre à Tabarre, 2 carreaux, titre propre. Tél. : 3800-0000
classifieds|Cours d'anglais intensifs pour adultes, sessions du soir
classifieds|Voir toutes les annonces
obituary|Avis de décès et remerciements
obituary|Consulter la rubrique Nécrologie
epaper|Lire l'édition du jour en PDF
newsletter|Inscrivez-vous à notre infolettre
newsletter|Votre courriel
newsletter|S'inscrire
footer|Le Courrier d'Ayiti
footer|198, rue du Centre, Port-au-Prince, Haïti
footer|Rédaction : redaction@courrierayiti.ht
footer|À propos
footer|Nous contacter
footer|Publicité
footer|Conditions d'utilisation
footer|Politique de confidentialité
copyright|© 2025 Le Courrier d'Ayiti. Tous droits réservés. La reproduction partielle ou totale des articles est interdite sans autorisation.
"""),
 dict(id="pakistan-dawn-style-1", site="pakistan-dawn-style", lang="en", sep="\n", title="Karachi water board plans to meter 50,000 bulk connections by June", date="2025-11-04", page="""
menu|THE DAILY CRESCENT
menu|EPAPER
menu|LIVE TV
menu|URDU
menu|IMAGES
menu|PRISM
timestamp|Today's Paper | November 4, 2025
menu|Home
menu|Latest
menu|Pakistan
menu|Business
menu|Opinion
menu|Sport
menu|World
menu|Magazines
menu|Tech
menu|Videos
menu|Newsletters
menu|Advertise
ticker|KSE-100 ▲ 1,284.55 (0.9%)   USD/PKR 280.42   Gold (per tola) Rs 412,300
ticker|Prayer times, Karachi: Fajr 5:17  Zuhr 12:03  Asr 3:08  Maghrib 5:37  Isha 6:55
ad|Advertisement
section-label|Pakistan
h1|Karachi water board plans to meter 50,000 bulk connections by June
byline|Imran Ayub Siddiqui
dateline|Published November 4, 2025
timestamp|Updated about 6 hours ago
share|Facebook
share|X
share|WhatsApp
share|Email
comments|Comments
font|A
font|A+
font|A++
listen|Listen to article
listen|Powered by AI text-to-speech. Audio may contain errors.
caption|Tanker operators fill water at a hydrant in the city’s western district. — File photo
lead|Utility says unmetered commercial users account for bulk of revenue losses; industrial associations seek phased roll-out
dateline|KARACHI:
p|The Karachi Water and Sewerage Corporation has set a target of installing meters on 50,000 bulk and commercial water connections across the city by the end of June next year, officials said on Monday.
p|The plan, approved at a board meeting chaired by the city’s mayor, is part of a wider effort to reduce what the utility describes as “non-revenue water”, the share of water it supplies but never bills for. Officials put that share at close to 45 per cent.
p|“The bulk of our losses do not come from households in low-income areas but from commercial users who are billed on a flat rate irrespective of what they consume,” a senior official told The Daily Crescent.
ad|Advertisement
p|Under the first phase, meters will be installed on connections serving industrial units, hotels, hospitals, shopping centres and high-rise residential buildings. The utility said it had already procured 12,000 meters through a competitive tender.
h2|Concerns from industry
p|Representatives of two industrial associations said they were not opposed to metering in principle but wanted the corporation to first guarantee a regular supply.
p|“Many of our members receive water for only a few hours a week and buy the rest from tankers,” said an office-bearer of one association. “Billing on meters while supply remains erratic will only add to costs.”
related|Read more: Illegal hydrants razed in western district, says KWSC
p|The utility said the roll-out would be phased, with connections in areas receiving regular supply metered first. Consumers will be given three months during which both the flat rate and metered amount will be shown on the bill before the new tariff takes effect.
p|The mayor told the meeting that revenue from metering would be used to repair leaking mains in old parts of the city, which he said lose “millions of gallons every day”.
signature|Published in The Daily Crescent, November 4th, 2025
whatsapp|Follow The Daily Crescent on WhatsApp Channel and stay updated with the latest news
ad|Advertisement
comments|Comments (7)
comments|Closed
comments|Aamir Nov 04, 2025 09:14am
comments|Long overdue. Start with the hydrants first.
comments|Recommend 0
comments|Sadia K. Nov 04, 2025 10:02am
comments|We get water twice a week in Gulistan-e-Jauhar. Meter what?
comments|Recommend 0
comments|Comments are closed.
teaser-list|Editor's Pick
teaser-list|The hidden cost of Karachi’s tanker economy
teaser-list|Updated 03 Nov, 2025
teaser-list|A city of broken pipes and tall promises
teaser-list|Updated 02 Nov, 2025
most-read|Most Popular
most-read|1 SBP keeps policy rate unchanged at 11pc
most-read|2 Smog: Lahore schools to shift to online classes for a week
most-read|3 Shaheens clinch T20 series against Zimbabwe
most-read|4 Motorway toll rates revised from next month
sponsored|Sponsored
sponsored|Top doctors recommend this simple trick for joint pain — HealthDaily
sponsored|Buy apartments in Dubai with 1% monthly instalments — Property Partner
footer|The Daily Crescent Group of Newspapers
footer|About Us
footer|Contact Us
footer|Careers
footer|Code of Ethics
footer|Terms of Use
footer|Privacy Policy
footer|Advertise with us
app|Download our app: App Store | Google Play
copyright|Copyright © 2025, The Daily Crescent - Editorial Material is © Crescent Publications Ltd
"""),
 dict(id="pakistan-dawn-style-2", site="pakistan-dawn-style", lang="en", sep="\n", title="Polio drive reaches 9.8 million children in Punjab, health department says", date="2025-12-09", page="""
menu|THE DAILY CRESCENT
menu|EPAPER
menu|LIVE TV
menu|URDU
menu|IMAGES
menu|PRISM
timestamp|Today's Paper | December 9, 2025
menu|Home
menu|Latest
menu|Pakistan
menu|Business
menu|Opinion
menu|Sport
menu|World
menu|Magazines
menu|Tech
menu|Videos
menu|Newsletters
menu|Advertise
ticker|KSE-100 ▼ 642.10 (0.4%)   USD/PKR 280.96   Gold (per tola) Rs 409,800
ticker|Prayer times, Lahore: Fajr 5:32  Zuhr 12:05  Asr 2:50  Maghrib 5:07  Isha 6:34
ad|Advertisement
section-label|Pakistan
h1|Polio drive reaches 9.8 million children in Punjab, health department says
byline|Our Staff Reporter
dateline|Published December 9, 2025
share|Facebook
share|X
share|WhatsApp
share|Email
comments|Comments
font|A
font|A+
font|A++
listen|Listen to article
listen|Powered by AI text-to-speech. Audio may contain errors.
caption|A health worker administers polio drops to a child in Lahore on Monday. — APP
dateline|LAHORE:
p|Polio workers vaccinated more than 9.8 million children under the age of five across Punjab during a seven-day campaign that ended on Sunday, the provincial health department said on Monday.
p|The figure represents about 98pc of the target set for the province, officials said, adding that catch-up activities would continue in districts where coverage remained below the benchmark.
p|According to the department, some 52,000 teams took part in the drive, including fixed teams at health facilities, transit teams at bus terminals and railway stations, and mobile teams going door to door.
ad|Advertisement
h2|Refusals and missed children
p|Officials said around 31,000 children had been recorded as “not available” at the time of the visit and about 4,500 cases of refusal were reported, mostly in Lahore, Rawalpindi and Rahim Yar Khan.
p|The health department said its teams, with the help of religious scholars and local elected representatives, had managed to convince more than half of the refusing families by the end of the week.
p|Environmental samples collected from sewage lines in three districts of the province have tested positive for the virus in recent months, which officials said made it essential to keep coverage high.
related|Also read: Two new polio cases push national tally to 27
p|A senior official of the Emergency Operations Centre urged parents to ensure their children received drops in every campaign. “Each dose adds to the child’s protection. There is no such thing as too many drops,” he said.
p|The next nationwide campaign is scheduled for February.
signature|Published in The Daily Crescent, December 9th, 2025
whatsapp|Follow The Daily Crescent on WhatsApp Channel and stay updated with the latest news
ad|Advertisement
comments|Comments (2)
comments|Closed
comments|Farooq Dec 09, 2025 08:40am
comments|Salute to the workers who go out in this cold.
comments|Recommend 0
comments|Comments are closed.
teaser-list|Editor's Pick
teaser-list|Why polio persists in a handful of districts
teaser-list|Updated 08 Dec, 2025
teaser-list|Winter, smog and the school calendar
teaser-list|Updated 07 Dec, 2025
most-read|Most Popular
most-read|1 Petrol price cut by Rs3.50 per litre
most-read|2 PIA resumes flights to Manchester
most-read|3 Karachi water board plans to meter 50,000 bulk connections by June
most-read|4 Fog disrupts traffic on motorways in central Punjab
sponsored|Sponsored
sponsored|This new earbud is selling out across Pakistan — TechFinds
sponsored|Study in Canada: scholarships open for 2026 intake — EduPartner
footer|The Daily Crescent Group of Newspapers
footer|About Us
footer|Contact Us
footer|Careers
footer|Code of Ethics
footer|Terms of Use
footer|Privacy Policy
footer|Advertise with us
app|Download our app: App Store | Google Play
copyright|Copyright © 2025, The Daily Crescent - Editorial Material is © Crescent Publications Ltd
"""),
 dict(id="jamaica-gleaner-style-1", site="jamaica-gleaner-style", lang="en", sep="\n\n", title="St Elizabeth farmers count losses as drought drags into third month", date="2025-03-11", page="""
skip-link|Skip to main content
menu|The Island Chronicle
menu|Subscribe
menu|E-Paper
menu|Log in
timestamp|Tuesday | March 11, 2025
weather|Kingston 31°C Partly cloudy
menu|Home
menu|News
menu|Lead Stories
menu|Business
menu|Sports
menu|Entertainment
menu|Letters
menu|Commentary
menu|Caribbean
menu|World
menu|Obituaries
menu|Classifieds
menu|Jobs
menu|Podcasts
ad|Advertisement
breadcrumb|Home / News / Lead Stories
section-label|Lead Stories
h1|St Elizabeth farmers count losses as drought drags into third month
dateline|Published:Tuesday | March 11, 2025 | 12:09 AM
byline|Kimberly Grant/Staff Reporter
caption|Farmer Devon Smith inspects a withered scallion plot in Southfield, St Elizabeth, on Monday.
credit|Rudolph Brown/Photographer
p|Farmers in south St Elizabeth say they have lost tens of millions of dollars in crops since the start of the year as a prolonged dry spell continues to grip Jamaica’s so-called breadbasket parish.
p|In communities such as Southfield, Top Hill and Flagaman, fields of scallion, tomato and melon have wilted, and many farmers have stopped planting altogether until the rains return.
p|“Mi put down two acres of melon in January. Mi reap maybe a quarter of it,” said Devon Smith, who has farmed in Southfield for three decades. “The water truck come once a week, and it nuh enough fi even the house.”
ad|Advertisement
p|The Meteorological Service said rainfall across the southern parishes was less than 40 per cent of normal for January and February, and it does not expect significant relief before late April.
h2|Water trucking stepped up
p|The Rural Agricultural Development Authority (RADA) said it has begun trucking water to registered farmers in the worst-affected districts and is distributing drip irrigation kits to about 300 of them.
p|A RADA parish manager told The Chronicle that the agency was also assessing losses so that affected farmers could be considered for assistance under the ministry’s drought mitigation programme.
related|RELATED: Water restrictions extended for Corporate Area
p|Consumers are already feeling the effect. Vendors at the Coronation Market in downtown Kingston said the price of scallion and tomato had almost doubled in the past month.
p|Member of Parliament for the area urged the Government to speed up the long-delayed irrigation project for the Essex Valley, which farmers say would free them from depending on rain.
p|Farmers who need assistance can contact the RADA St Elizabeth parish office in Santa Cruz.
signature|kimberly.grant@islandchronicle.com
social|Follow The Island Chronicle on X and Instagram @IslandChronicleJA and on Facebook @IslandChronicle. Send us a message on WhatsApp at 1-876-555-0142 or email us at onlinefeedback@islandchronicle.com.
related|Related Stories
related|Gov’t allocates $200m for drought relief in southern parishes
related|NWC warns of further cuts as reservoir levels fall
related|Farmers urged to register for crop insurance
ad|Advertisement
comments|Comments
comments|The Island Chronicle welcomes reader comments. Please keep it civil. Comments that are abusive or off-topic will be removed.
comments|Powered by Disqus
most-read|Most Popular
most-read|Man charged after crash on East-West Highway
most-read|Reggae Boyz name squad for Nations League qualifier
most-read|Teachers’ association rejects wage offer
most-read|Two killed in Spanish Town shooting
most-read|Montego Bay cruise arrivals up 18 per cent
obituary|Obituaries
obituary|View death notices and tributes
classifieds|Classifieds | Jobs | Real Estate | Auto
store|Chronicle Online Store: Books, back issues and photo reprints
footer|About Us
footer|Contact Us
footer|Advertise
footer|Privacy Policy
footer|Terms of Use
footer|Letters to the Editor
footer|Careers
copyright|© 2025 Island Chronicle Company (Media) Limited. All Rights Reserved.
"""),
 dict(id="jamaica-gleaner-style-2", site="jamaica-gleaner-style", lang="en", sep="\n\n", title="Portland school gets new science lab after alumni fundraising drive", date="2025-04-02", page="""
skip-link|Skip to main content
menu|The Island Chronicle
menu|Subscribe
menu|E-Paper
menu|Log in
timestamp|Wednesday | April 2, 2025
weather|Kingston 30°C Sunny
menu|Home
menu|News
menu|Lead Stories
menu|Business
menu|Sports
menu|Entertainment
menu|Letters
menu|Commentary
menu|Caribbean
menu|World
menu|Obituaries
menu|Classifieds
menu|Jobs
menu|Podcasts
ad|Advertisement
breadcrumb|Home / News
section-label|News
h1|Portland school gets new science lab after alumni fundraising drive
dateline|Published:Wednesday | April 2, 2025 | 12:07 AM
byline|Orville Thompson/Chronicle Writer
caption|Students of Port Antonio High conduct an experiment in the newly opened science laboratory on Monday.
credit|Contributed
p|Students at a Portland high school will no longer have to crowd around a single bench to take turns with a microscope after the opening of a new science laboratory funded largely by past students living overseas.
p|The $28-million facility at Port Antonio High School was handed over on Monday at a ceremony attended by teachers, parents, education ministry officials and members of the school’s alumni associations in New York, Toronto and London.
p|The lab has 40 work stations, a preparation room, a fume cupboard and storage for chemicals, which teachers say the school had lacked for years.
ad|Advertisement
h2|‘A dream come true’
p|“For years we taught chemistry with a blackboard and imagination,” said the head of the science department. “Now our students can actually do the experiments that CXC expects of them.”
p|The president of the New York alumni chapter said the fundraising drive began in 2022 with a dinner in Brooklyn and grew through online appeals and a 5K walk in Port Antonio.
p|According to the school, the money was raised as follows:
li|$15 million from the overseas alumni chapters;
li|$8 million from local past students and businesses;
li|$5 million from the Ministry of Education.
related|RELATED: Ministry to upgrade labs in 30 rural schools
p|The principal said the school now hopes to increase the number of students sitting the sciences at CSEC, which had fallen in recent years because of limited lab space.
p|A regional education officer praised the alumni for “showing what community support can do” and encouraged other schools to engage their past students.
social|Follow The Island Chronicle on X and Instagram @IslandChronicleJA and on Facebook @IslandChronicle. Send us a message on WhatsApp at 1-876-555-0142 or email us at onlinefeedback@islandchronicle.com.
related|Related Stories
related|Past students donate school bus to St Mary institution
related|CSEC results: Science passes up, maths steady
ad|Advertisement
comments|Comments
comments|The Island Chronicle welcomes reader comments. Please keep it civil. Comments that are abusive or off-topic will be removed.
comments|Powered by Disqus
most-read|Most Popular
most-read|Fuel prices to rise on Thursday
most-read|St Elizabeth farmers count losses as drought drags into third month
most-read|JDF rescues fishermen off Pedro Cays
most-read|Sunshine Girls hold on for win over Trinidad and Tobago
obituary|Obituaries
obituary|View death notices and tributes
classifieds|Classifieds | Jobs | Real Estate | Auto
store|Chronicle Online Store: Books, back issues and photo reprints
footer|About Us
footer|Contact Us
footer|Advertise
footer|Privacy Policy
footer|Terms of Use
footer|Letters to the Editor
footer|Careers
copyright|© 2025 Island Chronicle Company (Media) Limited. All Rights Reserved.
"""),
]
