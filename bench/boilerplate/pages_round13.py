# Round 13: eight pages on four more English-language layouts, written block by block after all tuning, measured
# once. Each line: "label|text". Invented text; no real article is copied.
ROUND13 = [
 dict(id="metro-herald-us-1", site="metro-herald-us", lang="en", sep="\n", title="City council approves $12 million plan to fix downtown sidewalks", date="2025-04-23", page="""
menu|Sections
menu|Local
menu|Sports
menu|Obituaries
menu|e-Edition
subscribe|Subscribe for $1
h1|City council approves $12 million plan to fix downtown sidewalks
byline|By Mark Delaney | mdelaney@metroherald.com
dateline|PUBLISHED: April 23, 2025 at 5:12 PM EDT
dateline|UPDATED: April 24, 2025 at 9:03 AM EDT
lead|The city council voted 7-2 on Tuesday to spend $12 million over four years repairing cracked and uneven sidewalks downtown, after a string of injury claims.
p|The plan prioritizes blocks near bus stops, schools and senior housing, where complaints have been most frequent.
ad|Advertisement
p|Council member Rosa Jimenez, who proposed the plan, said the city had paid more in injury settlements over the past five years than the repairs would cost.
p|Two members voted against it, arguing the money should come from a bond measure put to voters.
newsletter|Get Morning Report and other email newsletters
newsletter|Originally Published: April 23, 2025 at 5:12 PM EDT
teaser-list|Trending Nationally
teaser-list|Storm damage bill reaches record high
teaser-list|Heatwave warning issued for the weekend
"""),
 dict(id="metro-herald-us-2", site="metro-herald-us", lang="en", sep="\n", title="Public library to lend fishing rods and camping gear", date="2025-06-11", page="""
menu|Sections
menu|Local
menu|Sports
menu|Obituaries
menu|e-Edition
subscribe|Subscribe for $1
h1|Public library to lend fishing rods and camping gear
byline|By Alicia Moore | amoore@metroherald.com
dateline|PUBLISHED: June 11, 2025 at 8:00 AM EDT
lead|Library card holders will soon be able to borrow fishing rods, tents and sleeping bags, as part of a "library of things" launched at three branches.
p|The items can be borrowed for one week, like books, and reserved online.
p|Librarians said the idea came from residents who wanted to try outdoor activities without buying expensive equipment.
newsletter|Get Morning Report and other email newsletters
newsletter|Originally Published: June 11, 2025 at 8:00 AM EDT
teaser-list|Trending Nationally
teaser-list|Ferry operator adds summer routes to the islands
"""),
 dict(id="daily-national-uk-1", site="daily-national-uk", lang="en", sep="\n\n", title="Train fares to rise by 4.6 percent in March", date="2025-12-04", page="""
cookie|We value your privacy
cookie|We and our partners store and/or access information on a device, such as cookies, and process personal data for personalised ads and content.
cookie|AGREE
cookie|MORE OPTIONS
menu|Daily National
menu|News Politics Sport Money Travel Lifestyle
h1|Train fares to rise by 4.6 percent in March
lead|Passenger groups say the increase will push more people back into their cars.
byline|Oliver Grant
byline|Transport Correspondent
dateline|Thu 4 Dec 2025, 12:01 am
share|Share
share|Comments
lead|Regulated rail fares in England will rise by 4.6 percent from March, the government confirmed, in line with the summer's inflation figure.
p|Season tickets for many commuter routes will go up by more than 200 pounds a year.
p|Ministers said the rise was needed to fund investment in the network, while unions called for fares to be frozen.
related|Read More
teaser-list|Rail strikes called off after pay deal
p|Passenger groups urged the government to simplify ticketing, saying many travellers still pay more than they need to.
taboola|Promoted Stories
taboola|The one trick energy companies don't want you to know
copyright|© Daily National 2025
"""),
 dict(id="daily-national-uk-2", site="daily-national-uk", lang="en", sep="\n\n", title="Record number of students apply to study nursing", date="2025-02-06", page="""
cookie|We value your privacy
cookie|We and our partners store and/or access information on a device, such as cookies, and process personal data for personalised ads and content.
cookie|AGREE
cookie|MORE OPTIONS
menu|Daily National
menu|News Politics Sport Money Travel Lifestyle
h1|Record number of students apply to study nursing
lead|Applications rose by a fifth after the government scrapped tuition fees for nursing degrees.
byline|Priya Shah
byline|Education Editor
dateline|Thu 6 Feb 2025, 6:00 am
share|Share
share|Comments
p|More than 60,000 people applied to study nursing this year, the highest number on record, according to figures from the admissions service.
p|Universities said many applicants were mature students changing careers.
p|Health leaders welcomed the figures but warned that thousands of nurses leave the profession every year.
taboola|Promoted Stories
taboola|The one trick energy companies don't want you to know
copyright|© Daily National 2025
"""),
 dict(id="india-times-en-1", site="india-times-en", lang="en", sep="\n", title="Mumbai launches water taxi service to Navi Mumbai", date="2025-02-17", page="""
menu|Home
menu|City
menu|India
menu|World
menu|Business
menu|Sports
breadcrumb|News / City / Mumbai
h1|Mumbai launches water taxi service to Navi Mumbai
byline|TNN | Feb 17, 2025, 10.45 PM IST
share|Follow us
share|Share
font|Font Size
ad|AbstractAdvertisement
lead|MUMBAI: A water taxi service connecting south Mumbai to Navi Mumbai began operations on Monday, cutting travel time across the harbour to about 40 minutes.
p|The service will run eight trips a day on weekdays, with boats carrying up to 50 passengers each.
p|Officials hope the service will ease congestion on the roads linking the two cities.
teaser-list|Visual Stories
teaser-list|10 monsoon getaways near the city
teaser-list|Top Trending
teaser-list|Metro line 3 trial runs begin
"""),
 dict(id="india-times-en-2", site="india-times-en", lang="en", sep="\n", title="Bengaluru to plant miniature forests in 50 schools", date="2025-07-01", page="""
menu|Home
menu|City
menu|India
menu|World
menu|Business
menu|Sports
breadcrumb|News / City / Bengaluru
h1|Bengaluru to plant miniature forests in 50 schools
byline|TNN | Jul 1, 2025, 06.10 AM IST
share|Follow us
share|Share
font|Font Size
ad|AbstractAdvertisement
lead|BENGALURU: The city corporation will plant dense miniature forests on the grounds of 50 government schools this monsoon, using native species.
p|Each forest will cover about 1,000 square feet and will be maintained by students with help from volunteers.
p|Officials say the forests will lower temperatures around the schools and teach children about biodiversity.
teaser-list|Top Trending
teaser-list|Mumbai launches water taxi service to Navi Mumbai
"""),
 dict(id="aussie-local-1", site="aussie-local", lang="en", sep="\n\n", title="Koala crossing signs installed on coastal highway", date="2025-09-25", page="""
menu|Aussie Local
menu|News
menu|Sport
menu|Community
menu|Real Estate
h1|Koala crossing signs installed on coastal highway
byline|Jess Nguyen
dateline|September 25 2025 - 3:30pm
share|Share
lead|New warning signs have been installed along a stretch of the coastal highway where several koalas have been struck by cars this year.
caption|One of the new signs near the bridge. Picture supplied
p|The signs flash when sensors detect movement near the road at night, when koalas are most active.
p|Wildlife carers said at least eleven koalas had been hit on the stretch since January.
p|The council will review the trial after twelve months.
newsletter|Sign up for our newsletter to stay up to date.
feedback|We care about the protection of your data. Read our Privacy Policy.
teaser-list|Latest News
"""),
 dict(id="aussie-local-2", site="aussie-local", lang="en", sep="\n\n", title="Surf club celebrates 100 years of patrols", date="2025-11-30", page="""
menu|Aussie Local
menu|News
menu|Sport
menu|Community
menu|Real Estate
h1|Surf club celebrates 100 years of patrols
byline|Tom Reilly
dateline|November 30 2025 - 11:00am
share|Share
lead|The town's surf life saving club marked its centenary on Saturday with a march past on the beach and a reunion of former members.
p|Volunteers from the club have performed thousands of rescues since the first patrol in 1925.
p|The club now has more than 600 members, including a growing number of junior lifesavers.
newsletter|Sign up for our newsletter to stay up to date.
feedback|We care about the protection of your data. Read our Privacy Policy.
teaser-list|Latest News
"""),
]
