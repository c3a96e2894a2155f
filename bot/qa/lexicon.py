"""Typed words: what each word or phrase of a question contributes to its query.

A question is read as a sequence of spans; each span is an entity (linking.py), a date
(dates.py), one of the phrases below, or filler. Anything else is *unparsed*, and the
engine declines rather than answer a question it read only in part.

Each phrase maps to one or more `Word`s: `("ask", "who")`, `("event", "land")`,
`("nat", "United States")`, `("rank", "first")`... The parser (parse.py) turns them into
a `Query`; nothing here knows how a query is answered.
"""

from __future__ import annotations

from typing import NamedTuple

from .phrases import _DEMONYMS


class Word(NamedTuple):
    kind: str  # ask | event | nat | sex | kind | role | program | rank | agg | cmp | op | ...
    value: object = ""


def _w(spec: str) -> tuple[Word, ...]:
    """`"ask:who event:land"` -> (Word("ask", "who"), Word("event", "land"))."""
    out = []
    for part in spec.split():
        kind, _, value = part.partition(":")
        out.append(
            Word(kind, value.replace("_", " ") if kind in ("nat", "series", "role") else value)
        )
    return tuple(out)


_TABLE = """
who|whom|whose|which astronaut|which astronauts|which cosmonaut|which cosmonauts|which people|which person|what people|name the|names of|the names|crew list|crew names|crew name|crew member names|list the crew|name all|name both|name them|name each|name everyone = ask:who
names|their names|crew members|crewmembers|members|crew|crews|astronauts|cosmonauts|people|person|persons|anyone|anybody|somebody|someone|everyone|astronaut|cosmonaut|spacefarer|spacefarers|space travellers|space travelers|flyer|flyers|passenger|passengers|crewman|crewmen|crewmate|crewmates = ask:crew
which taikonaut|which taikonauts = ask:who nat:China
taikonaut|taikonauts = ask:crew nat:China
when|what date|which date|what day|which day|what year|which year|which years|what years|in which years|date|dates|day|year = ask:when
day of the week|day of week|weekday|what weekday|which weekday|week day|what day of the week|which day of the week = ask:when
what time|which time|time|at what time|utc|hour|local time|local|locally|in local time|local clock|beijing time|florida time|gmt|zulu|in beijing|beijing time = ask:time
which ocean|what ocean|which sea|what sea|which body of water = ask:where event:land
landing area|landing area name|landing region|landing site|what region|which region|what area|which area = ask:where event:land
where|which site|what site|where from|from where|from which|launch site|launch pad|pad|cosmodrome|location|site|which place|what place|place|spot|what spaceport|spaceport|launch centre|launch center|which launch center|which launch centre|which cosmodrome|near which town|near what town|which town|what town|nearest town|near which city|which city near = ask:where
how many hours|how many hour|how many minutes|how many seconds|seconds|in seconds = ask:duration
how long|how many days|how many months|how many weeks|how many years|duration|length|how much time|days|hours|months|weeks|long|stuck up there|stuck|lasted|lasting|lasts|last for|minutes|mins|in minutes|in hours = ask:duration
how many|number of|count|how much|tally = agg:count
how old|age|aged = ask:age
list|list all|list every|all|every|each|all the|name all|name every = agg:list
which soyuz|what soyuz|soyuz number|which soyuz number|what soyuz number = ask:flight program:soyuz
which dragon|what dragon = ask:flight program:dragon
which shuttle|what shuttle|which shuttle flight|which shuttle mission|what shuttle mission = ask:flight program:shuttle
which shenzhou|what shenzhou = ask:flight program:shenzhou
designation|its designation|mission number|which mission number|what mission number|the mission number|sts number|flight number|mission designation|what brought|what took|what carried|what ferried|what flew them|what flew him|what flew her|which flight|what flight|which mission|what mission|which flights|what flights|which missions|what missions|which spacecraft|what spacecraft|which vehicle|what vehicle|which ship|what ship|flight|flights|mission|missions|spaceflight|spaceflights|trip|trips|vehicle|vehicles|spacecraft|ride|voyage|ships|spaceships|crewed ships|spaceship = ask:flight
go back home|went back home|go back to earth|went back to earth|going back home = event:land
go back|went back|goes back|going back|gone back|went back up|went back to space|went back into space|went back to orbit|go back up|go back to space|going back to space|gone back to space|returned to space|return to space|returned to orbit|return to orbit|returned to the station|return to the station = event:fly
flight time|flight duration|mission duration|mission length|flying time|time in orbit|orbital time = ask:duration
times = ask:flights
orbiter|which orbiter|what orbiter|capsule|which capsule|what capsule = ask:vehicle
space shuttle orbiter = ask:vehicle program:shuttle
do for a living|did for a living|for a living|job|his job|her job|their job|what job|what was his job|what was her job|profession|occupation|day job|by profession|by trade = ask:occupation
recovery ship|recovery vessel|navy ship|navy vessel|aircraft carrier|ship|vessel|boat|picked up|picked them up|picked him up|picked her up|pick them up|recovered|recovery = ask:ship
commander|commanders|commanded|command|commanding|in command|in charge|led|lead|leader|captain|skipper|skippered|skippering|boss|headed|chief|cdr = role:commander
pilot|piloted|pilots = role:pilot
command module pilot|csm pilot|stayed in the csm|remained in the csm|in the csm|stayed in the command and service module|cm pilot|cmp|command module guy|command module man|command module astronaut|command module one|command module person|stayed in the command module|remained in the command module|stayed in orbit|remained in orbit|stayed in lunar orbit|remained in lunar orbit|stayed behind in orbit|stayed behind in lunar orbit = role:pilot seat:command_module_pilot
lunar module pilot|lm pilot|lmp = role:pilot seat:lunar_module_pilot
docking module pilot = role:pilot seat:docking_module_pilot
flight engineer|flight engineers|engineer = role:flight_engineer
mission specialist|mission specialists = role:mission_specialist
payload specialist|payload specialists = kind:payload_specialist
got command|got the command|get command|get the command|received command|received the command|gave command|gave the command|gave him the command|gave her the command|gave him command|gave her command|give command|give the command|given command|given the command|gave the station|handed the station|took over|take over|taken over|handed over|hand over|hand|hands|hand the|handover|hand off|handed off|succeeded|relieved|replaced|passed command|took command|take command|taken command|taking command|takes command|handed command|handed|passed|next commander|after her|after him|followed|follow|follows|came after|succeed|replace|in his place|s place|in her place|in their place|took his place|took her place|take his place|take her place|crew before|crew after|next crew|previous crew|crew that replaced|crew that followed|crew before them|crew after them|the crew before|the crew after|the crew before them|the crew after them|the next crew|the previous crew|earlier crew|the earlier crew|the crew that replaced|the crew that followed = ask:handover
nationality|citizen|citizenship|country|what country|which country|from what country|come from|comes from|citizenship of|countries|which countries|what countries|which nations|what nations|nation|which nation|what nation|nationalities|was from where|is from where|were from where|are from where = ask:nationality
agency|agencies|space agency|work for|works for|worked for|employer|fly for|flew for|with which agency|which agency|belong to|belongs to|belonged to|represent|represents|represented = ask:agency
born|birthday|birth|date of birth|birthdate|dob = ask:born
native name|real name|full name|spelled|spell|spelling|written = ask:name
total|altogether|in all|combined|cumulative|added up|adding up|all added up|cumulatively|career|overall|all together|total time|in total|all time = ask:total
expedition|expeditions|increment|increments|expedition number|expedition no|number of the expedition|expedition s number = ask:expedition
payload|payloads|cargo|deliver|delivered|delivering|brought up|bring up|carry|carried|install|installed|bring|brought|take up|took up = ask:payload
join together|joined together|joined up|join up|link up|linked up|linked together|link together|hook up|hooked up|dock|docked|docked fine|docked ok|docked okay|docked successfully|successfully docked|docked properly|docked safely|docking|dockings|port|docking port|berth|berthed|attach|attached = ask:docking
nickname|nicknamed|nicknames|call sign|callsign|radio call sign|radio callsign|call-sign|radio name|capsule called|capsule named|capsule name|name of the capsule|name of his capsule|name of her capsule|spacecraft called|spacecraft named|ship called|ship named|capsule was called|capsule was named|command module called|command module named|name of the command module|command module's name|command module name|csm called|csm named|command module|call the capsule|call his capsule|call her capsule|call his spacecraft|call her spacecraft|call his ship|name his capsule|named his capsule|call their capsule|call the spacecraft|call their spacecraft|call the ship|call their ship|call their dragon|call the dragon|name the capsule|name their capsule|named the capsule|named their capsule|name their spacecraft|named their spacecraft|name their dragon|named their dragon = ask:callsign
what happened|happened|why|anomaly|problem|leak|leaked|fire|collision|collided|collide|accident|emergency|incident|damage|damaged|story|wrong|issue|trouble|rescued|rescue|rescue mission|revived|dead station|hit|struck|strike|bumped|rammed|smashed|slammed|parachute|parachutes|revive|reviving|fell ill|illness|sick|rendezvous|rendezvoused|the rendezvous|to rendezvous|to fix|fix|fixed|back to life|caused|what caused|the cause|went wrong = ask:story
on the way up|on their way up|on her way up|on his way up|going up = event:launch
on the way down|on the way back|on the way home|on their way home|on his way home|on her way home|coming home|coming back = event:land
came home early|come home early|comes home early|coming home early|came back early|come back early|home early|back early|returned early|return early|early return|early landing = ask:story
rocket failed|rocket fail|rocket fails|rocket failure|booster failure|abort|aborted|launch failure|launch abort|failed to reach orbit|failed to reach|failed on launch|failed at launch|failed during launch|booster failed|failed at liftoff|failed on the way up|failed in launch|launch failed|failed launch|failed to launch|failed while launching|whose launch failed = ask:story outcome:launch_abort
failed|failure|fail|fails|failing = ask:story
survive|survived|survivors|make it back alive|made it back alive|come back alive|came back alive|safely|safe|unharmed|alive|safe and sound = outcome:survived
lost|was lost|were lost|lose|did we lose|died|die|dies|killed|perished|crew dead|dead crew|crew were dead|crew was dead|broke up|disintegrated|destroyed|disaster|tragedy|crashed|fatal|doomed|crash|crashes|break up|breaks up|broken up|breakup = ask:story outcome:crew_loss
launch|launched|launching|lift off|lifted off|liftoff|lift|blast off|blasted off|blastoff|take off|took off|takeoff|go up|went up|goes up|gone up|ascent|launch date|launch time|start|started|begin|began|departed earth|leave earth|left earth|send|sent|send up|sent up|put|put up|fly up|flew up|flown up = event:launch
launches|liftoffs|lift-offs = event:launch ask:flight
launch date|launch time = ask:when
date of launch|time of launch|launch day = event:launch ask:when
wheels stop|wheel stop|wheelstop|landing date|landing time|date of landing|time of landing|landing day|splashdown date|splashdown time = event:land ask:when
landings|splashdowns|touchdowns = event:land ask:flight
land|landed|landing|landings|lands|touch down|touched down|touchdown|splash down|splashed down|splashdown|splash|come back|came back|comes back|coming back|return|returned|returning|returns|get back|got back|gets back|get home|got home|come home|came home|back|home|come down|came down|reentry|re entry|end|ended|deorbit|brought down|fell back|fall back|fell to earth|fall to earth|fell back to earth|fall back to earth|re-entered|reentered|deorbited|deorbiting|reentered|re entered|re enter|reenter|re enters|reenters|re entry|burned up|burnt up|decommissioned|splashed|finish|finished|brought home|bring home|bring back|brought back|bringing home|bringing back|bringing|down|flew down|fly down|flown down|flying down|flew home|fly home|flown home = event:land
arrive|arrived|arrival|showed up|show up|shows up|turned up|turn up|reach|reached|get there|got there|get to|got to|get up there|got up there|go up there|get up|got up|enter|entered|entering|receive|received|receiving|host|hosted|hosting|welcome|welcomed|make it to|made it to|make it there|made it there|get there|got there|get aboard|got aboard|gets aboard|board the station|boarded the station|to board a|to board the|board a space station|boarded a space station|actually board|went aboard|go aboard|move into|moved into|move aboard|moved aboard = event:arrive
how did|how do|how does|how were|how was|how is|how are|by what means|in what = ask:how
leave|left|undock|undocked|undocking|departed|depart|departure = event:leave
aboard|on board|onboard|living|lived|live|stayed|stay|staying|there|up there|in orbit|in space|orbiting|at the station|on the station|inside|visiting = event:aboard
fly|flew|flown|flying|fly on|flew on|been to space|been in space|gone to space|went to space|go to space|been to|been on|visited|visit|visits|visitor|visitors|travelled|traveled|went to|go to|gone to|ridden|rode|make|made|been up|gone up to = event:fly
spacewalk|spacewalks|spacewalked|spacewalking|spacewalker|spacewalkers|eva|evas|space walk|space walks|walk in space|walked in space|walk|walks|walked|extravehicular|went outside|go outside|stepped outside|step outside|stepped out|went out|go out|goes out|gone out|going out|was outside|were outside|time outside|spent outside|be outside = event:walk
build|building|built|assemble|assembly|assembling|construction|construct|putting together|put together|putting = event:build
first|frist|fisrt|firts|earliest|maiden|inaugural|first ever|1st|pioneer = rank:first
second|2nd|second place|2nd place|runner up|runner-up = rank:2
third|3rd|third place|3rd place = rank:3
fourth|4th = rank:4
fifth|5th = rank:5
sixth|6th = rank:6
seventh|7th = rank:7
eighth|8th = rank:8
ninth|9th = rank:9
tenth|10th = rank:10
last|final|latest|most recent|recent|newest|the last = rank:last
longest|longest ever|record|record for|record holder|record holders|record-holder|longest single|longest duration|endurance record|endurance records|duration record = rank:longest
shortest|briefest = rank:shortest
largest|biggest|top|the top|number one|most|the most|most often|most times|most flights|most missions|more|greatest number|than anyone else|than anybody else|than anyone|than any other|than anybody = rank:most
fewest|least = rank:fewest
youngest|youngest ever = rank:youngest
oldest|oldest ever = rank:oldest
more or less|more or fewer = cmp:or
longer|spent longer|more time|more days|outlasted|outlast|beat|beats = cmp:longer
shorter|less time|fewer days = cmp:shorter
older = cmp:older
younger = cmp:younger
earlier|sooner|before the other = cmp:earlier
later|more recently|more recent|most recently = cmp:later
bigger crew|larger crew|more crew|more people aboard|carried more people|carry more people|had more people|more people on board|more crew members|more astronauts|a bigger crew|a larger crew = cmp:bigger_crew
besides|other than|apart from|aside from|except|except for|excluding|not counting = except:person
commercial spacewalk|private spacewalk|commercial spacewalks|private spacewalks|commercial eva|private eva = flag:allprivate event:walk
flew more recently|flown more recently|flew later = cmp:later event:fly
more flights|more missions|more times|flew more|flown more = cmp:more_flights
before|prior to|until|up to|by|as of|no later than = op:before
after|since|later than|from = op:after
between = op:between
during|in|on|at|within|throughout|of = op:in
woman|women|female|females|lady|ladies|girl|girls = sex:female
man|men|male|males = sex:male
she|her|hers|herself = pron:female
he|him|his|himself = pron:male
they|them|their|theirs|those|both of them|these guys|among them|of them all = pron:plural
the crew|that crew|its crew|their crew|full crew|the full crew|whole crew|the whole crew|entire crew|the entire crew|that earlier crew|that previous crew|this earlier crew|those earlier crew = ask:who pron:plural
on that capsule|in that capsule|on the capsule|in the capsule|aboard that capsule|aboard the capsule|on that spacecraft|in that spacecraft|on that ship|it|its|that flight|this flight|that mission|this mission|that time|that trip|on that trip|that one|on that|on this|that spacecraft|the spacecraft|the capsule|the vehicle|that capsule|this capsule|that vehicle|this vehicle|that ship|this ship|that spaceship|that shuttle|this shuttle|that soyuz|this soyuz|that orbiter|that flight's = pron:thing
one|ones = pron:one
tourist|tourists|space tourist|space tourists|paying customer|paying customers|customer|customers|paying|paid|participant|participants|spaceflight participant|private|private astronaut|private astronauts|commercial astronaut = kind:participant
actress|actor|actors|film director|filmmaker|film crew|movie crew|movie director|film maker|to film a movie|film a movie|to shoot a film|shoot a film|to shoot a movie|shoot a movie|to make a movie|make a movie|making a movie|filming a movie|to film a film|shot a movie|shot a film|filmed a movie|filmed a film = kind:film
guest|guests|interkosmos|intercosmos|research cosmonaut|visiting cosmonaut = kind:guest
soyuz|soyuzes = program:soyuz
soyuz t = program:soyuz series:Soyuz_T-
which soyuz t|what soyuz t = ask:flight program:soyuz series:Soyuz_T-
which soyuz tm|what soyuz tm = ask:flight program:soyuz series:Soyuz_TM-
which soyuz tma|what soyuz tma = ask:flight program:soyuz series:Soyuz_TMA-
which soyuz ms|what soyuz ms = ask:flight program:soyuz series:Soyuz_MS-
soyuz tm = program:soyuz series:Soyuz_TM-
soyuz tma = program:soyuz series:Soyuz_TMA-
soyuz tma m|soyuz tma-m = program:soyuz series:Soyuz_TMA-*M
soyuz ms = program:soyuz series:Soyuz_MS-
axiom|axiom s|axiom space|axioms = program:dragon series:Axiom_Mission_
hubble servicing mission|hubble servicing missions|hubble fix|fix hubble|fixed hubble|servicing mission|servicing missions|hubble servicing|to service hubble|service hubble|servicing hubble|serviced hubble|to repair hubble|repair hubble|repaired hubble|hubble repair mission|hubble repair missions|hst servicing|hubble servicing flight|hubble servicing flights = program:shuttle series:Hubble_Servicing_Mission_
shuttle|space shuttle|shuttles|the shuttle|sts = program:shuttle
dragon|crew dragon|spacex|dragons = program:dragon
starliner|boeing = program:starliner
shenzhou|神 舟|神舟 = program:shenzhou
飞|飞 了|飞行|上 天 = event:fly
apollo = program:apollo
gemini = program:gemini
mercury = program:mercury
vostok = program:vostok
voskhod = program:voskhod
all female|all woman|all women|female only|women only|only women|only woman|just women|only females|only female|only ladies|all ladies|all girls|only by women|by women only|by only women|done only by women|entirely by women|all-women = flag:allfemale
how many orbits|how many times did he go round|how many times did she go round|how many times did they go round|how many times did it go round|how many times did he go around|how many times did she go around|how many times did they go around|how many times did it go around|how many times round|how many times around|how many laps|how many times did he go round the earth|how many times did she go round the earth|how many times did they go round the earth|how many times did it go round the earth|how many times did he go around the earth|how many times did she go around the earth|how many times did they go around the earth|how many times did it go around the earth|how many times round the earth|how many times around the earth|times round the earth|laps of the earth|how many laps|how many times did he orbit|how many times did she orbit|how many times did it orbit|orbits of the earth|times around the earth|number of orbits = ask:orbits
private crew|private crews|all private crew|first private crew = flag:allprivate ask:flight
stand on|stood on|set foot on|set foot|step on|stepped on|step off|stepped off|step onto|stepped onto|step foot on|stepped foot on|walk on|walked on = event:walk
explode|exploded|explosion|blew up|blow up = ask:story
moon|the moon|lm|the lm|lem|the lem|lunar lander|the lander|lunar|lunar surface|moon surface|moon s surface|moonwalk|moonwalks|moonwalked|moonwalker = flag:moon
the other moonwalker = flag:moon ask:who
the other two|the other three|the other four|the other 2|the other 3|the other 4|the other guys|the other crew|the other crew members|the rest of the crew = ask:crew
moonwalkers|the moonwalkers|the two moonwalkers = flag:moon ask:crew event:walk
the surface|on the surface|to the surface|onto the surface = flag:moon pron:thing
all civilian|all private|all-civilian|all-private|fully private|entirely private|privately funded|private mission|commercial mission|all commercial = flag:allprivate
empty|uncrewed|unmanned|without a crew|without crew|with no crew|nobody aboard|no one aboard|without anyone = flag:uncrewed
twice|two times = times:2
once|one time|only once = times:1
three times|thrice = times:3
more than once|more than one time|several times|multiple times|repeatedly|more than one flight|more than one mission = times:>1
more than one expedition|more than one iss expedition|more than one increment|more than one station expedition = times:>1 ask:expedition
more than twice = times:>2
flown more than once|flew more than once|flown more than one time|flew more than one time|fly more than once|gone more than once|went more than once|go more than once|flown multiple times|flew multiple times|flown several times|flew several times = event:fly times:>1
been to space before|flown before|flew before|been up before|previously flown|veteran|veterans = times:>1
rookie|rookies|first timer|first timers|first time flyer = times:=first
nasa = agency:NASA
esa|european space agency = agency:ESA
jaxa|nasda|jaxa nasda = agency:JAXA
roscosmos = agency:Roscosmos
csa|canadian space agency = agency:CSA
cmsa = agency:CMSA
long duration stays|long duration stay|long-duration stays|long-duration stay|did long duration stays|had long duration stays|long duration|long stay|long stays|long-duration|long term|resident|residents|resident crew|long duration crew|long duration crews|year long|yearlong|to live on|to live aboard|to stay on|to stay aboard|to stay in|to have lived on|to have lived aboard|long flight|long flights|long mission|long missions|long spaceflight|long trip|moved into|moved in to|move into|moved aboard|moved onto|took up residence|to move into|to move in = flag:resident
billionaire|businessman|entrepreneur|millionaire|journalist|reporter|tv journalist|spaceflight participants|space tourism = kind:participant
to orbit|in orbit|into orbit|orbit the earth|go round the earth|went round the earth|go around the earth|went around the earth|gone round the earth|gone around the earth|circle the earth|circled the earth|circle earth|orbit earth|orbited earth|orbited the earth|orbited|orbital flight|orbital|reach orbit|reached orbit|made orbit|make orbit|go into orbit|went into orbit|get to orbit|got to orbit = flag:orbital
single flight|single mission|single spaceflight|one flight|one mission|one trip|in one go|in 1 go|one go|single trip|single stay|in a row|consecutive|continuous|in one time|in one stretch|one stretch|in one shot|not total|not in total|not the total|not overall|not cumulative|not combined = flag:single
next|following|subsequent|after that|the one after|one after|the one after that|the next one = rank:next
previous|preceding|prior one|before that|the one before = rank:previous
earlier flight|earlier mission|earlier trip|earlier spaceflight = rank:previous ask:flight
return to flight|returned to flight|return-to-flight = rank:first ask:flight
the station they visited|the station it visited|station they visited|the station they went to|the station it docked with|the station they docked with|which other station|what other station|which other stations|which station|what station|which space station|what space station|which stations|what stations|which space stations = ask:station
now|currently|right now|today|at the moment|at present|presently|these days|current|at this moment|present = live:now
together|at once|simultaneously|at the same time|same flight|same crew|same mission|same time|with each other|ever meet|ever met|met = ask:together
with|w|alongside|along with|joined|joining|accompanied = ask:with
same flight as|same mission as|same shuttle as|same soyuz as|same crew as|same spacecraft as|same capsule as|same ship as|same dragon as|same shenzhou as = ask:with
move into|moved into|moving into|moves into|move in|moved in|moved aboard|move aboard = event:aboard
indian time|ist|moscow time|msk|eastern time|eastern|pacific time|central time|houston time|us local time|us time|japan time|japanese time|uk time|british time|cet|bst|european time|indian standard time = remark:other_time_zones
counting the last one|counting the last|including the last one|the last one included|suborbital ones included|suborbital flights included|including suborbital ones|including the suborbital ones|including suborbital flights = filler:yes
in both|both in utc|in both utc|both = filler:yes
logged|clocked|clocked up|racked up|chalked up|accumulated|amassed = filler:yes
because of|due to = filler:yes
at that point|at the time|at that time|back then|at that moment = filler:yes
decades later|many years later|years later|decades afterwards|years afterwards|again later|later again|a few years back|a few years ago|few years back|few years ago|some years back|some years ago|a while back|a while ago|years back|years ago|in history|in all of history|of all time|in human history = filler:yes
across all their flights|across all his flights|across all her flights|across all flights|across their flights|across his flights|across her flights|itself|themselves = filler:yes
on reddit|on tiktok|on twitter|on facebook|on instagram|on youtube|on discord|on the internet|on social media|on x|online|in a tweet|in a video|in a meme|a tiktok|a reddit post|a tweet|a meme = filler:yes
i mentioned|you mentioned|we mentioned|i named|you named|i said|you said|i asked about|mentioned earlier|mentioned before|mentioned above = filler:yes
tell us|let us know|let us|give us|show us|help us|for us|send us|remind us|get us|can you tell us|could you tell us|to us|with us|of us|remind me|tell me = filler:yes
if you can|if possible|if you have it|if you know|if you could|if you have that|if known|if you have them|if available = filler:yes
broke out|broken out|breaks out|break out|stayed behind|stay behind|remained behind|away|turned into = filler:yes
with crew|with a crew|with crews|with astronauts|with cosmonauts|with taikonauts|with people|with people on board|with people aboard|with humans|with humans aboard|with a human crew|with astronauts on board|with astronauts aboard|with crew on board|with crew aboard|with a crew aboard|with a crew on board = crewed:yes
crewmates|crewmate|partner|partners = ask:who ask:with
station|stations|space station|space stations|outpost|lab|laboratory|space lab|space laboratory|space labs = station:any
module|modules|piece|pieces|building block = ask:module
core module|main module|base block|base module|core block = ask:module rank:first
or|versus|vs|compared to|compared with|than = cmp:or
and|also|plus|as well as|too = conj:and
year in space|one year mission|one year|a year|year-long mission|year mission|the year mission|year long mission|yearlong mission = rank:longest
"""

