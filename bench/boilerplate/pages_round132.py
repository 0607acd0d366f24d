# Round 132: eight pages on four more layouts (a Catalan-French regional weekly of the Pyrénées-Orientales, an Andorran
# news site in French, a Cayman Islands daily, a Falklands weekly), written blind: without looking at the classifier,
# its rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND132 = [
 dict(id="semaine-roussillon-style-1", site="semaine-roussillon-style", lang="fr", sep="\n", title="Sécheresse : l'Agly reste en crise, les viticulteurs du Fenouillèdes redoutent une troisième année noire", date="2026-03-11", page="""
skip-link|Aller au contenu
top-bar|Bon dia ! Mercredi 11 mars 2026
weather|Perpignan 16° Tramontane 45 km/h
top-bar|Votre hebdo en kiosque chaque mercredi
epaper|Le journal numérique
subscribe|S'abonner dès 1 €
login|Mon compte
menu|Actualité
menu|Perpignan
menu|Pyrénées-Orientales
menu|Catalunya Sud
menu|Économie
menu|Sports
menu|USAP
menu|Dracs
menu|Culture & Sorties
menu|Portraits
menu|Annonces légales
search|Rechercher…
breadcrumb|Accueil › Actualité › Pyrénées-Orientales
section-label|ENVIRONNEMENT
h1|Sécheresse : l'Agly reste en crise, les viticulteurs du Fenouillèdes redoutent une troisième année noire
lead|Malgré les pluies de février, le préfet a reconduit vendredi les restrictions maximales sur le bassin de l'Agly. Dans les vignes de Maury à Saint-Paul-de-Fenouillet, on parle déjà d'arrachage.
byline|Par Jordi Vilalta
dateline|Publié le 11 mars 2026 à 7h30
reading-time|⏱ 4 min de lecture
comments|💬 3
share|Partager
share|f
share|𝕏
share|in
share|✉
print|🖨
paywall|ABONNÉS
caption|Au pied du château de Quéribus, les parcelles de grenache ont souffert d'un nouvel hiver sec.
credit|Photo J.V. / LSR
p|Il a suffi d'un coup d'œil au barrage de Caramany pour comprendre. Début mars, la retenue ne dépassait pas 38 % de sa capacité, loin des 70 % habituels à cette saison. « On a eu trois beaux épisodes de pluie en février, mais la terre a tout bu, il n'est presque rien arrivé à la rivière », résume un technicien du syndicat mixte du bassin versant.
p|Le comité ressource en eau, réuni jeudi à Perpignan, n'a donc pas eu d'autre choix que de maintenir le niveau « crise » sur l'ensemble de l'Agly et de ses affluents, de la Boulzane au Verdouble. Concrètement, les prélèvements agricoles restent interdits en dehors des dérogations accordées pour l'abreuvement du bétail et les jeunes plantations, et l'arrosage des jardins et le remplissage des piscines demeurent proscrits pour les particuliers.
read-also|LIRE AUSSI ► Tech : le niveau de la nappe du Roussillon au plus bas depuis 1985
h2|« On ne tiendra pas une troisième année »
p|À Maury, la coopérative a fait ses comptes. La vendange 2025 a plafonné à 19 hectolitres par hectare en moyenne, contre plus de 30 avant 2022. « Une vigne peut encaisser une mauvaise année, deux à la rigueur. Trois, c'est la mort de la souche et celle du vigneron avec », lâche Pere Bonet, qui cultive onze hectares sur les schistes noirs au-dessus du village.
p|Comme lui, plusieurs exploitants envisagent de solliciter la prime d'arrachage remise sur la table par le ministère. Une perspective qui inquiète les élus du Fenouillèdes, où la vigne façonne encore une grande partie du paysage. « Si les coteaux sont abandonnés, ce sont les incendies de demain », prévient la maire d'une commune voisine.
ad|PUBLICITÉ
ad|Vos annonces légales dans La Semaine du Roussillon - Devis immédiat
h2|Des solutions attendues
p|Le département a annoncé la mise en place d'une cellule d'accompagnement pour les exploitations les plus fragiles. Parmi les pistes évoquées lors de la réunion :
li|un report des cotisations sociales agricoles sur le premier semestre ;
li|l'accélération du projet de réutilisation des eaux usées traitées de la station d'épuration de Rivesaltes ;
li|une aide exceptionnelle à la replantation de cépages plus résistants, comme le carignan ou le macabeu.
p|La chambre d'agriculture, elle, plaide pour un « plan Agly » sur dix ans, incluant la rénovation des canaux d'irrigation anciens, dont certains perdent jusqu'à la moitié de l'eau transportée. « On parle de sécheresse, mais on laisse fuir l'eau depuis des décennies », glisse un ancien président de cave.
p|Le prochain comité se réunira début avril. D'ici là, les regards se tournent vers le ciel, et vers le Canigó, dont l'enneigement reste à ce jour très inférieur à la normale.
signature|J.V.
section-label|Le chiffre
p|38 % - Le taux de remplissage du barrage de Caramany au 5 mars, contre 71 % en moyenne sur la période 2000-2020.
tags|Sécheresse
tags|Agly
tags|Viticulture
tags|Fenouillèdes
tags|Maury
share|Vous avez aimé cet article ? Partagez-le !
newsletter|📩 La Setmana dans votre boîte mail
newsletter|Chaque mercredi, l'essentiel de l'actu catalane. Gratuit.
newsletter|Votre e-mail
newsletter|OK
comments|3 commentaires
comments|Martine66
comments|il y a 2 jours
comments|Et pendant ce temps les golfs sont arrosés tous les soirs…
comments|Répondre
comments|Catalan_de_cor
comments|il y a 2 jours
comments|Els pagesos sempre paguen. Courage à tous les vignerons du Fenouillèdes.
comments|Répondre
comments|Laisser un commentaire
comments|Connectez-vous pour publier un commentaire.
related|À LIRE ÉGALEMENT
related|Canet-en-Roussillon : le front de mer rénové sera inauguré fin mai
related|Tech : le niveau de la nappe du Roussillon au plus bas depuis 1985
related|Céret : les cerisiers en fleur avec trois semaines d'avance
most-read|LES PLUS LUS
most-read|01
most-read|USAP : le groupe pour Bayonne sans son capitaine
most-read|02
most-read|Perpignan : la gare routière déménage en septembre
most-read|03
most-read|Municipales : à Argelès, la liste d'union se fissure
epaper|Le n°1584 est en kiosque
epaper|Feuilleter le journal
footer|La Semaine du Roussillon - L'hebdo de la Catalogne Nord depuis 1989
footer|Qui sommes-nous ? • Contact • Publicité • Points de vente • Annonces légales • Mentions légales • CGV
social|Suivez-nous : Facebook Instagram X
cookie|Ce site utilise des cookies pour mesurer l'audience. Accepter Refuser Paramétrer
copyright|© 2026 La Semaine du Roussillon. Tous droits réservés.
"""),
 dict(id="semaine-roussillon-style-2", site="semaine-roussillon-style", lang="fr", sep="\n", title="Elne : après deux ans de chantier, le cloître de la cathédrale rouvre ses galeries", date="2026-04-22", page="""
skip-link|Aller au contenu
top-bar|Bon dia ! Mercredi 22 avril 2026
weather|Perpignan 21° Marinade 15 km/h
top-bar|Votre hebdo en kiosque chaque mercredi
epaper|Le journal numérique
subscribe|S'abonner dès 1 €
login|Mon compte
menu|Actualité
menu|Perpignan
menu|Pyrénées-Orientales
menu|Catalunya Sud
menu|Économie
menu|Sports
menu|USAP
menu|Dracs
menu|Culture & Sorties
menu|Portraits
menu|Annonces légales
search|Rechercher…
breadcrumb|Accueil › Culture & Sorties › Patrimoine
section-label|PATRIMOINE
h1|Elne : après deux ans de chantier, le cloître de la cathédrale rouvre ses galeries
lead|Fermées depuis le printemps 2024, les galeries romanes du cloître Sainte-Eulalie-et-Sainte-Julie accueillent de nouveau le public à partir du samedi 25 avril. Les chapiteaux ont retrouvé leur blancheur.
byline|Par Anna Costa
byline|Correspondante dans l'Illibérien
empty-label|Publié le :
dateline|22 avril 2026
dateline|Mis à jour le 22/04/2026 à 18h12
reading-time|⏱ 3 min de lecture
comments|💬 0
share|Partager
share|f
share|𝕏
share|in
share|✉
print|🖨
caption|La galerie sud, la plus ancienne, datée du XIIe siècle, a été entièrement nettoyée au laser.
credit|© Anna Costa
gallery|📷 1 / 6
gallery|Voir le diaporama
p|Ils étaient une trentaine, lundi matin, à se presser derrière les barrières pour apercevoir les premières galeries débarrassées de leurs échafaudages. « Ça fait deux ans qu'on passe devant sans pouvoir entrer, on avait presque oublié à quoi il ressemblait », sourit une habitante de la rue de la Porte-Balaguer, venue avec ses petits-enfants.
p|Le chantier, lancé en mai 2024, aura coûté 2,4 millions d'euros, financés par l'État, la Région, le Département et la commune, avec l'appui d'une souscription de la Fondation du patrimoine qui a réuni près de 900 donateurs. Il s'agissait d'abord de traiter les infiltrations qui menaçaient les voûtes de la galerie est, puis de restaurer les chapiteaux et les colonnes de marbre blanc de Céret.
h2|Un bestiaire retrouvé
p|Sous des décennies de pollution et de mousses, les restaurateurs ont redécouvert des détails que personne n'avait plus vus depuis longtemps : les écailles d'une sirène à double queue, les griffes d'un lion, le visage d'un moine sur un chapiteau de la galerie nord. « Nous avons travaillé pierre par pierre, au micro-sablage et au laser, sans jamais chercher à refaire ce qui était perdu », explique la restauratrice chargée des sculptures.
p|« On ne rajeunit pas un monument, on lui permet de continuer à vieillir. »
p|Certaines traces de polychromie, très discrètes, ont également été relevées sur deux chapiteaux. Elles feront l'objet d'une étude complémentaire avec le laboratoire de recherche des monuments historiques.
ad|PUBLICITÉ
ad|Sant Jordi 2026 : livres et roses dans vos librairies partenaires
h2|Une fête pour la réouverture
p|La municipalité a prévu un week-end festif pour marquer l'événement. Au programme :
li|samedi 25 avril à 11 heures, inauguration officielle suivie d'une cobla et de sardanes sur le parvis ;
li|samedi après-midi, visites guidées gratuites toutes les heures, sur réservation à l'office de tourisme ;
li|dimanche 26 avril à 18 heures, concert de chant polyphonique dans la cathédrale.
p|« C'est le cœur de la ville qui se remet à battre », a résumé le maire lors de la visite de presse. L'entrée du cloître reste payante, au tarif de 6 euros, mais elle sera gratuite pour les Illibériens sur présentation d'un justificatif jusqu'à la fin de l'année.
p|Une seconde tranche de travaux, consacrée aux toitures de la cathédrale elle-même, doit débuter à l'automne 2027.
signature|A.C.
section-label|Pratique
p|Cloître d'Elne, ouvert tous les jours de 10 heures à 18 heures (19 heures en juillet et août). Renseignements à l'office de tourisme.
tags|Elne
tags|Patrimoine
tags|Art roman
tags|Cathédrale
share|Vous avez aimé cet article ? Partagez-le !
newsletter|📩 La Setmana dans votre boîte mail
newsletter|Chaque mercredi, l'essentiel de l'actu catalane. Gratuit.
newsletter|Votre e-mail
newsletter|OK
comments|0 commentaire
comments|Soyez le premier à réagir !
comments|Connectez-vous pour publier un commentaire.
event|AGENDA DE LA SEMAINE
event|Ven. 24/04 • Perpignan • Nit de Sant Jordi, place de la République
event|Sam. 25/04 • Collioure • Marché des potiers
event|Dim. 26/04 • Prades • Trail du Canigó
event|Tout l'agenda →
related|À LIRE ÉGALEMENT
related|Perpignan : le palais des rois de Majorque prépare sa grande saison
related|Saint-Génis-des-Fontaines : le linteau roman prêté à Barcelone
related|Thuir : les caves Byrrh fêtent leurs 160 ans
most-read|LES PLUS LUS
most-read|01
most-read|Dracs : une victoire au bout du suspense face à Wigan
most-read|02
most-read|Argelès : le camping municipal change de gestionnaire
most-read|03
most-read|Perpignan : le marché de la place Cassanyes réorganisé
epaper|Le n°1590 est en kiosque
epaper|Feuilleter le journal
footer|La Semaine du Roussillon - L'hebdo de la Catalogne Nord depuis 1989
footer|Qui sommes-nous ? • Contact • Publicité • Points de vente • Annonces légales • Mentions légales • CGV
social|Suivez-nous : Facebook Instagram X
cookie|Ce site utilise des cookies pour mesurer l'audience. Accepter Refuser Paramétrer
copyright|© 2026 La Semaine du Roussillon. Tous droits réservés.
"""),
 dict(id="andorre-actualite-style-1", site="andorre-actualite-style", lang="fr", sep="\n", title="Logement : le Consell General prolonge le gel des loyers jusqu'à fin 2027", date="2026-01-15", page="""
skip-link|Passer au contenu
world-clock|Jeudi 15 janvier 2026 • 19:42
weather|Andorra la Vella -2° ☀
ticker|Col d'Envalira : ouvert • chaînes obligatoires au-dessus de 2 000 m
ticker|Gasoil 1,279 € • SP95 1,392 €
lang-switch|FR
lang-switch|CA
lang-switch|ES
login|Connexion
subscribe|Newsletter
menu|À la une
menu|Andorre
menu|Politique
menu|Économie
menu|Société
menu|Transfrontalier
menu|Neige & Montagne
menu|Sports
menu|Culture
menu|Vidéos
menu|Emploi
breaking|FLASH • Grandvalira : la piste de l'Avet fermée jeudi en raison du vent
breadcrumb|Accueil / Politique
section-label|POLITIQUE
h1|Logement : le Consell General prolonge le gel des loyers jusqu'à fin 2027
lead|Les conseillers généraux ont adopté jeudi, par 17 voix pour et 11 contre, la loi qui reconduit pour deux ans le blocage des loyers des résidences principales. L'opposition dénonce une « mesure pansement » qui ne règle pas la pénurie.
byline|Par Marc Roig Puig - 15 janvier 2026 à 18:55
reading-time|Lecture 4 min
views|👁 2 318
share|Partager :
share|Facebook
share|WhatsApp
share|Telegram
share|LinkedIn
share|Copier
caption|Les conseillers généraux lors de la séance de jeudi, à la Casa de la Vall.
credit|Photo : ANDORRE ACTU / M.R.
p|Sans surprise, la majorité a fait bloc. Au terme d'une séance de près de cinq heures, le Consell General a voté jeudi la prolongation jusqu'au 31 décembre 2027 du gel des loyers des logements loués comme résidence principale. Le dispositif, instauré à titre provisoire il y a plusieurs années et renouvelé à plusieurs reprises, devait expirer à la fin du mois.
p|Concrètement, les propriétaires ne pourront toujours pas augmenter le loyer lors du renouvellement d'un bail, sauf exceptions limitées, par exemple lorsque le logement a fait l'objet de travaux de rénovation importants dûment justifiés auprès du ministère. Les baux arrivant à échéance seront reconduits automatiquement, aux mêmes conditions, si le locataire le souhaite.
ad|PUBLICITÉ
ad|Immobilière Valls - Vente, location, gestion dans les sept paroisses - Tél. 8XX XXX
h2|« Gagner du temps »
p|Pour la ministre du Territoire et du Logement, Núria Ferrer, la prolongation est indispensable « le temps que les nouvelles promotions de logement public sortent de terre ». Le gouvernement assure que près de 600 logements à loyer abordable seront livrés d'ici 2028, notamment à Encamp, à Sant Julià de Lòria et à Escaldes-Engordany.
p|« Nous ne pouvions pas laisser des centaines de familles face à des hausses de 20 ou 30 % du jour au lendemain », a-t-elle défendu devant les conseillers.
read-also|À lire aussi : Pisos touristiques : le moratoire sur les nouvelles licences reconduit dans quatre paroisses
p|Dans les rangs de l'opposition, le ton était nettement plus critique. « Cela fait des années que l'on prolonge, et pendant ce temps les propriétaires retirent leurs biens du marché ou les vendent », a lancé un conseiller social-démocrate. Plusieurs élus ont également réclamé un registre public des logements vides, promis depuis longtemps.
h2|Les propriétaires inquiets
p|L'association des propriétaires et bailleurs a de son côté regretté une décision « prise sans concertation ». Selon elle, le gel pénalise en premier lieu les petits propriétaires, souvent retraités, qui comptent sur un seul appartement pour compléter leurs revenus.
p|La loi adoptée jeudi prévoit toutefois quelques ajustements :
li|une aide fiscale pour les bailleurs qui s'engagent sur un bail de cinq ans au moins ;
li|un renforcement des contrôles sur les logements déclarés vides ;
li|une indexation possible des loyers les plus bas, inférieurs à 600 euros, dans la limite de l'IPC.
p|Le texte doit encore être publié au Butlletí Oficial del Principat d'Andorra (BOPA) pour entrer en vigueur. Le gouvernement a promis de présenter avant l'été un bilan chiffré du dispositif.
signature|M.R.P.
tags|Mots-clés :
tags|Logement
tags|Consell General
tags|Loyers
tags|Gouvernement
share|Partager :
share|Facebook
share|WhatsApp
share|Telegram
comments|0 Commentaire
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Publier le commentaire
related|VOUS AIMEREZ AUSSI
related|Budget 2026 : le déficit contenu sous les 1 % du PIB
related|14 janvier 2026
related|Pisos touristiques : le moratoire sur les nouvelles licences reconduit dans quatre paroisses
related|12 janvier 2026
related|Accord d'association avec l'UE : la consultation populaire repoussée
related|9 janvier 2026
weather|MÉTÉO NEIGE
weather|Grandvalira • 95/210 km ouverts • 140 cm
weather|Pal Arinsal • 48/63 km ouverts • 110 cm
weather|Ordino Arcalís • 26/30 km ouverts • 155 cm
weather|Bulletin avalanche : risque 3 - marqué
notices|PHARMACIES DE GARDE
notices|Andorra la Vella : Farmàcia Central, av. Meritxell
notices|La Massana : Farmàcia del Pont
jobs|OFFRES D'EMPLOI
jobs|Réceptionniste bilingue - Hôtel 4* - Soldeu
jobs|Chauffeur poids lourd - Santa Coloma
jobs|Toutes les offres →
most-read|LES PLUS LUS
most-read|Pas de la Case : un contrôle douanier renforcé ce week-end
most-read|Quotas d'immigration : 3 200 permis de travail pour la saison d'été
most-read|FC Andorra : un défenseur prêté par un club de Liga
newsletter|Recevez l'actu andorrane chaque matin
newsletter|Votre adresse e-mail
newsletter|Je m'abonne
app|Téléchargez notre appli : App Store • Google Play
footer|Andorre Actu - L'actualité de la Principauté en français
footer|Qui sommes-nous • Contact • Publicité • Mentions légales • Politique de confidentialité • Plan du site
copyright|© 2026 Andorre Actu. Tous droits réservés. Reproduction interdite sans autorisation.
cookie|Nous utilisons des cookies pour vous offrir la meilleure expérience. J'accepte Refuser Réglages
back-to-top|↑
"""),
 dict(id="andorre-actualite-style-2", site="andorre-actualite-style", lang="fr", sep="\n", title="Pas de la Case : les commerçants inquiets face au recul des clients français", date="2026-02-26", page="""
skip-link|Passer au contenu
world-clock|Jeudi 26 février 2026 • 08:17
weather|Andorra la Vella 3° ⛅
ticker|Col d'Envalira : ouvert • chaussée humide
ticker|Gasoil 1,264 € • SP95 1,381 €
lang-switch|FR
lang-switch|CA
lang-switch|ES
login|Connexion
subscribe|Newsletter
menu|À la une
menu|Andorre
menu|Politique
menu|Économie
menu|Société
menu|Transfrontalier
menu|Neige & Montagne
menu|Sports
menu|Culture
menu|Vidéos
menu|Emploi
breadcrumb|Accueil / Transfrontalier
section-label|TRANSFRONTALIER
section-label|ÉCONOMIE
h1|Pas de la Case : les commerçants inquiets face au recul des clients français
lead|Moins de voitures à la frontière, des paniers moins garnis : à mi-saison, les boutiques du Pas de la Case constatent une baisse de fréquentation. Les contrôles douaniers et le prix des carburants en France sont montrés du doigt.
byline|Par Laura Esteve - 26 février 2026 à 07:30
dateline|Actualisé le 26 février 2026 à 11:02
reading-time|Lecture 5 min
views|👁 4 901
share|Partager :
share|Facebook
share|WhatsApp
share|Telegram
share|LinkedIn
share|Copier
video|▶ VIDÉO
video|Au Pas de la Case, les commerçants font le point (2:14)
embed-blocked|Cette vidéo ne peut pas être affichée car vous avez refusé les cookies de partage. Modifier mes préférences
p|Le samedi, il fallait parfois une heure pour franchir le rond-point d'entrée du Pas de la Case. Cet hiver, la file se dissipe en quelques minutes. « On le voit tout de suite dans la caisse », reconnaît Jordi, qui gère depuis quinze ans une boutique de parfums et d'électronique sur l'avinguda d'Encamp. « Les gens viennent toujours, mais ils achètent moins, et surtout ils comptent. »
p|Selon l'association des commerçants du Pas de la Case, la fréquentation des boutiques aurait reculé de 8 à 12 % entre décembre et février par rapport à l'hiver précédent. Les chiffres de la mobilité publiés par le département de la Statistique vont dans le même sens : le nombre de véhicules immatriculés en France entrés par la frontière d'Envalira a baissé de 6 % sur les deux premiers mois de l'année.
h2|Les contrôles en question
p|Pour beaucoup de commerçants, le renforcement des contrôles de la douane française au Pas de la Case et à Porté-Puymorens pèse lourd. Les limites de quantités sur le tabac et les alcools, déjà strictes, sont désormais vérifiées plus systématiquement, y compris en semaine. « Des clients nous racontent avoir été arrêtés pour deux cartouches de trop. Ils ne reviennent pas », explique une vendeuse.
ad|PUBLICITÉ
ad|River Center Pas de la Case - Nouvelles marques, parking gratuit 3 h
read-also|À lire aussi : Tabac : ce que vous avez le droit de rapporter d'Andorre en 2026
p|Le prix de l'essence, longtemps moteur de la venue des Français, joue aussi. L'écart avec les stations de l'Ariège et de l'Aude s'est réduit, rendant le trajet moins rentable pour les habitants de Toulouse ou de Carcassonne.
h2|Le ski fait de la résistance
p|La station de ski, elle, tire son épingle du jeu. Avec un enneigement correct depuis janvier, le secteur de Grandvalira côté Pas de la Case affiche des chiffres de fréquentation stables. Mais les skieurs, souvent venus d'Espagne ou du Royaume-Uni, dépensent davantage dans les restaurants et la location de matériel que dans les boutiques.
p|Le comú d'Encamp, dont dépend le Pas de la Case, prépare plusieurs mesures pour la saison prochaine. Parmi elles :
li|une campagne de promotion ciblée en Occitanie, à la radio et sur les réseaux sociaux ;
li|la gratuité des parkings municipaux du village les jours de semaine ;
li|un programme d'animations commerciales lors des vacances scolaires françaises.
p|« Le Pas de la Case s'est construit sur le commerce, il doit aujourd'hui se réinventer sans renier ce qu'il est », résume le conseiller communal chargé du commerce. Une rencontre avec les autorités douanières françaises est par ailleurs demandée par le gouvernement andorran, qui souhaite « éviter toute stigmatisation des visiteurs ».
p|Les commerçants, eux, comptent sur les vacances de Pâques pour se refaire. « Si le printemps est bon, on oubliera vite l'hiver », veut croire Jordi.
signature|L.E.
correction|Correctif : une version précédente de cet article indiquait une baisse de fréquentation de 20 %. Il s'agit d'une fourchette de 8 à 12 %.
tags|Mots-clés :
tags|Pas de la Case
tags|Commerce
tags|Encamp
tags|Douane
share|Partager :
share|Facebook
share|WhatsApp
share|Telegram
comments|2 Commentaires
comments|Gérard 09
comments|26 février 2026 à 09:12
comments|Normal, avec les douaniers qui fouillent même les coffres des familles.
comments|Répondre
comments|Anna R.
comments|26 février 2026 à 10:40
comments|Les prix ont augmenté aussi, il faut le dire.
comments|Répondre
comments|Laisser un commentaire
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Publier le commentaire
related|VOUS AIMEREZ AUSSI
related|Tabac : ce que vous avez le droit de rapporter d'Andorre en 2026
related|24 février 2026
related|Envalira : le tunnel fermé trois nuits pour des travaux
related|20 février 2026
related|Grandvalira : la saison au-dessus des prévisions
related|18 février 2026
weather|MÉTÉO NEIGE
weather|Grandvalira • 198/210 km ouverts • 175 cm
weather|Pal Arinsal • 60/63 km ouverts • 150 cm
weather|Ordino Arcalís • 30/30 km ouverts • 190 cm
weather|Bulletin avalanche : risque 2 - limité
notices|PHARMACIES DE GARDE
notices|Encamp : Farmàcia Cortals
notices|Sant Julià de Lòria : Farmàcia Lauredia
jobs|OFFRES D'EMPLOI
jobs|Vendeur/se parfumerie - Pas de la Case
jobs|Cuisinier - Restaurant d'altitude - Soldeu
jobs|Toutes les offres →
most-read|LES PLUS LUS
teaser-list|Pas de la Case : les commerçants inquiets face au recul des clients français
most-read|Immobilier : les prix au m² dépassent 5 000 euros à Escaldes
most-read|Handball : le BM Granollers trop fort pour l'équipe nationale
newsletter|Recevez l'actu andorrane chaque matin
newsletter|Votre adresse e-mail
newsletter|Je m'abonne
app|Téléchargez notre appli : App Store • Google Play
footer|Andorre Actu - L'actualité de la Principauté en français
footer|Qui sommes-nous • Contact • Publicité • Mentions légales • Politique de confidentialité • Plan du site
copyright|© 2026 Andorre Actu. Tous droits réservés. Reproduction interdite sans autorisation.
cookie|Nous utilisons des cookies pour vous offrir la meilleure expérience. J'accepte Refuser Réglages
back-to-top|↑
"""),
 dict(id="cayman-compass-style-1", site="cayman-compass-style", lang="en", sep="\n", title="CUC fuel charge to drop for second month as diesel prices ease", date="2026-02-10", page="""
skip-link|Skip to content
world-clock|Tuesday, February 10, 2026
weather|George Town 81°F Partly cloudy
ticker|CI$1 = US$1.20
epaper|e-Edition
subscribe|Subscribe
login|Sign In
menu|News
menu|Business
menu|Opinion
menu|Sports
menu|Community
menu|Arts & Entertainment
menu|Real Estate
menu|Obituaries
menu|Classifieds
menu|Weather
menu|Podcasts
search|Search
breaking|BREAKING: Eastern Avenue lane closure extended until Friday
breadcrumb|Home » News » Business
section-label|BUSINESS
h1|CUC fuel charge to drop for second month as diesel prices ease
lead|Residential customers can expect to save around CI$9 on an average monthly bill, the utility said, but warned the relief may be short-lived.
byline|By Daniel Whittaker
byline|Business Reporter
dateline|February 10, 2026 3:25 pm
dateline|Updated: February 10, 2026 5:48 pm
share|Share this:
share|Facebook
share|X
share|WhatsApp
share|Email
share|Print
listen|▶ Listen to this article
listen|4 min
caption|Caribbean Utilities Company's North Sound Road plant. CUC says lower diesel costs will be passed directly to customers.
credit|Photo: Compass Archive
p|Grand Cayman electricity customers will see a further reduction in the fuel portion of their bills this month, after Caribbean Utilities Company confirmed that lower diesel prices on the world market have fed through to its own fuel purchases.
p|The fuel factor, which is billed separately from the base rate and passed through to customers without mark-up, will fall to 25.1 cents per kilowatt-hour for February, down from 27.4 cents in January and 29.9 cents in December, according to figures filed with the Utility Regulation and Competition Office.
p|For a typical household using 1,000 kilowatt-hours a month, that works out to a saving of roughly CI$23 compared with December, and about CI$9 against January, the company said.
ad|ADVERTISEMENT
h2|'Relief, but not a trend'
p|CUC's vice president of customer services, Andrea Ebanks-Myles, said the company was pleased to pass on the savings but cautioned against treating the decline as permanent.
p|"Fuel is priced off the international markets, and those markets move quickly," she said. "We have seen two good months. We would urge customers to keep up the energy-saving habits they built last year, because we cannot predict what will happen by the summer, when consumption peaks with air conditioning."
p|The fuel charge typically makes up between a third and half of a residential bill. It reached a record high in 2022, prompting Government at the time to introduce a temporary subsidy for lower-income households.
read-also|READ ALSO: OfReg opens consultation on solar feed-in tariffs
h2|Solar and storage
p|The utility said its 20-megawatt battery energy storage system, which came online last year, had also helped reduce the amount of diesel burned during evening peaks. CUC has said it plans to add a further 100 megawatts of solar capacity by the end of the decade through independent producers.
p|Consumer advocate Marcus Rivers, who has long campaigned for cheaper power, welcomed the reduction but said customers needed more transparency.
p|"People see the number on the bill go up and down and they have no idea why. The regulator should require a clear, one-page explanation every month," he said.
p|OfReg said the February fuel factor was in line with the licence conditions and that it would continue to monitor CUC's fuel procurement.
p|Customers can view the fuel charge history on the CUC website.
tip|Have a news tip? Email news@caymancompass.example or WhatsApp 1-345-XXX-XXXX
tags|Tags:
tags|CUC
tags|electricity
tags|fuel
tags|OfReg
tags|utilities
author-bio|Daniel Whittaker joined the Compass in 2023 and covers business, finance and the utilities sector.
author-link|More by Daniel Whittaker
comments|Comments are closed.
newsletter|Get the Compass Daily in your inbox
newsletter|The day's top Cayman stories, every weekday morning.
newsletter|Email address
newsletter|Sign up
related|RELATED STORIES
related|OfReg opens consultation on solar feed-in tariffs
related|Water Authority rates unchanged for 2026
related|Gas prices dip below CI$5 a gallon in George Town
teaser-list|LATEST NEWS
teaser-list|1 hour ago
teaser-list|Police seek witnesses after West Bay Road collision
teaser-list|2 hours ago
teaser-list|Cruise arrivals up 4% in January
teaser-list|3 hours ago
teaser-list|Cayman Airways adds Saturday flight to Havana
most-read|MOST POPULAR
most-read|Seven Mile Beach hotel project gets planning approval
most-read|Pirates Week dates confirmed for 2026
most-read|Obituary: Cleveland 'Cleve' Bodden
classifieds|CLASSIFIEDS
classifieds|2-bed apartment for rent, South Sound, CI$2,400/mo
classifieds|2019 Honda CR-V, low mileage, CI$18,500
classifieds|Place an ad
obituary|OBITUARIES
obituary|Celebrating the life of Mavis Elaine Connor, 1938-2026
footer|Cayman Compass
footer|About Us
footer|Contact Us
footer|Advertise
footer|Careers
footer|Terms of Use
footer|Privacy Policy
footer|Comment Policy
social|Follow us: Facebook Instagram X YouTube LinkedIn
copyright|© 2026 Compass Media Ltd. All rights reserved.
cookie|We use cookies to improve your experience on our website. By continuing to browse you agree to our use of cookies. Accept
"""),
 dict(id="cayman-compass-style-2", site="cayman-compass-style", lang="en", sep="\n", title="Turtle nesting season ends with record 1,100 nests on Grand Cayman", date="2025-11-18", page="""
skip-link|Skip to content
world-clock|Tuesday, November 18, 2025
weather|George Town 84°F Scattered showers
ticker|CI$1 = US$1.20
epaper|e-Edition
subscribe|Subscribe
login|Sign In
menu|News
menu|Business
menu|Opinion
menu|Sports
menu|Community
menu|Arts & Entertainment
menu|Real Estate
menu|Obituaries
menu|Classifieds
menu|Weather
menu|Podcasts
search|Search
weather|HURRICANE SEASON 2025 • No active storms • Season ends Nov. 30 • Tropical outlook »
breadcrumb|Home » News » Environment
section-label|ENVIRONMENT
h1|Turtle nesting season ends with record 1,100 nests on Grand Cayman
lead|Conservationists say the numbers show decades of protection are paying off, but warn that beach lighting and coastal development remain a threat to hatchlings.
byline|By Kimberly Solomon
dateline|November 18, 2025 11:02 am
share|Share this:
share|Facebook
share|X
share|WhatsApp
share|Email
share|Print
listen|▶ Listen to this article
listen|5 min
gallery|PHOTO GALLERY (8)
caption|A green turtle hatchling makes its way to the sea at Spotts Beach in September.
credit|Photo: Department of Environment
alt-text|Image: hatchling turtle on sand at night
p|Sea turtles laid more than 1,100 nests on Grand Cayman beaches this year, the highest number since the Department of Environment began systematic monitoring more than two decades ago.
p|The department's turtle team, supported by around 150 volunteers, patrolled beaches from Barkers to East End every morning between May and the end of October, recording every crawl and nest. The final count, released on Monday, stood at 1,127 nests across Grand Cayman, Little Cayman and Cayman Brac.
p|Green turtles accounted for the majority, with 812 nests, followed by loggerheads with 297. A small number of hawksbill nests were also recorded, mostly on the Sister Islands.
video|VIDEO: Volunteers record a loggerhead nesting on Seven Mile Beach (1:48)
h2|'Thirty years of work'
p|"When we started tracking nests in the late 1990s, we were counting them in the dozens," said Paul Mclean, a senior research officer with the department. "This is what thirty years of protection looks like. The turtles that hatched on these beaches in the 1990s and 2000s are now old enough to come back and nest themselves."
p|Cayman's nesting populations were once close to extinction after centuries of harvesting. The National Conservation Act, which came into full force in 2015, gave sea turtles and their nests strict legal protection, and the legal take of wild turtles has been heavily restricted.
ad|Advertisement
ad|Shop local this holiday season at Camana Bay - Free parking every Saturday
h2|Lights still a danger
p|Despite the good news, the department said hundreds of hatchlings were disoriented this year by artificial lights from homes, hotels and roads, crawling inland instead of toward the sea.
p|The department is asking beachfront property owners to:
li|switch off or shield any lights visible from the beach between May and November;
li|use turtle-friendly amber or red bulbs on balconies and walkways;
li|remove beach furniture and boats from the sand at night;
li|report any nest or hatchling sighting to the turtle hotline.
p|"One badly placed floodlight can wipe out an entire nest," Mclean said. "Most people don't realise until we show them the tracks going the wrong way."
p|Sea level rise and erosion are also shrinking the beaches available to nesting turtles, particularly along the western coast, where sea walls leave little room for the sand to migrate.
p|Volunteers interested in joining next season's patrols can register with the Department of Environment from March.
signature|- Additional reporting by Jonathan Park
tip|Have a news tip? Email news@caymancompass.example or WhatsApp 1-345-XXX-XXXX
tags|Tags:
tags|Department of Environment
tags|sea turtles
tags|conservation
tags|Seven Mile Beach
author-link|More by Kimberly Solomon
comments|Comments are closed.
newsletter|Get the Compass Daily in your inbox
newsletter|The day's top Cayman stories, every weekday morning.
newsletter|Email address
newsletter|Sign up
related|RELATED STORIES
related|Blue iguana release planned for Salina Reserve
related|Coral spawning expected after full moon
related|Lionfish cull nets 2,000 fish in one weekend
teaser-list|LATEST NEWS
teaser-list|45 mins ago
teaser-list|Fire destroys boat at Harbour House Marina
teaser-list|2 hours ago
teaser-list|Immigration: WORC processing times down, says minister
teaser-list|4 hours ago
teaser-list|Christmas tree lighting moves to Heroes Square
most-read|MOST POPULAR
most-read|Man charged after Bodden Town burglary spree
teaser-list|Turtle nesting season ends with record 1,100 nests on Grand Cayman
most-read|Cayman Brac airport upgrade delayed
classifieds|CLASSIFIEDS
classifieds|Studio for rent, Savannah, CI$1,350/mo
classifieds|Boat for sale, 24ft center console, CI$32,000
classifieds|Place an ad
obituary|OBITUARIES
obituary|Celebrating the life of Roland Ebanks, 1946-2025
footer|Cayman Compass
footer|About Us
footer|Contact Us
footer|Advertise
footer|Careers
footer|Terms of Use
footer|Privacy Policy
footer|Comment Policy
social|Follow us: Facebook Instagram X YouTube LinkedIn
copyright|© 2025 Compass Media Ltd. All rights reserved.
cookie|We use cookies to improve your experience on our website. By continuing to browse you agree to our use of cookies. Accept
"""),
 dict(id="penguin-news-falklands-style-1", site="penguin-news-falklands-style", lang="en", sep="\n", title="Loligo season closes early after strong catches north of the Islands", date="2026-03-20", page="""
skip-link|Skip to content
top-bar|Penguin News - The Falkland Islands' independent newspaper since 1979
world-clock|Friday 20 March 2026
weather|Stanley 8°C • W 24 kts • Sunrise 07:02 • Sunset 19:21
ticker|Stanley tides: HW 05:14 (1.5m) • LW 11:32 (0.4m) • HW 17:40 (1.4m)
subscribe|Subscribe
epaper|E-edition
login|Log in
menu|Home
menu|News
menu|Sport
menu|Features
menu|Letters
menu|Camp
menu|Notices
menu|Jobs
menu|Classifieds
menu|Contact
search|Search …
section-label|News
h1|Loligo season closes early after strong catches north of the Islands
byline|By Rhiannon Goss
dateline|20 March 2026
comments|No Comments
share|Share:
share|Facebook
share|X
share|Email
caption|A loligo jigger unloading at FIPASS earlier this month.
credit|Photo: Penguin News
lead|THE first loligo squid season of 2026 was closed by the Fisheries Department on Tuesday, nearly two weeks ahead of schedule, after vessels reached the season's target catch.
p|Director of Natural Resources Carla Merrick told Penguin News that the total catch for the season stood at around 46,000 tonnes when the closure was announced, comfortably above the figure scientists had set as a minimum escapement level for the stock.
p|"The squid came on strong from the first week, and the condition of the animals was very good," she said. "We closed early not because anything went wrong, but because the science tells us when enough has been taken to leave a healthy spawning stock for next year."
p|Sixteen trawlers fished the Loligo Box this season, most of them operating under licences held by Falklands companies in joint ventures with Spanish partners. Vessels began returning to Stanley and to Vigo this week.
ad|ADVERTISEMENT
ad|Harbourside Stores - Easter eggs now in! Open Sat 9am-4pm
h2|Good news for revenue
p|The fishery is the single largest contributor to Falkland Islands Government revenue, through licence fees, and a strong season is likely to be welcomed by MLAs ahead of the Budget session in May.
p|Fishing industry representative Alan Biggs said the early closure was "frustrating for some skippers who were still seeing good catches", but that most operators understood the decision.
p|"Everyone in the industry knows that the stock management here is what keeps us in business," he said. "We've seen other fisheries in the South Atlantic go the other way. Nobody wants that."
h2|Sizes and prices
p|Buyers in Spain were reported to be paying well for larger squid, with prices for the biggest size grades up on last year. However, Mr Biggs warned that higher fuel costs and crew shortages were eating into margins.
p|The department said it would publish its full season report in June. Points it expects to address include:
li|final catch figures and the number of fishing days;
li|by-catch of finfish and any seabird interactions recorded by observers;
li|the outcome of the pre-season survey carried out aboard the research vessel in February.
p|Observers aboard the trawlers also reported fewer problems with seabirds than in previous years, which the department attributed to the wider use of bird-scaring lines and better handling of offal on deck. Conservation groups have welcomed the trend but say they want to see the full data before drawing conclusions.
p|The second loligo season is expected to open in late July, subject to a further stock assessment.
signature|rgoss@penguinnews.example
paywall|Read more in this week's Penguin News, available from all outlets in Stanley and Camp, or subscribe to the e-edition.
tags|Tagged: Fisheries, Loligo, FIG, Economy
nav|← Previous: Airbridge: March flight delayed by 24 hours
nav|Next: Stanley Growers to extend opening hours →
comments|Leave a Reply
comments|You must be logged in to post a comment.
teaser-list|Latest News
teaser-list|Airbridge: March flight delayed by 24 hours
teaser-list|19 March 2026
teaser-list|MLAs back new rules for holiday lets in Stanley
teaser-list|19 March 2026
teaser-list|Camp roads: Port Howard track repairs finished
teaser-list|18 March 2026
letters|Letters to the Editor
letters|"The Cathedral bells deserve better" - Name and address supplied
letters|Write to us: letters@penguinnews.example
notices|Notices
notices|Road closure: Ross Road West, Mon 23 March, 08:00-17:00, for water main works
notices|FIDF annual camp: residents near Mount Pleasant may hear gunfire 24-28 March
jobs|Jobs
jobs|FIG: Senior Staff Nurse, KEMH - closes 3 April
jobs|Fisheries observer (fixed term) - closes 27 March
jobs|View all vacancies
ad|Tune in to FIRS - Falkland Islands Radio Service - 530 AM and 88.5 FM
donate|Support independent journalism in the Falklands. Subscribe to Penguin News from £8 a month.
footer|Penguin News
footer|Ross Road, Stanley, Falkland Islands FIQQ 1ZZ
footer|Tel: +500 XXXXX
footer|About • Advertise • Subscribe • Privacy • Terms
copyright|© 2026 Penguin News. All rights reserved. Published by the Media Trust (Penguin News) Ltd.
cookie|This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. Accept Read More
"""),
 dict(id="penguin-news-falklands-style-2", site="penguin-news-falklands-style", lang="en", sep="\n", title="MLAs approve £2.8m for hospital redevelopment design work", date="2026-01-16", page="""
skip-link|Skip to content
top-bar|Penguin News - The Falkland Islands' independent newspaper since 1979
world-clock|Friday 16 January 2026
weather|Stanley 12°C • NW 18 kts • Sunrise 04:51 • Sunset 21:18
ticker|Stanley tides: HW 03:48 (1.6m) • LW 10:02 (0.3m) • HW 16:15 (1.5m)
subscribe|Subscribe
epaper|E-edition
login|Log in
menu|Home
menu|News
menu|Sport
menu|Features
menu|Letters
menu|Camp
menu|Notices
menu|Jobs
menu|Classifieds
menu|Contact
search|Search …
section-label|News
section-label|Health
h1|MLAs approve £2.8m for hospital redevelopment design work
byline|By Ed Carrington
dateline|16 January 2026
comments|2 Comments
share|Share:
share|Facebook
share|X
share|Email
caption|KEMH: parts of the building date back more than half a century.
credit|Photo: File
lead|DETAILED design work on a redevelopment of the King Edward VII Memorial Hospital can begin after Members of the Legislative Assembly approved £2.8 million of funding at Standing Finance Committee on Wednesday.
p|The money will pay for architects, engineers and health planners to turn last year's outline business case into a full design, a process expected to take around 18 months.
p|Speaking after the meeting, the MLA with responsibility for Health, Sarah Jaffray-Lowe, said it was "the biggest step forward in a generation" for health care in the Islands.
p|"We all know the building is tired. Staff have done remarkable work in a hospital that was not designed for modern medicine," she said. "This is not yet a decision to build, but it is the commitment to get a design we can cost properly and put in front of the community."
ad|ADVERTISEMENT
ad|Malvina Travel - Book your winter break to Chile now. Airbridge and LATAM connections
h2|Phased approach
p|The outline business case, published in draft in October, recommended a phased redevelopment on the existing site rather than a new hospital elsewhere in Stanley. Under the preferred option:
li|a new two-storey block would house outpatients, dental and the pharmacy;
li|the existing wards would be refurbished in stages, so the hospital stays open throughout;
li|the oldest part of the building, on the eastern side, would be demolished.
p|The total cost of the project has not yet been set, but early estimates presented to MLAs ranged between £45 million and £60 million, depending on the final specification and the cost of bringing in materials and labour from overseas.
read-also|See also: Health Services: waiting list for dental treatment cut by a third
h2|Questions over cost
p|Not all Members were fully convinced. One MLA told the committee he supported the design work but had "serious concerns" about whether the Islands could afford the full project alongside the new deep-water port and the airport runway works.
p|"We have to be honest with people that we cannot do everything at once," he said. "The hospital must come first, but that means some other things will have to wait."
p|The Director of Health and Social Services said the team would hold public drop-in sessions in Stanley and in Camp during the design stage, and that staff would be closely involved.
p|Patients and visitors are being asked to bear with the hospital while surveyors carry out work on site over the coming months. Some car parking spaces at the rear of the building will be closed from February so that ground investigations can take place, and the hospital has asked anyone able to walk from the town centre to do so.
p|A further paper on the project's funding is expected to come before Legislative Assembly in the Budget session.
signature|ecarrington@penguinnews.example
paywall|Read more in this week's Penguin News, available from all outlets in Stanley and Camp, or subscribe to the e-edition.
tags|Tagged: KEMH, Health, Legislative Assembly, FIG
nav|← Previous: Cruise season passes 40,000 visitors
nav|Next: Sports Association AGM date set →
comments|2 thoughts on "MLAs approve £2.8m for hospital redevelopment design work"
comments|JB
comments|16 January 2026 at 2:41 pm
comments|About time. My dad was born in that building and it looked old then.
comments|Reply
comments|Camper
comments|16 January 2026 at 6:05 pm
comments|Hope they remember the West when they're planning the outpatient clinics.
comments|Reply
comments|Leave a Reply
comments|You must be logged in to post a comment.
teaser-list|Latest News
teaser-list|Cruise season passes 40,000 visitors
teaser-list|15 January 2026
teaser-list|Fox Bay: new school house opens
teaser-list|14 January 2026
teaser-list|Sheep shearing competition returns to Goose Green
teaser-list|12 January 2026
letters|Letters to the Editor
letters|"Speed bumps on Davis Street are not working" - Name and address supplied
letters|Write to us: letters@penguinnews.example
notices|Notices
notices|Births: To Hannah and Liam, a son, Oscar James, at KEMH on 9 January
notices|Public Works: refuse collection moved to Saturday next week
jobs|Jobs
jobs|FIG: Radiographer, KEMH - closes 30 January
jobs|Farm hand, West Falkland - immediate start
jobs|View all vacancies
ad|Tune in to FIRS - Falkland Islands Radio Service - 530 AM and 88.5 FM
donate|Support independent journalism in the Falklands. Subscribe to Penguin News from £8 a month.
footer|Penguin News
footer|Ross Road, Stanley, Falkland Islands FIQQ 1ZZ
footer|Tel: +500 XXXXX
footer|About • Advertise • Subscribe • Privacy • Terms
copyright|© 2026 Penguin News. All rights reserved. Published by the Media Trust (Penguin News) Ltd.
cookie|This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. Accept Read More
"""),
]
