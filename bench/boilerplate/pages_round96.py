# Round 96: eight pages on four more layouts (a Moroccan French-language daily, a public broadcaster's African sport
# pages with a football match report, a Guinean news portal, a Hong Kong English-language daily with a paywall),
# written blind: without looking at the classifier, its rules or the benchmark, measured once. Each line:
# "label|text". Invented text; no real article is copied.
ROUND96 = [
 dict(id="liberation-maroc-style-1", site="liberation-maroc-style", lang="fr", sep="\n", title="Chômage : le taux grimpe à 36,8% chez les jeunes citadins, selon le HCP", date="2026-02-05", page="""
timestamp|Aujourd'hui : jeudi 05 février 2026
ticker|Rabat : Fajr 06:31 - Dohr 13:36 - Asr 16:34 - Maghrib 18:58 - Icha 20:14
social|Facebook
social|Twitter
social|YouTube
account|Connexion
subscribe|S'abonner
menu|LIBRE MAROC
menu|Quotidien national d'information - Fondé en 1964
menu|Actualité
menu|Politique
menu|Economie
menu|Société
menu|Sport
menu|Culture
menu|Monde
menu|Horizons
menu|Chroniques
menu|Entretien
menu|Portrait
menu|Libre+
epaper|Edition PDF
search|Rechercher
breaking|Dernière minute : Le Conseil de gouvernement adopte le projet de décret relatif à l'aide directe au logement
ad|Publicité
section-label|Actualité
h1|Chômage : le taux grimpe à 36,8% chez les jeunes citadins, selon le HCP
lead|L'économie nationale a créé 118.000 postes d'emploi en 2025, un volume insuffisant pour absorber l'arrivée des nouveaux diplômés sur le marché du travail
byline|Mehdi Ouazzani
dateline|Jeudi 5 Février 2026
share|Partager
share|Facebook
share|Twitter
share|LinkedIn
share|Google+
share|Blogger
share|Tumblr
share|Imprimer
share|Envoyer à un ami
font|Taille du texte : A+ A-
comments|Commentaire (0)
caption|Des jeunes diplômés devant une agence de l'ANAPEC à Casablanca
p|Le chômage continue de toucher de plein fouet les jeunes en milieu urbain. Selon la note d'information publiée mercredi par le Haut-Commissariat au Plan (HCP) sur la situation du marché du travail en 2025, le taux de chômage des 15-24 ans vivant en ville a atteint 36,8%, contre 35,4% un an plus tôt.
p|A l'échelle nationale, le taux de chômage s'est établi à 13,1%, en très légère baisse de 0,2 point par rapport à 2024. Il passe de 16,9% à 16,5% en milieu urbain et reste stable autour de 6,8% en milieu rural, où la reprise partielle de l'activité agricole après plusieurs années de sécheresse a permis de limiter les pertes d'emploi.
h2|Les diplômés, premières victimes
p|Le HCP relève que le chômage frappe davantage les diplômés que les non-diplômés. Parmi les titulaires d'un diplôme de niveau supérieur, le taux atteint 19,7%, et il dépasse 25% chez les jeunes femmes diplômées. La durée moyenne de recherche d'un premier emploi est désormais supérieure à trois ans pour près de la moitié des chômeurs.
p|L'économie nationale a créé, entre 2024 et 2025, quelque 118.000 postes d'emploi, dont 96.000 en milieu urbain. Le secteur des services en a fourni l'essentiel, suivi du BTP, porté par les chantiers d'infrastructures liés à la préparation de la Coupe du monde 2030. L'industrie, y compris l'artisanat, n'a créé que 14.000 postes.
read-also|Lire aussi : Loi de finances 2026 : ce que prévoit le texte pour l'emploi des jeunes
p|Le sous-emploi, lui, continue de progresser. Le nombre d'actifs occupés en situation de sous-emploi est passé de 1,03 million à 1,09 million de personnes, soit un taux de 10,4%. Il s'agit, pour une large part, d'emplois précaires, faiblement rémunérés ou ne correspondant pas à la qualification des intéressés.
h2|Des programmes publics sous le feu des critiques
p|Ces chiffres relancent le débat sur l'efficacité des programmes publics d'insertion. Plusieurs dispositifs, lancés ces dernières années pour encourager l'auto-emploi et l'embauche des jeunes, peinent à produire les effets escomptés, de l'avis même de nombreux économistes.
p|« On continue à empiler les programmes sans évaluation sérieuse de ceux qui les ont précédés. Le problème de fond reste le faible contenu en emploi de notre croissance », estime un enseignant-chercheur en économie à l'Université Mohammed V de Rabat, contacté par Libre Maroc.
p|Au Parlement, les groupes de l'opposition ont réclamé la tenue d'une séance consacrée à la question de l'emploi. « Le gouvernement avait promis un million de postes durant son mandat. Nous en sommes très loin », a déclaré un député lors de la séance des questions orales de mardi à la Chambre des représentants.
p|Du côté de l'Exécutif, on met en avant la feuille de route pour l'emploi adoptée l'an dernier, dotée d'une enveloppe de 14 milliards de dirhams, qui prévoit notamment un soutien renforcé aux très petites entreprises et des incitations à l'embauche dans les régions les plus touchées.
signature|M.O.
views|Lu 412 fois
rating|Notez
rating|☆☆☆☆☆
tags|Tags : chômage HCP emploi jeunes
comments|Nouveau commentaire :
comments|Nom
comments|Votre commentaire
comments|Commenter
comments|Les commentaires sont modérés. Tout propos injurieux, diffamatoire ou raciste sera supprimé.
related|Dans la même rubrique :
nav|< >
related|Mercredi 4 Février 2026 - 17:00
related|Le Maroc et la Mauritanie renforcent leur coopération énergétique
related|Mercredi 4 Février 2026 - 16:30
related|Intempéries : des routes coupées dans la province d'Al Haouz
related|Mardi 3 Février 2026 - 18:00
related|Les étudiants en médecine réclament l'ouverture de nouveaux postes d'internat
ad|Publicité
epaper|Libre+ en PDF
epaper|Téléchargez le numéro du jour
most-read|Les plus lus
most-read|Retraites : les syndicats rejettent la dernière mouture du projet
most-read|Botola Pro : le derby casablancais reporté au dimanche
most-read|Prix des carburants : nouvelle baisse à la pompe
newsletter|Inscription à la newsletter
newsletter|Votre e-mail
newsletter|OK
rss|Flux RSS
footer|Qui sommes-nous
footer|Contact
footer|Publicité
footer|Abonnement
footer|Mentions légales
copyright|Libre Maroc © 2026 - Tous droits réservés. Toute reproduction, même partielle, est interdite sans autorisation préalable.
footer|Créé avec WMaker
"""),
 dict(id="liberation-maroc-style-2", site="liberation-maroc-style", lang="fr", sep="\n", title="Ramadan : la sardine hors de prix sur les marchés de Casablanca", date="2026-02-24", page="""
timestamp|Aujourd'hui : mardi 24 février 2026
ticker|Casablanca : Ftour à 18h53 - Imsak à 05h52
social|Facebook
social|Twitter
social|YouTube
account|Connexion
subscribe|S'abonner
menu|LIBRE MAROC
menu|Quotidien national d'information - Fondé en 1964
menu|Actualité
menu|Politique
menu|Economie
menu|Société
menu|Sport
menu|Culture
menu|Monde
menu|Horizons
menu|Chroniques
menu|Entretien
menu|Portrait
menu|Libre+
epaper|Edition PDF
search|Rechercher
ad|Publicité
ad|Ramadan Moubarak Saïd - Profitez de nos offres sur les dattes et fruits secs
section-label|Société
h1|Ramadan : la sardine hors de prix sur les marchés de Casablanca
lead|Vendue jusqu'à 30 dirhams le kilo dans certains quartiers, la sardine, poisson du pauvre par excellence, devient un luxe pour de nombreux ménages
byline|Hafsa Bennani
dateline|Mardi 24 Février 2026
share|Partager
share|Facebook
share|Twitter
share|LinkedIn
share|Google+
share|Blogger
share|Tumblr
share|Imprimer
share|Envoyer à un ami
font|Taille du texte : A+ A-
comments|Commentaire (3)
caption|Etal de poissons au marché central de Casablanca
credit|Ph : Archives
p|Au marché de Derb Ghallef, ce lundi, les étals de poisson sont bien garnis, mais les clients se font rares. « Trente dirhams le kilo de sardine, c'est du jamais vu pendant le Ramadan », peste une mère de famille venue faire ses courses en fin de matinée. Elle repart avec un demi-kilo de merlan congelé.
p|Depuis le début du mois sacré, le prix de la sardine oscille entre 22 et 30 dirhams le kilo dans la plupart des marchés de la capitale économique, contre 12 à 15 dirhams il y a deux ans à la même période. Une flambée qui intervient alors que la demande en produits de la mer atteint traditionnellement son pic durant cette période.
h2|Une ressource qui se raréfie
p|Les professionnels invoquent d'abord une baisse des débarquements. Selon les chiffres de l'Office national des pêches, les captures de petits pélagiques dans les ports de l'Atlantique centre ont reculé de près de 20% en 2025. Le repos biologique décrété pour la sardine dans plusieurs zones, pour permettre la reconstitution des stocks, a également pesé sur l'offre.
p|« Les bateaux sortent, mais ils reviennent souvent avec peu de chose. Et le gasoil coûte toujours aussi cher », explique un armateur du port de Safi joint par téléphone.
p|Mais pour les associations de consommateurs, la rareté n'explique pas tout. Elles pointent du doigt la multiplication des intermédiaires entre le port et le consommateur final. « Entre la halle aux poissons et l'étal du quartier, le prix peut être multiplié par trois », affirme le président d'une fédération de protection du consommateur, qui appelle à un renforcement des contrôles.
read-also|Lire aussi : Prix des fruits et légumes : le gouvernement promet des contrôles renforcés
h2|Les autorités multiplient les contrôles
p|Les commissions mixtes de contrôle des prix ont effectué, depuis le 18 février, plus de 2.300 opérations dans la région de Casablanca-Settat, selon un communiqué de la wilaya. Plusieurs procès-verbaux ont été dressés pour défaut d'affichage des prix et pour stockage illégal.
p|Le ministère de l'Agriculture et de la Pêche maritime a, de son côté, annoncé la mise sur le marché de quantités supplémentaires de poisson congelé à prix plafonné, à travers un réseau de points de vente mobiles installés dans les quartiers populaires.
p|En attendant, les ménages s'adaptent. Certains se rabattent sur le poulet, dont le prix reste relativement stable autour de 18 dirhams le kilo, d'autres réduisent tout simplement les quantités. « La harira, on la fait toujours. Le poisson, on verra », résume un retraité rencontré à la sortie du marché.
views|Lu 1.206 fois
rating|Notez
rating|☆☆☆☆☆
tags|Tags : Ramadan prix sardine pêche Casablanca
comments|1.Posté par Abdelkrim le 24/02/2026 13:12
comments|Les intermédiaires s'enrichissent sur le dos du peuple et personne ne bouge.
comments|2.Posté par Nadia B. le 24/02/2026 15:40
comments|A Agadir c'est pareil, 25 dh au souk lundi.
comments|3.Posté par Simo le 24/02/2026 17:05
comments|Il faut supprimer les licences des mareyeurs spéculateurs.
comments|Nouveau commentaire :
comments|Nom
comments|Votre commentaire
comments|Commenter
comments|Les commentaires sont modérés. Tout propos injurieux, diffamatoire ou raciste sera supprimé.
related|Dans la même rubrique :
nav|< >
related|Lundi 23 Février 2026 - 19:00
related|Bidonvilles : 3.400 familles relogées à Tanger depuis janvier
related|Lundi 23 Février 2026 - 17:30
related|Santé : une campagne nationale de vaccination contre la rougeole
related|Dimanche 22 Février 2026 - 18:00
related|Transport urbain : les nouveaux bus de Casablanca ne convainquent pas
ad|Publicité
epaper|Libre+ en PDF
epaper|Téléchargez le numéro du jour
most-read|Les plus lus
most-read|Ramadan : les horaires de travail dans l'administration publique
most-read|Botola Pro : le Raja s'impose à Berkane
most-read|Chômage : le taux grimpe à 36,8% chez les jeunes citadins, selon le HCP
newsletter|Inscription à la newsletter
newsletter|Votre e-mail
newsletter|OK
rss|Flux RSS
footer|Qui sommes-nous
footer|Contact
footer|Publicité
footer|Abonnement
footer|Mentions légales
copyright|Libre Maroc © 2026 - Tous droits réservés. Toute reproduction, même partielle, est interdite sans autorisation préalable.
footer|Créé avec WMaker
"""),
 dict(id="bbc-sport-africa-style-1", site="bbc-sport-africa-style", lang="en", sep="\n", title="Pyramids edge Esperance to take slender lead into Cairo", date="2026-03-07", page="""
skip-link|Skip to content
accessibility|Accessibility Help
menu|UBC Homepage
account|Your account
account|Sign in
notifications|Notifications
menu|Home
menu|News
menu|Sport
menu|Weather
menu|iPlayer
menu|Sounds
menu|Bitesize
menu|More menu
search|Search UBC
menu|Sport
menu|Home
menu|Football
menu|Cricket
menu|Formula 1
menu|Rugby U
menu|Tennis
menu|Golf
menu|Athletics
menu|Cycling
menu|All Sport
menu|More
tabs|Report
tabs|Line-ups
tabs|Stats
tabs|Head-to-head
scoreboard|CAF Champions League
scoreboard|Quarter-final - first leg
scoreboard|Esperance de Tunis
scoreboard|1
scoreboard|, Esperance de Tunis 1
scoreboard|Pyramids FC
scoreboard|2
scoreboard|, Pyramids FC 2
scoreboard|Full time
scoreboard|FT
scoreboard|HT 1-1
scoreboard|Esperance de Tunis scorers: Y. Benali (35' pen)
scoreboard|Pyramids FC scorers: F. Mbuyi (12') A. Chraibi (77')
scoreboard|Stade Hammadi Agrebi, Rades
h1|Pyramids edge Esperance to take slender lead into Cairo
byline|Karim Abdelrahman
byline|UBC Sport Africa
dateline|Published 7 March 2026
share|Share
save|Save
comments|48 Comments
credit|Image source, Getty Images
caption|Image caption, Anas Chraibi's late strike gave Pyramids a first win in Rades
p|Anas Chraibi's late strike gave holders Pyramids a 2-1 victory over Esperance in the first leg of their African Champions League quarter-final in Tunisia on Saturday.
p|The Egyptian side, who won the continental title for the first time last season, had gone ahead early through Fiston Mbuyi before Youcef Benali levelled from the penalty spot just after the half-hour mark.
p|With the tie seemingly heading for a draw in front of more than 40,000 fans at the Stade Hammadi Agrebi, Moroccan full-back Chraibi drove forward from the right and curled a low shot inside the far post with 13 minutes left.
p|It was the first time Pyramids had won away at the four-time African champions, and leaves them in a strong position ahead of next Saturday's return leg at the 30 June Stadium in Cairo.
related-inline|Read more
related-inline|Esperance have scored in every home Champions League game this season
related-inline|How Pyramids went from new money to African champions
h2|Benali fury at the final whistle
p|Esperance had started brightly, pressing high and forcing two early corners, but it was the visitors who struck first.
p|A quick break down the left ended with Mbuyi, the Congolese striker signed in January, stabbing home from close range after goalkeeper Wassim Gharbi could only parry a cross.
p|The home side were level in the 35th minute when Pyramids defender Ahmed Fathallah was judged to have handled in the box following a VAR review, and Algeria international Benali sent the goalkeeper the wrong way.
p|Benali went close again before the break with a free-kick that clipped the top of the bar, and the Tunisians dominated possession for much of the second half without creating a clear opening.
p|After Chraibi's winner, tempers frayed. Benali was booked for dissent as he confronted the Mauritanian referee at the final whistle, and several Esperance officials had to be held back by stewards.
p|"We gave away a cheap goal at the end, but the tie is not finished," Esperance coach Nabil Trabelsi told reporters.
p|"Ninety minutes in Cairo is a long time. We have won in Egypt before and we can do it again."
h2|'We must stay humble'
p|Pyramids coach Zoran Petrak said his side had shown the maturity of champions.
p|"Coming here is never easy. The atmosphere is incredible and they pushed us for long periods," the Croatian said.
p|"But we stayed organised and we punished them when the chance came. We must stay humble, because it is only half-time in this tie."
p|Elsewhere in the quarter-finals, Mamelodi Sundowns drew 0-0 with Al Ahly in Pretoria on Friday, while Simba SC host Stade Malien in Dar es Salaam on Sunday.
p|The winners of the tie between Pyramids and Esperance will face either Sundowns or Al Ahly in the semi-finals in April.
stats|Match Stats
stats|Possession
stats|Esperance de Tunis 61%
stats|Pyramids FC 39%
stats|Shots on target
stats|4
stats|5
stats|Corners
stats|7
stats|3
podcast|Listen: Africa Football on UBC Sounds
podcast|The latest from across the continent with Celestine Ouma and guests
topics|Related topics
topics|African Football
topics|CAF Champions League
topics|Football
more-story|More on this story
more-story|Sundowns and Al Ahly share goalless draw in Pretoria
more-story|Published 6 March 2026
more-story|Champions League quarter-final draw: Esperance face holders Pyramids
more-story|Published 28 January 2026
comments|Comments
comments|Join the conversation
comments|View comments (48)
teaser-list|Top stories
teaser-list|Live. Premier League: Arsenal v Chelsea - text and radio commentary
teaser-list|Six Nations: Scotland hold off Wales in Cardiff thriller
teaser-list|2 hours ago
teaser-list|Sabalenka beaten in Indian Wells second round
teaser-list|5 hours ago
teaser-list|Elsewhere in Sport
teaser-list|The Nigerian sprinter chasing her mother's record
teaser-list|Why Senegal's new coach wants fewer Europe-based players
most-read|Most read
most-read|1 Manager sacked after home defeat by bottom club
most-read|2 Transfer news: striker close to Saudi move
most-read|3 Verstappen sets pace in Australian Grand Prix practice
most-read|4 Jockey banned for 21 days over whip use
whatsapp|Follow UBC Sport Africa on WhatsApp
footer|Terms of Use
footer|About the UBC
footer|Privacy Policy
footer|Cookies
footer|Accessibility Help
footer|Parental Guidance
footer|Contact the UBC
footer|UBC emails for you
footer|Advertise with us
footer|Do not share or sell my info
copyright|Copyright 2026 UBC. All rights reserved. The UBC is not responsible for the content of external sites. Read about our approach to external linking.
"""),
 dict(id="bbc-sport-africa-style-2", site="bbc-sport-africa-style", lang="en", sep="\n", title="Ten-man Simba hold Berkane to keep Dar dream alive", date="2026-04-12", page="""
skip-link|Skip to content
accessibility|Accessibility Help
menu|UBC Homepage
account|Your account
account|Sign in
notifications|Notifications
menu|Home
menu|News
menu|Sport
menu|Weather
menu|iPlayer
menu|Sounds
menu|Bitesize
menu|More menu
search|Search UBC
menu|Sport
menu|Home
menu|Football
menu|Cricket
menu|Formula 1
menu|Rugby U
menu|Tennis
menu|Golf
menu|Athletics
menu|Cycling
menu|All Sport
menu|More
tabs|Report
tabs|Line-ups
tabs|Stats
tabs|Head-to-head
scoreboard|CAF Champions League
scoreboard|Semi-final - first leg
scoreboard|RS Berkane
scoreboard|1
scoreboard|, RS Berkane 1
scoreboard|Simba SC
scoreboard|1
scoreboard|, Simba SC 1
scoreboard|Full time
scoreboard|FT
scoreboard|HT 0-0
scoreboard|RS Berkane scorers: O. Lahlou (58')
scoreboard|Simba SC scorers: J. Kouadio (84')
scoreboard|Red card: S. Mrisho (66')
scoreboard|Stade Municipal de Berkane
h1|Ten-man Simba hold Berkane to keep Dar dream alive
byline|Hassan Mwakyusa
byline|UBC Sport Africa, Dar es Salaam
dateline|Published 12 April 2026
share|Share
save|Save
comments|112 Comments
credit|Image source, AFP
caption|Image caption, Simba's players celebrate Jean-Marc Kouadio's equaliser in Berkane
p|Jean-Marc Kouadio's late equaliser earned 10-man Simba a precious 1-1 draw away to Morocco's RS Berkane in the first leg of their African Champions League semi-final on Sunday.
p|The Tanzanian giants, who have not reached the final of Africa's elite club competition since its current format was introduced, looked to be heading for defeat after defender Shaban Mrisho was sent off midway through the second half.
p|Berkane had taken the lead eight minutes earlier when striker Oussama Lahlou headed in a corner at the near post.
p|But Ivorian midfielder Kouadio, who had barely touched the ball in the second period, collected a loose clearance on the edge of the area and lashed a shot into the top corner with six minutes remaining.
video|Watch: Kouadio's stunning strike silences Berkane
video|Video, 00:00:41
h2|Frustration for Berkane
p|Berkane, who beat Simba in the final of the Confederation Cup last season, dominated for long periods on a heavy pitch after torrential rain in the hours before kick-off.
p|Their coach Mourad Ferchichi had warned before the game that his side could not afford to concede at home, and he cut a frustrated figure on the touchline after the final whistle.
p|"We controlled everything, we had the man advantage and we gave away a goal from nothing," the Tunisian said.
p|"It is a lesson for the players. At this level, you cannot switch off for one second."
p|The Moroccan side also had a strong penalty appeal turned down in stoppage time when Lahlou went down under a challenge from goalkeeper Ramadhani Kiwelu, but the referee waved play on and VAR did not intervene.
h2|A full house awaits in Dar
p|Simba coach Pieter van Rooyen praised the character of his team, who had to defend deep for the last half-hour.
p|"With 10 men, in this atmosphere, against a team like Berkane, to come away with a draw and an away goal is a very good result," the South African said.
p|Away goals no longer count as a tie-breaker in CAF competitions, but Van Rooyen insisted his players would go into the second leg with confidence.
p|Tickets for next Sunday's return leg at the Benjamin Mkapa Stadium, which holds 60,000, sold out within hours of going on sale, according to the club.
p|Simba will be without Mrisho, who is suspended, while forward Steven Okello is a doubt after limping off with a hamstring injury late in the first half.
p|In the other semi-final, Pyramids beat Mamelodi Sundowns 2-0 in Cairo on Saturday.
stats|Match Stats
stats|Possession
stats|RS Berkane 66%
stats|Simba SC 34%
stats|Shots on target
stats|6
stats|2
stats|Corners
stats|9
stats|0
newsletter|Get African football news sent straight to your phone
newsletter|Sign up for the UBC Sport Africa newsletter
podcast|Listen: Africa Football on UBC Sounds
podcast|The latest from across the continent with Celestine Ouma and guests
topics|Related topics
topics|African Football
topics|CAF Champions League
topics|Tanzania
more-story|More on this story
more-story|Pyramids take control of semi-final against Sundowns
more-story|Published 11 April 2026
more-story|Simba fans camp outside stadium for semi-final tickets
more-story|Published 9 April 2026
comments|Comments
comments|Join the conversation
comments|View comments (112)
teaser-list|Top stories
teaser-list|Live. Premier League: Liverpool v Manchester City - text and radio commentary
teaser-list|McIlroy three shots off lead going into final round at Augusta
teaser-list|1 hour ago
teaser-list|Bahrain Grand Prix: Norris wins from pole
teaser-list|3 hours ago
teaser-list|Elsewhere in Sport
teaser-list|Kenya's marathon queen eyes one last London
teaser-list|The Ugandan academy producing Europe's next goalkeepers
most-read|Most read
most-read|1 Title race: what each side needs from the final six games
most-read|2 England name uncapped trio in World Cup squad
teaser-list|3 Ten-man Simba hold Berkane to keep Dar dream alive
most-read|4 Boxer stripped of title after missing weight
whatsapp|Follow UBC Sport Africa on WhatsApp
footer|Terms of Use
footer|About the UBC
footer|Privacy Policy
footer|Cookies
footer|Accessibility Help
footer|Parental Guidance
footer|Contact the UBC
footer|UBC emails for you
footer|Advertise with us
footer|Do not share or sell my info
copyright|Copyright 2026 UBC. All rights reserved. The UBC is not responsible for the content of external sites. Read about our approach to external linking.
"""),
 dict(id="guinee7-style-1", site="guinee7-style", lang="fr", sep="\n", title="Conakry : retour des délestages, les habitants de Matoto à bout", date="2026-03-12", page="""
timestamp|jeudi, mars 12, 2026
weather|Conakry 33°C Partiellement nuageux
ticker|1 € = 10 118 GNF
ticker|1 $ = 8 675 GNF
social|Facebook
social|X
social|YouTube
social|WhatsApp
menu|KALOUM7.COM
menu|L'info guinéenne en continu
ad|PUBLICITÉ
ad|Envoyez, payez, retirez partout en Guinée avec MoneyGui - Composez #144#
menu|Accueil
menu|Politique
menu|Économie
menu|Société
menu|Sécurité
menu|Justice
menu|Education
menu|Santé
menu|Sport
menu|Culture
menu|Régions
menu|Afrique
menu|Monde
menu|Contact
search|Rechercher
breaking|FLASH INFO
breaking|Transition : le gouvernement annonce la révision du fichier électoral avant les législatives
breaking|Kindia : un camion-citerne se renverse sur la RN1, la circulation perturbée
breaking|Bac 2026 : le calendrier des examens nationaux dévoilé
breadcrumb|Accueil » Société
section-label|Société
h1|Conakry : retour des délestages, les habitants de Matoto à bout
byline|Par Mamadou Saliou Barry
dateline|12 mars 2026
reading-time|Temps de lecture : 3 min
views|👁 2 341
comments|💬 0
share|Facebook
share|X
share|WhatsApp
share|Telegram
share|Imprimer
caption|Un quartier de Matoto plongé dans le noir, mercredi soir.
credit|Photo : Kaloum7.com
dateline|Conakry, le 12 mars 2026 –
p|Les coupures intempestives d'électricité sont de retour dans plusieurs quartiers de la capitale. À Matoto, Sangoyah, Dabompa ou encore Kissosso, les habitants affirment ne recevoir le courant que quelques heures par jour depuis le début du mois de mars, en pleine période de chaleur et de Ramadan.
p|Dans une rue commerçante de Sangoyah, les groupes électrogènes ronronnent à longueur de journée. Devant sa boutique de produits surgelés, Mariama Sow fait ses comptes. « Depuis deux semaines, j'ai jeté des cartons de poisson et de poulet. Le courant vient à 2 heures du matin et repart à 6 heures. Avec le carburant pour le groupe, je travaille à perte », se plaint-elle.
p|Même constat chez les soudeurs et les couturiers, nombreux dans le quartier. « On ne peut rien faire sans électricité. Les clients viennent chercher leurs habits pour la fête et on leur dit d'attendre », explique Ousmane Camara, tailleur depuis quinze ans à Dabompa.
read-also|A lire aussi : Électricité : le gouvernement promet la fin des délestages d'ici la fin de l'année
h2|Le niveau des barrages en cause
p|Interrogée par Kaloum7.com, une source à la direction de la société publique d'électricité explique cette situation par la baisse du niveau d'eau dans les retenues des barrages hydroélectriques, habituelle en fin de saison sèche, et par des pannes sur certaines centrales thermiques de la capitale.
p|« Nous faisons face à un déficit de production. Des équipes travaillent jour et nuit pour remettre en service les groupes en panne. Un programme de rationnement a été mis en place pour que chaque quartier puisse être desservi », assure notre interlocuteur, qui a requis l'anonymat.
p|Selon la même source, l'arrivée de nouvelles barges de production d'énergie, attendue avant la fin du mois d'avril, devrait permettre de soulager le réseau.
h2|Les jeunes menacent de manifester
p|Mais sur le terrain, la patience s'effrite. Mercredi soir, des jeunes de Kissosso ont brièvement bloqué la route Le Prince avec des pneus enflammés avant d'être dispersés par les forces de l'ordre. Aucun blessé n'a été signalé.
p|« Nous payons nos factures, nous achetons nos cartes prépayées, mais le courant ne vient pas. On ne peut pas continuer comme ça », fulmine Alpha Oumar Diallo, membre d'une association de jeunes du quartier.
p|Les habitants réclament notamment :
li|la publication d'un programme de délestage clair, quartier par quartier ;
li|le remboursement des unités prépayées perdues lors des coupures ;
li|la réparation des transformateurs endommagés à Dabompa et Sangoyah.
p|Contacté, le chef de quartier de Sangoyah appelle au calme et dit avoir transmis les doléances de ses administrés à la mairie de Matoto.
signature|Mamadou Saliou Barry pour Kaloum7.com
signature|+224 622 00 00 00
tags|Tags :
tags|Conakry
tags|Délestages
tags|Électricité
tags|Matoto
share|Partagez cet article !
share|Facebook
share|WhatsApp
share|Messenger
whatsapp|📲 Rejoignez la chaîne WhatsApp de Kaloum7.com pour recevoir l'essentiel de l'actualité
author-bio|Mamadou Saliou Barry
author-bio|Journaliste à Kaloum7.com depuis 2019, il couvre la société et les questions urbaines.
nav|Article précédent
nav|Foot : le Syli national convoque 26 joueurs pour les matchs amicaux de mars
nav|Article suivant
nav|Kankan : un incendie ravage une partie du grand marché
related|VOUS AIMEREZ AUSSI
related|Eau potable : les habitants de Cosa réclament des forages
related|10 mars 2026
related|Conakry : la mairie de Ratoma lance une opération de salubrité
related|8 mars 2026
related|Transport : hausse du prix des taxis-motos à Conakry
related|5 mars 2026
comments|Laisser un commentaire Annuler la réponse
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Site web
comments|Enregistrer mon nom, mon adresse e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Laisser un commentaire
ad|PUBLICITÉ
ad|Publi-reportage : la Banque de l'Atlantique Guinée inaugure sa 20e agence à Boké
most-read|LES PLUS LUS
most-read|Coyah : deux présumés braqueurs arrêtés par la gendarmerie
most-read|Fonction publique : le recrutement de 3 000 enseignants annoncé
most-read|Santé : une épidémie de rougeole signalée à Faranah
teaser-list|DERNIERS ARTICLES
teaser-list|Mamou : les transporteurs observent une journée de grève
teaser-list|Il y a 35 minutes
teaser-list|Ramadan : le prix du sac de riz stable dans les marchés de Conakry
teaser-list|Il y a 2 heures
teaser-list|Justice : le procès d'un ex-directeur des impôts renvoyé au 2 avril
teaser-list|Il y a 4 heures
social|SUIVEZ-NOUS SUR FACEBOOK
social|Kaloum7.com
social|128 k abonnés
social|Suivre la Page
footer|Kaloum7.com est un site d'information générale édité par Groupe Kaloum Médias SARL, Conakry, République de Guinée.
footer|Qui sommes-nous
footer|Publicité
footer|Nous contacter
footer|Politique de confidentialité
copyright|© 2026 Kaloum7.com - Tous droits réservés. Réalisé par GuiWeb Solutions
back-to-top|↑
"""),
 dict(id="guinee7-style-2", site="guinee7-style", lang="fr", sep="\n", title="Labé : des enseignants contractuels en sit-in devant l'inspection régionale de l'éducation", date="2026-01-20", page="""
timestamp|mardi, janvier 20, 2026
weather|Conakry 30°C Ensoleillé
ticker|1 € = 10 094 GNF
ticker|1 $ = 8 702 GNF
social|Facebook
social|X
social|YouTube
social|WhatsApp
menu|KALOUM7.COM
menu|L'info guinéenne en continu
ad|PUBLICITÉ
ad|Internet illimité la nuit avec le pass Nuit Blanche à 5 000 GNF - Composez *222#
menu|Accueil
menu|Politique
menu|Économie
menu|Société
menu|Sécurité
menu|Justice
menu|Education
menu|Santé
menu|Sport
menu|Culture
menu|Régions
menu|Afrique
menu|Monde
menu|Contact
search|Rechercher
breaking|FLASH INFO
breaking|Boké : les exportations de bauxite en hausse de 12 % en 2025
breaking|Conakry : la circulation interdite aux poids lourds sur l'autoroute Fidel Castro aux heures de pointe
breaking|CAN féminine : le Syli féminin dans le groupe B
breadcrumb|Accueil » Régions
section-label|Régions
h1|Labé : des enseignants contractuels en sit-in devant l'inspection régionale de l'éducation
byline|Par Abdoulaye Diallo
byline|Correspondant régional à Labé
dateline|20 janvier 2026
reading-time|Temps de lecture : 2 min
views|👁 1 087
comments|💬 2
share|Facebook
share|X
share|WhatsApp
share|Telegram
share|Imprimer
caption|Les enseignants contractuels réunis devant l'IRE de Labé ce mardi matin.
credit|Photo : Abdoulaye Diallo / Kaloum7.com
p|Plus d'une centaine d'enseignants contractuels des préfectures de Labé, Mali, Koubia, Lélouma et Tougué ont observé un sit-in ce mardi 20 janvier 2026 devant l'inspection régionale de l'éducation (IRE) de Labé. Ils réclament le paiement de neuf mois d'arriérés de primes et leur intégration dans la fonction publique.
p|Pancartes à la main, les manifestants ont occupé l'entrée de l'inspection dès 8 heures, empêchant le personnel administratif d'accéder aux bureaux. Sur les pancartes, on pouvait lire : « Neuf mois sans rien, ça suffit ! » ou encore « Contractuels aujourd'hui, fonctionnaires demain ».
p|« Nous tenons les classes dans les zones les plus reculées. Certains d'entre nous font 20 kilomètres à moto chaque jour pour rejoindre leur école. Et depuis avril dernier, nous n'avons pas perçu un seul franc de nos primes », explique Thierno Mamadou Bah, porte-parole du collectif.
h2|« Nous ne sommes pas des bénévoles »
p|Recrutés pour la plupart par les communes ou par les associations de parents d'élèves pour combler le manque criant d'enseignants, ces contractuels touchent une prime mensuelle comprise entre 500 000 et 800 000 francs guinéens, selon les localités.
p|« Nous ne sommes pas des bénévoles. Nous avons des familles à nourrir. Si rien n'est fait d'ici la fin du mois, nous allons suspendre les cours dans toutes les écoles où nous intervenons », a prévenu Fatoumata Binta Sow, enseignante contractuelle à Koubia.
read-also|LIRE AUSSI : Éducation : le ministère annonce le recrutement de 3 000 enseignants en 2026
p|Le collectif a remis à l'inspecteur régional un mémorandum de cinq points, dont :
li|le paiement immédiat des arriérés de primes ;
li|l'intégration progressive des contractuels ayant plus de trois ans d'ancienneté ;
li|la prise en compte de leurs années de service lors des prochains concours de recrutement.
h2|L'inspection promet de transmettre les doléances
p|Recevant une délégation des manifestants, l'inspecteur régional de l'éducation a reconnu le rôle « essentiel » joué par ces enseignants dans le fonctionnement des écoles de la région, où de nombreuses classes seraient sans maître sans eux.
p|Il a assuré que leurs revendications seront transmises au ministère de l'Enseignement pré-universitaire dans les meilleurs délais, tout en précisant que le paiement des primes relève des collectivités locales et des partenaires qui les ont recrutés.
p|Une réponse qui n'a pas convaincu les manifestants. Ils ont levé le sit-in vers 13 heures, en promettant de revenir en plus grand nombre la semaine prochaine si aucune suite n'est donnée à leur mémorandum.
signature|De Labé, Abdoulaye Diallo pour Kaloum7.com
signature|Tél. : (+224) 628 00 00 00
tags|Tags :
tags|Contractuels
tags|Éducation
tags|Labé
tags|Sit-in
share|Partagez cet article !
share|Facebook
share|WhatsApp
share|Messenger
whatsapp|📲 Rejoignez la chaîne WhatsApp de Kaloum7.com pour recevoir l'essentiel de l'actualité
nav|Article précédent
nav|Siguiri : éboulement dans une mine d'or artisanale, trois morts
nav|Article suivant
nav|Politique : les partis appelés à déposer leurs listes avant le 15 février
related|VOUS AIMEREZ AUSSI
related|Pita : les élèves du lycée sans professeurs de mathématiques depuis la rentrée
related|17 janvier 2026
related|Labé : la route Labé-Mali toujours impraticable par endroits
related|14 janvier 2026
related|Examens : les frais d'inscription au BEPC revus à la baisse
related|9 janvier 2026
comments|2 commentaires
comments|Mamadou Oury
comments|20 janvier 2026 à 14 h 22 min
comments|Courage à vous chers enseignants. Sans vous nos enfants ne sauraient ni lire ni écrire.
comments|Répondre
comments|Kadiatou
comments|20 janvier 2026 à 16 h 05 min
comments|Neuf mois c'est trop. Que l'État prenne ses responsabilités.
comments|Répondre
comments|Laisser un commentaire Annuler la réponse
comments|Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
comments|Commentaire *
comments|Nom *
comments|E-mail *
comments|Site web
comments|Enregistrer mon nom, mon adresse e-mail et mon site dans le navigateur pour mon prochain commentaire.
comments|Laisser un commentaire
ad|PUBLICITÉ
ad|Vos bulletins de salaire enfin dans votre téléphone - Téléchargez l'appli Fonction Publique GN
most-read|LES PLUS LUS
most-read|Conakry : un bus de transport en commun prend feu à Bambeto
most-read|Santé : les agents de l'hôpital régional de Labé en grève
most-read|Football : Horoya AC écarté de la Ligue des champions
teaser-list|DERNIERS ARTICLES
teaser-list|Boffa : le pont de Kolia rouvert à la circulation
teaser-list|Il y a 20 minutes
teaser-list|Kankan : les commerçants du grand marché dénoncent de nouvelles taxes
teaser-list|Il y a 1 heure
teaser-list|N'Zérékoré : une campagne de vaccination contre la fièvre jaune lancée
teaser-list|Il y a 3 heures
social|SUIVEZ-NOUS SUR FACEBOOK
social|Kaloum7.com
social|128 k abonnés
social|Suivre la Page
footer|Kaloum7.com est un site d'information générale édité par Groupe Kaloum Médias SARL, Conakry, République de Guinée.
footer|Qui sommes-nous
footer|Publicité
footer|Nous contacter
footer|Politique de confidentialité
copyright|© 2026 Kaloum7.com - Tous droits réservés. Réalisé par GuiWeb Solutions
back-to-top|↑
"""),
 dict(id="scmp-style-1", site="scmp-style", lang="en", sep="\n", title="Hong Kong home prices rise for fifth straight month as mortgage rates ease", date="2026-03-17", page="""
skip-link|Skip to main content
paywall|You have 1 free article remaining this month. Subscribe for unlimited access.
menu|Harbour Morning Post
account|Sign in
subscribe|Subscribe
menu|Hong Kong
menu|China
menu|Asia
menu|World
menu|Opinion
menu|Business
menu|Tech
menu|Lifestyle
menu|Sport
menu|Video
menu|Podcasts
menu|More
search|Search
trending|Trending
trending|Hong Kong budget 2026
trending|Northern Metropolis
trending|Kai Tak Sports Park
trending|Trade war
ad|Advertisement
breadcrumb|Business
breadcrumb|Property
follow|+ FOLLOW
h1|Hong Kong home prices rise for fifth straight month as mortgage rates ease
lead|Official index climbs 0.8 per cent in February, with analysts expecting a gain of up to 5 per cent this year as banks cut lending rates and mainland buyers return
trust|Why you can trust HMP
byline|Kandy Lam
follow|+ FOLLOW
dateline|Published: 4:15pm, 17 Mar 2026
dateline|Updated: 9:02pm, 17 Mar 2026
reading-time|3-MINUTE READ
listen|Listen to this article
share|Share
share|Gift article
comments|Comment 14
save|Bookmark
caption|Residential towers in Tseung Kwan O. Home prices have recovered about 6 per cent from their low last summer. Photo: Edmond So
p|Hong Kong home prices rose for a fifth consecutive month in February, according to official data, as lower mortgage rates and a steady stream of buyers from mainland China continued to lift the market after a four-year slump.
p|The private domestic price index compiled by the Rating and Valuation Department rose 0.8 per cent from January to 298.6, the highest level since October 2024. Prices are now about 6 per cent above the trough reached in July last year, but remain roughly 27 per cent below the peak of September 2021.
p|Rents, meanwhile, edged up 0.4 per cent to a record high, extending a rally driven by students and professionals arriving under the city's talent admission schemes.
ad|Advertisement
p|"The market has clearly turned. Buyers who were waiting on the sidelines for two or three years have come back because they now believe prices will not fall further," said the head of research at a major property agency.
p|Several banks trimmed their prime lending rates in January after the US Federal Reserve's latest cut, bringing the effective interest rate on a typical new mortgage to about 3.1 per cent, compared with more than 4 per cent at the start of 2025.
related-inline|Hong Kong lenders cut prime rates for first time in a year, boosting homebuyers
related-inline|Mainland buyers snap up one in three new flats as talent schemes draw families
h2|Developers raise prices at new launches
p|The stronger sentiment has encouraged developers to test the market. At least three new projects launched in Kai Tak and Yuen Long this month were priced 3 to 5 per cent higher than earlier phases, and most units were sold within days.
p|Transactions have also picked up. Land Registry figures show that about 5,600 residential sale and purchase agreements were lodged in February, up 22 per cent year on year, despite the Lunar New Year holiday.
p|Buyers from mainland China accounted for about a third of new-home purchases by value last year, according to agency estimates, after the government scrapped all property cooling measures in early 2024.
ad|Advertisement
p|Not all analysts are convinced that the recovery will last. Some point to a large supply of unsold new flats, estimated at more than 20,000 units, and warn that developers may have to resume discounting if sales slow in the second half of the year.
p|"Supply is still a big overhang. We expect a moderate rise of 3 to 5 per cent this year, not a return to the boom," said an economist at a Hong Kong-based bank.
p|The government, which relies on land sales for a significant share of its revenue, has been cautious about putting new sites on the market. The financial secretary said in his budget last month that the administration would not sell any commercial land in the coming financial year and would review residential land supply quarterly.
newsletter|Hong Kong Update: Get the essential news from the city, delivered to your inbox every weekday
newsletter|Sign up
newsletter|By registering, you agree to our T&C and Privacy Policy
paywall|Unlock HMP's global perspective
paywall|Enjoy unlimited access to award-winning journalism. Subscribe now from HK$10 for your first month.
paywall|Subscribe now
paywall|Already a subscriber? Sign in
topics|Topics
topics|Hong Kong property
topics|Hong Kong economy
topics|Interest rates
comments|Conversations
comments|Join the conversation
comments|14 Comments
comments|Please sign in to join the conversation
knowledge|Do you have questions about the biggest topics and trends from around the world? Get the answers with HMP Knowledge, our new platform of curated content with explainers, FAQs, analyses and infographics brought to you by our award-winning team.
related|Recommended for you
related|Hong Kong's biggest developer posts first profit rise in three years
related|Hong Kong retail sales grow for fourth month as tourists spend more
related|Opinion: The property rebound is welcome, but young families still cannot afford a flat
ad|Advertisement
most-read|Most Popular
most-read|1
most-read|Hong Kong to extend MTR line to Northern Metropolis three years early
most-read|2
most-read|China's exports beat forecasts despite new US tariffs
most-read|3
teaser-list|Hong Kong home prices rise for fifth straight month as mortgage rates ease
app|Get more from the HMP app
app|Download on the App Store
app|Get it on Google Play
footer|Harbour Morning Post
footer|About us
footer|Contact us
footer|Careers
footer|Advertise with us
footer|Terms & Conditions
footer|Privacy Policy
footer|Cookie Preferences
footer|Code of Conduct
footer|Corrections
footer|HMP Plus
footer|Print Replica
copyright|Copyright © 2026 Harbour Morning Post Publishers Ltd. All rights reserved.
cookie|We use cookies to tailor your experience and present relevant ads. By clicking "Accept", you agree that cookies can be placed per our Privacy Policy.
cookie|Accept
"""),
 dict(id="scmp-style-2", site="scmp-style", lang="en", sep="\n", title="Explainer: How will Hong Kong's Northern Metropolis university town work, and who will study there?", date="2026-01-28", page="""
skip-link|Skip to main content
menu|Harbour Morning Post
account|My Account
account|Hi, Leung
paywall|HMP Plus subscriber
menu|Hong Kong
menu|China
menu|Asia
menu|World
menu|Opinion
menu|Business
menu|Tech
menu|Lifestyle
menu|Sport
menu|Video
menu|Podcasts
menu|More
search|Search
trending|Trending
trending|Lunar New Year 2026
trending|Northern Metropolis
trending|Legco
trending|Hong Kong weather
ad|Advertisement
breadcrumb|Hong Kong
breadcrumb|Education
follow|+ FOLLOW
paywall|HMP Plus
section-label|Explainer
h1|Explainer: How will Hong Kong's Northern Metropolis university town work, and who will study there?
lead|Government has chosen three sites near the border for new campuses, with first students expected in 2029, but questions remain over funding, transport and demand
trust|Why you can trust HMP
byline|Ernest Kao
follow|+ FOLLOW
byline|and Vivian Chow
follow|+ FOLLOW
dateline|Published: 7:00am, 28 Jan 2026
reading-time|4-MINUTE READ
listen|Listen to this article
listen|5:12
share|Share
share|Gift article
share|You have 4 gift articles remaining this month
comments|Comment 7
save|Bookmark
print|Print
caption|An artist's impression of the university town in the Northern Metropolis. Image: Handout
section-label|Key takeaways
li|The government has reserved about 80 hectares at three sites near Ngau Tam Mei and San Tin for new campuses.
li|At least two local universities and one overseas institution are expected to move in first, from 2029.
li|Critics question whether there will be enough students as the city's birth rate keeps falling.
p|Hong Kong officials this week unveiled the latest plans for a university town in the Northern Metropolis, the vast development zone along the border with Shenzhen that the government hopes will become a second economic engine for the city.
p|The Education Bureau said the first campuses could open in 2029, with the town eventually hosting up to 40,000 students and researchers. Here is what we know so far.
ad|Advertisement
h2|Where will the university town be?
p|The government has reserved about 80 hectares of land spread over three sites near Ngau Tam Mei and San Tin, close to the planned innovation and technology park and the future Northern Link railway.
p|The largest site, of about 45 hectares, will be shared by several institutions, with common facilities such as libraries, sports grounds and student hostels. Officials say the sites will be linked to the Lok Ma Chau Loop and to Shenzhen by cross-boundary transport.
h2|Which universities will move there?
p|Authorities said at least two of the city's publicly funded universities had submitted proposals for new campuses focusing on life sciences, artificial intelligence and advanced manufacturing. One overseas university has also signed a letter of intent, though officials declined to name it.
p|Institutions will be invited to submit detailed plans by the end of the year. The government will give priority to proposals that include partnerships with industry and programmes for international students.
related-inline|Hong Kong universities hit record for non-local students as cap is doubled
ad|Advertisement
h2|Who is expected to study there?
p|Officials hope the town will help the city reach its goal of becoming an international education hub. The government doubled the cap on non-local students at publicly funded universities to 50 per cent of local places in 2024, and said it would consider allowing the new campuses to go further.
p|Most non-local students currently come from mainland China, but universities have been stepping up recruitment in Southeast Asia, the Middle East and Central Asia.
h2|What are the concerns?
p|Critics say the plan risks creating empty campuses. The number of secondary school leavers in Hong Kong is expected to fall by about 15 per cent over the next decade because of the low birth rate, and competition for international students has intensified across the region.
p|"Building campuses is the easy part. Filling them with good students and good teachers is much harder," said a former university vice-president who now advises higher education institutions.
p|Others point to transport. The Northern Link, which would connect the area to the rest of the MTR network, is not expected to be completed before 2034, and some lawmakers have urged the government to bring forward bus and road links.
h2|How much will it cost?
p|The government has not given a total figure. The Education Bureau said the land would be granted at nominal premium and that construction would be financed partly by the universities themselves, partly by the government and partly by private partners.
p|Some of the money could come from the Northern Metropolis development fund, which the financial secretary is expected to top up in next month's budget.
paywall|Thank you for being an HMP Plus subscriber. Your support makes our journalism possible.
topics|Topics
topics|Northern Metropolis
topics|Hong Kong education
topics|Universities
comments|Conversations
comments|Join the conversation
comments|7 Comments
comments|Sort by: Most recent
comments|Perry Y.
comments|3h ago
comments|Will the hostels be ready at the same time as the classrooms this time?
comments|Like 12
comments|Reply
knowledge|Do you have questions about the biggest topics and trends from around the world? Get the answers with HMP Knowledge, our new platform of curated content with explainers, FAQs, analyses and infographics brought to you by our award-winning team.
related|Recommended for you
related|Shenzhen university opens joint lab with Hong Kong partners in Lok Ma Chau Loop
related|Hong Kong's falling birth rate forces more primary schools to merge
related|Opinion: A university town will not thrive without a real community around it
ad|Advertisement
most-read|Most Popular
most-read|1
most-read|Lunar New Year fireworks to return to Victoria Harbour with drone show
most-read|2
most-read|Hong Kong Observatory warns of coldest spell in five years
most-read|3
most-read|Beijing unveils new support for private firms in Greater Bay Area
app|Get more from the HMP app
app|Download on the App Store
app|Get it on Google Play
footer|Harbour Morning Post
footer|About us
footer|Contact us
footer|Careers
footer|Advertise with us
footer|Terms & Conditions
footer|Privacy Policy
footer|Cookie Preferences
footer|Code of Conduct
footer|Corrections
footer|HMP Plus
footer|Print Replica
copyright|Copyright © 2026 Harbour Morning Post Publishers Ltd. All rights reserved.
"""),
]