# Spoken words that carry no constraint: articles, pronouns, auxiliaries, chat.
FILLER = frozenset(
    """
a an the of to is was are were be been being am do does did done has have had having
i me my we us our you your it its this that these those there here they them their
what which who whom whose how please pls plz thanks thank tell know say give show find
can could would will shall should may might must let lets about any some just really
actually exactly precisely roughly approximately quick quickly one hey hi hello ok okay
spacebot um uh umm uhh er erm hmm
so then well oh ah yes no not also again even ever still yet already only very
read heard hear wondering wonder want curious question asking ask info information
details detail know knows remember recall check confirm correct right
s t ll d re ve m
for from into onto out up down off over under
as than like such same other another else
get got gets getting go going goes went gone come comes came coming
way thing things stuff kind sort bit lot lots
guy guys folks people person someone anyone
named called known name names call calls nicknamed dubbed
straight
pass passed passing reach reached reaching surpass surpassed cross crossed
super far
nearly almost around circa era
accidentally accidently unexpectedly unintentionally
program programme programs programmes
while meanwhile others
did does do
was were is are be
really truly
mean meant i.e. ie eg
yo yoo yooo lol lmao haha hmm hm um uh wait sooo soo so q qq w w/ btw fyi imo tbh ngl pls plz
different another new unrelated switching topic topics change subject question questions
quick random dumb silly simple real
ok okay alright thanks cheers
use used using see seen happen
anyway anyways though but whatever random lol anyways movie film
exact exactly actual actually precise correct correctly true truly real really right official
officially verify verified verifying check checking checked confirm confirmed confirming
fact factcheck fact-check need needed want wanted wondering wonder curious trying try tried
said says say saying told tell telling heard hear hearing read reading reads seen saw watch
asked asks asking wants
watched watching keep keeps kept mixing mix mixed confused confusing forget forgot forgotten
remember remembered recall think thought guess guessed figure figured believe know knew
grandpa grandma dad mom mum brother sister cousin friend friends uncle aunt kid kids
lesson lessons teaching students pupils presentation project essay doing preparing prepping
featuring feature tomorrow tomorrows tonight own immediately directly lol lmao
outside non nor neither
son daughter wife husband boss class homework quiz trivia exam test article
caption wire story book movie film documentary video podcast post thread server channel chapter chapters section sections sidebar pages manuscript draft appendix slide slides deck column obituary memorial exhibit exhibition lecture talk sketch covers covering photograph photographs photo photos picture pictures image marathon understand gather heard recall remember reckon frozen included includes including include taught caretaker ballistic side
deal bruh bro dude man omg wow whoa yay yeah yep nope nah rn irl ngl lowkey highkey srsly fr tbh
idk iirc afaik imo imho lmk pls plz thx ty ppl teh theres thats whats whos hows wheres u ur
cool awesome amazing crazy insane wild epic neat interesting fun funny sad scary monster massive huge marathon mammoth giant whopping
like literally basically honestly seriously apparently supposedly obviously clearly
again anymore still ever evr even also just only maybe perhaps probably possibly
rather instead either neither whether versus
please kindly help
did didn didnt doesn doesnt don dont isn isnt wasn wasnt weren werent hasn hasnt haven
havent hadn hadnt won wont cant couldn couldnt wouldn wouldnt shouldn shouldnt
manage managed managing succeed succeeded able
board boarded boarding member members set setting hold holding held
go goes going gone went come comes coming
in into onto within
up there
total
exactly
time times
spend spent spending
end
in on at by with
space orbit earth
its it's
back
take took taken
any
hold holds held
ever
again
""".split()
)

