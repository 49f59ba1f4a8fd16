"""Demo course: block "powietrze i klimat" (air and climate)."""

from core.demo.text import T

COURSE = {
    "key": "air-and-climate",
    "illustration": "air-and-climate",
    "slug": T(pl="powietrze-i-klimat", en="air-and-climate", es="aire-y-clima"),
    "title": T(
        pl="Powietrze i klimat",
        en="Air and climate",
        es="Aire y clima",
    ),
    "summary": T(
        pl="Zanieczyszczenia powietrza i smog, narzędzia ochrony powietrza w Polsce, polityka klimatyczna Unii Europejskiej oraz audyty energetyczne i termomodernizacja – z perspektywy zielonych zawodów.",
        en="Air pollution and smog, air protection tools in Poland, European Union climate policy, and energy audits and thermal retrofitting – from the perspective of green occupations.",
        es="La contaminación del aire y el smog, los instrumentos de protección del aire en Polonia, la política climática de la Unión Europea y las auditorías energéticas y la rehabilitación térmica, desde la perspectiva de los empleos verdes.",
    ),
    "description": [
        T(
            pl="Kurs odpowiada blokowi tematycznemu „powietrze i klimat”, jednemu z pięciu bloków szkoleniowych doradców ds. zielonych miejsc pracy. Łączy dwa powiązane, ale różne zagadnienia: jakość powietrza, którą pogarszają przede wszystkim pyły i inne substancje szkodliwe dla zdrowia, oraz ochronę klimatu, czyli ograniczanie emisji gazów cieplarnianych. Omawia normy jakości powietrza, programy ochrony powietrza, uchwały antysmogowe, politykę klimatyczną Unii Europejskiej oraz narzędzia poprawy efektywności energetycznej budynków i przedsiębiorstw.",
            en="This course corresponds to the ‘air and climate’ thematic block, one of the five training blocks for green-jobs advisors. It brings together two related but distinct issues: air quality, which is degraded above all by particulate matter and other substances harmful to health, and climate protection, that is, reducing greenhouse gas emissions. It covers air quality standards, air quality plans, anti-smog resolutions, European Union climate policy and tools for improving the energy efficiency of buildings and businesses.",
            es="El curso corresponde al bloque temático «aire y clima», uno de los cinco bloques de formación de los asesores de empleos verdes. Reúne dos cuestiones relacionadas pero distintas: la calidad del aire, que empeora sobre todo por las partículas y otras sustancias nocivas para la salud, y la protección del clima, es decir, la reducción de las emisiones de gases de efecto invernadero. Trata las normas de calidad del aire, los planes de calidad del aire, las resoluciones antismog, la política climática de la Unión Europea y los instrumentos para mejorar la eficiencia energética de edificios y empresas.",
        ),
        T(
            pl="W każdej lekcji pokazujemy, jakie zawody i kwalifikacje wiążą się z tymi zmianami – od instalatorów i monterów dociepleń, przez kominiarzy i pracowników gmin, po audytorów energetycznych i specjalistów ds. raportowania emisji – oraz jak rozmawiać o nich z klientami. Przepisy opisujemy według stanu na listopad 2026 r.; w obszarze klimatu i energii zmieniają się one szczególnie szybko, dlatego zawsze sprawdzaj aktualne regulacje.",
            en="Each lesson shows which occupations and qualifications are linked to these changes – from installers and insulation fitters, through chimney sweeps and municipal staff, to energy auditors and emissions reporting specialists – and how to discuss them with clients. The law is described as it stood in November 2026; in the fields of climate and energy it changes particularly quickly, so always check the current regulations.",
            es="En cada lección mostramos qué ocupaciones y cualificaciones están ligadas a estos cambios —desde instaladores y montadores de aislamientos, pasando por deshollinadores y personal municipal, hasta auditores energéticos y especialistas en notificación de emisiones— y cómo hablar de ellas con los clientes. Describimos la normativa vigente en noviembre de 2026; en el ámbito del clima y la energía cambia con especial rapidez, por lo que conviene comprobar siempre la regulación vigente.",
        ),
    ],
    "outcomes": [
        T(
            pl="Odróżnić zanieczyszczenia powietrza (PM10, PM2,5, benzo(a)piren, tlenki azotu) od gazów cieplarnianych oraz wyjaśnić, czym są niska emisja i smog.",
            en="Distinguish air pollutants (PM10, PM2.5, benzo[a]pyrene, nitrogen oxides) from greenhouse gases, and explain what low-level emissions and smog are.",
            es="Distinguir los contaminantes del aire (PM10, PM2,5, benzo(a)pireno, óxidos de nitrógeno) de los gases de efecto invernadero y explicar qué son las emisiones a baja altura y el smog.",
        ),
        T(
            pl="Opisać narzędzia ochrony powietrza w Polsce: normy jakości powietrza, programy ochrony powietrza, uchwały antysmogowe i kontrolę spalania paliw.",
            en="Describe the tools for protecting air quality in Poland: air quality standards, air quality plans, anti-smog resolutions and checks on fuel burning.",
            es="Describir los instrumentos de protección del aire en Polonia: normas de calidad del aire, planes de calidad del aire, resoluciones antismog y control de la combustión.",
        ),
        T(
            pl="Wyjaśnić główne elementy polityki klimatycznej UE: Europejski Zielony Ład, europejskie prawo o klimacie, pakiet „Gotowi na 55” i system EU ETS.",
            en="Explain the main elements of EU climate policy: the European Green Deal, the European Climate Law, the Fit for 55 package and the EU ETS.",
            es="Explicar los elementos principales de la política climática de la UE: el Pacto Verde Europeo, la Legislación europea sobre el clima, el paquete «Objetivo 55» y el RCDE UE.",
        ),
        T(
            pl="Rozróżnić rodzaje audytów energetycznych i opisać etapy termomodernizacji budynku.",
            en="Distinguish between types of energy audit and describe the stages of a building’s thermal retrofit.",
            es="Distinguir los tipos de auditoría energética y describir las fases de la rehabilitación térmica de un edificio.",
        ),
        T(
            pl="Wskazać zawody, kwalifikacje i pracodawców związanych z ochroną powietrza i klimatu w województwie podlaskim.",
            en="Identify occupations, qualifications and employers linked to air and climate protection in the Podlaskie region.",
            es="Identificar ocupaciones, cualificaciones y empleadores relacionados con la protección del aire y del clima en Podlaquia.",
        ),
    ],
    "estimated_minutes": 90,
    "pass_mark": 70,
    "glossary": [
        {
            "term": T(
                pl="Pył zawieszony PM10 i PM2,5",
                en="Particulate matter PM10 and PM2.5",
                es="Partículas en suspensión PM10 y PM2,5",
            ),
            "definition": T(
                pl="Mieszanina drobnych cząstek stałych i ciekłych zawieszonych w powietrzu o średnicy do 10 mikrometrów (PM10) lub do 2,5 mikrometra (PM2,5). Drobniejsze cząstki wnikają głębiej do układu oddechowego i do krwiobiegu; w Polsce jednym z najważniejszych źródeł pyłu w sezonie grzewczym jest spalanie paliw stałych w domach.",
                en="A mixture of fine solid and liquid particles suspended in the air with a diameter of up to 10 micrometres (PM10) or up to 2.5 micrometres (PM2.5). Finer particles penetrate deeper into the respiratory system and into the bloodstream; in Poland one of the most important sources of particulate matter in the heating season is the burning of solid fuels in homes.",
                es="Mezcla de partículas sólidas y líquidas finas suspendidas en el aire con un diámetro de hasta 10 micrómetros (PM10) o de hasta 2,5 micrómetros (PM2,5). Las partículas más finas penetran más profundamente en el aparato respiratorio y en el torrente sanguíneo; en Polonia, una de las principales fuentes de partículas durante la temporada de calefacción es la quema de combustibles sólidos en los hogares.",
            ),
        },
        {
            "term": T(
                pl="Benzo(a)piren",
                en="Benzo[a]pyrene",
                es="Benzo(a)pireno",
            ),
            "definition": T(
                pl="Rakotwórczy wielopierścieniowy węglowodór aromatyczny przenoszony na cząstkach pyłu PM10, powstający głównie przy niepełnym spalaniu węgla i drewna. Poziom docelowy w UE wynosi 1 ng/m³ jako średnia roczna.",
                en="A carcinogenic polycyclic aromatic hydrocarbon carried on PM10 particles, formed mainly by incomplete combustion of coal and wood. The EU target value is 1 ng/m³ as an annual mean.",
                es="Hidrocarburo aromático policíclico cancerígeno transportado en las partículas PM10, que se forma principalmente por la combustión incompleta del carbón y la madera. El valor objetivo de la UE es de 1 ng/m³ como media anual.",
            ),
        },
        {
            "term": T(
                pl="Niska emisja",
                en="Low-level emissions",
                es="Emisiones a baja altura",
            ),
            "definition": T(
                pl="Emisja zanieczyszczeń z nisko położonych źródeł – przede wszystkim z kominów domów ogrzewanych paliwami stałymi i z transportu drogowego – która pozostaje blisko ziemi, w strefie, w której ludzie oddychają.",
                en="Emissions of pollutants from low-lying sources – above all the chimneys of homes heated with solid fuels and road traffic – which stay close to the ground, in the zone where people breathe.",
                es="Emisiones de contaminantes procedentes de fuentes situadas a poca altura —sobre todo las chimeneas de viviendas con calefacción de combustibles sólidos y el tráfico rodado— que permanecen cerca del suelo, en la zona en la que respiran las personas.",
            ),
        },
        {
            "term": T(
                pl="Uchwała antysmogowa",
                en="Anti-smog resolution",
                es="Resolución antismog",
            ),
            "definition": T(
                pl="Uchwała sejmiku województwa podjęta na podstawie art. 96 ustawy – Prawo ochrony środowiska, która wprowadza ograniczenia lub zakazy eksploatacji instalacji, w których następuje spalanie paliw, np. określa dopuszczalne paliwa oraz wymagania dla kotłów, pieców i kominków.",
                en="A resolution of a regional assembly (sejmik województwa) adopted under Article 96 of the Environmental Protection Law, which introduces restrictions or bans on the use of fuel-burning installations, for example by specifying permitted fuels and requirements for boilers, stoves and fireplaces.",
                es="Resolución de la asamblea regional (sejmik województwa) adoptada con arreglo al artículo 96 de la Ley de Protección del Medio Ambiente, que introduce restricciones o prohibiciones en el uso de instalaciones de combustión; por ejemplo, fija los combustibles permitidos y los requisitos de calderas, estufas y chimeneas.",
            ),
        },
        {
            "term": T(
                pl="Neutralność klimatyczna",
                en="Climate neutrality",
                es="Neutralidad climática",
            ),
            "definition": T(
                pl="Stan, w którym emisje gazów cieplarnianych są zrównoważone ich pochłanianiem, czyli emisje netto wynoszą zero. Europejskie prawo o klimacie – rozporządzenie (UE) 2021/1119 – zobowiązuje Unię do jej osiągnięcia najpóźniej do 2050 r.",
                en="A state in which greenhouse gas emissions are balanced by removals, so that net emissions are zero. The European Climate Law – Regulation (EU) 2021/1119 – commits the Union to achieving it by 2050 at the latest.",
                es="Situación en la que las emisiones de gases de efecto invernadero se equilibran con las absorciones, de modo que las emisiones netas son nulas. La Legislación europea sobre el clima —Reglamento (UE) 2021/1119— obliga a la Unión a alcanzarla a más tardar en 2050.",
            ),
        },
        {
            "term": T(
                pl="EU ETS",
                en="EU ETS (EU Emissions Trading System)",
                es="RCDE UE (régimen de comercio de derechos de emisión de la UE)",
            ),
            "definition": T(
                pl="System handlu uprawnieniami do emisji gazów cieplarnianych w Unii Europejskiej, ustanowiony dyrektywą 2003/87/WE. Wyznacza malejący limit emisji, a objęte nim podmioty – m.in. energetyka, przemysł energochłonny, lotnictwo i transport morski – muszą umarzać uprawnienia odpowiadające swoim emisjom.",
                en="The European Union’s greenhouse gas emissions trading system, established by Directive 2003/87/EC. It sets a declining cap on emissions, and the entities it covers – including power generation, energy-intensive industry, aviation and maritime transport – must surrender allowances corresponding to their emissions.",
                es="Régimen de comercio de derechos de emisión de gases de efecto invernadero de la Unión Europea, establecido por la Directiva 2003/87/CE. Fija un límite de emisiones decreciente, y las entidades incluidas —entre ellas, la generación eléctrica, la industria de gran consumo energético, la aviación y el transporte marítimo— deben entregar derechos equivalentes a sus emisiones.",
            ),
        },
        {
            "term": T(
                pl="Audyt energetyczny",
                en="Energy audit",
                es="Auditoría energética",
            ),
            "definition": T(
                pl="Analiza zużycia energii w budynku, przedsiębiorstwie lub procesie, która wskazuje opłacalne sposoby jego ograniczenia wraz z kosztami i oszczędnościami; sporządza się go m.in. przed termomodernizacją, a duże przedsiębiorstwa – co do zasady co 4 lata.",
                en="An analysis of energy use in a building, business or process that identifies cost-effective ways of reducing it, together with their costs and savings; it is carried out, for example, before a thermal retrofit, and large enterprises must as a rule carry one out every 4 years.",
                es="Análisis del consumo de energía de un edificio, una empresa o un proceso que señala formas rentables de reducirlo, con sus costes y ahorros; se realiza, entre otros casos, antes de una rehabilitación térmica, y las grandes empresas deben realizarlo, por regla general, cada 4 años.",
            ),
        },
        {
            "term": T(
                pl="Termomodernizacja",
                en="Thermal retrofitting (termomodernizacja)",
                es="Rehabilitación térmica (termomodernizacja)",
            ),
            "definition": T(
                pl="Przedsięwzięcie zmniejszające zapotrzebowanie budynku na energię, np. docieplenie ścian, dachu i stropów, wymiana okien i drzwi, modernizacja instalacji grzewczej i wentylacji oraz wymiana źródła ciepła na efektywniejsze lub odnawialne.",
                en="A project that reduces a building’s energy demand, for example by insulating walls, roofs and floors, replacing windows and doors, upgrading the heating and ventilation systems and replacing the heat source with a more efficient or renewable one.",
                es="Actuación que reduce la demanda energética de un edificio, por ejemplo, aislando muros, cubiertas y forjados, sustituyendo ventanas y puertas, modernizando las instalaciones de calefacción y ventilación y sustituyendo la fuente de calor por otra más eficiente o renovable.",
            ),
        },
    ],
    "lessons": [
        {
            "slug": T(
                pl="zanieczyszczenia-powietrza-i-smog",
                en="air-pollution-and-smog",
                es="contaminacion-del-aire-y-smog",
            ),
            "title": T(
                pl="Zanieczyszczenia powietrza, niska emisja i smog",
                en="Air pollution, low-level emissions and smog",
                es="Contaminación del aire, emisiones a baja altura y smog",
            ),
            "summary": T(
                pl="Jakie substancje zanieczyszczają powietrze, skąd się biorą i jak wpływają na zdrowie, jakie normy obowiązują w Polsce i UE oraz gdzie szukać informacji o jakości powietrza.",
                en="Which substances pollute the air, where they come from and how they affect health, which standards apply in Poland and the EU, and where to find information on air quality.",
                es="Qué sustancias contaminan el aire, de dónde proceden y cómo afectan a la salud, qué normas rigen en Polonia y en la UE y dónde encontrar información sobre la calidad del aire.",
            ),
            "body": [
                (
                    "heading",
                    T(
                        pl="Zanieczyszczenia powietrza a gazy cieplarniane",
                        en="Air pollutants and greenhouse gases",
                        es="Contaminantes del aire y gases de efecto invernadero",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Na początek ważne rozróżnienie. Zanieczyszczenia powietrza – pyły, benzo(a)piren, tlenki azotu czy dwutlenek siarki – szkodzą przede wszystkim zdrowiu ludzi i środowisku w miejscu, w którym występują. Gazy cieplarniane – głównie dwutlenek węgla, metan i podtlenek azotu – w typowych stężeniach nie szkodzą bezpośrednio przy oddychaniu, ale zatrzymują ciepło w atmosferze i powodują globalne ocieplenie. Często mają jednak wspólne źródła, np. spalanie węgla. Dlatego te same działania – wymiana starych kotłów, termomodernizacja, rozwój OZE – jednocześnie poprawiają jakość powietrza i chronią klimat.",
                            en="First, an important distinction. Air pollutants – particulate matter, benzo[a]pyrene, nitrogen oxides or sulphur dioxide – harm above all human health and the environment where they occur. Greenhouse gases – mainly carbon dioxide, methane and nitrous oxide – are not directly harmful to breathe at typical concentrations, but they trap heat in the atmosphere and cause global warming. They often share the same sources, however, such as burning coal. That is why the same measures – replacing old boilers, thermal retrofitting, developing renewables – improve air quality and protect the climate at the same time.",
                            es="Empecemos por una distinción importante. Los contaminantes del aire —partículas, benzo(a)pireno, óxidos de nitrógeno o dióxido de azufre— dañan sobre todo la salud de las personas y el medio ambiente allí donde se encuentran. Los gases de efecto invernadero —principalmente el dióxido de carbono, el metano y el óxido nitroso— no son directamente nocivos para la respiración en concentraciones habituales, pero retienen el calor en la atmósfera y provocan el calentamiento global. Sin embargo, a menudo tienen fuentes comunes, como la quema de carbón. Por eso, las mismas medidas —sustituir calderas antiguas, rehabilitar térmicamente los edificios, desarrollar las renovables— mejoran la calidad del aire y protegen el clima al mismo tiempo.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Najważniejsze zanieczyszczenia",
                        en="The main pollutants",
                        es="Los principales contaminantes",
                    ),
                ),
                (
                    "list",
                    [
                        T(
                            pl="pył zawieszony PM10 i PM2,5 – drobne cząstki, które wnikają do płuc, a najmniejsze także do krwiobiegu; zwiększają ryzyko chorób układu oddechowego i krążenia;",
                            en="particulate matter PM10 and PM2.5 – fine particles that penetrate the lungs and, the smallest of them, the bloodstream; they increase the risk of respiratory and cardiovascular disease;",
                            es="partículas PM10 y PM2,5: partículas finas que penetran en los pulmones y, las más pequeñas, también en el torrente sanguíneo; aumentan el riesgo de enfermedades respiratorias y cardiovasculares;",
                        ),
                        T(
                            pl="benzo(a)piren – rakotwórczy węglowodór przenoszony na cząstkach pyłu, powstający przy niepełnym spalaniu węgla i drewna, zwłaszcza w starych kotłach i piecach;",
                            en="benzo[a]pyrene – a carcinogenic hydrocarbon carried on dust particles, formed by incomplete combustion of coal and wood, especially in old boilers and stoves;",
                            es="benzo(a)pireno: hidrocarburo cancerígeno transportado en las partículas de polvo, que se forma por la combustión incompleta del carbón y la madera, sobre todo en calderas y estufas antiguas;",
                        ),
                        T(
                            pl="dwutlenek azotu – pochodzi głównie z transportu drogowego, zwłaszcza z silników wysokoprężnych, i stanowi problem przy ruchliwych ulicach;",
                            en="nitrogen dioxide – comes mainly from road traffic, especially diesel engines, and is a problem along busy streets;",
                            es="dióxido de nitrógeno: procede principalmente del tráfico rodado, sobre todo de los motores diésel, y es un problema en las calles con mucho tráfico;",
                        ),
                        T(
                            pl="dwutlenek siarki – powstaje przy spalaniu paliw zawierających siarkę, głównie węgla;",
                            en="sulphur dioxide – produced when fuels containing sulphur, mainly coal, are burned;",
                            es="dióxido de azufre: se produce al quemar combustibles que contienen azufre, principalmente carbón;",
                        ),
                        T(
                            pl="ozon przyziemny – nie jest emitowany bezpośrednio, lecz tworzy się latem z tlenków azotu i lotnych związków organicznych pod wpływem promieniowania słonecznego.",
                            en="ground-level ozone – not emitted directly but formed in summer from nitrogen oxides and volatile organic compounds under the influence of sunlight.",
                            es="ozono troposférico: no se emite directamente, sino que se forma en verano a partir de los óxidos de nitrógeno y los compuestos orgánicos volátiles por efecto de la radiación solar.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="Pył zawieszony PM10 i PM2,5",
                            en="Particulate matter PM10 and PM2.5",
                            es="Partículas en suspensión PM10 y PM2,5",
                        ),
                        "definition": T(
                            pl="Mieszanina drobnych cząstek stałych i ciekłych zawieszonych w powietrzu o średnicy do 10 mikrometrów (PM10) lub do 2,5 mikrometra (PM2,5). Drobniejsze cząstki wnikają głębiej do układu oddechowego i do krwiobiegu; w Polsce jednym z najważniejszych źródeł pyłu w sezonie grzewczym jest spalanie paliw stałych w domach.",
                            en="A mixture of fine solid and liquid particles suspended in the air with a diameter of up to 10 micrometres (PM10) or up to 2.5 micrometres (PM2.5). Finer particles penetrate deeper into the respiratory system and into the bloodstream; in Poland one of the most important sources of particulate matter in the heating season is the burning of solid fuels in homes.",
                            es="Mezcla de partículas sólidas y líquidas finas suspendidas en el aire con un diámetro de hasta 10 micrómetros (PM10) o de hasta 2,5 micrómetros (PM2,5). Las partículas más finas penetran más profundamente en el aparato respiratorio y en el torrente sanguíneo; en Polonia, una de las principales fuentes de partículas durante la temporada de calefacción es la quema de combustibles sólidos en los hogares.",
                        ),
                    },
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="Benzo(a)piren",
                            en="Benzo[a]pyrene",
                            es="Benzo(a)pireno",
                        ),
                        "definition": T(
                            pl="Rakotwórczy wielopierścieniowy węglowodór aromatyczny przenoszony na cząstkach pyłu PM10, powstający głównie przy niepełnym spalaniu węgla i drewna. Poziom docelowy w UE wynosi 1 ng/m³ jako średnia roczna.",
                            en="A carcinogenic polycyclic aromatic hydrocarbon carried on PM10 particles, formed mainly by incomplete combustion of coal and wood. The EU target value is 1 ng/m³ as an annual mean.",
                            es="Hidrocarburo aromático policíclico cancerígeno transportado en las partículas PM10, que se forma principalmente por la combustión incompleta del carbón y la madera. El valor objetivo de la UE es de 1 ng/m³ como media anual.",
                        ),
                    },
                ),
                (
                    "heading",
                    T(
                        pl="Niska emisja i smog",
                        en="Low-level emissions and smog",
                        es="Emisiones a baja altura y smog",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Niska emisja to emisja zanieczyszczeń z niskich kominów domów i innych budynków ogrzewanych paliwami stałymi oraz z rur wydechowych pojazdów. Zanieczyszczenia te nie rozpraszają się wysoko w atmosferze, lecz pozostają w warstwie, w której oddychamy. W Polsce jednym z najważniejszych źródeł pyłu i benzo(a)pirenu jest spalanie węgla i drewna w domowych kotłach, piecach i kominkach – zwłaszcza w starych urządzeniach, potocznie nazywanych kopciuchami, przy użyciu paliw złej jakości lub, nielegalnie, odpadów.",
                            en="Low-level emissions are pollutant emissions from the low chimneys of homes and other buildings heated with solid fuels and from vehicle exhausts. These pollutants do not disperse high in the atmosphere but remain in the layer we breathe. In Poland, one of the most important sources of particulate matter and benzo[a]pyrene is the burning of coal and wood in domestic boilers, stoves and fireplaces – especially in old appliances, popularly called ‘kopciuchy’ (smoke-belchers), using poor-quality fuel or, illegally, waste.",
                            es="Las emisiones a baja altura son las emisiones de contaminantes procedentes de las chimeneas bajas de viviendas y otros edificios con calefacción de combustibles sólidos y de los tubos de escape de los vehículos. Estos contaminantes no se dispersan en las capas altas de la atmósfera, sino que permanecen en la capa que respiramos. En Polonia, una de las principales fuentes de partículas y de benzo(a)pireno es la quema de carbón y leña en calderas, estufas y chimeneas domésticas, sobre todo en aparatos antiguos, llamados coloquialmente «kopciuchy» (humeadores), con combustibles de mala calidad o, de forma ilegal, con residuos.",
                        ),
                        T(
                            pl="Gdy zimą wiele domów jednocześnie pali w piecach, a pogoda jest bezwietrzna i mroźna, zanieczyszczenia gromadzą się przy ziemi. Tak powstaje smog zimowy, nazywany też smogiem typu londyńskiego. Latem, w upalne dni, może z kolei wystąpić smog fotochemiczny z wysokim stężeniem ozonu. Smog zimowy dotyczy nie tylko dużych miast, ale także małych miejscowości z gęstą zabudową jednorodzinną ogrzewaną paliwami stałymi. Według raportów Europejskiej Agencji Środowiska Polska od lat należy do państw Unii z najwyższymi stężeniami benzo(a)pirenu.",
                            en="When many homes are burning fuel at the same time in winter and the weather is still and frosty, pollutants accumulate near the ground. This is how winter smog, also called London-type smog, forms. In summer, on hot days, photochemical smog with high ozone concentrations can occur. Winter smog affects not only big cities but also small towns and villages with dense single-family housing heated with solid fuels. According to European Environment Agency reports, Poland has for years been among the EU countries with the highest concentrations of benzo[a]pyrene.",
                            es="Cuando en invierno muchas viviendas encienden a la vez sus estufas y el tiempo es frío y sin viento, los contaminantes se acumulan cerca del suelo. Así se forma el smog invernal, también llamado smog de tipo Londres. En verano, en los días de calor, puede aparecer en cambio el smog fotoquímico, con altas concentraciones de ozono. El smog invernal no afecta solo a las grandes ciudades, sino también a pequeñas localidades con viviendas unifamiliares densamente agrupadas y calefacción de combustibles sólidos. Según los informes de la Agencia Europea de Medio Ambiente, Polonia figura desde hace años entre los países de la UE con las concentraciones más altas de benzo(a)pireno.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="Niska emisja",
                            en="Low-level emissions",
                            es="Emisiones a baja altura",
                        ),
                        "definition": T(
                            pl="Emisja zanieczyszczeń z nisko położonych źródeł – przede wszystkim z kominów domów ogrzewanych paliwami stałymi i z transportu drogowego – która pozostaje blisko ziemi, w strefie, w której ludzie oddychają.",
                            en="Emissions of pollutants from low-lying sources – above all the chimneys of homes heated with solid fuels and road traffic – which stay close to the ground, in the zone where people breathe.",
                            es="Emisiones de contaminantes procedentes de fuentes situadas a poca altura —sobre todo las chimeneas de viviendas con calefacción de combustibles sólidos y el tráfico rodado— que permanecen cerca del suelo, en la zona en la que respiran las personas.",
                        ),
                    },
                ),
                (
                    "heading",
                    T(
                        pl="Normy jakości powietrza",
                        en="Air quality standards",
                        es="Normas de calidad del aire",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Normy jakości powietrza wyznacza prawo Unii Europejskiej: dyrektywa 2008/50/WE w sprawie jakości powietrza i czystszego powietrza dla Europy oraz dyrektywa 2004/107/WE dotycząca m.in. wielopierścieniowych węglowodorów aromatycznych w powietrzu. W Polsce wdrażają je ustawa z dnia 27 kwietnia 2001 r. – Prawo ochrony środowiska i rozporządzenie Ministra Środowiska z dnia 24 sierpnia 2012 r. w sprawie poziomów niektórych substancji w powietrzu. Obowiązują m.in.:",
                            en="Air quality standards are set by European Union law: Directive 2008/50/EC on ambient air quality and cleaner air for Europe and Directive 2004/107/EC relating to, among other things, polycyclic aromatic hydrocarbons in ambient air. In Poland they are implemented by the Environmental Protection Law Act of 27 April 2001 and the Regulation of the Minister of the Environment of 24 August 2012 on the levels of certain substances in the air. The standards include:",
                            es="Las normas de calidad del aire las fija el Derecho de la Unión Europea: la Directiva 2008/50/CE relativa a la calidad del aire ambiente y a una atmósfera más limpia en Europa y la Directiva 2004/107/CE relativa, entre otros, a los hidrocarburos aromáticos policíclicos en el aire ambiente. En Polonia las aplican la Ley de 27 de abril de 2001 de Protección del Medio Ambiente (Prawo ochrony środowiska) y el Reglamento del Ministro de Medio Ambiente de 24 de agosto de 2012 sobre los niveles de determinadas sustancias en el aire. Entre otras, rigen las siguientes normas:",
                        ),
                    ],
                ),
                (
                    "list",
                    [
                        T(
                            pl="dla PM10 – poziom dopuszczalny 40 µg/m³ jako średnia roczna oraz 50 µg/m³ jako średnia dobowa, która może być przekroczona najwyżej 35 razy w roku;",
                            en="for PM10 – a limit value of 40 µg/m³ as an annual mean and 50 µg/m³ as a daily mean, which may be exceeded no more than 35 times a year;",
                            es="para las PM10: un valor límite de 40 µg/m³ como media anual y de 50 µg/m³ como media diaria, que no puede superarse más de 35 veces al año;",
                        ),
                        T(
                            pl="dla PM2,5 – poziom dopuszczalny 20 µg/m³ jako średnia roczna;",
                            en="for PM2.5 – a limit value of 20 µg/m³ as an annual mean;",
                            es="para las PM2,5: un valor límite de 20 µg/m³ como media anual;",
                        ),
                        T(
                            pl="dla benzo(a)pirenu – poziom docelowy 1 ng/m³ jako średnia roczna;",
                            en="for benzo[a]pyrene – a target value of 1 ng/m³ as an annual mean;",
                            es="para el benzo(a)pireno: un valor objetivo de 1 ng/m³ como media anual;",
                        ),
                        T(
                            pl="dla PM10 – poziom informowania 100 µg/m³ i poziom alarmowy 150 µg/m³ (średnie dobowe), po których przekroczeniu ogłasza się ostrzeżenia dla mieszkańców.",
                            en="for PM10 – an information threshold of 100 µg/m³ and an alert threshold of 150 µg/m³ (daily means), above which warnings are issued to residents.",
                            es="para las PM10: un umbral de información de 100 µg/m³ y un umbral de alerta de 150 µg/m³ (medias diarias), por encima de los cuales se emiten avisos a la población.",
                        ),
                    ],
                ),
                (
                    "text",
                    [
                        T(
                            pl="W 2024 r. przyjęto dyrektywę Parlamentu Europejskiego i Rady (UE) 2024/2881 z dnia 23 października 2024 r. w sprawie jakości powietrza i czystszego powietrza dla Europy (wersja przekształcona). Zastępuje ona dyrektywy 2008/50/WE i 2004/107/WE i zbliża normy unijne do wytycznych Światowej Organizacji Zdrowia: od 2030 r. dopuszczalne średnie roczne stężenie PM2,5 ma wynosić 10 µg/m³, a PM10 – 20 µg/m³. Państwa członkowskie mają przenieść nowe przepisy do prawa krajowego do grudnia 2026 r. – sprawdzaj, jak zostały wdrożone w Polsce.",
                            en="In 2024, Directive (EU) 2024/2881 of the European Parliament and of the Council of 23 October 2024 on ambient air quality and cleaner air for Europe (recast) was adopted. It replaces Directives 2008/50/EC and 2004/107/EC and brings EU standards closer to the World Health Organization guidelines: from 2030 the annual limit value will be 10 µg/m³ for PM2.5 and 20 µg/m³ for PM10. Member States must transpose the new rules into national law by December 2026 – check how they have been implemented in Poland.",
                            es="En 2024 se adoptó la Directiva (UE) 2024/2881 del Parlamento Europeo y del Consejo, de 23 de octubre de 2024, relativa a la calidad del aire ambiente y a una atmósfera más limpia en Europa (versión refundida). Sustituye a las Directivas 2008/50/CE y 2004/107/CE y acerca las normas de la UE a las directrices de la Organización Mundial de la Salud: a partir de 2030, el valor límite anual será de 10 µg/m³ para las PM2,5 y de 20 µg/m³ para las PM10. Los Estados miembros deben transponer las nuevas normas a su Derecho nacional a más tardar en diciembre de 2026: comprueba cómo se han aplicado en Polonia.",
                        ),
                    ],
                ),
                (
                    "text",
                    [
                        T(
                            pl="Dla porównania: wytyczne Światowej Organizacji Zdrowia z 2021 r. zalecają, by średnie roczne stężenie PM2,5 nie przekraczało 5 µg/m³, a PM10 – 15 µg/m³. Dla doradcy wniosek jest praktyczny: zaostrzanie norm oznacza, że działania na rzecz czystego powietrza – wymiana źródeł ciepła, docieplanie budynków, rozwój sieci ciepłowniczych i transportu niskoemisyjnego – będą prowadzone jeszcze przez wiele lat, a wraz z nimi utrzyma się popyt na pracowników tych branż.",
                            en="For comparison, the World Health Organization’s 2021 guidelines recommend that annual mean concentrations should not exceed 5 µg/m³ for PM2.5 and 15 µg/m³ for PM10. For an advisor the conclusion is practical: tighter standards mean that clean-air measures – replacing heat sources, insulating buildings, expanding district heating and low-emission transport – will continue for many years, and so will demand for workers in these sectors.",
                            es="A modo de comparación, las directrices de la Organización Mundial de la Salud de 2021 recomiendan que la concentración media anual no supere 5 µg/m³ para las PM2,5 y 15 µg/m³ para las PM10. Para el asesor, la conclusión es práctica: el endurecimiento de las normas significa que las medidas a favor del aire limpio —sustitución de fuentes de calor, aislamiento de edificios, ampliación de las redes de calefacción urbana y del transporte de bajas emisiones— continuarán durante muchos años, y con ellas la demanda de trabajadores en estos sectores.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Gdzie szukać informacji",
                        en="Where to find information",
                        es="Dónde buscar información",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Jakość powietrza w Polsce bada Państwowy Monitoring Środowiska koordynowany przez Głównego Inspektora Ochrony Środowiska (GIOŚ). Wyniki pomiarów ze stacji w całym kraju, także w województwie podlaskim, są publikowane na bieżąco w serwisie i aplikacji „Jakość powietrza w Polsce”. GIOŚ co roku przygotowuje też ocenę jakości powietrza w strefach, która jest podstawą do opracowania programów ochrony powietrza. Doradca może korzystać z tych danych, rozmawiając z pracodawcami i samorządami o potrzebach kadrowych związanych z ochroną powietrza.",
                            en="Air quality in Poland is measured by the State Environmental Monitoring system coordinated by the Chief Inspector of Environmental Protection (GIOŚ). Measurements from stations throughout the country, including the Podlaskie region, are published in real time on the ‘Jakość powietrza w Polsce’ (Air quality in Poland) website and app. Each year GIOŚ also prepares an assessment of air quality in the zones, which is the basis for drawing up air quality plans. An advisor can use these data when discussing staffing needs related to air protection with employers and local authorities.",
                            es="La calidad del aire en Polonia la mide el sistema estatal de vigilancia ambiental, coordinado por el Inspector Jefe de Protección del Medio Ambiente (GIOŚ). Los resultados de las estaciones de todo el país, también de Podlaquia, se publican en tiempo real en el portal y la aplicación «Jakość powietrza w Polsce» (Calidad del aire en Polonia). Cada año el GIOŚ elabora además una evaluación de la calidad del aire por zonas, que sirve de base para preparar los planes de calidad del aire. El asesor puede utilizar estos datos al hablar con empleadores y autoridades locales sobre las necesidades de personal relacionadas con la protección del aire.",
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": T(
                pl="ochrona-powietrza-w-praktyce",
                en="air-protection-in-practice",
                es="proteccion-del-aire-en-la-practica",
            ),
            "title": T(
                pl="Ochrona powietrza w praktyce: programy, uchwały antysmogowe i wymiana źródeł ciepła",
                en="Air protection in practice: air quality plans, anti-smog resolutions and heating replacement",
                es="La protección del aire en la práctica: planes, resoluciones antismog y sustitución de sistemas de calefacción",
            ),
            "summary": T(
                pl="Jak działają programy ochrony powietrza i uchwały antysmogowe, jakie obowiązki mają właściciele budynków, kto kontroluje spalanie paliw i jakie miejsca pracy z tego wynikają.",
                en="How air quality plans and anti-smog resolutions work, what obligations building owners have, who checks fuel burning and which jobs result from all this.",
                es="Cómo funcionan los planes de calidad del aire y las resoluciones antismog, qué obligaciones tienen los propietarios de edificios, quién controla la combustión y qué empleos se derivan de ello.",
            ),
            "body": [
                (
                    "heading",
                    T(
                        pl="Program ochrony powietrza",
                        en="The air quality plan",
                        es="El plan de calidad del aire",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Zgodnie z ustawą z dnia 27 kwietnia 2001 r. – Prawo ochrony środowiska, jeżeli w danej strefie przekraczane są poziomy dopuszczalne lub docelowe substancji w powietrzu, zarząd województwa przygotowuje, a sejmik województwa przyjmuje w drodze uchwały program ochrony powietrza. Program wskazuje przyczyny przekroczeń, działania naprawcze i ich harmonogram oraz podmioty odpowiedzialne, np. gminy zobowiązane do wymiany określonej liczby starych źródeł ciepła lub rozbudowy sieci ciepłowniczej. Częścią programu jest plan działań krótkoterminowych na wypadek epizodów wysokich stężeń.",
                            en="Under the Environmental Protection Law Act of 27 April 2001, where limit or target values for substances in the air are exceeded in a zone, the regional executive board prepares, and the regional assembly (sejmik) adopts by resolution, an air quality plan. The plan identifies the causes of the exceedances, the corrective measures and their timetable, and the bodies responsible – for example municipalities required to replace a certain number of old heat sources or to extend the district heating network. It includes a short-term action plan for episodes of high concentrations.",
                            es="Con arreglo a la Ley de 27 de abril de 2001 de Protección del Medio Ambiente, cuando en una zona se superan los valores límite u objetivo de sustancias en el aire, la junta de gobierno del voivodato elabora, y la asamblea regional (sejmik) aprueba mediante resolución, un plan de calidad del aire. El plan señala las causas de las superaciones, las medidas correctoras y su calendario, así como las entidades responsables, por ejemplo, los municipios obligados a sustituir un determinado número de fuentes de calor antiguas o a ampliar la red de calefacción urbana. Forma parte del plan un plan de acción a corto plazo para los episodios de concentraciones elevadas.",
                        ),
                        T(
                            pl="Sejmik Województwa Podlaskiego przyjmował i aktualizował programy ochrony powietrza dla dwóch stref województwa: aglomeracji białostockiej i strefy podlaskiej. Wójtowie, burmistrzowie, prezydenci miast i starostowie składają coroczne sprawozdania z realizacji zadań określonych w programie. Aktualną treść programów, w tym ograniczenia obowiązujące w okresach ostrzeżeń smogowych, warto sprawdzić w Dzienniku Urzędowym Województwa Podlaskiego lub na stronie urzędu marszałkowskiego.",
                            en="The Podlaskie Regional Assembly has adopted and updated air quality plans for the region’s two zones: the Białystok agglomeration and the Podlaskie zone. Heads of municipalities, mayors and district heads submit annual reports on the tasks set out in the plan. The current content of the plans, including restrictions that apply during smog warnings, can be checked in the Official Journal of the Podlaskie Voivodeship or on the Marshal’s Office website.",
                            es="La Asamblea Regional de Podlaquia ha aprobado y actualizado planes de calidad del aire para las dos zonas del voivodato: la aglomeración de Białystok y la zona de Podlaquia. Los alcaldes y los jefes de distrito presentan informes anuales sobre la ejecución de las tareas fijadas en el plan. El contenido vigente de los planes, incluidas las restricciones aplicables durante los avisos de smog, puede consultarse en el Diario Oficial del Voivodato de Podlaquia o en el sitio web de la Oficina del Mariscal.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Uchwała antysmogowa – co może regulować",
                        en="The anti-smog resolution – what it can regulate",
                        es="La resolución antismog: qué puede regular",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Art. 96 ustawy – Prawo ochrony środowiska pozwala sejmikowi województwa przyjąć uchwałę, która – w celu zapobieżenia negatywnemu oddziaływaniu na zdrowie ludzi lub na środowisko – wprowadza ograniczenia lub zakazy w zakresie eksploatacji instalacji, w których następuje spalanie paliw. Takie uchwały nazywa się antysmogowymi. Mogą one m.in.:",
                            en="Article 96 of the Environmental Protection Law allows a regional assembly to adopt a resolution which – in order to prevent adverse effects on human health or the environment – introduces restrictions or bans on the operation of installations in which fuels are burned. Such resolutions are known as anti-smog resolutions. Among other things, they may:",
                            es="El artículo 96 de la Ley de Protección del Medio Ambiente permite a la asamblea regional aprobar una resolución que, para prevenir efectos negativos sobre la salud humana o el medio ambiente, introduzca restricciones o prohibiciones en la explotación de instalaciones en las que se queman combustibles. Estas resoluciones se denominan antismog. Pueden, entre otras cosas:",
                        ),
                    ],
                ),
                (
                    "list",
                    [
                        T(
                            pl="określać rodzaje paliw dopuszczonych do stosowania lub zakazanych, np. mułów węglowych albo drewna o zbyt wysokiej wilgotności;",
                            en="specify which types of fuel are permitted or banned, for example coal slurry or wood with excessive moisture content;",
                            es="determinar qué tipos de combustible están permitidos o prohibidos, por ejemplo, los lodos de carbón o la leña con demasiada humedad;",
                        ),
                        T(
                            pl="wskazywać wymagania dla kotłów, pieców i kominków – np. zgodność z wymaganiami ekoprojektu – oraz terminy wymiany urządzeń, które ich nie spełniają;",
                            en="set requirements for boilers, stoves and fireplaces – such as compliance with ecodesign requirements – and deadlines for replacing appliances that do not meet them;",
                            es="fijar requisitos para calderas, estufas y chimeneas —por ejemplo, el cumplimiento del diseño ecológico— y plazos para sustituir los aparatos que no los cumplan;",
                        ),
                        T(
                            pl="obejmować całe województwo albo jego część, np. wybrane miasto lub obszar uzdrowiska.",
                            en="cover the whole region or part of it, for example a particular town or a spa area.",
                            es="abarcar todo el voivodato o parte de él, por ejemplo, una ciudad concreta o una zona de balneario.",
                        ),
                    ],
                ),
                (
                    "text",
                    [
                        T(
                            pl="Uchwały antysmogowe przyjęła większość województw, ale ich zakres i terminy bardzo się różnią. Doradca powinien sprawdzić, czy i jakie ograniczenia obowiązują w województwie podlaskim – w uchwale antysmogowej, jeśli została przyjęta, lub w programie ochrony powietrza – bo od tego zależy, ilu właścicieli domów będzie musiało wymienić źródła ciepła i jak duży będzie popyt na usługi instalatorów.",
                            en="Most regions have adopted anti-smog resolutions, but their scope and deadlines vary widely. An advisor should check whether any restrictions apply in the Podlaskie region, and which – in an anti-smog resolution, if one has been adopted, or in the air quality plan – because this determines how many homeowners will have to replace their heat sources and how strong demand for installers’ services will be.",
                            es="La mayoría de los voivodatos han aprobado resoluciones antismog, pero su alcance y sus plazos varían mucho. El asesor debe comprobar si en Podlaquia rigen restricciones y cuáles —en una resolución antismog, si se ha aprobado, o en el plan de calidad del aire—, porque de ello depende cuántos propietarios tendrán que sustituir su fuente de calor y cuánta demanda habrá de servicios de instalación.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="Uchwała antysmogowa",
                            en="Anti-smog resolution",
                            es="Resolución antismog",
                        ),
                        "definition": T(
                            pl="Uchwała sejmiku województwa podjęta na podstawie art. 96 ustawy – Prawo ochrony środowiska, która wprowadza ograniczenia lub zakazy eksploatacji instalacji, w których następuje spalanie paliw, np. określa dopuszczalne paliwa oraz wymagania dla kotłów, pieców i kominków.",
                            en="A resolution of a regional assembly (sejmik województwa) adopted under Article 96 of the Environmental Protection Law, which introduces restrictions or bans on the use of fuel-burning installations, for example by specifying permitted fuels and requirements for boilers, stoves and fireplaces.",
                            es="Resolución de la asamblea regional (sejmik województwa) adoptada con arreglo al artículo 96 de la Ley de Protección del Medio Ambiente, que introduce restricciones o prohibiciones en el uso de instalaciones de combustión; por ejemplo, fija los combustibles permitidos y los requisitos de calderas, estufas y chimeneas.",
                        ),
                    },
                ),
                (
                    "heading",
                    T(
                        pl="Obowiązki właścicieli budynków i kontrola",
                        en="Building owners’ obligations and inspections",
                        es="Obligaciones de los propietarios de edificios y controles",
                    ),
                ),
                (
                    "list",
                    [
                        T(
                            pl="Od 1 lipca 2021 r. właściciele i zarządcy budynków składają deklaracje o źródłach ciepła i spalania paliw do Centralnej Ewidencji Emisyjności Budynków (CEEB), prowadzonej przez Głównego Inspektora Nadzoru Budowlanego na podstawie ustawy z dnia 21 listopada 2008 r. o wspieraniu termomodernizacji i remontów oraz o centralnej ewidencji emisyjności budynków; nowe źródło ciepła zgłasza się w terminie określonym w ustawie.",
                            en="Since 1 July 2021 building owners and managers have had to submit declarations on their heat sources and fuel-burning appliances to the Central Register of Building Emissions (CEEB), kept by the Chief Inspector of Building Control under the Act of 21 November 2008 on supporting thermal retrofitting and renovation and on the central register of building emissions; a new heat source must be declared within the deadline set by the Act.",
                            es="Desde el 1 de julio de 2021, los propietarios y administradores de edificios presentan declaraciones sobre sus fuentes de calor y de combustión en el Registro Central de Emisiones de Edificios (CEEB), que lleva el Inspector Jefe de Supervisión de la Construcción con arreglo a la Ley de 21 de noviembre de 2008 sobre el apoyo a la rehabilitación térmica y a las reformas y sobre el registro central de emisiones de edificios; las nuevas fuentes de calor se declaran en el plazo que fija la ley.",
                        ),
                        T(
                            pl="Od 1 lipca 2018 r. do obrotu można wprowadzać wyłącznie kotły na paliwo stałe spełniające wymagania ekoprojektu, a przepisy o jakości paliw zakazują sprzedaży gospodarstwom domowym najgorszych paliw węglowych, takich jak muły i flotokoncentraty.",
                            en="Since 1 July 2018 only solid fuel boilers meeting ecodesign requirements may be placed on the market, and the fuel quality rules prohibit the sale of the worst coal products, such as coal slurry and flotation concentrates, to households.",
                            es="Desde el 1 de julio de 2018 solo pueden comercializarse calderas de combustible sólido que cumplan los requisitos de diseño ecológico, y las normas sobre calidad de los combustibles prohíben vender a los hogares los peores productos del carbón, como los lodos y los concentrados de flotación.",
                        ),
                        T(
                            pl="Spalanie odpadów w domowych piecach jest zabronione. Wójt, burmistrz lub prezydent miasta – przez upoważnionych pracowników urzędu lub straż gminną – może kontrolować, co jest spalane w paleniskach, a za naruszenia grożą kary.",
                            en="Burning waste in domestic stoves is prohibited. The head of the municipality or the mayor – through authorised municipal staff or the municipal police – may check what is being burned in heating appliances, and violations are subject to penalties.",
                            es="Está prohibido quemar residuos en las estufas domésticas. El alcalde —a través de personal municipal autorizado o de la policía municipal— puede controlar qué se quema en los aparatos de calefacción, y las infracciones se sancionan.",
                        ),
                        T(
                            pl="Kominiarze wykonują okresowe kontrole przewodów kominowych wymagane przepisami prawa budowlanego i przeciwpożarowego, dzięki czemu dobrze znają stan urządzeń grzewczych w budynkach.",
                            en="Chimney sweeps carry out the periodic chimney inspections required by building and fire safety regulations, which gives them good knowledge of the condition of heating appliances in buildings.",
                            es="Los deshollinadores realizan las revisiones periódicas de los conductos de humos que exigen las normas de edificación y de protección contra incendios, por lo que conocen bien el estado de los aparatos de calefacción de los edificios.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Transport a jakość powietrza",
                        en="Transport and air quality",
                        es="El transporte y la calidad del aire",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Drugim ważnym źródłem niskiej emisji, zwłaszcza tlenków azotu, jest transport drogowy. Gminy mogą tworzyć strefy czystego transportu na podstawie ustawy z dnia 11 stycznia 2018 r. o elektromobilności i paliwach alternatywnych, a miasta i przewoźnicy rozwijają transport publiczny oparty na autobusach elektrycznych i innych pojazdach niskoemisyjnych. Dla rynku pracy oznacza to zapotrzebowanie na kierowców i mechaników takich pojazdów, elektryków budujących i serwisujących stacje ładowania oraz specjalistów ds. planowania mobilności. Klientom z doświadczeniem w mechanice samochodowej warto wskazać szkolenia z bezpiecznej obsługi pojazdów elektrycznych i hybrydowych.",
                            en="The second major source of low-level emissions, especially nitrogen oxides, is road transport. Municipalities may set up clean transport zones under the Act of 11 January 2018 on electromobility and alternative fuels, and cities and operators are developing public transport based on electric buses and other low-emission vehicles. For the labour market, this means demand for drivers and mechanics of such vehicles, electricians who build and service charging stations, and mobility planning specialists. Clients with experience in car mechanics can be pointed towards training in working safely on electric and hybrid vehicles.",
                            es="La segunda fuente importante de emisiones a baja altura, sobre todo de óxidos de nitrógeno, es el transporte por carretera. Los municipios pueden crear zonas de transporte limpio con arreglo a la Ley de 11 de enero de 2018 sobre electromovilidad y combustibles alternativos, y las ciudades y los operadores desarrollan un transporte público basado en autobuses eléctricos y otros vehículos de bajas emisiones. Para el mercado laboral, esto supone demanda de conductores y mecánicos de estos vehículos, electricistas que construyan y mantengan puntos de recarga y especialistas en planificación de la movilidad. A los clientes con experiencia en mecánica del automóvil se les puede orientar hacia la formación en trabajo seguro con vehículos eléctricos e híbridos.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Programy wymiany źródeł ciepła",
                        en="Heating replacement schemes",
                        es="Programas de sustitución de sistemas de calefacción",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Wymianę nieefektywnych źródeł ciepła wspierają programy publiczne: „Czyste Powietrze” dla właścicieli domów jednorodzinnych, „Ciepłe Mieszkanie” dla lokali w budynkach wielorodzinnych oraz „Stop Smog”, realizowany przez gminy na rzecz najuboższych mieszkańców na podstawie ustawy o wspieraniu termomodernizacji i remontów. Niektóre gminy oferują też dopłaty z własnych budżetów. Zasady tych programów wielokrotnie się zmieniały, dlatego po aktualne informacje należy kierować klientów do gminy i do wojewódzkiego funduszu ochrony środowiska i gospodarki wodnej.",
                            en="The replacement of inefficient heat sources is supported by public schemes: ‘Czyste Powietrze’ (‘Clean Air’) for owners of single-family houses, ‘Ciepłe Mieszkanie’ (‘Warm Flat’) for flats in multi-family buildings and ‘Stop Smog’, run by municipalities for their poorest residents under the Act on supporting thermal retrofitting and renovation. Some municipalities also offer grants from their own budgets. The rules of these schemes have changed many times, so clients should be referred to the municipality and the regional fund for environmental protection and water management for up-to-date information.",
                            es="La sustitución de fuentes de calor ineficientes cuenta con programas públicos de apoyo: «Czyste Powietrze» («Aire limpio») para propietarios de viviendas unifamiliares, «Ciepłe Mieszkanie» («Vivienda cálida») para viviendas en edificios plurifamiliares y «Stop Smog», que aplican los municipios en favor de sus vecinos con menos recursos con arreglo a la Ley sobre el apoyo a la rehabilitación térmica y a las reformas. Algunos municipios ofrecen además ayudas con cargo a su propio presupuesto. Las reglas de estos programas han cambiado muchas veces, por lo que, para obtener información actualizada, hay que remitir a los clientes al municipio y al fondo regional de protección del medio ambiente y gestión del agua.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Zawody związane z ochroną powietrza",
                        en="Occupations linked to air protection",
                        es="Ocupaciones relacionadas con la protección del aire",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Działania na rzecz czystego powietrza tworzą popyt na wiele zawodów. Najwięcej pracy jest dla instalatorów pomp ciepła i kotłów spełniających wymagania ekoprojektu, monterów instalacji grzewczych, monterów dociepleń i stolarki okiennej oraz kominiarzy. W gminach potrzebni są pracownicy punktów konsultacyjnych programów dotacyjnych, koordynatorzy działań z programów ochrony powietrza oraz osoby kontrolujące paleniska. Monitoring jakości powietrza zatrudnia techników i laborantów, a firmy doradcze – specjalistów przygotowujących analizy i programy dla samorządów.",
                            en="Clean-air measures create demand for many occupations. The most work is for installers of heat pumps and ecodesign-compliant boilers, heating system fitters, insulation and window fitters, and chimney sweeps. Municipalities need staff for grant-scheme advice points, coordinators of measures under air quality plans and inspectors of heating appliances. Air quality monitoring employs technicians and laboratory staff, and consultancies employ specialists who prepare analyses and programmes for local authorities.",
                            es="Las medidas a favor del aire limpio generan demanda en muchas ocupaciones. La mayor parte del trabajo es para instaladores de bombas de calor y de calderas que cumplen el diseño ecológico, montadores de calefacción, montadores de aislamientos y de ventanas, y deshollinadores. Los municipios necesitan personal para los puntos de asesoramiento de los programas de ayudas, coordinadores de las medidas de los planes de calidad del aire y personas que controlen los aparatos de calefacción. La vigilancia de la calidad del aire emplea a técnicos y personal de laboratorio, y las consultoras, a especialistas que preparan análisis y programas para las administraciones locales.",
                        ),
                        T(
                            pl="Dla klienta z doświadczeniem budowlanym lub hydraulicznym wejście do tej branży jest stosunkowo łatwe: wystarczy uzupełnić kwalifikacje, np. o świadectwo kwalifikacyjne, certyfikat instalatora OZE lub szkolenia producentów urządzeń. Osobom z wykształceniem administracyjnym można zaproponować pracę przy obsłudze programów w urzędzie gminy lub w wojewódzkim funduszu, a osobom zainteresowanym rzemiosłem – naukę zawodu kominiarza.",
                            en="For a client with building or plumbing experience, entering this sector is relatively easy: they only need to add qualifications such as a qualification certificate, the RES installer certificate or manufacturers’ training. People with an administrative background can be offered work administering schemes in a municipal office or the regional fund, and those interested in a craft can train as chimney sweeps.",
                            es="Para un cliente con experiencia en construcción o fontanería, entrar en este sector es relativamente fácil: basta con completar su cualificación, por ejemplo, con un certificado de cualificación, el certificado de instalador de renovables o la formación de los fabricantes de equipos. A las personas con formación administrativa se les puede proponer trabajar en la gestión de programas en un ayuntamiento o en el fondo regional, y a quienes les interesa un oficio artesanal, formarse como deshollinadores.",
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": T(
                pl="polityka-klimatyczna-ue",
                en="eu-climate-policy",
                es="politica-climatica-de-la-ue",
            ),
            "title": T(
                pl="Polityka klimatyczna Unii Europejskiej i jej skutki dla rynku pracy",
                en="European Union climate policy and its effects on the labour market",
                es="La política climática de la Unión Europea y sus efectos en el mercado laboral",
            ),
            "summary": T(
                pl="Europejski Zielony Ład, cel neutralności klimatycznej do 2050 r., pakiet „Gotowi na 55”, system handlu uprawnieniami do emisji oraz ich skutki dla gospodarki i zatrudnienia w regionie.",
                en="The European Green Deal, the 2050 climate neutrality target, the Fit for 55 package, emissions trading and their effects on the economy and employment in the region.",
                es="El Pacto Verde Europeo, el objetivo de neutralidad climática para 2050, el paquete «Objetivo 55», el comercio de derechos de emisión y sus efectos en la economía y el empleo de la región.",
            ),
            "body": [
                (
                    "heading",
                    T(
                        pl="Europejski Zielony Ład i europejskie prawo o klimacie",
                        en="The European Green Deal and the European Climate Law",
                        es="El Pacto Verde Europeo y la Legislación europea sobre el clima",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="W komunikacie z dnia 11 grudnia 2019 r. Komisja Europejska przedstawiła Europejski Zielony Ład – strategię przekształcenia Unii w sprawiedliwe i dostatnie społeczeństwo z nowoczesną, zasobooszczędną i konkurencyjną gospodarką, która do 2050 r. osiągnie zerowe emisje netto gazów cieplarnianych. Cel ten stał się prawnie wiążący dzięki rozporządzeniu Parlamentu Europejskiego i Rady (UE) 2021/1119 z dnia 30 czerwca 2021 r., zwanemu europejskim prawem o klimacie. Zobowiązuje ono Unię do osiągnięcia neutralności klimatycznej najpóźniej do 2050 r. oraz do ograniczenia emisji netto gazów cieplarnianych o co najmniej 55% do 2030 r. w porównaniu z 1990 r.",
                            en="In its communication of 11 December 2019 the European Commission presented the European Green Deal – a strategy to transform the Union into a fair and prosperous society with a modern, resource-efficient and competitive economy that will reach net-zero greenhouse gas emissions by 2050. This goal became legally binding through Regulation (EU) 2021/1119 of the European Parliament and of the Council of 30 June 2021, known as the European Climate Law. It commits the Union to achieving climate neutrality by 2050 at the latest and to reducing net greenhouse gas emissions by at least 55% by 2030 compared with 1990.",
                            es="En su comunicación de 11 de diciembre de 2019, la Comisión Europea presentó el Pacto Verde Europeo, una estrategia para transformar la Unión en una sociedad equitativa y próspera, con una economía moderna, eficiente en el uso de los recursos y competitiva, que alcance las emisiones netas cero de gases de efecto invernadero en 2050. Este objetivo pasó a ser jurídicamente vinculante con el Reglamento (UE) 2021/1119 del Parlamento Europeo y del Consejo, de 30 de junio de 2021, conocido como Legislación europea sobre el clima. El Reglamento obliga a la Unión a alcanzar la neutralidad climática a más tardar en 2050 y a reducir las emisiones netas de gases de efecto invernadero al menos un 55 % de aquí a 2030 con respecto a 1990.",
                        ),
                        T(
                            pl="W 2025 r. trwały prace nad zmianą europejskiego prawa o klimacie, która ma wprowadzić cel pośredni na 2040 r. Komisja zaproponowała ograniczenie emisji netto o 90% w porównaniu z 1990 r., a państwa członkowskie uzgodniły stanowisko przewidujące m.in. pewne elastyczności, w tym ograniczone wykorzystanie międzynarodowych jednostek redukcji emisji. Sprawdź, w jakim kształcie zmiana została ostatecznie przyjęta.",
                            en="In 2025 work was under way on an amendment to the European Climate Law to introduce an intermediate target for 2040. The Commission proposed a 90% reduction in net emissions compared with 1990, and the Member States agreed a position that provides, among other things, for certain flexibilities, including limited use of international carbon credits. Check the form in which the amendment was finally adopted.",
                            es="En 2025 se trabajó en una modificación de la Legislación europea sobre el clima para introducir un objetivo intermedio para 2040. La Comisión propuso reducir las emisiones netas un 90 % con respecto a 1990, y los Estados miembros acordaron una posición que prevé, entre otras cosas, ciertas flexibilidades, incluido un uso limitado de créditos internacionales de carbono. Comprueba en qué términos se adoptó finalmente la modificación.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="Neutralność klimatyczna",
                            en="Climate neutrality",
                            es="Neutralidad climática",
                        ),
                        "definition": T(
                            pl="Stan, w którym emisje gazów cieplarnianych są zrównoważone ich pochłanianiem, czyli emisje netto wynoszą zero. Europejskie prawo o klimacie – rozporządzenie (UE) 2021/1119 – zobowiązuje Unię do jej osiągnięcia najpóźniej do 2050 r.",
                            en="A state in which greenhouse gas emissions are balanced by removals, so that net emissions are zero. The European Climate Law – Regulation (EU) 2021/1119 – commits the Union to achieving it by 2050 at the latest.",
                            es="Situación en la que las emisiones de gases de efecto invernadero se equilibran con las absorciones, de modo que las emisiones netas son nulas. La Legislación europea sobre el clima —Reglamento (UE) 2021/1119— obliga a la Unión a alcanzarla a más tardar en 2050.",
                        ),
                    },
                ),
                (
                    "heading",
                    T(
                        pl="Pakiet „Gotowi na 55”",
                        en="The Fit for 55 package",
                        es="El paquete «Objetivo 55»",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Aby osiągnąć cel na 2030 r., Komisja przedstawiła w lipcu 2021 r. pakiet „Gotowi na 55” (Fit for 55) – zestaw zmian w przepisach dotyczących klimatu, energii i transportu, w większości przyjętych do 2023 r. Najważniejsze elementy to:",
                            en="To meet the 2030 target, in July 2021 the Commission presented the Fit for 55 package – a set of amendments to climate, energy and transport legislation, most of which had been adopted by 2023. The main elements are:",
                            es="Para alcanzar el objetivo de 2030, en julio de 2021 la Comisión presentó el paquete «Objetivo 55» (Fit for 55), un conjunto de modificaciones de la legislación sobre clima, energía y transporte, adoptadas en su mayoría antes de que terminara 2023. Sus elementos principales son:",
                        ),
                    ],
                ),
                (
                    "list",
                    [
                        T(
                            pl="reforma systemu handlu uprawnieniami do emisji (EU ETS), m.in. szybsze obniżanie limitu emisji i objęcie systemem transportu morskiego;",
                            en="reform of the EU Emissions Trading System (EU ETS), including a faster reduction of the emissions cap and the inclusion of maritime transport;",
                            es="la reforma del régimen de comercio de derechos de emisión (RCDE UE), con una reducción más rápida del límite de emisiones y la inclusión del transporte marítimo;",
                        ),
                        T(
                            pl="nowy system handlu uprawnieniami dla budynków, transportu drogowego i niektórych innych sektorów (ETS2), w którym obowiązki ciążą na dostawcach paliw;",
                            en="a new emissions trading system for buildings, road transport and certain other sectors (ETS2), in which the obligations fall on fuel suppliers;",
                            es="un nuevo régimen de comercio de derechos de emisión para los edificios, el transporte por carretera y otros sectores (RCDE 2), en el que las obligaciones recaen en los proveedores de combustibles;",
                        ),
                        T(
                            pl="Społeczny Fundusz Klimatyczny (rozporządzenie (UE) 2023/955), który ma wspierać gospodarstwa domowe, mikroprzedsiębiorstwa i użytkowników transportu najbardziej dotkniętych kosztami transformacji;",
                            en="the Social Climate Fund (Regulation (EU) 2023/955), designed to support the households, micro-enterprises and transport users most affected by the costs of the transition;",
                            es="el Fondo Social para el Clima (Reglamento (UE) 2023/955), destinado a apoyar a los hogares, las microempresas y los usuarios del transporte más afectados por los costes de la transición;",
                        ),
                        T(
                            pl="mechanizm dostosowywania cen na granicach z uwzględnieniem emisji CO2 (CBAM, rozporządzenie (UE) 2023/956), obejmujący import m.in. stali, cementu, aluminium i nawozów;",
                            en="the Carbon Border Adjustment Mechanism (CBAM, Regulation (EU) 2023/956), covering imports of, among other things, steel, cement, aluminium and fertilisers;",
                            es="el Mecanismo de Ajuste en Frontera por Carbono (MAFC, Reglamento (UE) 2023/956), que abarca las importaciones de, entre otros, acero, cemento, aluminio y fertilizantes;",
                        ),
                        T(
                            pl="wyższe cele w zakresie odnawialnych źródeł energii (dyrektywa (UE) 2023/2413) i efektywności energetycznej (dyrektywa (UE) 2023/1791).",
                            en="higher targets for renewable energy (Directive (EU) 2023/2413) and energy efficiency (Directive (EU) 2023/1791).",
                            es="objetivos más ambiciosos de energías renovables (Directiva (UE) 2023/2413) y de eficiencia energética (Directiva (UE) 2023/1791).",
                        ),
                    ],
                ),
                (
                    "text",
                    [
                        T(
                            pl="W powiązaniu z pakietem przyjęto także nową dyrektywę Parlamentu Europejskiego i Rady (UE) 2024/1275 w sprawie charakterystyki energetycznej budynków, która stopniowo zaostrza wymagania wobec nowych i istniejących budynków.",
                            en="Linked to the package, a new Directive (EU) 2024/1275 of the European Parliament and of the Council on the energy performance of buildings was also adopted, gradually tightening the requirements for new and existing buildings.",
                            es="En relación con el paquete se adoptó también una nueva Directiva (UE) 2024/1275 del Parlamento Europeo y del Consejo relativa a la eficiencia energética de los edificios, que endurece progresivamente los requisitos para los edificios nuevos y existentes.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="System handlu uprawnieniami do emisji",
                        en="The emissions trading system",
                        es="El régimen de comercio de derechos de emisión",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="EU ETS działa od 2005 r. na podstawie dyrektywy 2003/87/WE. Opiera się na zasadzie „ograniczaj i handluj” (cap and trade): Unia ustala łączny limit emisji, który z roku na rok maleje, a elektrownie, zakłady przemysłu energochłonnego, operatorzy statków powietrznych i armatorzy muszą za każdą tonę wyemitowanego ekwiwalentu CO2 umorzyć jedno uprawnienie. Uprawnienia można kupić na aukcjach lub na rynku, co nadaje emisjom cenę i zachęca do inwestowania w technologie niskoemisyjne.",
                            en="The EU ETS has operated since 2005 under Directive 2003/87/EC. It is based on the ‘cap and trade’ principle: the Union sets an overall emissions cap that falls year by year, and power plants, energy-intensive industrial plants, aircraft operators and shipping companies must surrender one allowance for every tonne of CO2 equivalent they emit. Allowances can be bought at auctions or on the market, which puts a price on emissions and encourages investment in low-emission technologies.",
                            es="El RCDE UE funciona desde 2005 sobre la base de la Directiva 2003/87/CE. Se basa en el principio de «limitación y comercio» (cap and trade): la Unión fija un límite global de emisiones que disminuye año tras año, y las centrales eléctricas, las plantas industriales de gran consumo energético, los operadores de aeronaves y las navieras deben entregar un derecho por cada tonelada de CO2 equivalente que emiten. Los derechos pueden adquirirse en subastas o en el mercado, lo que pone precio a las emisiones y fomenta la inversión en tecnologías de bajas emisiones.",
                        ),
                        T(
                            pl="ETS2 obejmie emisje ze spalania paliw w budynkach i transporcie drogowym. Obowiązki będą spoczywać na dostawcach paliw, a nie bezpośrednio na gospodarstwach domowych, ale koszt uprawnień przełoży się na ceny paliw. Pełne funkcjonowanie ETS2 zaplanowano pierwotnie od 2027 r.; w ramach porozumienia dotyczącego celu klimatycznego na 2040 r. państwa członkowskie uzgodniły przesunięcie startu o rok, na 2028 r. – sprawdź obowiązujący harmonogram.",
                            en="ETS2 will cover emissions from fuel combustion in buildings and road transport. The obligations will fall on fuel suppliers rather than directly on households, but the cost of allowances will feed through into fuel prices. ETS2 was originally planned to be fully operational from 2027; as part of the agreement on the 2040 climate target, the Member States agreed to postpone its start by one year, to 2028 – check the timetable currently in force.",
                            es="El RCDE 2 abarcará las emisiones procedentes de la combustión de combustibles en edificios y en el transporte por carretera. Las obligaciones recaerán en los proveedores de combustibles y no directamente en los hogares, pero el coste de los derechos se trasladará a los precios de los combustibles. En un principio se previó que el RCDE 2 funcionara plenamente desde 2027; en el marco del acuerdo sobre el objetivo climático para 2040, los Estados miembros acordaron retrasar su inicio un año, hasta 2028: comprueba el calendario vigente.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="EU ETS",
                            en="EU ETS (EU Emissions Trading System)",
                            es="RCDE UE (régimen de comercio de derechos de emisión de la UE)",
                        ),
                        "definition": T(
                            pl="System handlu uprawnieniami do emisji gazów cieplarnianych w Unii Europejskiej, ustanowiony dyrektywą 2003/87/WE. Wyznacza malejący limit emisji, a objęte nim podmioty – m.in. energetyka, przemysł energochłonny, lotnictwo i transport morski – muszą umarzać uprawnienia odpowiadające swoim emisjom.",
                            en="The European Union’s greenhouse gas emissions trading system, established by Directive 2003/87/EC. It sets a declining cap on emissions, and the entities it covers – including power generation, energy-intensive industry, aviation and maritime transport – must surrender allowances corresponding to their emissions.",
                            es="Régimen de comercio de derechos de emisión de gases de efecto invernadero de la Unión Europea, establecido por la Directiva 2003/87/CE. Fija un límite de emisiones decreciente, y las entidades incluidas —entre ellas, la generación eléctrica, la industria de gran consumo energético, la aviación y el transporte marítimo— deben entregar derechos equivalentes a sus emisiones.",
                        ),
                    },
                ),
                (
                    "heading",
                    T(
                        pl="Dokumenty krajowe i źródła finansowania",
                        en="National strategy documents and sources of funding",
                        es="Documentos estratégicos nacionales y fuentes de financiación",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="W Polsce kierunki transformacji określają m.in. „Polityka energetyczna Polski do 2040 r.”, przyjęta przez Radę Ministrów w 2021 r., oraz krajowy plan w dziedzinie energii i klimatu, który państwa członkowskie przygotowują i aktualizują zgodnie z prawem UE. Oba dokumenty były w ostatnich latach przedmiotem prac aktualizacyjnych, dlatego omawiając krajowe cele – np. udział OZE czy tempo odchodzenia od węgla – korzystaj z najnowszych wersji publikowanych przez ministerstwo właściwe do spraw energii i klimatu. Inwestycje finansowane są m.in. z dochodów z aukcji uprawnień do emisji, funduszy unijnych i Społecznego Funduszu Klimatycznego.",
                            en="In Poland the direction of the transition is set by, among other documents, the ‘Energy Policy of Poland until 2040’, adopted by the Council of Ministers in 2021, and the national energy and climate plan, which Member States prepare and update under EU law. Both documents have been the subject of updating work in recent years, so when discussing national targets – such as the share of renewables or the pace of the coal phase-out – use the latest versions published by the ministry responsible for energy and climate. Investments are financed, among other sources, from emissions allowance auction revenues, EU funds and the Social Climate Fund.",
                            es="En Polonia, la orientación de la transición la marcan, entre otros, la «Política energética de Polonia hasta 2040», aprobada por el Consejo de Ministros en 2021, y el plan nacional integrado de energía y clima, que los Estados miembros elaboran y actualizan con arreglo al Derecho de la UE. Ambos documentos han sido objeto de trabajos de actualización en los últimos años, por lo que, al hablar de objetivos nacionales —como la cuota de renovables o el ritmo de abandono del carbón—, conviene utilizar las versiones más recientes que publica el ministerio competente en energía y clima. Las inversiones se financian, entre otras fuentes, con los ingresos de las subastas de derechos de emisión, los fondos de la UE y el Fondo Social para el Clima.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Co to oznacza dla województwa podlaskiego",
                        en="What this means for the Podlaskie region",
                        es="Qué significa esto para Podlaquia",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="W województwie podlaskim nie ma górnictwa ani dużych ośrodków przemysłu ciężkiego, więc transformacja klimatyczna będzie tu odczuwalna przede wszystkim w budownictwie, ogrzewaniu domów, transporcie i rolnictwie. ETS2 i rosnące wymagania wobec budynków zwiększą zainteresowanie termomodernizacją i wymianą źródeł ciepła na niskoemisyjne. Zakłady przemysłu spożywczego, drzewnego i meblarskiego oraz firmy dostarczające towary dużym odbiorcom coraz częściej muszą mierzyć i raportować swój ślad węglowy, a rolnictwo i przetwórstwo mleka mogą korzystać z biogazowni i fotowoltaiki.",
                            en="The Podlaskie region has no mining and no large centres of heavy industry, so the climate transition will be felt here mainly in construction, home heating, transport and agriculture. ETS2 and tighter requirements for buildings will increase interest in thermal retrofitting and in switching to low-emission heat sources. Food, wood and furniture companies and firms supplying large customers increasingly have to measure and report their carbon footprint, while agriculture and dairy processing can benefit from biogas plants and photovoltaics.",
                            es="En Podlaquia no hay minería ni grandes núcleos de industria pesada, por lo que la transición climática se notará sobre todo en la construcción, la calefacción de las viviendas, el transporte y la agricultura. El RCDE 2 y los requisitos más estrictos para los edificios aumentarán el interés por la rehabilitación térmica y por el cambio a fuentes de calor de bajas emisiones. Las empresas alimentarias, de la madera y del mueble, así como las que abastecen a grandes clientes, tienen que medir y notificar cada vez más su huella de carbono, mientras que la agricultura y la industria láctea pueden aprovechar las plantas de biogás y la fotovoltaica.",
                        ),
                        T(
                            pl="Z tych zmian wynikają nowe zawody i specjalizacje: specjalista ds. zrównoważonego rozwoju, specjalista ds. śladu węglowego i raportowania emisji, doradca energetyczny, specjalista ds. ETS i CBAM w firmach importujących surowce i wyroby, a także pracownicy firm wykonujących termomodernizację i instalacje OZE. Obowiązki sprawozdawcze przedsiębiorstw w zakresie zrównoważonego rozwoju wynikają z dyrektywy (UE) 2022/2464 (CSRD), której terminy i zakres były od 2025 r. zmieniane w ramach unijnego pakietu upraszczającego – sprawdzaj, których firm obowiązki faktycznie dotyczą.",
                            en="These changes give rise to new occupations and specialisms: sustainability specialist, carbon footprint and emissions reporting specialist, energy advisor, ETS and CBAM specialist in companies importing raw materials and products, as well as staff of firms carrying out thermal retrofits and renewable energy installations. Corporate sustainability reporting obligations stem from Directive (EU) 2022/2464 (CSRD), whose deadlines and scope have been amended since 2025 under the EU simplification package – check which companies are actually covered.",
                            es="De estos cambios surgen nuevas ocupaciones y especializaciones: especialista en sostenibilidad, especialista en huella de carbono y notificación de emisiones, asesor energético, especialista en RCDE y MAFC en empresas que importan materias primas y productos, así como personal de empresas de rehabilitación térmica e instalaciones renovables. Las obligaciones de información sobre sostenibilidad de las empresas se derivan de la Directiva (UE) 2022/2464 (CSRD), cuyos plazos y alcance se han modificado desde 2025 en el marco del paquete de simplificación de la UE: comprueba a qué empresas afectan realmente.",
                        ),
                        T(
                            pl="Dla doradcy ważne jest, by nie straszyć klientów „końcem” tradycyjnych zawodów, lecz pokazywać, jak można je uzupełnić o zielone kompetencje. Murarz i tynkarz mogą specjalizować się w systemach ociepleń, hydraulik – w pompach ciepła, księgowa – w raportowaniu emisji, a kierowca – w obsłudze pojazdów elektrycznych lub zasilanych biometanem.",
                            en="For an advisor, it is important not to frighten clients with talk of the ‘end’ of traditional occupations, but to show how they can be complemented with green skills. A bricklayer or plasterer can specialise in external insulation systems, a plumber in heat pumps, an accountant in emissions reporting and a driver in electric or biomethane-powered vehicles.",
                            es="Para el asesor es importante no asustar a los clientes con el «fin» de las ocupaciones tradicionales, sino mostrar cómo pueden completarse con competencias verdes. Un albañil o un yesero pueden especializarse en sistemas de aislamiento, un fontanero en bombas de calor, una contable en la notificación de emisiones y un conductor en vehículos eléctricos o propulsados con biometano.",
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": T(
                pl="audyty-energetyczne-i-termomodernizacja",
                en="energy-audits-and-thermal-retrofitting",
                es="auditorias-energeticas-y-rehabilitacion-termica",
            ),
            "title": T(
                pl="Audyty energetyczne, termomodernizacja i zielone zawody",
                en="Energy audits, thermal retrofitting and green jobs",
                es="Auditorías energéticas, rehabilitación térmica y empleos verdes",
            ),
            "summary": T(
                pl="Rodzaje audytów energetycznych i świadectwo charakterystyki energetycznej, etapy termomodernizacji, wsparcie finansowe oraz zawody i pracodawcy w tej dziedzinie.",
                en="Types of energy audit and the energy performance certificate, the stages of thermal retrofitting, financial support, and occupations and employers in this field.",
                es="Tipos de auditoría energética y el certificado de eficiencia energética, las fases de la rehabilitación térmica, las ayudas económicas y las ocupaciones y empleadores de este ámbito.",
            ),
            "body": [
                (
                    "heading",
                    T(
                        pl="Rodzaje audytów i ocen energetycznych",
                        en="Types of energy audit and assessment",
                        es="Tipos de auditorías y evaluaciones energéticas",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="W polskim prawie funkcjonuje kilka dokumentów oceniających zużycie energii. Warto je odróżniać, bo sporządzają je specjaliści o różnych kwalifikacjach i w różnych celach:",
                            en="Polish law provides for several documents assessing energy use. It is worth telling them apart, because they are prepared by specialists with different qualifications and for different purposes:",
                            es="El Derecho polaco prevé varios documentos que evalúan el consumo de energía. Conviene distinguirlos, porque los elaboran especialistas con cualificaciones distintas y con fines diferentes:",
                        ),
                    ],
                ),
                (
                    "list",
                    [
                        T(
                            pl="audyt energetyczny budynku – na podstawie ustawy z dnia 21 listopada 2008 r. o wspieraniu termomodernizacji i remontów; wskazuje optymalny zakres przedsięwzięcia termomodernizacyjnego i jest potrzebny m.in. do uzyskania premii termomodernizacyjnej z Funduszu Termomodernizacji i Remontów, obsługiwanego przez Bank Gospodarstwa Krajowego;",
                            en="building energy audit – under the Act of 21 November 2008 on supporting thermal retrofitting and renovation; it identifies the optimal scope of a retrofit project and is needed, among other things, to obtain a thermal retrofit bonus from the Thermal Retrofitting and Renovation Fund, operated by Bank Gospodarstwa Krajowego (the state development bank);",
                            es="auditoría energética del edificio: con arreglo a la Ley de 21 de noviembre de 2008 sobre el apoyo a la rehabilitación térmica y a las reformas; determina el alcance óptimo de la actuación de rehabilitación y se necesita, entre otras cosas, para obtener la prima de rehabilitación térmica del Fondo de Rehabilitación Térmica y Reformas, gestionado por Bank Gospodarstwa Krajowego (el banco público de desarrollo);",
                        ),
                        T(
                            pl="audyt energetyczny przedsiębiorstwa – na podstawie ustawy z dnia 20 maja 2016 r. o efektywności energetycznej; duże przedsiębiorstwa muszą go przeprowadzać co 4 lata, chyba że np. stosują certyfikowany system zarządzania energią;",
                            en="enterprise energy audit – under the Act of 20 May 2016 on energy efficiency; large enterprises must carry one out every 4 years unless, for example, they use a certified energy management system;",
                            es="auditoría energética de la empresa: con arreglo a la Ley de 20 de mayo de 2016 sobre eficiencia energética; las grandes empresas deben realizarla cada 4 años, salvo que, por ejemplo, apliquen un sistema certificado de gestión de la energía;",
                        ),
                        T(
                            pl="audyt efektywności energetycznej – sporządzany m.in. w związku z systemem świadectw efektywności energetycznej, tzw. białych certyfikatów;",
                            en="energy efficiency audit – prepared, among other things, in connection with the energy efficiency certificate scheme, known as ‘white certificates’;",
                            es="auditoría de eficiencia energética: se elabora, entre otros casos, en relación con el sistema de certificados de eficiencia energética, los llamados «certificados blancos»;",
                        ),
                        T(
                            pl="świadectwo charakterystyki energetycznej – na podstawie ustawy z dnia 29 sierpnia 2014 r. o charakterystyce energetycznej budynków; wymagane m.in. przy sprzedaży lub najmie budynku albo lokalu; mogą je sporządzać wyłącznie osoby spełniające ustawowe wymagania i wpisane do wykazu prowadzonego przez ministra właściwego do spraw budownictwa.",
                            en="energy performance certificate – under the Act of 29 August 2014 on the energy performance of buildings; required, among other things, when a building or a unit is sold or let; it may only be prepared by people who meet the statutory requirements and are entered in the list kept by the minister responsible for construction.",
                            es="certificado de eficiencia energética: con arreglo a la Ley de 29 de agosto de 2014 sobre la eficiencia energética de los edificios; se exige, entre otros casos, al vender o alquilar un edificio o una vivienda; solo pueden expedirlo personas que cumplan los requisitos legales y estén inscritas en el registro que lleva el ministro competente en materia de construcción.",
                        ),
                    ],
                ),
                (
                    "text",
                    [
                        T(
                            pl="Dyrektywa Parlamentu Europejskiego i Rady (UE) 2023/1791 w sprawie efektywności energetycznej zmienia kryterium obowiązku audytu: zamiast wielkości przedsiębiorstwa decydować ma poziom zużycia energii. Sprawdź, w jaki sposób i od kiedy zmiana ta obowiązuje w prawie polskim. Przepisy o charakterystyce energetycznej budynków zmieniają się z kolei w związku z dyrektywą (UE) 2024/1275, zgodnie z którą nowe budynki mają być bezemisyjne – budynki publiczne od 2028 r., a pozostałe od 2030 r.",
                            en="Directive (EU) 2023/1791 of the European Parliament and of the Council on energy efficiency changes the criterion for the audit obligation: energy consumption rather than company size is to be decisive. Check how and from when this change applies in Polish law. The rules on the energy performance of buildings are in turn changing because of Directive (EU) 2024/1275, under which new buildings are to be zero-emission – public buildings from 2028 and all others from 2030.",
                            es="La Directiva (UE) 2023/1791 del Parlamento Europeo y del Consejo relativa a la eficiencia energética modifica el criterio de la obligación de auditoría: en lugar del tamaño de la empresa, será determinante su consumo de energía. Comprueba cómo y desde cuándo se aplica este cambio en el Derecho polaco. Las normas sobre eficiencia energética de los edificios cambian a su vez por la Directiva (UE) 2024/1275, según la cual los edificios nuevos deberán ser de cero emisiones: los públicos a partir de 2028 y los demás a partir de 2030.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="Audyt energetyczny",
                            en="Energy audit",
                            es="Auditoría energética",
                        ),
                        "definition": T(
                            pl="Analiza zużycia energii w budynku, przedsiębiorstwie lub procesie, która wskazuje opłacalne sposoby jego ograniczenia wraz z kosztami i oszczędnościami; sporządza się go m.in. przed termomodernizacją, a duże przedsiębiorstwa – co do zasady co 4 lata.",
                            en="An analysis of energy use in a building, business or process that identifies cost-effective ways of reducing it, together with their costs and savings; it is carried out, for example, before a thermal retrofit, and large enterprises must as a rule carry one out every 4 years.",
                            es="Análisis del consumo de energía de un edificio, una empresa o un proceso que señala formas rentables de reducirlo, con sus costes y ahorros; se realiza, entre otros casos, antes de una rehabilitación térmica, y las grandes empresas deben realizarlo, por regla general, cada 4 años.",
                        ),
                    },
                ),
                (
                    "heading",
                    T(
                        pl="Etapy termomodernizacji",
                        en="The stages of thermal retrofitting",
                        es="Las fases de la rehabilitación térmica",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Termomodernizacja powinna przebiegać w przemyślanej kolejności. W uproszczeniu wygląda ona tak:",
                            en="Thermal retrofitting should follow a well-thought-out sequence. In simplified form it looks like this:",
                            es="La rehabilitación térmica debe seguir un orden bien pensado. De forma simplificada, es el siguiente:",
                        ),
                    ],
                ),
                (
                    "list",
                    [
                        T(
                            pl="diagnoza – audyt energetyczny lub co najmniej ocena stanu budynku, często z badaniem kamerą termowizyjną i próbą szczelności;",
                            en="diagnosis – an energy audit or at least an assessment of the building’s condition, often with a thermal imaging survey and an airtightness test;",
                            es="diagnóstico: una auditoría energética o, como mínimo, una evaluación del estado del edificio, a menudo con termografía y prueba de estanqueidad;",
                        ),
                        T(
                            pl="ograniczenie strat ciepła – docieplenie ścian, dachu lub stropodachu i podłogi, wymiana okien i drzwi, usunięcie mostków termicznych;",
                            en="reducing heat loss – insulating walls, the roof and floors, replacing windows and doors, eliminating thermal bridges;",
                            es="reducción de las pérdidas de calor: aislamiento de muros, cubierta y suelos, sustitución de ventanas y puertas, eliminación de puentes térmicos;",
                        ),
                        T(
                            pl="wentylacja – zapewnienie dopływu świeżego powietrza po uszczelnieniu budynku, np. przez wentylację mechaniczną z odzyskiem ciepła (rekuperację);",
                            en="ventilation – ensuring a supply of fresh air once the building has been sealed, for example through mechanical ventilation with heat recovery;",
                            es="ventilación: garantizar la entrada de aire fresco una vez sellado el edificio, por ejemplo, mediante ventilación mecánica con recuperación de calor;",
                        ),
                        T(
                            pl="modernizacja instalacji grzewczej i źródła ciepła – dobranego do nowego, mniejszego zapotrzebowania na ciepło, najlepiej zasilanego energią odnawialną lub z sieci ciepłowniczej;",
                            en="upgrading the heating system and heat source – sized to the new, lower heat demand, preferably powered by renewable energy or connected to district heating;",
                            es="modernización de la instalación de calefacción y de la fuente de calor, dimensionada para la nueva demanda, más baja, y preferiblemente alimentada con energía renovable o conectada a la red de calefacción urbana;",
                        ),
                        T(
                            pl="odbiór i weryfikacja efektu – sprawdzenie jakości wykonania i rzeczywistego zużycia energii.",
                            en="handover and verification – checking the quality of the work and actual energy consumption.",
                            es="recepción y verificación del resultado: comprobación de la calidad de la obra y del consumo real de energía.",
                        ),
                    ],
                ),
                (
                    "text",
                    [
                        T(
                            pl="Kolejność ma znaczenie: wymiana źródła ciepła przed dociepleniem budynku często prowadzi do przewymiarowania urządzenia. To argument, który doradca może przekazać klientom pracującym w branży – fachowiec, który rozumie budynek jako całość, jest cenniejszy dla pracodawcy i inwestora.",
                            en="The order matters: replacing the heat source before insulating the building often leads to an oversized appliance. This is a point an advisor can pass on to clients working in the sector – a tradesperson who understands the building as a whole is more valuable to both employer and investor.",
                            es="El orden importa: sustituir la fuente de calor antes de aislar el edificio suele llevar a un equipo sobredimensionado. Es un argumento que el asesor puede transmitir a los clientes que trabajan en el sector: el profesional que entiende el edificio en su conjunto es más valioso para el empleador y para el propietario.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="Termomodernizacja",
                            en="Thermal retrofitting (termomodernizacja)",
                            es="Rehabilitación térmica (termomodernizacja)",
                        ),
                        "definition": T(
                            pl="Przedsięwzięcie zmniejszające zapotrzebowanie budynku na energię, np. docieplenie ścian, dachu i stropów, wymiana okien i drzwi, modernizacja instalacji grzewczej i wentylacji oraz wymiana źródła ciepła na efektywniejsze lub odnawialne.",
                            en="A project that reduces a building’s energy demand, for example by insulating walls, roofs and floors, replacing windows and doors, upgrading the heating and ventilation systems and replacing the heat source with a more efficient or renewable one.",
                            es="Actuación que reduce la demanda energética de un edificio, por ejemplo, aislando muros, cubiertas y forjados, sustituyendo ventanas y puertas, modernizando las instalaciones de calefacción y ventilación y sustituyendo la fuente de calor por otra más eficiente o renovable.",
                        ),
                    },
                ),
                (
                    "heading",
                    T(
                        pl="Wsparcie finansowe",
                        en="Financial support",
                        es="Ayudas económicas",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Inwestycje termomodernizacyjne wspierają m.in.: premia termomodernizacyjna i premia remontowa z Funduszu Termomodernizacji i Remontów, programy „Czyste Powietrze” i „Ciepłe Mieszkanie”, fundusze unijne w programach krajowych i w regionalnym programie Fundusze Europejskie dla Podlaskiego 2021–2027 oraz ulga termomodernizacyjna w podatku dochodowym od osób fizycznych dla właścicieli domów jednorodzinnych. Warunki każdego z tych instrumentów określają odrębne przepisy i regulaminy – doradca powinien znać ich mechanizm, ale szczegóły zawsze sprawdzać u źródła.",
                            en="Thermal retrofit investments are supported by, among other things: the thermal retrofit bonus and the renovation bonus from the Thermal Retrofitting and Renovation Fund, the ‘Czyste Powietrze’ and ‘Ciepłe Mieszkanie’ schemes, EU funds under national programmes and the regional programme European Funds for Podlaskie 2021–2027, and the thermal retrofit relief in personal income tax for owners of single-family houses. The conditions of each instrument are set out in separate legislation and rules – an advisor should understand how they work but always check the details at source.",
                            es="Las inversiones en rehabilitación térmica cuentan, entre otros, con los siguientes apoyos: la prima de rehabilitación térmica y la prima de reforma del Fondo de Rehabilitación Térmica y Reformas, los programas «Czyste Powietrze» y «Ciepłe Mieszkanie», los fondos de la UE en los programas nacionales y en el programa regional Fondos Europeos para Podlaquia 2021-2027, y la deducción por rehabilitación térmica en el impuesto sobre la renta de las personas físicas para propietarios de viviendas unifamiliares. Las condiciones de cada instrumento se rigen por normas y bases propias: el asesor debe conocer su mecanismo, pero comprobar siempre los detalles en la fuente.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Zawody, kwalifikacje i pracodawcy",
                        en="Occupations, qualifications and employers",
                        es="Ocupaciones, cualificaciones y empleadores",
                    ),
                ),
                (
                    "list",
                    [
                        T(
                            pl="audytor energetyczny i osoba sporządzająca świadectwa charakterystyki energetycznej – zwykle inżynier budownictwa, inżynierii środowiska lub energetyki; sporządzanie świadectw wymaga spełnienia wymagań ustawowych i wpisu do wykazu;",
                            en="energy auditor and energy performance certificate assessor – usually a civil, environmental or energy engineer; issuing certificates requires meeting the statutory requirements and entry in the list;",
                            es="auditor energético y certificador de eficiencia energética: normalmente ingeniero de edificación, ambiental o energético; expedir certificados exige cumplir los requisitos legales e inscribirse en el registro;",
                        ),
                        T(
                            pl="doradca energetyczny – w gminach, wojewódzkich funduszach ochrony środowiska, agencjach energetycznych i firmach;",
                            en="energy advisor – in municipalities, regional environmental protection funds, energy agencies and companies;",
                            es="asesor energético: en municipios, fondos regionales de protección del medio ambiente, agencias de la energía y empresas;",
                        ),
                        T(
                            pl="monter systemów ociepleń, monter stolarki budowlanej, dekarz, tynkarz – zawody budowlane, w których kwalifikacje można zdobyć w szkole branżowej, na kwalifikacyjnym kursie zawodowym lub przez egzamin czeladniczy;",
                            en="insulation system fitter, window and door fitter, roofer, plasterer – construction trades in which qualifications can be gained at a vocational school, through a vocational qualification course or a journeyman’s examination;",
                            es="montador de sistemas de aislamiento, montador de carpintería, techador, yesero: oficios de la construcción en los que la cualificación puede obtenerse en un centro de formación profesional, en un curso de cualificación profesional o mediante el examen de oficial artesano;",
                        ),
                        T(
                            pl="instalator wentylacji mechanicznej z odzyskiem ciepła oraz instalator pomp ciepła i systemów grzewczych;",
                            en="installer of mechanical ventilation with heat recovery, and installer of heat pumps and heating systems;",
                            es="instalador de ventilación mecánica con recuperación de calor e instalador de bombas de calor y sistemas de calefacción;",
                        ),
                        T(
                            pl="kominiarz – zawód rzemieślniczy z tytułem czeladnika i mistrza, ważny przy kontroli urządzeń grzewczych i przewodów kominowych;",
                            en="chimney sweep – a craft trade with journeyman and master titles, important for inspecting heating appliances and chimneys;",
                            es="deshollinador: oficio artesanal con títulos de oficial y maestro, importante en el control de los aparatos de calefacción y de los conductos de humos;",
                        ),
                        T(
                            pl="specjalista ds. zrównoważonego rozwoju, śladu węglowego i raportowania emisji – w większych firmach i firmach doradczych;",
                            en="sustainability, carbon footprint and emissions reporting specialist – in larger companies and consultancies;",
                            es="especialista en sostenibilidad, huella de carbono y notificación de emisiones: en empresas grandes y consultoras;",
                        ),
                        T(
                            pl="inspektor i technik ochrony środowiska – w inspekcji ochrony środowiska, urzędach oraz w monitoringu jakości powietrza.",
                            en="environmental inspector and technician – in the environmental inspectorate, public offices and air quality monitoring.",
                            es="inspector y técnico de medio ambiente: en la inspección ambiental, en las administraciones y en la vigilancia de la calidad del aire.",
                        ),
                    ],
                ),
                (
                    "text",
                    [
                        T(
                            pl="W województwie podlaskim pracodawcami w tej dziedzinie są przede wszystkim firmy budowlane i termomodernizacyjne, firmy produkujące i montujące stolarkę okienną i drzwiową, firmy instalacyjne, przedsiębiorstwa ciepłownicze, spółdzielnie i wspólnoty mieszkaniowe, urzędy gmin, Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej w Białymstoku oraz firmy doradcze. Zakłady przemysłu spożywczego, w tym mleczarskiego, a także drzewnego i meblarskiego zatrudniają specjalistów ds. energii i środowiska, bo koszty energii i wymagania odbiorców skłaniają je do audytów i inwestycji w efektywność energetyczną.",
                            en="In the Podlaskie region, employers in this field are above all construction and retrofit companies, firms manufacturing and fitting windows and doors, installation firms, district heating companies, housing cooperatives and homeowners’ associations, municipal offices, the Regional Fund for Environmental Protection and Water Management in Białystok, and consultancies. Food-processing plants, including dairies, as well as wood and furniture manufacturers employ energy and environmental specialists, because energy costs and customers’ requirements push them towards audits and investment in energy efficiency.",
                            es="En Podlaquia, los empleadores de este ámbito son sobre todo empresas de construcción y de rehabilitación térmica, empresas que fabrican y montan carpintería de ventanas y puertas, empresas instaladoras, empresas de calefacción urbana, cooperativas y comunidades de propietarios, ayuntamientos, el Fondo Regional de Protección del Medio Ambiente y Gestión del Agua de Białystok y consultoras. Las industrias alimentarias, incluidas las lácteas, así como las de la madera y el mueble, emplean a especialistas en energía y medio ambiente, porque los costes energéticos y las exigencias de sus clientes las impulsan a realizar auditorías e invertir en eficiencia energética.",
                        ),
                        T(
                            pl="Wiele z tych ścieżek łączy kompetencje budowlane, instalacyjne i cyfrowe. Osoba, która potrafi obsłużyć kamerę termowizyjną, program do obliczeń cieplnych czy narzędzie do raportowania emisji, ma przewagę na rynku pracy. W planowaniu rozwoju klienta można wykorzystać szkolenia finansowane przez urząd pracy, bon na kształcenie ustawiczne, staże u pracodawców oraz środki Krajowego Funduszu Szkoleniowego, przewidziane w ustawie z dnia 20 marca 2025 r. o rynku pracy i służbach zatrudnienia.",
                            en="Many of these paths combine construction, installation and digital skills. Someone who can use a thermal imaging camera, heat-loss calculation software or an emissions reporting tool has an advantage on the labour market. In planning a client’s development, you can draw on training funded by the labour office, the lifelong learning voucher, traineeships with employers and National Training Fund resources, provided for in the Act of 20 March 2025 on the labour market and employment services.",
                            es="Muchos de estos itinerarios combinan competencias de construcción, de instalaciones y digitales. Quien sabe manejar una cámara termográfica, un programa de cálculo térmico o una herramienta de notificación de emisiones tiene ventaja en el mercado laboral. Para planificar el desarrollo del cliente pueden aprovecharse la formación financiada por la oficina de empleo, el bono de formación permanente, las prácticas con empleadores y los recursos del Fondo Nacional de Formación, previstos en la Ley de 20 de marzo de 2025 sobre el mercado laboral y los servicios de empleo.",
                        ),
                    ],
                ),
            ],
        },
    ],
    "quiz": {
        "title": T(
            pl="Sprawdź się: powietrze i klimat",
            en="Test yourself: air and climate",
            es="Ponte a prueba: aire y clima",
        ),
        "intro": T(
            pl="Quiz obejmuje zanieczyszczenia powietrza, narzędzia ochrony powietrza, politykę klimatyczną UE oraz audyty energetyczne i termomodernizację. Aby go zaliczyć, potrzebujesz co najmniej 70% poprawnych odpowiedzi.",
            en="The quiz covers air pollutants, air protection tools, EU climate policy, and energy audits and thermal retrofitting. To pass, you need at least 70% correct answers.",
            es="El cuestionario abarca los contaminantes del aire, los instrumentos de protección del aire, la política climática de la UE y las auditorías energéticas y la rehabilitación térmica. Para aprobarlo necesitas al menos un 70 % de respuestas correctas.",
        ),
    },
}
