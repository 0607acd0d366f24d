# Round 17: ten pages on five more layouts (a Cameroonian online daily, a French national weekly magazine, a
# Scottish daily, a Kenyan daily, a Haitian news site), written blind: without looking at the classifier, its rules
# or the benchmark, measured once. Each line: "label|text". Invented text; no real article is copied.
ROUND17 = [
 dict(id="douala-soir-1", site="douala-soir", lang="fr", sep="\n\n", title="Douala : les commerçants du marché Congo réclament des caniveaux avant la grande saison des pluies", date="2025-08-19", page="""
timestamp|Douala, mardi 19 août 2025
weather|Douala 27°C Averses
login|Connexion / Inscription
menu|DOUALA SOIR
menu|Le quotidien en ligne du Littoral
menu|À LA UNE | NATIONAL | LITTORAL | ÉCONOMIE | SPORTS | CULTURE | DIASPORA | TRIBUNE LIBRE
breaking|FLASH INFO
breaking|Yaoundé : coupure d’eau annoncée ce mercredi dans six quartiers de la capitale
breadcrumb|Vous êtes ici : Accueil » Littoral » Société
section-label|LITTORAL
h1|Douala : les commerçants du marché Congo réclament des caniveaux avant la grande saison des pluies
byline|Écrit par Armande Ngo Nyemb
dateline|Mardi, 19 Août 2025 11:47
views|Affichages : 2 317
font|Taille de police Réduire Agrandir
print|Imprimer
share|E-mail
caption|Une allée du marché Congo sous l’eau après l’averse de samedi dernier.
credit|Ph. Douala Soir
lead|Après les inondations du week-end, les vendeurs de l’un des plus grands marchés de la capitale économique demandent à la communauté urbaine de curer les drains avant septembre.
p|Samedi, il a suffi d’une pluie de deux heures pour que l’eau monte jusqu’aux genoux dans les allées du marché Congo. Des sacs de farine, des cartons de savon et des pagnes ont été emportés ou abîmés.
p|« J’ai perdu pour près de 400 000 francs de marchandise. Qui va me rembourser ? », s’interroge Pauline Ekwalla, vendeuse de produits vivriers depuis quinze ans.
ad|ESPACE PUBLICITAIRE
p|Les commerçants accusent les caniveaux bouchés par les ordures et les constructions anarchiques qui empiètent sur les voies d’écoulement.
read-also|LIRE ÉGALEMENT >> Inondations : la communauté urbaine de Douala lance un appel d’offres pour le curage du Mfoundi
h2|Une réunion prévue jeudi
p|Le délégué du syndicat des commerçants, Jean-Blaise Nkotto, affirme avoir obtenu un rendez-vous jeudi avec les services techniques de la mairie d’arrondissement.
p|Il compte y déposer une liste de doléances :
li|le curage des trois grands drains qui entourent le marché ;
li|la démolition des comptoirs construits sur les caniveaux ;
li|l’installation de bacs à ordures supplémentaires.
p|Joint au téléphone, un responsable de la mairie assure que des travaux sont programmés « dans les prochaines semaines ».
p|Les commerçants, eux, disent avoir déjà entendu cette promesse l’an dernier.
signature|A.N.N.
tags|Mots-clés : Douala, inondations, marché Congo, assainissement
comments|Réagissez à cet article
comments|Votre nom (obligatoire)
comments|Votre adresse e-mail (ne sera pas publiée)
comments|Envoyer le commentaire
teaser-list|Dans la même rubrique :
teaser-list|Bonabéri : le pont sur le Wouri fermé deux nuits pour entretien
teaser-list|18/08/2025
teaser-list|Akwa : les moto-taxis interdits dans le centre après 22 heures
teaser-list|17/08/2025
teaser-list|New-Bell : un incendie ravage une dizaine de boutiques
teaser-list|15/08/2025
footer|Qui sommes-nous ? | Nous contacter | Publicité | Conditions générales
copyright|Copyright © 2025 Douala Soir Sarl. Tous droits réservés. Reproduction interdite sans autorisation.
"""),
 dict(id="douala-soir-2", site="douala-soir", lang="fr", sep="\n\n", title="Lions indomptables : Le sélectionneur convoque trois joueurs du championnat local", date="2025-10-03", page="""
timestamp|Douala, vendredi 03 octobre 2025
weather|Douala 29°C Nuageux
login|Connexion / Inscription
menu|DOUALA SOIR
menu|Le quotidien en ligne du Littoral
menu|À LA UNE | NATIONAL | LITTORAL | ÉCONOMIE | SPORTS | CULTURE | DIASPORA | TRIBUNE LIBRE
breaking|FLASH INFO
breaking|Bafoussam : le marché A rouvre après deux semaines de fermeture
breadcrumb|Vous êtes ici : Accueil » Sports » Football
section-label|SPORTS
h1|Lions indomptables : Le sélectionneur convoque trois joueurs du championnat local
byline|Écrit par Serge Mbarga Owona
dateline|Vendredi, 03 Octobre 2025 16:20
views|Affichages : 5 902
font|Taille de police Réduire Agrandir
print|Imprimer
share|E-mail
repeat|Lions indomptables : Le sélectionneur convoque trois joueurs du championnat local
lead|La liste des 25 joueurs retenus pour les deux matchs amicaux de novembre a été publiée vendredi après-midi à Yaoundé.
p|C’est une surprise que personne n’attendait. Trois joueurs évoluant au Cameroun figurent dans la liste publiée vendredi par la Fédération : un gardien de Coton Sport, un défenseur de Fovu et un milieu de Colombe.
p|Le sélectionneur avait annoncé en septembre qu’il suivrait « de très près » le championnat national.
p|« Je ne ferme la porte à personne. Celui qui est en forme joue, qu’il soit à Garoua ou à Madrid. »
p|Les Lions affronteront deux sélections d’Afrique de l’Est, les 14 et 18 novembre, au stade Japoma.
ad|ESPACE PUBLICITAIRE
p|L’absence du capitaine, blessé à la cuisse, était attendue. Celle de deux attaquants habitués du groupe fait déjà débat sur les réseaux sociaux.
p|Le rassemblement débutera le 10 novembre à Douala.
signature|S.M.O.
tags|Mots-clés : Lions indomptables, Fécafoot, football
poll|SONDAGE : Cette liste vous satisfait-elle ?
poll|Oui
poll|Non
poll|Sans avis
poll|Voter
poll|Voir les résultats
comments|Réagissez à cet article
comments|Votre nom (obligatoire)
comments|Votre adresse e-mail (ne sera pas publiée)
comments|Envoyer le commentaire
teaser-list|Dans la même rubrique :
teaser-list|Elite One : Coton Sport reprend la tête après sa victoire à Bamenda
teaser-list|02/10/2025
teaser-list|Handball : les Lionnes en stage à Limbé
teaser-list|01/10/2025
footer|Qui sommes-nous ? | Nous contacter | Publicité | Conditions générales
copyright|Copyright © 2025 Douala Soir Sarl. Tous droits réservés. Reproduction interdite sans autorisation.
"""),
 dict(id="hebdo-hexagone-1", site="hebdo-hexagone", lang="fr", sep="\n", title="Dans la Creuse, les médecins retraités reprennent du service", date="2025-03-13", page="""
skip-link|Aller au contenu
skip-link|Aller au pied de page
cookie|Le respect de votre vie privée est notre priorité
cookie|L’Hebdo Hexagone et ses 214 partenaires stockent et accèdent à des informations non sensibles sur votre appareil, comme des cookies ou l’identifiant unique de votre appareil, et traitent vos données personnelles afin de diffuser des publicités et contenus personnalisés.
cookie|Refuser et s’abonner
cookie|Accepter
cookie|Plus d’options
menu|L’HEBDO HEXAGONE
subscribe|Abonnez-vous : 1 € le premier mois
login|Mon espace
menu|Politique
menu|Société
menu|Monde
menu|Économie
menu|Idées
menu|Culture
menu|Le magazine de la semaine
section-label|Société
section-label|Reportage
h1|Dans la Creuse, les médecins retraités reprennent du service
lead|Face au départ des généralistes, un département rural mise sur ses anciens praticiens. Ils ont 70 ans passés et consultent deux jours par semaine. Reportage.
byline|Par Hélène Vautrin (envoyée spéciale à Guéret)
dateline|Publié le 13/03/2025 à 06h30
dateline|Mis à jour le 13/03/2025 à 09h12
reading-time|⏱ 6 min
save|Ajouter à mes favoris
share|Offrir cet article
share|Commenter
alt-text|Un médecin ausculte une patiente dans un cabinet.
caption|Le docteur Michel Aubusson, 73 ans, reçoit ses patients deux matinées par semaine à la maison de santé de Bourganeuf.
credit|Hebdo Hexagone / Pierre Delmas
p|Il est 8 h 15 et la salle d’attente est déjà pleine. Le docteur Michel Aubusson, 73 ans, a rangé sa blouse il y a huit ans. Depuis septembre, il l’a ressortie.
p|« Je pensais jardiner. Et puis ma pharmacienne m’a dit qu’elle voyait des gens qui n’avaient plus vu de médecin depuis deux ans », raconte-t-il entre deux consultations.
p|Ils sont une vingtaine dans le département à avoir répondu à l’appel lancé l’an dernier par le conseil départemental et l’agence régionale de santé.
ad|PUBLICITÉ
h2|Cumul emploi-retraite
p|Le dispositif est simple. Le département met à disposition un cabinet équipé, prend en charge le secrétariat et les frais de déplacement. Le médecin, lui, cumule sa pension et les honoraires de ses consultations.
p|Dans une commune voisine, la docteure Annie Fougeras, 71 ans, a fait le même choix. Elle ne prend que des patients sans médecin traitant.
p|« C’est une solution de rustine. »
p|La phrase est d’un responsable syndical de jeunes médecins, qui craint que ce recours ne dispense les pouvoirs publics de réformes plus profondes.
read-also|À lire aussi Déserts médicaux : l’Assemblée relance le débat sur la régulation de l’installation
h2|Et après ?
p|Le conseil départemental reconnaît qu’il ne s’agit que d’un répit. Il finance en parallèle des bourses pour des étudiants en médecine qui s’engagent à s’installer dans la Creuse à la fin de leurs études.
p|Le docteur Aubusson, lui, s’est fixé une limite : « Jusqu’à 75 ans. Après, ce sera vraiment le jardin. »
paywall|Cet article vous est offert. Pour lire tous nos reportages, abonnez-vous.
paywall|Je m’abonne
tags|Médecine | Déserts médicaux | Creuse | Santé
comments|Commentaires (48)
comments|Réservé aux abonnés. Je m’abonne pour commenter
teaser-list|Les articles les plus lus de la semaine
teaser-list|1
teaser-list|Retraites : ce que contient vraiment le rapport du Conseil d’orientation
teaser-list|2
teaser-list|Enquête : comment les agences de notation jugent la France
app|Téléchargez l’application L’Hebdo Hexagone
app|Disponible sur l’App Store
app|Disponible sur Google Play
footer|Contact | Mentions légales | CGV | Données personnelles | Gestion des cookies | Accessibilité : partiellement conforme
copyright|© L’Hebdo Hexagone 2025
"""),
 dict(id="hebdo-hexagone-2", site="hebdo-hexagone", lang="fr", sep="\n", title="« Le musée doit sortir de ses murs » : entretien avec une conservatrice qui expose dans les supermarchés", date="2025-06-26", page="""
skip-link|Aller au contenu
skip-link|Aller au pied de page
cookie|Le respect de votre vie privée est notre priorité
cookie|L’Hebdo Hexagone et ses 214 partenaires stockent et accèdent à des informations non sensibles sur votre appareil, comme des cookies ou l’identifiant unique de votre appareil, et traitent vos données personnelles afin de diffuser des publicités et contenus personnalisés.
cookie|Refuser et s’abonner
cookie|Accepter
cookie|Plus d’options
menu|L’HEBDO HEXAGONE
subscribe|Abonnez-vous : 1 € le premier mois
login|Mon espace
menu|Politique
menu|Société
menu|Monde
menu|Économie
menu|Idées
menu|Culture
menu|Le magazine de la semaine
section-label|Culture
section-label|Entretien
h1|« Le musée doit sortir de ses murs » : entretien avec une conservatrice qui expose dans les supermarchés
lead|Depuis deux ans, Claire Montbrison accroche des œuvres des collections publiques dans des galeries marchandes de la région lyonnaise. Elle explique pourquoi.
byline|Propos recueillis par Julien Carrière
dateline|Publié le 26/06/2025 à 18h00
reading-time|⏱ 4 min
save|Ajouter à mes favoris
share|Offrir cet article
share|Commenter
paywall|Article réservé aux abonnés
h2|L’Hebdo Hexagone. Pourquoi un supermarché ?
p|Claire Montbrison. Parce que c’est là que les gens sont. Un samedi après-midi, il passe plus de monde devant la boulangerie d’un centre commercial que dans notre musée en un mois.
h2|Les œuvres ne risquent-elles rien ?
p|Nous choisissons des pièces robustes, des estampes, des photographies, des sculptures en bronze. Tout est sous vitrine et surveillé. En deux ans, nous n’avons eu aucun incident.
h2|Qu’en disent les visiteurs ?
p|Beaucoup nous disent qu’ils ne sont jamais entrés dans un musée. Certains viennent ensuite nous voir, avec leurs enfants. C’est exactement ce que nous cherchions.
h2|Combien cela coûte-t-il ?
p|Moins qu’une exposition temporaire classique. Les enseignes prêtent l’espace gratuitement, et le transport des œuvres est assuré par nos équipes.
paywall|Il vous reste 62 % de cet article à lire.
paywall|Vous êtes abonné ? Se connecter
paywall|Offre spéciale été : 3 mois pour 3 €
teaser-list|Sur le même sujet
teaser-list|Fréquentation des musées : le grand retour des visiteurs étrangers
teaser-list|Abonné
teaser-list|Le Louvre-Lens fête ses douze ans avec une exposition sur le travail
footer|Contact | Mentions légales | CGV | Données personnelles | Gestion des cookies | Accessibilité : partiellement conforme
copyright|© L’Hebdo Hexagone 2025
"""),
 dict(id="glasgow-clarion-1", site="glasgow-clarion", lang="en", sep="\n\n", title="Clyde ferry crossing to be restored after three-year gap", date="2025-04-09", page="""
skip-link|Skip to content
menu|The Clarion
menu|Est. 1887 · Scotland's voice since the Reform Act
login|Log in
subscribe|Subscribe – 3 months for £1
menu|News
menu|Politics
menu|Sport
menu|Business
menu|Opinion
menu|Arts & Culture
menu|Lifestyle
menu|Puzzles
menu|Obituaries
breadcrumb|News › Scottish News › Transport
h1|Clyde ferry crossing to be restored after three-year gap
lead|Passengers will be able to cross the river between Renfrew and Yoker again from the summer after the council agreed a new operating contract.
byline|By Fiona MacLeod
byline|Transport Correspondent
dateline|Wednesday April 9 2025, 6.00am BST
share|Share this article
share|Gift article
share|Copy link
caption|The old ferry at Renfrew slipway before services were suspended in 2022
credit|Picture: Clarion Archive
p|A passenger ferry across the Clyde that was withdrawn three years ago is to be reinstated this summer, councillors have confirmed.
p|The short crossing between Renfrew and Yoker, which has operated in one form or another for centuries, was suspended when its previous operator pulled out, citing rising fuel and crew costs.
p|Renfrewshire Council's infrastructure committee on Tuesday approved a five-year contract with a Greenock-based boat company to run the service.
video|WATCH: How the Renfrew ferry served the shipyards (2:41)
p|Services will run every 30 minutes between 7am and 7pm on weekdays, with a reduced timetable at weekends.
p|Single fares are expected to be £2 for adults, with concessions for pensioners and under-22s.
h2|'A lifeline'
p|Local councillor Morag Lindsay said the loss of the ferry had forced workers on the north bank to make a 40-minute detour by bus.
p|"For some people this was a lifeline. I'm delighted it's coming back."
p|The council will meet most of the £1.2 million cost, with a contribution from the regional transport partnership.
ad|Advertisement
author-bio|Fiona MacLeod has covered transport and infrastructure for The Clarion since 2016. She tweets @FionaMacLeodTC.
related|Related articles
related|Glasgow subway modernisation delayed again
related|Bus franchising plan moves a step closer
comments|Comments are subject to our community guidelines, which can be viewed here.
comments|Join the conversation
comments|Sort by: Newest
newsletter|Sign up to The Clarion's Morning Briefing – the day's top stories before 7am
newsletter|Sign up
footer|The Clarion, 40 Buchanan Street, Glasgow. Registered in Scotland No. SC000123.
footer|Contact us · Help · Terms and conditions · Privacy policy · Cookie settings · Complaints · Editorial code
copyright|© Clarion Media Group Ltd 2025
"""),
 dict(id="glasgow-clarion-2", site="glasgow-clarion", lang="en", sep="\n\n", title="Edinburgh festival landlords face new short-let checks", date="2025-07-22", page="""
skip-link|Skip to content
menu|The Clarion
menu|Est. 1887 · Scotland's voice since the Reform Act
login|Log in
subscribe|Subscribe – 3 months for £1
menu|News
menu|Politics
menu|Sport
menu|Business
menu|Opinion
menu|Arts & Culture
menu|Lifestyle
menu|Puzzles
menu|Obituaries
breadcrumb|News › Scottish News › Edinburgh
h1|Edinburgh festival landlords face new short-let checks
lead|Inspectors will visit properties advertised for the August festivals without a licence, the city council said.
byline|By Callum Baird
dateline|Tuesday July 22 2025, 12.01am BST
dateline|Updated Tuesday July 22 2025, 9.45am BST
share|Share this article
share|Gift article
share|Copy link
p|Edinburgh's council is to send inspectors to flats being let to festival visitors without a short-term let licence, in a crackdown ahead of next month's events.
p|Officials said they had identified more than 600 listings on booking websites that did not display a licence number, as the law has required since 2023.
ad|Advertisement
p|Landlords found letting without a licence face fines of up to £2,500.
p|Here is what the council says hosts need to do:
li|Apply for a temporary exemption if letting for up to six weeks
li|Display the licence number on every advert
li|Provide a gas safety certificate and electrical inspection report
p|Residents' groups in the Old Town welcomed the move.
p|Short-let operators said many hosts were simply unaware of the rules.
correction|Correction: An earlier version of this article said fines were up to £25,000. This has been corrected.
related|Related articles
related|Fringe ticket sales up on last year despite price rises
comments|Comments are subject to our community guidelines, which can be viewed here.
comments|Join the conversation
newsletter|Sign up to The Clarion's Morning Briefing – the day's top stories before 7am
newsletter|Sign up
footer|The Clarion, 40 Buchanan Street, Glasgow. Registered in Scotland No. SC000123.
footer|Contact us · Help · Terms and conditions · Privacy policy · Cookie settings · Complaints · Editorial code
copyright|© Clarion Media Group Ltd 2025
"""),
 dict(id="rift-daily-ke-1", site="rift-daily-ke", lang="en", sep="\n", title="Nakuru farmers turn to drip irrigation as rains fail for second season", date="2025-05-14", page="""
timestamp|Wednesday, May 14, 2025
menu|E-Paper
login|Sign in
subscribe|Get Premium
menu|RIFT DAILY
menu|Kenya's independent voice from the Valley
menu|Home
menu|News
menu|Counties
menu|Business
menu|Sports
menu|Lifestyle
menu|Opinion
menu|Kiswahili
ticker|BREAKING NEWS
ticker|KPLC announces scheduled power interruptions in parts of Nakuru and Naivasha on Thursday
breadcrumb|News / Counties / Nakuru
h1|Nakuru farmers turn to drip irrigation as rains fail for second season
byline|By WANJIRU KAMAU
author-link|More by this Author
dateline|May 14, 2025
caption|A farmer inspects a drip line on her kale plot in Rongai, Nakuru County, on May 10, 2025.
credit|Photo | John Kiprono | Rift Daily
section-label|Summary
li|Small-scale farmers say the long rains have been patchy since March.
li|The county has distributed 1,200 drip kits at subsidised prices.
li|Experts warn that groundwater levels are falling.
p|Farmers in Nakuru County are turning to drip irrigation to save their crops after the long rains failed for the second season in a row.
p|In Rongai and Subukia, where maize and beans are usually planted in March, many fields remain bare. Those who have planted say the seedlings are wilting.
ad|ADVERTISEMENT
p|Ms Esther Chepkoech, who grows kale and tomatoes on half an acre, says she installed a drip kit in April after losing her first crop.
p|"I used to pray for rain. Now I pray that the borehole does not dry up."
p|The county's agriculture department says it has sold 1,200 kits at half their market price since January. A further 800 are expected next month.
read-also|READ: Government lifts ban on GMO maize imports as prices rise
h2|Falling water table
p|But hydrologists caution that drip irrigation depends on boreholes and shallow wells that are themselves under strain.
p|A 2024 survey by the water resources authority found that levels in some wells around Lake Nakuru had dropped by three metres in a decade.
p|The county executive for agriculture said the government was also promoting water pans and rainwater harvesting from roofs.
signature|wkamau@riftdaily.co.ke
share|Share this story
social|Follow Rift Daily on WhatsApp, X and TikTok
teaser-list|Related Stories
teaser-list|Naivasha flower exporters count losses as freight costs rise
teaser-list|2 days ago
teaser-list|Fertiliser subsidy: Farmers decry long queues at NCPB depots
teaser-list|5 days ago
ad|Sponsored Content
ad|Here's why Kenyans are switching to this solar lamp
ad|SolarHome KE
footer|About Us | Contact Us | Advertise With Us | Terms of Use | Privacy Policy | Complaints
copyright|© 2025 Rift Daily Media Group Ltd. All Rights Reserved.
"""),
 dict(id="rift-daily-ke-2", site="rift-daily-ke", lang="en", sep="\n", title="Eldoret marathon: Local runners sweep podium as course record falls", date="2025-10-26", page="""
timestamp|Sunday, October 26, 2025
menu|E-Paper
login|Sign in
subscribe|Get Premium
menu|RIFT DAILY
menu|Kenya's independent voice from the Valley
menu|Home
menu|News
menu|Counties
menu|Business
menu|Sports
menu|Lifestyle
menu|Opinion
menu|Kiswahili
ticker|BREAKING NEWS
ticker|Two suspects arrested over theft of transformer oil in Kapseret
breadcrumb|Sports / Athletics
h1|Eldoret marathon: Local runners sweep podium as course record falls
byline|By KIPCHUMBA SANG
author-link|More by this Author
dateline|October 26, 2025
section-label|Summary
li|The winner clocked 2:07:41, beating the old course record by 52 seconds.
li|More than 6,000 runners took part in the full and half marathon.
p|ELDORET, Kenya – Runners from Uasin Gishu and Elgeyo Marakwet swept the podium at the Eldoret City Marathon on Sunday, with the men's course record falling in cool conditions.
p|The 24-year-old winner, running his second marathon, broke away from a group of six at the 35-kilometre mark.
ad|ADVERTISEMENT
p|"I trained on these roads. I knew where the hills were," he said after crossing the line on Uganda Road.
p|In the women's race, a former steeplechaser won in 2:24:10 in her debut over the distance.
p|Organisers said more than 6,000 runners had registered for the full marathon, the half marathon and a 10km fun run.
video|VIDEO | Highlights from the finish line (3:05)
p|The top three in each race will receive invitations to marathons in Europe next spring.
signature|Additional reporting by Vivian Jerotich
share|Share this story
social|Follow Rift Daily on WhatsApp, X and TikTok
teaser-list|Related Stories
teaser-list|Athletics Kenya names team for World Cross Country
teaser-list|3 days ago
footer|About Us | Contact Us | Advertise With Us | Terms of Use | Privacy Policy | Complaints
copyright|© 2025 Rift Daily Media Group Ltd. All Rights Reserved.
"""),
 dict(id="ayiti-nouvelles-1", site="ayiti-nouvelles", lang="fr", sep="\n\n", title="Jacmel : le carnaval maintenu malgré les difficultés financières", date="2025-02-12", page="""
ticker|Taux de référence BRH : 1 USD = 131,52 HTG
lang-switch|Français | Kreyòl | English
menu|AYITI NOUVELLES
menu|Actualités
menu|Politique
menu|Économie
menu|Société
menu|Culture
menu|Sport
menu|Diaspora
menu|Opinions
listen|▶ Radio en direct
search|Rechercher…
section-label|CULTURE
h1|Jacmel : le carnaval maintenu malgré les difficultés financières
byline|Par Rose-Carline Augustin
dateline|12 février 2025
share|Partager sur Facebook
share|Partager sur WhatsApp
share|Copier le lien
lead|Le comité organisateur a confirmé mercredi que les défilés auront bien lieu les 23 et 24 février, avec un budget réduit de moitié.
p|Il y aura bien un carnaval à Jacmel cette année. Après plusieurs semaines d’incertitude, le comité organisateur l’a annoncé mercredi lors d’une conférence de presse à l’hôtel de ville.
p|Le budget, qui dépassait 40 millions de gourdes en 2023, a été ramené à un peu moins de 20 millions, grâce surtout à des commerçants et à des associations de la diaspora.
caption|Des artisans de Jacmel préparent des masques en papier mâché, le 10 février 2025.
credit|Photo : Ayiti Nouvelles / Wesner Jean-Baptiste
p|Dans les ateliers de la rue du Commerce, les artisans travaillent déjà sur les masques et les costumes. Beaucoup disent avoir puisé dans leurs économies.
p|« Le carnaval, c’est notre identité. On ne pouvait pas le laisser mourir. »
p|Ces mots sont ceux de Frantz Désir, artisan depuis trente ans, qui prépare une vingtaine de masques de diables et de zombis.
ad|— Publicité —
h2|Sécurité
p|La police nationale promet un renforcement des effectifs dans la ville pendant les deux jours de fête. Les routes d’accès depuis la capitale restent cependant jugées risquées par de nombreux visiteurs.
p|Le comité invite les Jacméliens de la diaspora à revenir pour l’occasion.
donate|Ayiti Nouvelles est un média indépendant. Soutenez notre travail à partir de 5 dollars par mois.
donate|Faire un don
newsletter|Recevez nos infos sur WhatsApp : écrivez « INFO » au +509 0000 0000
tags|Jacmel | Carnaval | Culture | Sud-Est
teaser-list|Articles récents
teaser-list|Cap-Haïtien : reprise des vols vers Miami la semaine prochaine
teaser-list|il y a 3 heures
teaser-list|Les écoles du Plateau central ferment deux jours pour cause de manifestations
teaser-list|il y a 7 heures
footer|À propos | Équipe | Charte éditoriale | Contact | Publicité
copyright|© 2025 Ayiti Nouvelles. Tous droits réservés.
"""),
 dict(id="ayiti-nouvelles-2", site="ayiti-nouvelles", lang="fr", sep="\n\n", title="Le prix du riz importé en hausse de 15 % en un mois", date="2025-06-04", page="""
ticker|Taux de référence BRH : 1 USD = 130,87 HTG
lang-switch|Français | Kreyòl | English
menu|AYITI NOUVELLES
menu|Actualités
menu|Politique
menu|Économie
menu|Société
menu|Culture
menu|Sport
menu|Diaspora
menu|Opinions
listen|▶ Radio en direct
search|Rechercher…
section-label|ÉCONOMIE
h1|Le prix du riz importé en hausse de 15 % en un mois
byline|Par la rédaction
dateline|4 juin 2025
share|Partager sur Facebook
share|Partager sur WhatsApp
share|Copier le lien
dateline|PORT-AU-PRINCE, 4 juin (AN) –
p|Le sac de 50 kilos de riz importé se vend désormais autour de 5 200 gourdes sur les marchés de la capitale, contre 4 500 au début du mois de mai, selon un relevé effectué mardi par Ayiti Nouvelles.
p|Les importateurs invoquent la hausse du fret et les difficultés d’accès au port, où plusieurs conteneurs attendent d’être dédouanés.
ad|— Publicité —
p|La Coordination nationale de la sécurité alimentaire s’inquiète de l’effet sur les ménages les plus pauvres, qui consacrent plus de la moitié de leurs revenus à l’alimentation.
p|Dans l’Artibonite, la production locale de riz reste insuffisante pour compenser.
p|Le ministère du Commerce a annoncé une réunion avec les importateurs la semaine prochaine.
signature|AN/RCA
donate|Ayiti Nouvelles est un média indépendant. Soutenez notre travail à partir de 5 dollars par mois.
donate|Faire un don
tags|Riz | Prix | Économie | Sécurité alimentaire
teaser-list|Articles récents
teaser-list|Gonaïves : les agriculteurs demandent la réhabilitation des canaux d’irrigation
teaser-list|il y a 1 jour
footer|À propos | Équipe | Charte éditoriale | Contact | Publicité
copyright|© 2025 Ayiti Nouvelles. Tous droits réservés.
"""),
]