# Words that, left unread, do not change an answer's meaning (chatty adverbs, hedges).
SOFT = frozenset(
    """
twin twins stranded modular coolant ammonia sprang sprung part inclusive themselves himself herself oxygen tank
stint stints across much
performed perform performs conducted conduct
bigger larger
finally eventually originally initially really actually basically literally officially
approximately roughly about around exactly precisely apparently supposedly reportedly
again ever once just already still even also too very quite pretty whole entire
crewed manned human humans people person astronaut astronauts cosmonaut cosmonauts
taikonaut taikonauts mission missions vehicle spacecraft rocket rockets capsule
international iss station space stay record records data database progress progress ship cargo ship supply ship freighter test flight flights use used using mean
single orbital independent crewed human manned humans earth planet world globe home
dragon capsule spacecraft ship vessel vehicle rocket booster
1 go one go time round
one two three four five six seven eight nine ten 1 2 3 4 5 6 7 8 9 10
become became becoming officially actual
buddy buddies pal mate mates swears swear swore insists insisted discord server chat commonly widely quoted quote figure comparison locally settle settled bet argument arguing debate
na v vo i k s ob po iz 的 了 吗 呢 号 是 在 过 吧 啊
""".split()
)


def _build() -> dict[tuple[str, ...], tuple[Word, ...]]:
    table: dict[tuple[str, ...], tuple[Word, ...]] = {}
    for line in _TABLE.strip().splitlines():
        phrases, _, spec = line.rpartition(" = ")
        words = _w(spec)
        for p in phrases.split("|"):
            key = tuple(p.split())
            table[key] = table.get(key, ()) + words
    for country, demonym in _DEMONYMS.items():
        for form in {demonym.lower(), country.lower(), demonym.lower() + "s"}:
            table[tuple(form.split())] = (Word("nat", country),)
    for form, country in _EXTRA_NATIONS.items():
        table[tuple(form.split())] = (Word("nat", country),)
        if form.endswith("woman"):  # "the first Frenchwoman": French, and a woman
            table[tuple(form.split())] += (Word("sex", "female"),)
        elif form.endswith("man"):
            table[tuple(form.split())] += (Word("sex", "male"),)
    for group, countries in NATION_GROUPS.items():
        for form in (group, group + "s", _REGION_NOUNS.get(group, group)):
            table[tuple(form.split())] = (Word("natlabel", group.title()),) + tuple(
                Word("nat", c) for c in countries.split("|")
            )
    return table


