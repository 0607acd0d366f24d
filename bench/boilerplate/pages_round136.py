# Round 136: eight pages on four more layouts (a Mauritanian state news agency, a Normandy local weekly, a Montserrat
# weekly, a Cook Islands daily), written blind: without looking at the classifier, its rules or the benchmark,
# measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND136 = [
 dict(id="ami-mauritanie-style-1", site="ami-mauritanie-style", lang="fr", sep="\n", title="Le ministre de l'Agriculture supervise à Rosso le lancement de la campagne rizicole d'hivernage 2025-2026", date="2025-10-22", page="""
clock|Mercredi 22 octobre 2025 - 29 Rabi' al-Thani 1447
lang-switch|العربية
lang-switch|Français
lang-switch|English
lang-switch|Pulaar · Soninké · Wolof
social|Suivez-nous :
social|f
social|𝕏
social|▶
search|Rechercher...
masthead|AMP - Agence Mauritanienne de Presse
masthead|Établissement public d'information depuis 1975
menu|Accueil
menu|Présidence
menu|Gouvernement
menu|Politique
menu|Économie
menu|Société
menu|Culture
menu|Sport
menu|Régions
menu|International
menu|Communiqués
menu|Photothèque
menu|Vidéos
breaking|Flash info
breaking|Le Président de la République reçoit les lettres de créance de quatre nouveaux ambassadeurs ••• Ouverture à Nouadhibou des journées nationales de la pêche artisanale ••• Conseil des ministres : communiqué
breadcrumb|Accueil » Économie » Agriculture
h1|Le ministre de l'Agriculture supervise à Rosso le lancement de la campagne rizicole d'hivernage 2025-2026
dateline|Publié le : 22/10/2025 - 13:47
views|Vues : 1 418
font|A+ A-
print|Imprimer
share|Partager sur : Facebook Twitter WhatsApp Telegram
gallery|Photo 1 / 9
caption|Le ministre de l'Agriculture donnant le coup d'envoi des semis mécanisés dans le périmètre de M'Pourié
credit|AMP / Photo : Mohamed Lemine Ould Cheikh
gallery|‹ Précédente · Suivante ›
p|Rosso, 22/10/2025 - Le ministre de l'Agriculture et de la Souveraineté alimentaire, M. Sidi Mohamed Ould Ahmedou Vall, a supervisé mercredi matin, dans le périmètre rizicole de M'Pourié, à une dizaine de kilomètres de Rosso, le lancement officiel de la campagne agricole d'hivernage 2025-2026.
p|Cette campagne vise la mise en valeur de 58 000 hectares de riz irrigué sur l'ensemble de la rive droite du fleuve Sénégal, contre 46 500 hectares lors de la campagne précédente, soit une hausse de près de 25 %. Les wilayas du Trarza, du Brakna, du Gorgol et du Guidimakha sont concernées.
p|Dans un mot prononcé à cette occasion, le ministre a souligné que le lancement de cette campagne s'inscrit dans le cadre de la mise en œuvre du programme du Président de la République, qui fait de l'autosuffisance en riz une priorité nationale.
p|« L'État a mobilisé cette année des moyens sans précédent au profit des producteurs, qu'il s'agisse des semences certifiées, des engrais subventionnés, du crédit agricole ou de l'aménagement de nouveaux périmètres », a-t-il déclaré, appelant les agriculteurs à respecter le calendrier cultural afin d'éviter les pertes liées à la pression aviaire et au froid.
ad|Publicité
ad|Banque Mauritanienne de l'Agriculture - Crédit campagne 2025-2026 : déposez votre dossier dans l'agence la plus proche
p|Le ministre a précisé que 6 200 tonnes d'urée et 4 800 tonnes de phosphate d'ammonium seront distribuées aux coopératives à un prix subventionné à 50 %, tandis que 1 900 tonnes de semences certifiées ont été prépositionnées dans les magasins de la Société nationale d'aménagement agricole et des travaux.
p|Il a également annoncé la remise en service de 14 stations de pompage réhabilitées sur financement de l'État et de ses partenaires, ainsi que l'acquisition de 40 moissonneuses-batteuses qui seront mises à la disposition des unions de coopératives à des tarifs préférentiels.
read-also|Lire aussi : Brakna : le wali s'enquiert de l'état d'avancement des travaux du canal de Boghé
p|De son côté, le président de la Fédération nationale des agriculteurs, M. El Hacen Ould Mbareck, a salué les efforts consentis par les pouvoirs publics, tout en plaidant pour un meilleur entretien des axes hydrauliques et un accès plus rapide au financement pour les petits exploitants.
p|Le directeur général de la Société nationale d'aménagement agricole et des travaux, M. Yacoub Ould Sidi Baba, a pour sa part présenté les principaux indicateurs de la campagne, indiquant que les travaux de planage et de curage des canaux ont été achevés sur plus de 9 000 hectares.
p|Le ministre a ensuite visité plusieurs parcelles en cours de préparation ainsi qu'une unité de décorticage privée d'une capacité de 60 tonnes par jour, récemment entrée en production à Rosso.
p|La cérémonie s'est déroulée en présence du wali du Trarza, M. Ahmed Ould Mohamed Abdallahi, du hakem de Rosso, du maire de la commune, des responsables régionaux de l'agriculture et de nombreux producteurs.
signature|AMP
tags|Mots-clés : Agriculture · Riz · Rosso · Trarza · Campagne agricole
print|Version PDF
related|Articles similaires
related|Le Premier ministre inaugure l'usine d'aliments de bétail de Kaédi
related|18/10/2025
related|Gorgol : démarrage des travaux d'aménagement de 3 000 hectares à Foum Gleïta
related|12/10/2025
related|Le ministre de l'Élevage lance la campagne nationale de vaccination du cheptel
related|05/10/2025
comments|0 commentaire
comments|Ajouter un commentaire
comments|Votre nom
comments|Votre commentaire
comments|Envoyer
teaser-list|Dernières dépêches
teaser-list|14:32
teaser-list|Nouakchott : clôture de l'atelier sur la transformation numérique de l'administration
teaser-list|13:58
teaser-list|Le ministre des Affaires étrangères reçoit l'ambassadeur du Japon
teaser-list|13:15
teaser-list|Tiris Zemmour : lancement d'une caravane médicale au profit des populations de Bir Moghrein
teaser-list|12:40
teaser-list|Ouverture à Atar du festival des dattes de l'Adrar
teaser-list|Toutes les dépêches »
most-read|Les plus lus
most-read|Conseil des ministres : communiqué
most-read|Le Président de la République reçoit le ministre sénégalais de l'Hydraulique
most-read|Résultats du concours d'entrée à l'École nationale d'administration
ticker|Heures de prière - Nouakchott
ticker|Fajr 06:02 · Dhohr 13:24 · Asr 16:39 · Maghreb 19:03 · Icha 20:16
ticker|Cours de change BCM : 1 EUR = 46,21 MRU · 1 USD = 39,78 MRU
weather|Nouakchott 33°C Ensoleillé
epaper|Le Quotidien Horizon - Édition du jour (PDF)
epaper|Al-Watan - العدد اليومي
newsletter|Lettre d'information
newsletter|Recevez nos dépêches par e-mail
newsletter|Votre e-mail
newsletter|S'abonner
footer|Agence Mauritanienne de Presse (AMP)
footer|Avenue Gamal Abdel Nasser - BP 467 - Nouakchott - Mauritanie
footer|Tél : +222 45 25 29 40 · Fax : +222 45 25 45 87 · contact@amp.mr
footer|Qui sommes-nous · Nos publications · Annuaire de l'administration · Contact
visitors|Visiteurs en ligne : 213
copyright|© 2025 AMP - Tous droits réservés. Toute reproduction sans mention de la source est interdite.
"""),
 dict(id="ami-mauritanie-style-2", site="ami-mauritanie-style", lang="fr", sep="\n", title="Communiqué du Conseil des ministres du mercredi 14 janvier 2026", date="2026-01-14", page="""
clock|Mercredi 14 janvier 2026 - 25 Rajab 1447
lang-switch|العربية
lang-switch|Français
lang-switch|English
lang-switch|Pulaar · Soninké · Wolof
social|Suivez-nous :
social|f
social|𝕏
social|▶
search|Rechercher...
masthead|AMP - Agence Mauritanienne de Presse
masthead|Établissement public d'information depuis 1975
menu|Accueil
menu|Présidence
menu|Gouvernement
menu|Politique
menu|Économie
menu|Société
menu|Culture
menu|Sport
menu|Régions
menu|International
menu|Communiqués
menu|Photothèque
menu|Vidéos
breaking|Flash info
breaking|Conseil des ministres : communiqué ••• Le ministre de la Santé visite le nouveau centre d'hémodialyse de Kiffa ••• Démarrage des examens du baccalauréat blanc
breadcrumb|Accueil » Gouvernement » Conseil des ministres
section-label|Communiqué
h1|Communiqué du Conseil des ministres du mercredi 14 janvier 2026
dateline|Publié le : 14/01/2026 - 19:22
dateline|Mis à jour le : 14/01/2026 - 20:05
views|Vues : 6 972
font|A+ A-
print|Imprimer
share|Partager sur : Facebook Twitter WhatsApp Telegram
caption|Le Conseil des ministres réuni au Palais présidentiel
credit|Photo : AMP
p|Le Conseil des ministres s'est réuni le mercredi 14 janvier 2026, sous la présidence de Son Excellence Monsieur le Président de la République.
p|Le Conseil a examiné et adopté les projets de textes suivants :
li|Projet de loi autorisant la ratification de l'accord de prêt signé le 9 décembre 2025 entre la République Islamique de Mauritanie et le Fonds arabe pour le développement économique et social, destiné au financement du projet d'alimentation en eau potable des localités du Hodh El Gharbi ;
li|Projet de décret portant création d'un établissement public à caractère administratif dénommé « Agence nationale de promotion de l'emploi des jeunes » et fixant ses règles d'organisation et de fonctionnement ;
li|Projet de décret modifiant certaines dispositions du décret relatif au régime des bourses de l'enseignement supérieur ;
li|Projet de décret portant déclaration d'utilité publique des travaux de la route Tidjikja - Kiffa.
p|Le projet de décret relatif à l'Agence nationale de promotion de l'emploi des jeunes vise à regrouper au sein d'une structure unique les dispositifs d'insertion aujourd'hui dispersés entre plusieurs départements ministériels. La nouvelle agence sera chargée notamment de l'accompagnement des porteurs de projets, du financement de micro-entreprises et de la formation qualifiante de courte durée.
p|Le projet de décret relatif aux bourses porte de 4 500 à 6 000 ouguiyas le montant mensuel de la bourse nationale et étend son bénéfice aux étudiants inscrits dans les instituts supérieurs d'enseignement technologique.
ad|Publicité
h2|Communications
p|Le ministre des Affaires étrangères, de la Coopération africaine et des Mauritaniens de l'extérieur a présenté une communication relative à la situation internationale.
p|Le ministre de l'Intérieur et de la Décentralisation a présenté une communication relative à la situation intérieure.
p|Le ministre de l'Hydraulique et de l'Assainissement a présenté une communication relative au plan d'urgence pour l'approvisionnement en eau de la ville de Nouakchott pendant la saison chaude 2026. Ce plan prévoit la réhabilitation de 22 forages du champ captant d'Idini, le renforcement de la flotte de camions-citernes dans les quartiers périphériques et l'installation de 150 bornes-fontaines supplémentaires.
p|Le ministre de l'Éducation nationale et de la Réforme du système éducatif a présenté une communication relative au bilan du premier trimestre de l'année scolaire 2025-2026, marqué par l'ouverture de 312 nouvelles salles de classe et le recrutement de 1 850 enseignants contractuels.
read-also|Lire aussi : Communiqué du Conseil des ministres du mercredi 7 janvier 2026
h2|Mesures individuelles
p|Les mesures individuelles suivantes ont été prises :
h2|Ministère de l'Économie et des Finances
li|Directeur général du Trésor et de la Comptabilité publique : M. Mohamed Abdellahi Ould Sidi, administrateur des régies financières, précédemment directeur de la dette ;
li|Directeur de la dette : M. Cheikh Ould Brahim Vall, économiste.
h2|Ministère de la Santé
li|Directeur général du Centre hospitalier national : Dr Aminata Sow, médecin spécialiste, précédemment directrice de l'hôpital régional de Kaédi ;
li|Directeur de l'hôpital régional de Kaédi : Dr Isselmou Ould Mahfoudh, médecin.
h2|Ministère de la Culture, des Arts, de la Communication et des Relations avec le Parlement
li|Conseiller technique chargé de la communication : Mme Khadijetou Mint El Moctar, journaliste.
signature|AMP
tags|Mots-clés : Conseil des ministres · Gouvernement · Nominations
print|Version PDF
related|Articles similaires
related|Communiqué du Conseil des ministres du mercredi 7 janvier 2026
related|07/01/2026
related|Communiqué du Conseil des ministres du mercredi 31 décembre 2025
related|31/12/2025
related|Le porte-parole du gouvernement commente les résultats du Conseil des ministres
related|08/01/2026
comments|0 commentaire
comments|Ajouter un commentaire
comments|Votre nom
comments|Votre commentaire
comments|Envoyer
teaser-list|Dernières dépêches
teaser-list|19:40
teaser-list|Le porte-parole du gouvernement commente les résultats du Conseil des ministres
teaser-list|18:12
teaser-list|Hodh Ech Chargui : distribution de vivres au profit de 4 000 ménages à Bassiknou
teaser-list|17:05
teaser-list|Le ministre de la Pêche reçoit une délégation de l'Union européenne
teaser-list|16:30
teaser-list|Sport : les Mourabitounes en stage à Nouadhibou
teaser-list|Toutes les dépêches »
most-read|Les plus lus
teaser-list|Communiqué du Conseil des ministres du mercredi 14 janvier 2026
most-read|Résultats définitifs du concours de recrutement des professeurs
most-read|Le Président de la République reçoit le président de la Banque africaine de développement
ticker|Heures de prière - Nouakchott
ticker|Fajr 06:41 · Dhohr 13:37 · Asr 16:41 · Maghreb 19:07 · Icha 20:24
ticker|Cours de change BCM : 1 EUR = 46,35 MRU · 1 USD = 39,86 MRU
weather|Nouakchott 24°C Vent de sable
epaper|Le Quotidien Horizon - Édition du jour (PDF)
epaper|Al-Watan - العدد اليومي
newsletter|Lettre d'information
newsletter|Recevez nos dépêches par e-mail
newsletter|Votre e-mail
newsletter|S'abonner
footer|Agence Mauritanienne de Presse (AMP)
footer|Avenue Gamal Abdel Nasser - BP 467 - Nouakchott - Mauritanie
footer|Tél : +222 45 25 29 40 · Fax : +222 45 25 45 87 · contact@amp.mr
footer|Qui sommes-nous · Nos publications · Annuaire de l'administration · Contact
visitors|Visiteurs en ligne : 487
copyright|© 2026 AMP - Tous droits réservés. Toute reproduction sans mention de la source est interdite.
"""),
 dict(id="pays-d-auge-style-1", site="pays-d-auge-style", lang="fr", sep="\n", title="Lisieux : le centre aquatique fermé jusqu'en juin pour changer sa toiture", date="2026-01-20", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
cookie|Avec votre accord, nous et nos 812 partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.
cookie|Accepter et fermer
cookie|Continuer sans accepter
cookie|Paramétrer les cookies
masthead|L'Éveil d'Auge - Le journal du Pays d'Auge
masthead|actu.local
menu|Ma ville
menu|Lisieux
menu|Changer
menu|Mon actu
login|Se connecter
subscribe|S'abonner
search|Rechercher
menu|À la une · Lisieux · Honfleur · Pont-l'Évêque · Livarot · Saint-Pierre-en-Auge · Cambremer · Orbec · Faits divers · Sports · Loisirs · Annonces légales
breadcrumb|actu.local › Normandie › Calvados › Lisieux
section-label|Vie locale
h1|Lisieux : le centre aquatique fermé jusqu'en juin pour changer sa toiture
lead|Le centre aquatique du Grand Bassin, à Lisieux (Calvados), ferme ses portes ce lundi 26 janvier 2026. Sa charpente, rongée par l'humidité, doit être entièrement remplacée. Les nageurs devront patienter cinq mois.
byline|Par Thibault Gosselin
byline|L'Éveil d'Auge
dateline|Publié le 20 janv. 26 à 18:32
follow|Voir mon actu
follow|Suivre ce média
share|Partager
comments|Commenter
caption|Des infiltrations ont été constatées à plusieurs endroits de la charpente du bassin sportif. (©Thibault Gosselin / L'Éveil d'Auge)
p|La nouvelle était attendue, elle est désormais officielle. Le centre aquatique du Grand Bassin, rue Roger-Aini à Lisieux, fermera au public à partir du lundi 26 janvier 2026 et ne devrait rouvrir qu'au début du mois de juin.
p|En cause, la charpente en bois lamellé-collé qui surplombe le bassin sportif de 25 mètres. Un diagnostic réalisé à l'automne par un bureau d'études a mis en évidence une dégradation avancée de plusieurs poutres, liée à l'humidité et au chlore.
p|« Il n'y a pas de danger immédiat, mais on ne pouvait pas attendre un hiver de plus », explique Nathalie Vauquelin, vice-présidente de Lisieux Normandie chargée des équipements sportifs. « Nous avons préféré fermer complètement plutôt que de travailler par tranches, ce qui aurait duré deux ans. »
ad|Publicité
h2|Un chantier à 2,3 millions d'euros
p|Le chantier, estimé à 2,3 millions d'euros hors taxes, comprend le remplacement complet de la toiture, la pose d'un nouveau système de traitement de l'air et la rénovation de l'éclairage, qui passera en LED.
p|L'agglomération a obtenu 640 000 euros de l'État au titre de la dotation de soutien à l'investissement local et 380 000 euros de la Région Normandie. Le reste est financé sur fonds propres.
read-also|À lire aussi : Lisieux : la patinoire éphémère a attiré plus de 9 000 visiteurs pendant les fêtes
p|Les vestiaires et la pataugeoire, refaits en 2019, ne sont pas concernés par les travaux.
h2|Les clubs relogés
p|La fermeture pose surtout problème aux associations. Le Cercle des nageurs lexoviens, qui compte près de 280 licenciés, a dû revoir entièrement son planning.
p|« On a trouvé des créneaux à Orbec, à Pont-l'Évêque et à Saint-Pierre-en-Auge, mais ce sont souvent des horaires tardifs, et il faut organiser le covoiturage », souligne son président, Régis Lemarié. Les compétitions à domicile prévues au printemps sont annulées.
p|Les écoles de la ville, qui utilisaient le bassin pour les cours de natation obligatoires, seront en partie accueillies à la piscine de Livarot. Une navette en car est prise en charge par l'agglomération pour les classes de CM1 et CM2.
video|Vidéos : en ce moment sur Actu
video|Lecture
video|00:00 / 01:24
video|Votre vidéo commence dans 5
p|Les abonnés pourront faire prolonger gratuitement leur carte pour la durée de la fermeture, sur simple demande à l'accueil jusqu'au 25 janvier ou par courriel auprès du service des sports.
p|La réouverture est programmée pour le samedi 6 juin, juste avant la saison estivale. « Si la météo nous laisse tranquilles, on tiendra les délais », assure la vice-présidente.
signature|Thibault Gosselin
follow|Cet article vous a été utile ? Sachez que vous pouvez suivre L'Éveil d'Auge dans l'espace Mon Actu. En un clic, après inscription, vous y retrouverez toute l'actualité de vos villes et marques favorites.
follow|Suivre L'Éveil d'Auge
tags|Lisieux · Sport · Piscine · Travaux · Lisieux Normandie
comments|Voir les commentaires
ad|Publicité
related|À découvrir également
related|Honfleur : la jetée de l'Ouest rouvre aux promeneurs après six mois de travaux
related|Pont-l'Évêque : le supermarché de la route de Caen va s'agrandir
related|Orbec : l'école de musique cherche un nouveau local
sponsored|Contenus sponsorisés
sponsored|Ce chirurgien révèle l'astuce pour soulager les genoux en 30 secondes
sponsored|Santé Magazine
sponsored|Les retraités normands découvrent cette aide pour isoler leur maison
sponsored|Éco Rénov Conseils
teaser-list|Dernières actualités
teaser-list|Lisieux
teaser-list|Il y a 1 heure
teaser-list|Lisieux : un appel à témoins après le vol de câbles sur le chantier de la gare
teaser-list|Saint-Pierre-en-Auge
teaser-list|Il y a 3 heures
teaser-list|Un nouveau médecin généraliste s'installe à la maison de santé
teaser-list|Cambremer
teaser-list|Hier à 17:10
teaser-list|Le cidre de la Route du Cidre primé au concours général agricole
epaper|Le journal L'Éveil d'Auge du mardi 20 janvier 2026
epaper|Feuilleter le journal
epaper|En vente chez votre marchand de journaux et en version numérique
app|Téléchargez l'application actu.local
app|Disponible sur l'App Store · Disponible sur Google Play
network|Nos sites
network|Le Réveil Normand · L'Orne Combattante · La Renaissance du Bessin · Le Courrier de Bayeux
footer|Qui sommes-nous · Contact · Mentions légales · Conditions générales d'utilisation · Politique de confidentialité · Gestion des cookies · Publier une annonce légale · Plan du site
copyright|© 2026 L'Éveil d'Auge - actu.local
"""),
 dict(id="pays-d-auge-style-2", site="pays-d-auge-style", lang="fr", sep="\n", title="Pont-l'Évêque : pour sa 20e édition, le marché de Noël s'installe place du Tribunal", date="2025-12-02", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
cookie|Avec votre accord, nous et nos 812 partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.
cookie|Accepter et fermer
cookie|Continuer sans accepter
cookie|Paramétrer les cookies
masthead|L'Éveil d'Auge - Le journal du Pays d'Auge
masthead|actu.local
menu|Ma ville
menu|Pont-l'Évêque
menu|Changer
menu|Mon actu
login|Se connecter
subscribe|S'abonner
search|Rechercher
menu|À la une · Lisieux · Honfleur · Pont-l'Évêque · Livarot · Saint-Pierre-en-Auge · Cambremer · Orbec · Faits divers · Sports · Loisirs · Annonces légales
breadcrumb|actu.local › Normandie › Calvados › Pont-l'Évêque
section-label|Loisirs
h1|Pont-l'Évêque : pour sa 20e édition, le marché de Noël s'installe place du Tribunal
lead|Pour fêter ses vingt ans, le marché de Noël de Pont-l'Évêque (Calvados) quitte les bords de la Touques et prend ses quartiers place du Tribunal, du vendredi 12 au dimanche 14 décembre 2025. Quarante-deux exposants sont attendus.
byline|Par Solène Marie
byline|Correspondante locale
dateline|Publié le 2 déc. 25 à 11:05 ; mis à jour le 2 déc. 25 à 16:48
follow|Voir mon actu
follow|Suivre ce média
share|Partager
comments|Commenter
caption|L'an dernier, le marché avait attiré près de 6 000 visiteurs sur trois jours. (©Archives L'Éveil d'Auge)
p|Changement de décor pour le marché de Noël de Pont-l'Évêque. Après dix-neuf éditions sur le parking des bords de la Touques, l'événement organisé par le comité des fêtes s'installera cette année place du Tribunal, en plein centre-ville, à deux pas de l'église Saint-Michel.
p|« Les commerçants nous le demandaient depuis longtemps. Sur les quais, les visiteurs venaient au marché mais ne remontaient pas jusqu'aux boutiques. Là, tout le monde y gagne », explique Jean-Marc Levillain, président du comité des fêtes.
p|La place, fermée à la circulation pour l'occasion, accueillera quarante-deux chalets et barnums. Artisans d'art, producteurs de cidre et de pommeau, fromagers du pays d'Auge, créateurs de bijoux et de décorations : la sélection a été resserrée, avec une priorité donnée aux exposants locaux.
ad|Publicité
h2|Un programme étoffé pour les 20 ans
p|Pour cet anniversaire, le comité des fêtes a vu les choses en grand. Au programme :
li|vendredi 12 décembre à 18 h : inauguration et illumination du grand sapin, avec la chorale des écoles ;
li|samedi 13 décembre à 15 h et 17 h : arrivée du père Noël en calèche depuis la gare ;
li|samedi 13 décembre à 20 h 30 : concert de la Batterie-fanfare de Pont-l'Évêque à l'église Saint-Michel ;
li|dimanche 14 décembre à 16 h : tirage de la grande tombola, avec un week-end à Honfleur à gagner.
p|Une patinoire synthétique de 150 mètres carrés sera également installée devant la mairie, accessible gratuitement aux enfants de moins de douze ans.
read-also|À lire aussi : Calvados : notre sélection des marchés de Noël à ne pas manquer en 2025
h2|Stationnement modifié
p|Le déménagement implique quelques contraintes. La place du Tribunal et une partie de la rue Saint-Michel seront interdites au stationnement du jeudi 11 décembre à 14 h au lundi 15 décembre à 10 h. Les visiteurs sont invités à se garer sur le parking de la gare ou sur celui des bords de la Touques, d'où une navette gratuite sera mise en place le samedi et le dimanche.
p|« On sait que ça bouscule les habitudes, mais le centre-ville n'est qu'à cinq minutes à pied », rassure la maire, Florence Hébert, qui espère faire de cette nouvelle formule un rendez-vous pérenne.
h2|Pratique
p|Marché de Noël, place du Tribunal, à Pont-l'Évêque. Vendredi 12 décembre de 17 h à 21 h, samedi 13 de 10 h à 21 h et dimanche 14 de 10 h à 18 h. Entrée libre.
video|Vidéos : en ce moment sur Actu
video|Lecture
video|00:00 / 00:58
follow|Cet article vous a été utile ? Sachez que vous pouvez suivre L'Éveil d'Auge dans l'espace Mon Actu. En un clic, après inscription, vous y retrouverez toute l'actualité de vos villes et marques favorites.
follow|Suivre L'Éveil d'Auge
tags|Pont-l'Évêque · Noël · Marché de Noël · Sortir · Comité des fêtes
comments|Voir les commentaires
ad|Publicité
related|À découvrir également
related|Honfleur : les illuminations de Noël allumées ce samedi sur le Vieux Bassin
related|Lisieux : le marché de Noël de la basilique reconduit pour trois week-ends
related|Beuvron-en-Auge : la crèche vivante cherche des figurants
sponsored|Contenus sponsorisés
sponsored|Normandie : ces maisons à colombages se vendent à prix cassé
sponsored|Immo Ouest
sponsored|Pourquoi tout le monde s'arrache ce plaid chauffant cet hiver
sponsored|Bons Plans Maison
teaser-list|Dernières actualités
teaser-list|Pont-l'Évêque
teaser-list|Il y a 2 heures
teaser-list|Le Cercle du Pays d'Auge fête son centenaire avec une exposition
teaser-list|Honfleur
teaser-list|Il y a 4 heures
teaser-list|Un chalutier en difficulté remorqué jusqu'au port
teaser-list|Livarot
teaser-list|Hier à 19:22
teaser-list|Basket : Livarot s'impose dans le derby face à Lisieux
epaper|Le journal L'Éveil d'Auge du mardi 2 décembre 2025
epaper|Feuilleter le journal
epaper|En vente chez votre marchand de journaux et en version numérique
app|Téléchargez l'application actu.local
app|Disponible sur l'App Store · Disponible sur Google Play
network|Nos sites
network|Le Réveil Normand · L'Orne Combattante · La Renaissance du Bessin · Le Courrier de Bayeux
footer|Qui sommes-nous · Contact · Mentions légales · Conditions générales d'utilisation · Politique de confidentialité · Gestion des cookies · Publier une annonce légale · Plan du site
copyright|© 2025 L'Éveil d'Auge - actu.local
"""),
 dict(id="montserrat-reporter-style-1", site="montserrat-reporter-style", lang="en", sep="\n", title="MVO: Soufrière Hills remains at Alert Level 1 as gas output edges up", date="2026-03-10", page="""
skip-link|Skip to content
clock|Tuesday, March 10, 2026
weather|Brades 28°C
social|Facebook · X · YouTube · Instagram
masthead|The Emerald Observer
masthead|Montserrat's Independent Weekly - Since 1985
ad|ADVERTISEMENT
ad|FlyEmerald - Daily flights Antigua ⇄ Montserrat - Book now and save 10% on return fares
menu|Home
menu|News
menu|Local
menu|Regional
menu|International
menu|Business
menu|Editorial
menu|Opinion
menu|Letters
menu|Sports
menu|Obituaries
menu|ePaper
menu|Contact Us
breaking|BREAKING NEWS
breaking|Ferry schedule changes for Easter weekend announced
section-label|Local News
section-label|Volcano
h1|MVO: Soufrière Hills remains at Alert Level 1 as gas output edges up
dateline|Posted on March 10, 2026 by TEO Editor
comments|Leave a comment
byline|By Marcia Greenaway
caption|A view of the Soufrière Hills Volcano dome from Jack Boy Hill - File photo
credit|Photo: TEO Archives
p|Scientists at the Montserrat Volcano Observatory (MVO) say the Soufrière Hills Volcano remains at Alert Level 1, the lowest level on the island's five-tier scale, despite a modest increase in sulphur dioxide emissions recorded over the past three weeks.
p|In its latest fortnightly report released on Friday, the Observatory said the average SO2 flux measured between February 20 and March 6 was 410 tonnes per day, up from an average of around 260 tonnes per day in January. The measurements are made with instruments installed at several sites around the island and from periodic traverses by road and by boat.
p|"Fluctuations of this kind are quite normal for a volcano that has been in a pause for more than fifteen years," MVO Director Dr. Helena Brathwaite told The Emerald Observer on Monday. "We are not seeing any of the other signs we would expect if there were to be a change in activity. Seismicity remains low and the ground deformation data are consistent with the long-term trends."
ad|ADVERTISEMENT
ad|Sweeney's Hardware - Cement, lumber, roofing - Now open Saturdays until 4pm
h2|Seismic activity low
p|According to the report, the seismic network recorded eleven volcano-tectonic earthquakes and two rockfall signals during the reporting period. None of the earthquakes was large enough to be felt.
p|GPS stations continue to show a slow, steady inflation of the island, which scientists interpret as the gradual recharge of the magma reservoir at depth. That trend has been observed since the end of the last eruptive phase in 2010.
p|Dr. Brathwaite said the Observatory's new thermal camera on Perches Mountain, installed in November with funding from the UK Foreign, Commonwealth and Development Office, was now fully operational and would give scientists a continuous view of the dome even at night.
h2|Zone V still closed
p|The Observatory reminded residents and visitors that the Daytime Entry Zone arrangements remain unchanged. Access to Zone V, which includes the former capital Plymouth, is still restricted and permitted only with authorisation from the Disaster Management Coordination Agency (DMCA).
p|Officials also warned that the increase in gas output may bring more noticeable sulphur smells to villages in the west of the island when winds shift, particularly in the early morning.
p|Residents with respiratory conditions such as asthma are advised to keep windows closed during these periods and to contact the Glendon Hospital if they experience difficulty breathing.
p|The next scientific report is due on March 20. The MVO also hosts an open day at its Flemmings headquarters on the last Saturday of each month.
share|Share this:
share|Facebook
share|X
share|WhatsApp
share|Email
print|Print
like|Like this:
like|Like Loading...
tags|Tags: DMCA · MVO · Soufrière Hills · Volcano
related|Related
related|Volcano Observatory opens new visitor centre at Flemmings
related|November 18, 2025
related|In "Local News"
related|DMCA urges residents to update emergency contact details
related|February 3, 2026
related|In "Government"
related|UK funds new monitoring equipment for MVO
related|October 7, 2025
related|In "Regional"
nav|Post navigation
nav|← Previous Post: Lookout Primary students shine at OECS spelling bee
nav|Next Post: Letter: Where is the promised road repair in Salem? →
comments|Leave a Reply Cancel reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Website
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
comments|This site uses Akismet to reduce spam. Learn how your comment data is processed.
search|Search for:
search|Search
teaser-list|Recent Posts
teaser-list|Government announces new cost-of-living relief for pensioners
teaser-list|Editorial: A port at last - but for whom?
teaser-list|Lookout Primary students shine at OECS spelling bee
teaser-list|Letter: Where is the promised road repair in Salem?
teaser-list|Emerald Strikers fall 2-1 to Anguilla in friendly
ticker|MVO Hazard Level: 1
ticker|Ferry: Tue/Thu/Sat/Sun - Little Bay 7:00am · Heritage Quay 4:00pm
newsletter|Follow Blog via Email
newsletter|Enter your email address to follow this blog and receive notifications of new posts by email.
newsletter|Email Address
newsletter|Follow
newsletter|Join 1,486 other subscribers
archive|Archives
archive|Select Month
categories|Categories
categories|Business (412) · Editorial (638) · Letters (297) · Local News (2,914) · Obituaries (151) · Regional (1,107) · Sports (486)
ad|Advertise with The Emerald Observer - Call 664-491-0000
copyright|Copyright © 2026 The Emerald Observer. All rights reserved.
footer|Powered by WordPress · Theme: NewsPress by ThemeHunk
back-to-top|↑
"""),
 dict(id="montserrat-reporter-style-2", site="montserrat-reporter-style", lang="en", sep="\n", title="Budget 2026/27: Finance Minister tables EC$218 million plan with focus on housing and the port", date="2026-03-31", page="""
skip-link|Skip to content
clock|Tuesday, March 31, 2026
weather|Brades 29°C
social|Facebook · X · YouTube · Instagram
masthead|The Emerald Observer
masthead|Montserrat's Independent Weekly - Since 1985
ad|ADVERTISEMENT
ad|FlyEmerald - Daily flights Antigua ⇄ Montserrat - Book now and save 10% on return fares
menu|Home
menu|News
menu|Local
menu|Regional
menu|International
menu|Business
menu|Editorial
menu|Opinion
menu|Letters
menu|Sports
menu|Obituaries
menu|ePaper
menu|Contact Us
breaking|BREAKING NEWS
breaking|Budget debate continues Wednesday in the Legislative Assembly
section-label|Business
section-label|Government
section-label|Local News
h1|Budget 2026/27: Finance Minister tables EC$218 million plan with focus on housing and the port
dateline|Posted on March 31, 2026 by TEO Editor
comments|2 Comments
caption|Minister of Finance Hon. Desmond Riley presents the budget in the Legislative Assembly on Monday
credit|Photo: GIU
p|Minister of Finance and Economic Management, Hon. Desmond Riley, on Monday tabled a budget of EC$218.4 million for the 2026/27 financial year, describing it as "a budget to build, to house and to connect" the island.
p|The estimates, presented in the Legislative Assembly at the Government Headquarters in Brades, represent an increase of about EC$9 million on the previous year. Around EC$143 million will come from the UK Government's financial aid, with the balance raised from local revenue.
p|"For too long we have talked about the things Montserrat needs. This year we are putting the money where our words are," the Minister said during a presentation that lasted just under three hours.
ad|ADVERTISEMENT
ad|Emerald Credit Union - Home loans from 6.5% - Your island, your home
h2|Key measures
p|Among the main measures announced by the Minister:
li|EC$14.2 million for the second phase of the Lookout and Davy Hill housing programme, with 36 new homes to be completed by March 2027;
li|an increase of EC$50 per month in the non-contributory old age pension, effective July 1;
li|a reduction of the import duty on electric vehicles and solar water heaters to zero;
li|EC$3.1 million to complete the fit-out of the new port terminal building at Little Bay;
li|a 3 percent salary adjustment for public officers, backdated to April 1.
p|The Minister said construction of the Little Bay breakwater was now more than 80 percent complete and that the first berthing of a commercial vessel at the new pier was expected in the third quarter of the year.
h2|Revenue outlook
p|Local revenue is projected at EC$75.6 million, largely driven by income tax and import duties. Mr. Riley noted that revenue collected in 2025/26 had exceeded estimates by nearly EC$4 million, helped by a recovery in visitor arrivals and higher construction activity.
p|He warned, however, that the island remains "highly vulnerable" to rising fuel and shipping costs and said the Government would set aside EC$2 million as a contingency for the hurricane season.
h2|Opposition reaction
p|Leader of the Opposition, Hon. Claudette Weekes, welcomed the housing allocation but said the budget offered "little that is new" for young people and small businesses.
p|"We have heard promises about the port for more than a decade. People want to see ships, not speeches," she told reporters outside the Assembly. She also questioned the absence of a specific allocation for the long-awaited fibre-optic cable project.
p|The budget debate resumes on Wednesday, April 1, at 10:00 a.m. and will be carried live on ZJB Radio and the Government's Facebook page.
signature|Compiled by TEO staff with information from the Government Information Unit (GIU)
share|Share this:
share|Facebook
share|X
share|WhatsApp
share|Email
print|Print
like|Like this:
like|Like Loading...
tags|Tags: Budget 2026 · Legislative Assembly · Little Bay port · Ministry of Finance
related|Related
related|Port terminal contract awarded to regional firm
related|January 20, 2026
related|In "Business"
related|Editorial: A port at last - but for whom?
related|March 24, 2026
related|In "Editorial"
nav|Post navigation
nav|← Previous Post: Emerald Strikers fall 2-1 to Anguilla in friendly
nav|Next Post: Obituary: Mrs. Iris Cassell-Ryan, 1938 - 2026 →
comments|2 thoughts on "Budget 2026/27: Finance Minister tables EC$218 million plan with focus on housing and the port"
comments|Concerned Montserratian
comments|March 31, 2026 at 6:14 pm
comments|EC$50 a month for pensioners when a tin of milk cost what it cost now? We need more than that.
comments|Reply
comments|D. Farrell
comments|March 31, 2026 at 9:02 pm
comments|Good to see the housing money. Now finish the houses on time.
comments|Reply
comments|Leave a Reply Cancel reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Website
comments|Post Comment
comments|This site uses Akismet to reduce spam. Learn how your comment data is processed.
search|Search for:
search|Search
teaser-list|Recent Posts
teaser-list|Obituary: Mrs. Iris Cassell-Ryan, 1938 - 2026
teaser-list|Emerald Strikers fall 2-1 to Anguilla in friendly
teaser-list|St. Patrick's Festival 2026 draws record crowd to Salem
teaser-list|MVO: Soufrière Hills remains at Alert Level 1 as gas output edges up
ticker|MVO Hazard Level: 1
ticker|Ferry: Tue/Thu/Sat/Sun - Little Bay 7:00am · Heritage Quay 4:00pm
newsletter|Follow Blog via Email
newsletter|Enter your email address to follow this blog and receive notifications of new posts by email.
newsletter|Email Address
newsletter|Follow
newsletter|Join 1,491 other subscribers
archive|Archives
archive|Select Month
categories|Categories
categories|Business (419) · Editorial (642) · Letters (301) · Local News (2,937) · Obituaries (153) · Regional (1,112) · Sports (490)
ad|Advertise with The Emerald Observer - Call 664-491-0000
copyright|Copyright © 2026 The Emerald Observer. All rights reserved.
footer|Powered by WordPress · Theme: NewsPress by ThemeHunk
back-to-top|↑
"""),
 dict(id="cook-islands-news-style-1", site="cook-islands-news-style", lang="en", sep="\n", title="Aitutaki water plant upgrade finally under way after two-year delay", date="2026-02-11", page="""
skip-link|Skip to main content
clock|Wednesday 11 February 2026
weather|Rarotonga 29°C Partly cloudy
ticker|Tides Avarua: High 6.12am 0.9m · Low 12.24pm 0.2m · High 6.41pm 0.8m
ticker|NZD 1.00 = USD 0.58
login|Log in
subscribe|Subscribe
masthead|Kuki Airani Herald
masthead|The Cook Islands' only daily newspaper · Est. 1945
menu|Home
menu|National
menu|Politics
menu|Economy
menu|Pa Enua
menu|Sport
menu|Features
menu|Opinion
menu|Letters
menu|Pacific
menu|World
menu|Te Reo Māori
menu|Obituaries
menu|Public Notices
epaper|ePaper
search|Search
ad|Advertisement
ad|Vodafone CI - Kia orana! Get 20GB for $30 this month - T&Cs apply
section-label|Pa Enua
h1|Aitutaki water plant upgrade finally under way after two-year delay
lead|Work has started on the long-awaited upgrade of Aitutaki's water treatment and storage system, with the island's council hopeful residents will have reliable treated water before the next dry season.
byline|Talia Marsters
dateline|Wednesday 11 February 2026, 8:00 am
listen|Listen to this article · 4 min
share|Share on Facebook
share|Share on X
share|Share by Email
share|Copy link
caption|Contractors prepare the site for the new reservoir at Vaipae on Monday.
credit|Photo: Talia Marsters/26021004
p|After two years of tender delays and redesigns, contractors have begun work on the $6.8 million upgrade of Aitutaki's water supply network.
p|The project, funded by the New Zealand Government and managed by To Tatou Vai and the Infrastructure Cook Islands (ICI), will see two new 500,000-litre storage tanks built at Vaipae and Amuri, a new filtration and ultraviolet treatment unit, and around 11 kilometres of new pipes replacing ageing lines in Arutanga, Nikaupara and Tautu.
p|Aitutaki Mayor Teariki Tuara said the start of construction was "a huge relief" for families who have had to rely on rainwater tanks and bottled water during dry spells.
p|"Every year in the dry season our people worry about the water. The older houses don't have big tanks and the pipes break all the time. This is the project we have been waiting for," Tuara said.
ad|Advertisement
ad|Air Rarotonga - Aitutaki day tours from $499 - Book at airraro.co.ck
h2|Tender redesign
p|The upgrade was first announced in late 2023 but was delayed when the first tender round attracted only one bid, well above the budget. The project was then split into smaller packages so local firms could compete.
p|A joint venture between a Rarotonga construction company and an Aitutaki contractor won the main civil works contract in December. ICI project manager Mii Tangimetua said about 20 local workers would be employed on the site at the peak of construction.
read-also|RELATED: Dry spell puts pressure on Pa Enua water supplies
p|Tangimetua said the work would be carried out in stages so that no village was left without water for more than a few hours at a time.
p|"We'll be notifying households through the Island Government and on the radio before any shutdown. If people see a leak or a problem, we want them to call us straight away," he said.
h2|Cyclone season risk
p|The contractor has built extra time into the programme because of the cyclone season, which runs until the end of April. Materials were shipped to the island in January to avoid delays if shipping is disrupted.
p|The first storage tank at Vaipae is expected to be completed by June, with the full project due to be handed over in November 2026.
p|Island Government executive officer Ngaa Tupa said the council would also use the project to launch a water conservation campaign in schools.
p|"It's not just about pipes. We need everyone to understand how precious our water is," she said.
signature|- Additional reporting by Ruta Tangiiau
tags|Tags: Aitutaki · Water · Infrastructure · New Zealand aid
comments|Comments
comments|Please note: Comments are moderated and will be published if they follow our guidelines. Meitaki maata.
comments|Log in to comment
related|Related articles
related|Dry spell puts pressure on Pa Enua water supplies
related|Monday 2 February 2026, 9:00 am
related|Mangaia airport runway resealing to start in May
related|Thursday 29 January 2026, 4:30 pm
related|Atiu students welcome new science lab
related|Friday 23 January 2026, 8:00 am
most-read|Most Read
most-read|Cruise ship cancellations hit Avarua traders
most-read|Cook Islands netball squad named for Pacific Series
most-read|Letter: Speeding on the back road must stop
paywall|Support local journalism. Subscribe from $4.99 a week.
paywall|Subscribe now
newsletter|Kia orana! Get the day's top stories in your inbox every morning.
newsletter|Your email
newsletter|Sign up
notices|Public Notices · Vacancies · Obituaries · Tenders
footer|Kuki Airani Herald Ltd · Taputapuatea, Avarua, Rarotonga · PO Box 15 · Phone (682) 22 999
footer|About us · Contact us · Advertise · Subscribe · Terms and Conditions · Privacy Policy
copyright|© 2026 Kuki Airani Herald Ltd. All rights reserved.
"""),
 dict(id="cook-islands-news-style-2", site="cook-islands-news-style", lang="en", sep="\n", title="Parliament passes seabed minerals amendment after late-night sitting", date="2025-11-18", page="""
skip-link|Skip to main content
clock|Tuesday 18 November 2025
weather|Rarotonga 27°C Showers
ticker|Tides Avarua: High 4.05am 0.8m · Low 10.17am 0.3m · High 4.38pm 0.9m
ticker|NZD 1.00 = USD 0.57
login|Log in
subscribe|Subscribe
masthead|Kuki Airani Herald
masthead|The Cook Islands' only daily newspaper · Est. 1945
menu|Home
menu|National
menu|Politics
menu|Economy
menu|Pa Enua
menu|Sport
menu|Features
menu|Opinion
menu|Letters
menu|Pacific
menu|World
menu|Te Reo Māori
menu|Obituaries
menu|Public Notices
epaper|ePaper
search|Search
breaking|BREAKING: Power outage in Titikaveka - TAU crews on site
ad|Advertisement
ad|Cook Islands Tourism - Love Rarotonga? Tell your family to visit this Christmas
section-label|Politics
h1|Parliament passes seabed minerals amendment after late-night sitting
lead|The Seabed Minerals Amendment Bill has been passed by Parliament after more than nine hours of debate, with the Opposition walking out before the final vote.
byline|Anau Tuaine
byline|Senior Reporter
dateline|Tuesday 18 November 2025, 10:30 am
dateline|Updated Tuesday 18 November 2025, 3:15 pm
listen|Listen to this article · 5 min
share|Share on Facebook
share|Share on X
share|Share by Email
share|Copy link
caption|Members of Parliament during Monday's sitting, which ran until just before midnight.
credit|Photo: Anau Tuaine/25111703
p|Parliament has passed amendments to the Seabed Minerals Act 2019, giving the Government new powers to set royalty rates and strengthening environmental requirements for companies exploring the country's exclusive economic zone.
p|The Bill was passed 14 votes to 0 just before midnight on Monday, after Opposition members left the House in protest at what they said was a rushed process.
p|Minister responsible for Seabed Minerals, Tepaki Raui, said the changes would give the Cook Islands "the strongest regulatory framework in the Pacific" ahead of any decision on commercial mining.
p|"Nothing in this Bill means mining will happen tomorrow. What it means is that if the science tells us it can be done safely, the rules, the revenue and the protection of our ocean are already in place," Raui told the House.
ad|Advertisement
ad|Bank of the Cook Islands - Christmas personal loans now available
h2|What the amendment does
p|The main changes in the Bill include:
li|a requirement for an independent environmental impact assessment before any mining licence can be considered;
li|a royalty regime to be set by regulation, with a minimum floor written into the Act;
li|the creation of a Seabed Minerals Fund for revenue to be held for future generations;
li|public consultation on every licence application, including in the Pa Enua.
h2|Opposition walkout
p|Opposition leader Tina Marsters-Pera said her members had walked out because the Bill had been sent to select committee for only two weeks, and submissions from the Pa Enua had not been properly heard.
p|"Our people in the north, whose waters these are, were given days to respond to a law that affects them for generations. That is not consultation," she said.
p|Environmental group Te Ipukarea Society also criticised the timeline, saying its submission had asked for a moratorium on mining until more independent research was carried out.
read-also|READ MORE: Seabed mining explorers report new nodule survey results
p|Raui rejected claims the process was rushed, saying the amendments had been discussed with island councils and traditional leaders over the past eighteen months.
p|The Act will come into force once it receives assent from the King's Representative, expected before the end of the month.
p|Three companies currently hold exploration licences in the Cook Islands. None has applied for a mining licence.
signature|- Additional reporting by RNZ Pacific
tags|Tags: Parliament · Seabed minerals · Deep sea mining · Opposition
comments|Comments
comments|Please note: Comments are moderated and will be published if they follow our guidelines. Meitaki maata.
comments|Log in to comment
related|Related articles
related|Seabed mining explorers report new nodule survey results
related|Thursday 6 November 2025, 8:00 am
related|Editorial: Slow down on seabed law
related|Saturday 15 November 2025, 7:00 am
related|Select committee hears Pa Enua concerns on minerals Bill
related|Friday 31 October 2025, 5:45 pm
most-read|Most Read
teaser-list|Parliament passes seabed minerals amendment after late-night sitting
most-read|Titikaveka power cut expected to last until evening
most-read|Rugby sevens: Cook Islands into Oceania quarterfinals
paywall|Support local journalism. Subscribe from $4.99 a week.
paywall|Subscribe now
newsletter|Kia orana! Get the day's top stories in your inbox every morning.
newsletter|Your email
newsletter|Sign up
notices|Public Notices · Vacancies · Obituaries · Tenders
footer|Kuki Airani Herald Ltd · Taputapuatea, Avarua, Rarotonga · PO Box 15 · Phone (682) 22 999
footer|About us · Contact us · Advertise · Subscribe · Terms and Conditions · Privacy Policy
copyright|© 2025 Kuki Airani Herald Ltd. All rights reserved.
"""),
]
