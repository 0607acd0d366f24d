# Round 62: eight pages on four more layouts (a Provence regional daily, a Malian online journal, an Irish public
# broadcaster's news site, an Australian community radio station's news page), written blind: without looking at the
# classifier, its rules or the benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND62 = [
 dict(id="le-mistral-quotidien-1", site="le-mistral-quotidien", lang="fr", sep="\n", title="Aubagne : la piscine municipale fermée tout l'été pour une fuite dans le bassin", date="2025-06-17", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
cookie|Le Mistral Quotidien et ses partenaires utilisent des cookies pour mesurer l'audience, personnaliser les contenus et vous proposer des publicités adaptées. Vous pouvez accepter, refuser ou paramétrer vos choix à tout moment via le lien « Gérer mes cookies » en bas de page.
cookie|Tout accepter
cookie|Continuer sans accepter
cookie|Paramétrer
menu|Le Mistral Quotidien
menu|S'abonner 1€ le premier mois
menu|Se connecter
menu|Marseille
menu|Aix-en-Provence
menu|Aubagne - La Ciotat
menu|Arles
menu|Martigues
menu|Vaucluse
menu|Alpes-de-Haute-Provence
menu|Faits divers
menu|OM
menu|Sports
menu|Loisirs
menu|Nécrologie
menu|Mon journal
weather|Marseille 29° Ensoleillé
breadcrumb|Accueil › Bouches-du-Rhône › Aubagne
section-label|Aubagne
h1|Aubagne : la piscine municipale fermée tout l'été pour une fuite dans le bassin
lead|Le bassin extérieur du complexe nautique perd près de 40 mètres cubes d'eau par jour. La mairie a décidé de ne pas l'ouvrir avant les travaux, prévus à l'automne.
byline|Par Sandrine Olivieri
dateline|Publié le 17/06/2025 à 18h30
dateline|Mis à jour le 17/06/2025 à 19h05
listen|Écouter cet article
listen|00:00 / 03:12
share|Facebook
share|X
share|WhatsApp
share|Copier le lien
save|Ajouter à mes favoris
comments|3 commentaires
caption|Le bassin extérieur de 50 mètres, vidé depuis le début du mois de juin.
credit|Photo S.O.
p|Les nageurs aubagnais devront trouver une autre solution cet été. La Ville a confirmé lundi que le bassin extérieur du complexe nautique de la Tourtelle resterait fermé jusqu'en septembre au moins, en raison d'une fuite importante découverte lors de la remise en eau du mois de mai.
p|« Nous avons constaté une perte d'environ 40 mètres cubes par jour, ce qui est considérable pour un équipement de cette taille », explique l'adjoint aux sports. Des plongeurs ont inspecté le fond du bassin sans parvenir à localiser précisément l'origine du problème.
ad|Publicité
h2|Le bassin intérieur reste accessible
p|Seul le bassin couvert de 25 mètres restera ouvert, avec des horaires élargis le samedi et le dimanche. Les clubs de natation et de triathlon conservent leurs créneaux du soir, mais les séances des centres aérés ont dû être réduites.
related|À lire aussi : La Ciotat : la plage Lumière rouverte après la pollution de samedi
p|Pour les familles, la déception est grande. « On venait presque tous les après-midi avec les enfants, c'est la seule piscine à ciel ouvert qu'on peut rejoindre à pied », regrette une mère de famille rencontrée devant l'entrée.
p|La mairie a négocié avec la commune voisine de Gémenos un accès au tarif aubagnais pour les habitants, sur présentation d'un justificatif de domicile. Une navette gratuite partira du centre-ville trois fois par jour en juillet et en août.
h2|Des travaux estimés à 600 000 euros
p|Les services techniques penchent pour une fissure de la membrane d'étanchéité, posée il y a plus de vingt ans. Son remplacement complet est estimé à 600 000 euros, une dépense qui devra être votée en conseil municipal début juillet.
p|L'opposition réclame de son côté un audit de l'ensemble des équipements sportifs de la commune, dont plusieurs ont, selon elle, « été laissés sans entretien depuis trop longtemps ».
paywall|Cet article vous est offert. Pour soutenir une information locale de qualité, abonnez-vous au Mistral Quotidien.
paywall|Je m'abonne
newsletter|Recevez chaque matin l'essentiel de l'actualité d'Aubagne et de La Ciotat
newsletter|Votre adresse e-mail
newsletter|Je m'inscris
tags|Aubagne
tags|Piscine
tags|Travaux
tags|Vie locale
comments|Commentaires (3)
comments|Vous devez être abonné pour réagir à cet article.
comments|Marius13 - il y a 2 heures
comments|Encore un équipement qui tombe en ruine. Ça fait des années que le carrelage est fendu.
sponsored|Contenus sponsorisés
sponsored|Ce nouvel appareil auditif fait un tabac dans les Bouches-du-Rhône
sponsored|Votre toiture a plus de 15 ans ? Voici les aides de l'État en 2025
most-read|Les plus lus
most-read|1 Marseille : un incendie ravage une colline au-dessus des Camoins
most-read|2 OM : le mercato s'accélère, deux arrivées attendues cette semaine
most-read|3 Aix : la circulation coupée cours Mirabeau pendant quinze jours
most-read|4 Cassis : les calanques fermées au public mercredi en raison du risque incendie
teaser-list|Dans la même rubrique
teaser-list|Aubagne : le festival des santonniers aura bien lieu en août
teaser-list|Il y a 5 heures
teaser-list|Roquevaire : un nouveau rond-point pour désengorger la RD 96
teaser-list|Hier à 17h12
obituary|Avis de décès
obituary|Consultez les avis de décès de votre région et présentez vos condoléances
obituary|Voir les avis
footer|Le Mistral Quotidien
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Publicité
footer|Annonces légales
footer|Mentions légales
footer|Conditions générales de vente
footer|Politique de confidentialité
footer|Gérer mes cookies
footer|Accessibilité : non conforme
app|Téléchargez l'application Le Mistral Quotidien
app|App Store
app|Google Play
copyright|© Le Mistral Quotidien 2025 - Tous droits réservés
"""),
 dict(id="le-mistral-quotidien-2", site="le-mistral-quotidien", lang="fr", sep="\n", title="Avignon : les bouquinistes du festival inquiets face à la hausse des redevances", date="2025-07-08", page="""
skip-link|Aller au contenu
skip-link|Aller au menu
cookie|Le Mistral Quotidien et ses partenaires utilisent des cookies pour mesurer l'audience, personnaliser les contenus et vous proposer des publicités adaptées. Vous pouvez accepter, refuser ou paramétrer vos choix à tout moment via le lien « Gérer mes cookies » en bas de page.
cookie|Tout accepter
cookie|Continuer sans accepter
cookie|Paramétrer
menu|Le Mistral Quotidien
menu|S'abonner 1€ le premier mois
menu|Se connecter
menu|Marseille
menu|Aix-en-Provence
menu|Aubagne - La Ciotat
menu|Arles
menu|Martigues
menu|Vaucluse
menu|Alpes-de-Haute-Provence
menu|Faits divers
menu|OM
menu|Sports
menu|Loisirs
menu|Nécrologie
menu|Mon journal
weather|Avignon 34° Ciel dégagé
breaking|Alerte info - Incendie à Vitrolles : l'A7 coupée dans les deux sens
breadcrumb|Accueil › Vaucluse › Avignon
section-label|Avignon
paywall|Abonnés
h1|Avignon : les bouquinistes du festival inquiets face à la hausse des redevances
lead|La redevance d'occupation du domaine public passe de 180 à 310 euros pour la durée du festival. Une dizaine de libraires ambulants menacent de ne pas revenir l'an prochain.
byline|Par Jean-Baptiste Roux
dateline|Publié le 08/07/2025 à 07h00
listen|Écouter cet article
listen|00:00 / 04:05
share|Facebook
share|X
share|WhatsApp
share|Copier le lien
save|Ajouter à mes favoris
comments|Réagir
caption|Rue des Teinturiers, les étals de livres d'occasion attirent chaque été des milliers de festivaliers.
credit|Photo archives J.-B.R.
p|Ils sont une quinzaine à s'installer chaque été le long de la rue des Teinturiers et autour de la place des Carmes, entre les affiches des compagnies et les terrasses. Cette année, les bouquinistes du festival ont découvert en recevant leur autorisation une redevance presque doublée.
p|« Pour trois semaines, on nous demande 310 euros, contre 180 l'an dernier. Sur un stand où l'on vend des livres à deux ou cinq euros, ça représente plusieurs jours de travail », calcule Hélène, installée depuis douze ans au même emplacement.
ad|Publicité
p|La municipalité justifie cette hausse par l'harmonisation des tarifs d'occupation du domaine public, jusqu'ici très différents selon les quartiers. Les terrasses des cafés et les vendeurs de boissons sont concernés par la même grille.
h2|Un collectif en cours de création
p|Les libraires ambulants ont commencé à se regrouper pour demander un tarif spécifique aux « activités culturelles ». Leur courrier, adressé au maire la semaine dernière, liste plusieurs demandes :
li|une redevance calculée au mètre linéaire plutôt qu'au forfait ;
li|un étalement du paiement sur la durée du festival ;
li|une concertation avant toute nouvelle hausse.
related|À lire aussi : Festival d'Avignon : ce qu'il faut savoir avant la première semaine
p|Du côté de l'office du tourisme, on rappelle que les bouquinistes font « partie du décor » du festival off et que leur présence est souvent citée par les visiteurs dans les enquêtes de satisfaction.
p|Une réunion doit se tenir jeudi en mairie. Plusieurs élus de l'opposition ont annoncé qu'ils y assisteraient.
paywall|Cet article est réservé aux abonnés. Vous le lisez grâce à votre abonnement. Merci de votre soutien.
newsletter|Recevez chaque matin l'essentiel de l'actualité du Vaucluse
newsletter|Votre adresse e-mail
newsletter|Je m'inscris
tags|Avignon
tags|Festival d'Avignon
tags|Commerce
sponsored|Contenus sponsorisés
sponsored|Provence : ces maisons de village se vendent à prix cassés
sponsored|Les vacanciers adorent ce petit accessoire à moins de 30 €
most-read|Les plus lus
most-read|1 Vitrolles : un incendie coupe l'A7, des habitations évacuées
most-read|2 Festival d'Avignon : la pièce qui fait déjà salle comble
most-read|3 OM : le nouvel entraîneur présenté ce mercredi à la Commanderie
most-read|4 Carpentras : le marché du vendredi déplacé pour travaux
teaser-list|Dans la même rubrique
teaser-list|Avignon : une nouvelle ligne de bus vers l'île de la Barthelasse
teaser-list|Il y a 3 heures
teaser-list|Le Pontet : la zone commerciale se dote d'une piste cyclable
teaser-list|Hier à 20h45
obituary|Avis de décès
obituary|Consultez les avis de décès de votre région et présentez vos condoléances
obituary|Voir les avis
footer|Le Mistral Quotidien
footer|Qui sommes-nous ?
footer|Nous contacter
footer|Publicité
footer|Annonces légales
footer|Mentions légales
footer|Conditions générales de vente
footer|Politique de confidentialité
footer|Gérer mes cookies
footer|Accessibilité : non conforme
app|Téléchargez l'application Le Mistral Quotidien
app|App Store
app|Google Play
copyright|© Le Mistral Quotidien 2025 - Tous droits réservés
"""),
 dict(id="niger-fleuve-info-1", site="niger-fleuve-info", lang="fr", sep="\n\n", title="Ségou : les maraîchers de Pélengana face à la pénurie de semences d'oignon", date="2025-02-11", page="""
timestamp|mardi, 11 février 2025
menu|Connexion
social|Facebook Twitter YouTube WhatsApp
menu|NIGERFLEUVE INFO
menu|Le journal en ligne du Mali
ad|Orange Money : transférez sans frais vers tous les réseaux jusqu'au 28 février
menu|ACCUEIL
menu|POLITIQUE
menu|SOCIÉTÉ
menu|ÉCONOMIE
menu|SÉCURITÉ
menu|RÉGIONS
menu|CULTURE
menu|SPORT
menu|CONTRIBUTIONS
menu|ANNONCES
ticker|À LA UNE
ticker|Bamako : les délestages reprennent dans plusieurs quartiers de la rive droite
ticker|Coupe du Mali : le Djoliba qualifié pour les quarts
breadcrumb|Accueil Régions
section-label|Régions
h1|Ségou : les maraîchers de Pélengana face à la pénurie de semences d'oignon
byline|Par Aminata Traoré
dateline|11 février 2025
views|412 vues
comments|0
share|Partager sur Facebook
share|Partager sur Twitter
share|WhatsApp
share|Telegram
caption|Une parcelle d'oignon à Pélengana, en périphérie de Ségou (Photo NigerFleuve Info)
p|À quelques kilomètres de Ségou, dans la commune de Pélengana, la saison du maraîchage a commencé dans l'inquiétude. Les producteurs d'oignon, qui font la réputation de la zone, peinent depuis décembre à trouver des semences de qualité sur le marché local.
p|« L'an dernier, le kilo de semences coûtait 35 000 francs CFA. Aujourd'hui, quand on en trouve, on nous demande 60 000 francs », explique Bakary Coulibaly, président d'une coopérative qui regroupe près de 90 membres.
ad|PUBLICITÉ
ad|Malitel 4G+ : le meilleur du réseau, partout au Mali
p|Selon plusieurs producteurs, les difficultés d'approvisionnement s'expliquent par le retard des importations en provenance des pays voisins et par la forte demande des nouveaux exploitants installés le long du fleuve.
h2|Des semences de mauvaise qualité en circulation
p|Faute de mieux, certains maraîchers se sont rabattus sur des semences vendues au bord de la route, sans emballage ni étiquette. Le résultat est décevant : des taux de germination faibles et des pépinières à recommencer.
p|Le directeur régional de l'Agriculture reconnaît la situation. Ses services ont recensé une vingtaine de points de vente non agréés dans le cercle de Ségou et prévoient des contrôles dans les prochaines semaines.
related|LIRE AUSSI : Koulikoro : une unité de transformation de mangues inaugurée à Kati
p|Pour les femmes, très nombreuses dans le maraîchage, la hausse des coûts pèse lourdement. Beaucoup travaillent sur de petites parcelles avec des crédits remboursés après la récolte.
h2|Les producteurs veulent une banque de semences
p|Les coopératives de la commune demandent la création d'une banque de semences locale, gérée par les producteurs eux-mêmes, afin de ne plus dépendre des importations.
p|« Nous savons produire nos propres semences, il nous faut seulement un appui pour le stockage », assure Bakary Coulibaly.
signature|Aminata Traoré, correspondante à Ségou
disclaimer|NB : Toute reproduction, même partielle, des articles de NigerFleuve Info est interdite sans autorisation de la rédaction.
signature|Source : NigerFleuve Info
share|Partager :
share|Cliquez pour partager sur Facebook(ouvre dans une nouvelle fenêtre)
share|Cliquez pour partager sur WhatsApp(ouvre dans une nouvelle fenêtre)
share|Cliquez pour imprimer(ouvre dans une nouvelle fenêtre)
like|J'aime ça :
like|J'aime chargement…
tags|agriculture maraîchage oignon Ségou
nav|Article précédent
nav|Tombouctou : les manuscrits numérisés bientôt accessibles en ligne
nav|Article suivant
nav|Mopti : reprise des rotations de pinasses entre Mopti et Konna
related|ARTICLES SIMILAIRES
related|Sikasso : la filière pomme de terre attend son usine de transformation
related|Kayes : les orpailleurs priés de quitter le lit de la Falémé
related|Niono : la campagne rizicole de contre-saison lancée
comments|LAISSER UN COMMENTAIRE
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Laisser un commentaire
most-read|LES PLUS LUS
most-read|Transition : le gouvernement annonce un recrutement de 5 000 enseignants
most-read|Bamako : les délestages reprennent dans plusieurs quartiers de la rive droite
most-read|Examens : le calendrier du DEF et du Bac 2025 publié
whatsapp|Rejoignez la chaîne WhatsApp de NigerFleuve Info
footer|NigerFleuve Info est un journal en ligne d'information générale édité à Bamako, Hamdallaye ACI 2000.
footer|Contact : redaction@nigerfleuve-info.ml | Publicité : +223 70 00 00 00
footer|Qui sommes-nous  Contact  Mentions légales
copyright|© 2025 NigerFleuve Info. Tous droits réservés. Conception : WebSahel
back-to-top|Haut de page
"""),
 dict(id="niger-fleuve-info-2", site="niger-fleuve-info", lang="fr", sep="\n\n", title="Bamako : les tarifs des Sotrama augmentent de 50 francs sur plusieurs lignes", date="2025-03-04", page="""
timestamp|mardi, 4 mars 2025
menu|Connexion
social|Facebook Twitter YouTube WhatsApp
menu|NIGERFLEUVE INFO
menu|Le journal en ligne du Mali
ad|Wave : envoyez de l'argent à 1 % seulement, partout au Mali
menu|ACCUEIL
menu|POLITIQUE
menu|SOCIÉTÉ
menu|ÉCONOMIE
menu|SÉCURITÉ
menu|RÉGIONS
menu|CULTURE
menu|SPORT
menu|CONTRIBUTIONS
menu|ANNONCES
ticker|À LA UNE
ticker|Ramadan : le croissant lunaire aperçu, le jeûne commence ce samedi
ticker|Football : les Aigles convoqués pour les éliminatoires
breadcrumb|Accueil Société
section-label|Société
h1|Bamako : les tarifs des Sotrama augmentent de 50 francs sur plusieurs lignes
byline|Par Moussa Keïta
dateline|4 mars 2025
views|1 287 vues
comments|5
share|Partager sur Facebook
share|Partager sur Twitter
share|WhatsApp
share|Telegram
caption|Des Sotrama à la gare de Djicoroni-Para (Photo d'archives)
p|Les usagers des minibus verts de Bamako ont eu une mauvaise surprise ce lundi matin. Sur plusieurs lignes reliant la rive droite au centre-ville, le prix du trajet est passé de 200 à 250 francs CFA, sans annonce officielle préalable.
p|Les apprentis, chargés d'encaisser les passagers, invoquent la hausse du prix du gasoil à la pompe et l'état des routes, qui use rapidement les véhicules. « On ne fait que suivre ce que les propriétaires nous demandent », résume l'un d'eux à la gare de Djicoroni-Para.
ad|PUBLICITÉ
ad|Malitel 4G+ : le meilleur du réseau, partout au Mali
p|Pour de nombreux travailleurs, la différence pèse lourd. Une vendeuse du Grand Marché qui fait deux allers-retours par jour calcule qu'elle dépensera près de 3 000 francs de plus chaque mois.
h2|Le syndicat des transporteurs s'explique
p|Joint par téléphone, un responsable du syndicat des transporteurs urbains affirme que l'augmentation a été décidée lors d'une assemblée générale en février. Il indique que les lignes concernées sont :
li|Kalaban-Coro – Grand Marché ;
li|Sébénikoro – Place de la Liberté ;
li|Niamakoro – Dibida ;
li|Sirakoro – Halle de Bamako.
p|Le ministère des Transports n'a pas encore réagi. Une association de consommateurs appelle les autorités à « encadrer les tarifs » et à consulter les usagers avant toute décision.
p|En attendant, certains passagers se tournent vers les motos-taxis, plus rapides aux heures de pointe mais plus chères et jugées moins sûres.
signature|Moussa Keïta
disclaimer|NB : Toute reproduction, même partielle, des articles de NigerFleuve Info est interdite sans autorisation de la rédaction.
signature|Source : NigerFleuve Info
share|Partager :
share|Cliquez pour partager sur Facebook(ouvre dans une nouvelle fenêtre)
share|Cliquez pour partager sur WhatsApp(ouvre dans une nouvelle fenêtre)
share|Cliquez pour imprimer(ouvre dans une nouvelle fenêtre)
like|J'aime ça :
like|J'aime chargement…
tags|Bamako transport Sotrama
nav|Article précédent
nav|Kati : un forage solaire pour le quartier de Malibougou
nav|Article suivant
nav|Université : reprise des cours à la FSEG après deux semaines de grève
related|ARTICLES SIMILAIRES
related|Bamako : les travaux de l'échangeur de Sébénikoro reprennent
related|Carburant : de longues files d'attente dans les stations de Bamako
related|Kalaban-Coro : un marché de nuit ouvert pendant le ramadan
comments|5 COMMENTAIRES
comments|Oumar D.
comments|4 mars 2025 à 11 h 42 min
comments|C'est toujours le petit peuple qui paie. Les routes sont gâtées et on augmente les prix.
comments|Répondre
comments|Fanta K.
comments|4 mars 2025 à 13 h 05 min
comments|Qu'on nous donne au moins des bus propres pour ce prix.
comments|Répondre
comments|LAISSER UN COMMENTAIRE
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Laisser un commentaire
most-read|LES PLUS LUS
most-read|Ramadan : le croissant lunaire aperçu, le jeûne commence ce samedi
teaser-list|Bamako : les tarifs des Sotrama augmentent de 50 francs sur plusieurs lignes
most-read|Santé : campagne gratuite de dépistage du diabète à l'hôpital du Mali
whatsapp|Rejoignez la chaîne WhatsApp de NigerFleuve Info
footer|NigerFleuve Info est un journal en ligne d'information générale édité à Bamako, Hamdallaye ACI 2000.
footer|Contact : redaction@nigerfleuve-info.ml | Publicité : +223 70 00 00 00
footer|Qui sommes-nous  Contact  Mentions légales
copyright|© 2025 NigerFleuve Info. Tous droits réservés. Conception : WebSahel
back-to-top|Haut de page
"""),
 dict(id="eireann-broadcast-news-1", site="eireann-broadcast-news", lang="en", sep="\n\n", title="Commuters face delays as Luas Green Line closes for two weeks of track works", date="2025-08-02", page="""
skip-link|Skip to main content
lang-switch|Gaeilge
menu|EBN
menu|News
menu|Sport
menu|Entertainment
menu|Business
menu|Lifestyle
menu|Culture
menu|Player
menu|Radio
menu|Weather
menu|Sign In
menu|Search
menu|Ireland
menu|World
menu|Politics
menu|Regional
menu|Courts
menu|Health
menu|Climate
menu|Newsletters
cookie|We use cookies and similar technologies to improve your experience, personalise content and ads, and analyse our traffic. By clicking "Accept All" you agree to the storing of cookies on your device. You can change your preferences at any time in Cookie Settings.
cookie|Accept All
cookie|Reject All
cookie|Cookie Settings
section-label|Dublin
h1|Commuters face delays as Luas Green Line closes for two weeks of track works
byline|Aoife Brennan
byline|Transport Correspondent
dateline|Updated / Saturday, 2 Aug 2025 09:14
share|Share
caption|Replacement bus services will operate between Ranelagh and Sandyford
credit|File image: EBN
lead|Thousands of commuters on Dublin's south side will have to find alternative routes from today as part of the Luas Green Line closes for essential track renewal works.
p|Trams will not run between Ranelagh and Sandyford until Sunday 17 August, with services operating only between Broombridge and Ranelagh and between Sandyford and Brides Glen.
p|Transport Infrastructure Ireland said the works, which include replacing worn rails and upgrading signalling near the Beechwood stop, had been scheduled during the school holidays to limit disruption.
p|A replacement bus service will run every six to eight minutes at peak times, stopping close to each closed Luas stop. Leap cards and Luas tickets will be accepted on the buses.
related|Read more: Dublin Bus to add 40 electric double-deckers to fleet by end of year
h2|'It will add half an hour to my day'
p|At Ranelagh this morning, some passengers said they had only learned of the closure when they arrived at the stop.
p|"I work in a hospital in Sandyford and I start at seven," said one nurse. "The bus is fine but it will add half an hour to my day, every day, for two weeks."
p|Cycling groups have urged people who are able to do so to consider cycling, noting that the parallel cycle route along the old Harcourt Street line remains open.
h2|Further closures planned
p|TII has said that further, shorter closures will be needed in the autumn as part of the same programme. It said details would be announced at least four weeks in advance.
p|The National Transport Authority said it was monitoring the replacement service and would add extra buses if demand required it.
tags|Luas
tags|Transport
tags|Dublin
correction|Report an error on this article
most-read|Most Read
most-read|1 Gardaí investigating after man injured in Limerick city
most-read|2 Met Éireann issues yellow rain warning for six counties
most-read|3 Leaving Cert results to be released on 22 August
most-read|4 House prices rise 8% in year to June, CSO figures show
teaser-list|Latest News
teaser-list|Two men arrested after drugs seizure at Rosslare Europort
teaser-list|Updated / Saturday, 2 Aug 2025 09:02
teaser-list|Heatwave conditions possible next week, forecasters say
teaser-list|Updated / Saturday, 2 Aug 2025 08:47
watch|Watch: EBN News at One
watch|Listen: Morning Ireland
footer|Accessibility
footer|Statement of Commitments
footer|Complaints
footer|Jobs
footer|Contact Us
footer|Privacy Notice
footer|Cookie Policy
footer|Terms of Use
app|Download the EBN News app
disclaimer|EBN is not responsible for the content of external internet sites.
copyright|© EBN 2025
"""),
 dict(id="eireann-broadcast-news-2", site="eireann-broadcast-news", lang="en", sep="\n\n", title="Farmers in west warned of fodder shortfall after wet summer delays silage", date="2025-09-10", page="""
skip-link|Skip to main content
lang-switch|Gaeilge
menu|EBN
menu|News
menu|Sport
menu|Entertainment
menu|Business
menu|Lifestyle
menu|Culture
menu|Player
menu|Radio
menu|Weather
menu|Sign In
menu|Search
menu|Ireland
menu|World
menu|Politics
menu|Regional
menu|Courts
menu|Health
menu|Climate
menu|Newsletters
cookie|We use cookies and similar technologies to improve your experience, personalise content and ads, and analyse our traffic. By clicking "Accept All" you agree to the storing of cookies on your device. You can change your preferences at any time in Cookie Settings.
cookie|Accept All
cookie|Reject All
cookie|Cookie Settings
section-label|Connacht
h1|Farmers in west warned of fodder shortfall after wet summer delays silage
byline|Ciarán Ó Fearraigh
byline|Western Correspondent
dateline|Updated / Wednesday, 10 Sep 2025 17:36
share|Share
video|Play video
video|02:41
video|Ciarán Ó Fearraigh reports from Co Mayo
lead|Farm advisers have warned that many livestock farmers in the west and north-west could run short of winter feed after one of the wettest summers on record kept machinery out of the fields.
p|Teagasc said a survey of more than 600 farms in Connacht and Donegal showed that around a third had less than 80% of the silage they would need for the winter.
p|On land near Ballinrobe, Co Mayo, Pádraig Walsh said he had managed only one cut of silage this year, compared with two in a normal season.
p|"We got a few dry days in July and that was it," he said. "I'll have to buy in bales or sell some stock before November, and prices for both are going the wrong way."
ad|Advertisement
h2|Advice for farmers
p|Teagasc advisers are urging farmers to complete a fodder budget now rather than wait until the animals are housed. Its recommendations include:
li|measuring silage stocks and estimating how long they will last;
li|selling or finishing surplus stock early;
li|considering concentrate feeding to stretch forage;
li|talking to neighbours about buying standing crops of late grass.
p|The Irish Farmers' Association said the Government should prepare a fodder support scheme, as it did in 2018, before the situation became a crisis.
p|In a statement, the Department of Agriculture said it was monitoring fodder supplies closely and was in contact with farm organisations and co-operatives.
listen|Listen: Farming correspondent on the fodder situation
listen|Countrywide | 05:12
tags|Farming
tags|Weather
tags|Mayo
correction|Report an error on this article
most-read|Most Read
most-read|1 Budget 2026: What we know so far about the tax package
most-read|2 Woman dies after two-car collision in Co Kerry
most-read|3 Schools told to prepare for new phone policy from January
most-read|4 Ryder Cup: Irish players named in European team
teaser-list|Latest News
teaser-list|Galway council approves plan for new city centre bus corridor
teaser-list|Updated / Wednesday, 10 Sep 2025 17:20
teaser-list|Inflation eases slightly to 2.1% in August
teaser-list|Updated / Wednesday, 10 Sep 2025 16:58
watch|Watch: EBN News at Six
watch|Listen: Drivetime
footer|Accessibility
footer|Statement of Commitments
footer|Complaints
footer|Jobs
footer|Contact Us
footer|Privacy Notice
footer|Cookie Policy
footer|Terms of Use
app|Download the EBN News app
disclaimer|EBN is not responsible for the content of external internet sites.
copyright|© EBN 2025
"""),
 dict(id="river-valley-fm-1", site="river-valley-fm", lang="en", sep="\n", title="Council Votes to Keep Bellbrook Pool Open Through Winter Trial", date="2025-05-14", page="""
skip-link|Skip to content
listen|▶ LISTEN LIVE
listen|On Air Now: Breakfast with Deb & Macca  6:00am – 9:00am
menu|2RVF 98.1 River Valley FM
menu|Your Community. Your Voice.
menu|Home
menu|Listen
menu|Programs
menu|Program Guide
menu|News
menu|Community Notices
menu|Events
menu|Get Involved
menu|Become a Member
menu|Sponsorship
menu|About
menu|Contact
donate|DONATE
acknowledgement|River Valley FM acknowledges the Gumbaynggirr people, the Traditional Custodians of the land on which we broadcast, and pays respect to Elders past and present.
section-label|Local News
h1|Council Votes to Keep Bellbrook Pool Open Through Winter Trial
byline|Posted by Rhiannon Cole
dateline|May 14, 2025
tags|in Local News, Council
p|The Bellbrook Aquatic Centre will stay open through the cooler months for the first time, after Nambucca Valley councillors voted six to three on Tuesday night to fund a winter trial.
p|The heated 25-metre pool usually closes at the end of April and reopens in October. Under the trial it will open four mornings a week, from 6am to 10am, between June and August.
p|Councillor Megan Doyle, who moved the motion, said older residents and people doing rehabilitation had been asking for year-round access for years.
p|"For some of our older folk, the water is the only place they can exercise without pain," she said. "Driving an hour to the nearest indoor pool just isn't an option for a lot of them."
h2|Cost concerns
p|Council staff estimate the trial will cost about $48,000, mostly for heating and lifeguard wages. Three councillors voted against it, saying the money would be better spent on road repairs after February's floods.
p|Council will review attendance figures in September before deciding whether to make winter opening permanent.
listen|Listen to Councillor Doyle speaking with Deb & Macca on Breakfast:
listen|Audio Player
listen|00:00
listen|00:00
listen|Use Up/Down Arrow keys to increase or decrease volume.
listen|Download
share|Share this:
share|Facebook
share|X
share|Email
share|Print
like|Like this:
like|Like Loading...
nav|← Previous Post
nav|Macksville Show Returns With New Dog Jumping Event
nav|Next Post →
nav|Roadworks on Bowraville Road to Start Next Week
notices|Community Notices
notices|Bellingen Garden Club Plant Sale – Sat 17 May, Memorial Hall, 9am
notices|Free Seniors Tech Help – Every Thursday at Nambucca Library
notices|Blood Bank Mobile Van – Macksville RSL car park, 20–22 May
notices|Submit a community notice
schedule|Coming Up on 98.1
schedule|9:00am Morning Magazine with Trish
schedule|12:00pm Country Crossroads
schedule|2:00pm Valley Voices
sponsored|Proudly supported by our sponsors
sponsored|Valley Hardware & Rural Supplies
sponsored|Nambucca Heads Bakery
sponsored|Riverside Physiotherapy
funding-note|River Valley FM is supported by the Community Broadcasting Foundation.
newsletter|Subscribe to our newsletter
newsletter|Email Address
newsletter|Subscribe
footer|2RVF 98.1 River Valley FM Inc.
footer|PO Box 215, Macksville NSW 2447
footer|Studio: (02) 6500 0981
footer|ABN 00 000 000 000
footer|Privacy Policy | Complaints & Codes of Practice | Volunteer Login
copyright|© 2025 River Valley FM. All rights reserved.
credit|Website by Coastline Web Design
back-to-top|Back to top
"""),
 dict(id="river-valley-fm-2", site="river-valley-fm", lang="en", sep="\n", title="Volunteer Firefighters Call for New Recruits Ahead of Hazard Reduction Season", date="2025-07-22", page="""
skip-link|Skip to content
listen|▶ LISTEN LIVE
listen|On Air Now: Morning Magazine with Trish  9:00am – 12:00pm
menu|2RVF 98.1 River Valley FM
menu|Your Community. Your Voice.
menu|Home
menu|Listen
menu|Programs
menu|Program Guide
menu|News
menu|Community Notices
menu|Events
menu|Get Involved
menu|Become a Member
menu|Sponsorship
menu|About
menu|Contact
donate|DONATE
acknowledgement|River Valley FM acknowledges the Gumbaynggirr people, the Traditional Custodians of the land on which we broadcast, and pays respect to Elders past and present.
section-label|Local News
h1|Volunteer Firefighters Call for New Recruits Ahead of Hazard Reduction Season
byline|Posted by Tom Nguyen
dateline|July 22, 2025
tags|in Local News, Emergency
caption|Members of the Taylors Arm brigade during a training day at the showground.
credit|Photo: supplied
p|Rural Fire Service brigades across the valley are asking for new volunteers, with several small brigades warning they are down to a handful of active members ahead of the hazard reduction season.
p|The Taylors Arm brigade has just seven regular members, compared with more than twenty a decade ago. Captain Lyn Parsons says most of the current crew are over sixty.
p|"We've got the trucks and the gear, what we need is people," she said. "If we get a call on a weekday, sometimes it's only two of us who can get there."
h2|Not just fighting fires
p|Parsons said many people assume they need to be young and fit to join, but brigades need volunteers for a range of roles:
li|radio and communications;
li|catering and logistics during long incidents;
li|community education at schools and markets;
li|maintenance of equipment and stations.
p|New members complete basic training over several weekends, with the first intake of the season starting in mid-August at Macksville.
p|The RFS district office says hazard reduction burns will begin in the valley from late August, weather permitting, and residents will be notified through the Hazards Near Me app.
p|Anyone interested can attend an information night at the Macksville brigade station next Wednesday at 6.30pm.
listen|Hear Captain Lyn Parsons on Valley Voices:
listen|Audio Player
listen|00:00
listen|00:00
listen|Use Up/Down Arrow keys to increase or decrease volume.
listen|Download
share|Share this:
share|Facebook
share|X
share|Email
share|Print
like|Like this:
like|Like Loading...
nav|← Previous Post
nav|Winter Markets Draw Record Crowd to Bellingen Park
nav|Next Post →
nav|Nambucca Bridge Lane Closures This Weekend
notices|Community Notices
notices|Macksville Men's Shed Open Day – Sat 26 July, 10am–2pm
notices|Lions Club Trivia Night – Fri 1 Aug, Bowraville Hall
notices|NAIDOC Week Family Day – Gordon Park, 9 Aug
notices|Submit a community notice
schedule|Coming Up on 98.1
schedule|12:00pm Country Crossroads
schedule|2:00pm Valley Voices
schedule|4:00pm Drive Time with Ash
sponsored|Proudly supported by our sponsors
sponsored|Valley Hardware & Rural Supplies
sponsored|Nambucca Heads Bakery
sponsored|Riverside Physiotherapy
funding-note|River Valley FM is supported by the Community Broadcasting Foundation.
newsletter|Subscribe to our newsletter
newsletter|Email Address
newsletter|Subscribe
footer|2RVF 98.1 River Valley FM Inc.
footer|PO Box 215, Macksville NSW 2447
footer|Studio: (02) 6500 0981
footer|ABN 00 000 000 000
footer|Privacy Policy | Complaints & Codes of Practice | Volunteer Login
copyright|© 2025 River Valley FM. All rights reserved.
credit|Website by Coastline Web Design
back-to-top|Back to top
"""),
]