_EXTRA_NATIONS = {
    "us": "United States", "usa": "United States", "u s": "United States",
    "america": "United States", "americans": "United States", "united states": "United States",
    "uk": "United Kingdom", "britain": "United Kingdom", "brits": "United Kingdom",
    "english": "United Kingdom", "brit": "United Kingdom", "briton": "United Kingdom",
    "britons": "United Kingdom", "ussr": "Soviet Union", "soviets": "Soviet Union",
    "russians": "Russia", "chinese": "China", "japanese": "Japan", "uae": "United Arab Emirates",
    "emiratis": "United Arab Emirates", "czechoslovakian": "Czechoslovakia", "french": "France", "frenchman": "France",
    "dutch": "Netherlands", "korean": "South Korea", "saudis": "Saudi Arabia",
    "ukrainians": "Ukraine", "kazakhs": "Kazakhstan", "kazakhstani": "Kazakhstan",
    "swiss": "Switzerland", "turk": "Turkey", "turkish": "Turkey", "turkiye": "Turkey",
    "norwegian": "Norway", "norway": "Norway", "maltese": "Malta", "iranian": "Iran",
    "costa rican": "Costa Rica", "israelis": "Israel", "west german": "West Germany",
    "west germany": "West Germany", "east german": "East Germany", "east germany": "East Germany",
    "soviet": "Soviet Union", "soviet union": "Soviet Union", "brasil": "Brazil",
    "korea": "South Korea", "south korea": "South Korea",
    # people nouns: "the first Dane", "a Swede", "the Spaniard"
    "dane": "Denmark", "danes": "Denmark", "swede": "Sweden", "swedes": "Sweden",
    "finn": "Finland", "finnish": "Finland", "spaniard": "Spain", "spaniards": "Spain",
    "dutchman": "Netherlands", "dutchwoman": "Netherlands", "frenchwoman": "France",
    "englishman": "United Kingdom", "englishwoman": "United Kingdom", "scot": "United Kingdom",
    "scottish": "United Kingdom", "welsh": "United Kingdom", "turks": "Turkey",
    "magyar": "Hungary", "kiwi": "New Zealand", "new zealander": "New Zealand",
    "irish": "Ireland", "irishman": "Ireland",
}  # fmt: skip
# a region's own name: "the first cosmonaut from Asia"
_REGION_NOUNS = {"european": "europe", "asian": "asia", "latin american": "latin america"}

# Words that name a group of countries.
NATION_GROUPS = {
    "european": "Austria|Belgium|Czech Republic|Denmark|Finland|France|Germany|Greece|Ireland|"
    "Italy|Luxembourg|Netherlands|Norway|Poland|Portugal|Spain|Sweden|Switzerland|"
    "United Kingdom|Hungary|Romania|Slovakia|Bulgaria|Malta|East Germany|Czechoslovakia",
    "asian": "China|Japan|India|South Korea|Malaysia|Vietnam|Mongolia|Kazakhstan|"
    "Saudi Arabia|United Arab Emirates|Israel|Syria|Afghanistan|Turkey|Iran",
    # the Arab League's members that have flown someone (Saudi Arabia, Syria, the UAE)
    "arab": "Saudi Arabia|Syria|United Arab Emirates",
    # Latin America's countries that have flown someone (Chang-Díaz is Costa Rican-born)
    "latin american": "Cuba|Mexico|Brazil|Costa Rica",
}

PHRASES: dict[tuple[str, ...], tuple[Word, ...]] = _build()


def is_nation(token: str) -> bool:
    """Whether one word names a nation or nationality ("polish", "ussr", "american")."""
    return any(w.kind == "nat" for w in PHRASES.get((token,), ()))


def is_ordinal(token: str) -> bool:
    """Whether one word is an ordinal place ("second", "2nd", "third"), not "first"/"last"."""
    return any(w.kind == "rank" and str(w.value).isdigit() for w in PHRASES.get((token,), ()))


def is_rank_word(token: str) -> bool:
    """Whether one word ranks ("first", "second", "longest", "most")."""
    return any(w.kind == "rank" for w in PHRASES.get((token,), ()))


MAX_PHRASE = max(len(k) for k in PHRASES)
PHRASE_WORDS = frozenset(w for k in PHRASES for w in k)  # every word any phrase is made of
QUESTION_WORDS = frozenset({"who", "what", "when", "where", "which", "how", "whom", "whose"})
AUXILIARIES = frozenset(
    {"is", "was", "are", "were", "did", "does", "do", "has", "have", "had", "can", "could"}
)


def occupation_phrases(words: dict[str, str]) -> dict[tuple[str, ...], tuple[Word, ...]]:
    """The occupation words of the records (data/occupation_kinds.csv: "teacher",
    "senator", "physician"), with plain plurals, as lexicon phrases. A word the lexicon
    already gives a meaning keeps it (the parser looks here only after PHRASES)."""
    plurals = {}
    for phrase, occupation in words.items():  # "teachers", "physicians", "businesspeople"
        *head, last = phrase.split()
        many = (
            last[:-1] + "ies"
            if last.endswith("y")
            else last + ("es" if last.endswith("s") else "s")
        )
        plurals.setdefault(" ".join([*head, many]), occupation)
    out: dict[tuple[str, ...], tuple[Word, ...]] = {}
    for phrase, occupation in {**plurals, **words}.items():
        key = tuple(phrase.split())
        if key and key not in PHRASES and len(key) <= MAX_PHRASE:
            out[key] = (Word("occupation", occupation),)
    return out
