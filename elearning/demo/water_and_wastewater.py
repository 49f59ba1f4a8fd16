"""Demo course: block "woda i ścieki" (water and wastewater) for green-jobs advisors."""

from core.demo.text import T

COURSE = {
    "key": "water-and-wastewater",
    "illustration": "water-and-wastewater",
    "slug": T(pl="woda-i-scieki", en="water-and-wastewater", es="agua-y-aguas-residuales"),
    "title": T(pl="Woda i ścieki", en="Water and wastewater", es="Agua y aguas residuales"),
    "summary": T(
        pl="Zasoby wodne, podstawy Prawa wodnego, wodociągi i kanalizacja oraz przydomowe oczyszczalnie ścieków – z perspektywy doradcy, który pomaga klientom znaleźć miejsce w zielonych zawodach sektora wodnego.",
        en="Water resources, the basics of the Water Law, water supply and sewerage, and household wastewater treatment plants – from the point of view of an advisor who helps clients find their place in the green occupations of the water sector.",
        es="Recursos hídricos, nociones básicas de la Ley de Aguas, abastecimiento y saneamiento, y depuradoras domésticas de aguas residuales, desde la perspectiva de un asesor que ayuda a sus clientes a encontrar su sitio en las profesiones verdes del sector del agua.",
    ),
    "description": [
        T(
            pl="Ten kurs odpowiada blokowi tematycznemu „woda i ścieki” – jednemu z pięciu bloków, w których szkolono doradców ds. zielonych miejsc pracy w projekcie „Partnerstwo na rzecz rozwoju i promocji zielonych miejsc pracy”, realizowanym przez Wojewódzki Urząd Pracy w Białymstoku w latach 2011–2013. Treść opisuje przepisy obowiązujące jesienią 2026 r.; tam, gdzie szczegóły często się zmieniają, wskazujemy, co trzeba sprawdzić u źródła.",
            en="This course corresponds to the ‘water and wastewater’ thematic block – one of the five blocks in which green-jobs advisors were trained in the project ‘Partnership for the development and promotion of green jobs’, run by the Regional Labour Office in Białystok in 2011–2013. The content describes the rules in force in autumn 2026; where details change often, we point out what you need to check at the source.",
            es="Este curso corresponde al bloque temático «agua y aguas residuales», uno de los cinco bloques en los que se formó a los asesores de empleos verdes en el proyecto «Partenariado para el desarrollo y la promoción de los empleos verdes», ejecutado por la Oficina Regional de Empleo de Białystok entre 2011 y 2013. El contenido describe la normativa vigente en otoño de 2026; cuando los detalles cambian a menudo, indicamos qué hay que comprobar en la fuente.",
        ),
        T(
            pl="Dowiesz się, jak wygląda gospodarka wodna w Polsce i na Podlasiu, kto wydaje zgody wodnoprawne, jak działają gminne wodociągi i kanalizacja oraz kiedy przydomowa oczyszczalnia ścieków jest rozsądnym rozwiązaniem. Każda lekcja zawiera wskazówki, jak wykorzystać tę wiedzę w rozmowie z osobą bezrobotną, poszukującą pracy lub z pracodawcą – na przykład z kimś, kto rozważa pracę montera i konserwatora przydomowych oczyszczalni ścieków, czyli jedno ze szkoleń specjalistycznych projektu.",
            en="You will learn how water is managed in Poland and in Podlaskie, who issues water-law consents, how municipal water supply and sewerage work, and when a household wastewater treatment plant is a sensible solution. Each lesson includes tips on using this knowledge in conversations with unemployed people, jobseekers or employers – for example with someone considering work as an installer and maintainer of household wastewater treatment plants, which was one of the project’s specialist training courses.",
            es="Aprenderás cómo se gestiona el agua en Polonia y en Podlaquia, quién concede las autorizaciones en materia de aguas, cómo funcionan el abastecimiento y el saneamiento municipales y cuándo una depuradora doméstica de aguas residuales es una solución razonable. Cada lección incluye consejos para aplicar estos conocimientos al hablar con personas desempleadas, demandantes de empleo o empleadores; por ejemplo, con alguien que se plantea trabajar como instalador y mantenedor de depuradoras domésticas, una de las formaciones especializadas del proyecto.",
        ),
    ],
    "outcomes": [
        T(
            pl="Opisać obieg wody i główne cechy zasobów wodnych Polski oraz cele ramowej dyrektywy wodnej.",
            en="Describe the water cycle, the main features of Poland’s water resources and the objectives of the Water Framework Directive.",
            es="Describir el ciclo del agua, las principales características de los recursos hídricos de Polonia y los objetivos de la Directiva Marco del Agua.",
        ),
        T(
            pl="Rozróżnić powszechne, zwykłe i szczególne korzystanie z wód oraz wskazać, kiedy potrzebna jest zgoda wodnoprawna i który organ ją wydaje.",
            en="Distinguish between common, ordinary and special water use, and identify when a water-law consent is needed and which authority issues it.",
            es="Distinguir entre el uso común, el uso ordinario y el uso especial del agua, e indicar cuándo se necesita una autorización en materia de aguas y qué órgano la concede.",
        ),
        T(
            pl="Wyjaśnić zadania gminy, przedsiębiorstw wodociągowo-kanalizacyjnych i Wód Polskich w zbiorowym zaopatrzeniu w wodę i odprowadzaniu ścieków oraz kierunek zmian wynikających z dyrektywy (UE) 2024/3019.",
            en="Explain the roles of the municipality, water and sewerage companies and Wody Polskie in collective water supply and sewage disposal, and the direction of change under Directive (EU) 2024/3019.",
            es="Explicar las funciones del municipio, de las empresas de abastecimiento y saneamiento y de Wody Polskie en el abastecimiento colectivo de agua y la evacuación de aguas residuales, así como la orientación de los cambios derivados de la Directiva (UE) 2024/3019.",
        ),
        T(
            pl="Porównać rodzaje przydomowych oczyszczalni ścieków i omówić formalności, eksploatację oraz postępowanie z osadami.",
            en="Compare the types of household wastewater treatment plants and discuss the formalities, operation and handling of sludge.",
            es="Comparar los tipos de depuradoras domésticas de aguas residuales y explicar los trámites, la explotación y la gestión de los lodos.",
        ),
        T(
            pl="Wskazać zielone zawody i ścieżki kształcenia w gospodarce wodno-ściekowej i dobrać do nich formy wsparcia dla klienta.",
            en="Identify green occupations and training paths in water and wastewater management and match suitable forms of support to a client.",
            es="Identificar profesiones verdes e itinerarios formativos en la gestión del agua y las aguas residuales, y asociarles formas de apoyo adecuadas para cada cliente.",
        ),
    ],
    "estimated_minutes": 90,
    "pass_mark": 70,
    "glossary": [
        {
            "term": T(pl="Dobry stan wód", en="Good water status", es="Buen estado de las aguas"),
            "definition": T(
                pl="Stan jednolitej części wód powierzchniowych, w którym zarówno jej stan (lub potencjał) ekologiczny, jak i stan chemiczny są co najmniej dobre; w przypadku wód podziemnych – dobry stan ilościowy i chemiczny. To główny cel środowiskowy ramowej dyrektywy wodnej.",
                en="The status of a surface water body whose ecological status (or potential) and chemical status are both at least good; for groundwater, good quantitative and chemical status. It is the main environmental objective of the Water Framework Directive.",
                es="Estado de una masa de agua superficial cuyo estado (o potencial) ecológico y cuyo estado químico son, ambos, al menos buenos; en el caso de las aguas subterráneas, buen estado cuantitativo y químico. Es el principal objetivo medioambiental de la Directiva Marco del Agua.",
            ),
        },
        {
            "term": T(
                pl="Mała retencja", en="Small-scale water retention", es="Pequeña retención de agua"
            ),
            "definition": T(
                pl="Zatrzymywanie wody w krajobrazie za pomocą niewielkich zbiorników, urządzeń piętrzących na rowach, mokradeł i zadrzewień oraz przydomowych i miejskich rozwiązań gromadzenia i rozsączania wód opadowych. Spowalnia odpływ, łagodzi skutki suszy i nawalnych deszczy.",
                en="Keeping water in the landscape by means of small reservoirs, weirs on ditches, wetlands and tree belts, and household and urban systems that collect rainwater or let it soak into the ground. It slows down runoff and softens the effects of drought and torrential rain.",
                es="Retener el agua en el paisaje mediante pequeños embalses, compuertas en acequias y zanjas, humedales y setos arbolados, así como con soluciones domésticas y urbanas de recogida e infiltración de pluviales. Ralentiza la escorrentía y atenúa los efectos de la sequía y de las lluvias torrenciales.",
            ),
        },
        {
            "term": T(
                pl="Zwykłe korzystanie z wód", en="Ordinary water use", es="Uso ordinario del agua"
            ),
            "definition": T(
                pl="Prawo właściciela gruntu do korzystania z wód stanowiących jego własność i z wód podziemnych w jego gruncie na potrzeby własnego gospodarstwa domowego lub rolnego, w granicach określonych w Prawie wodnym (m.in. pobór wody i odprowadzanie oczyszczonych ścieków do 5 m³ na dobę). Nie wymaga pozwolenia wodnoprawnego, ale nie uprawnia do wykonywania urządzeń wodnych bez wymaganej zgody.",
                en="The right of a landowner to use the waters he or she owns and the groundwater under his or her land for the needs of his or her own household or farm, within the limits set by the Water Law (including abstraction of water and discharge of treated wastewater of up to 5 m³ per day). It does not require a water-law permit, but it does not entitle the owner to build water facilities without the required consent.",
                es="Derecho del propietario de un terreno a utilizar las aguas de su propiedad y las aguas subterráneas de su finca para las necesidades de su propio hogar o explotación agraria, dentro de los límites fijados por la Ley de Aguas (entre otros, la captación de agua y el vertido de aguas residuales depuradas de hasta 5 m³ al día). No requiere permiso de aguas, pero no faculta para ejecutar instalaciones hidráulicas sin la autorización necesaria.",
            ),
        },
        {
            "term": T(
                pl="Zgoda wodnoprawna",
                en="Water-law consent",
                es="Autorización en materia de aguas",
            ),
            "definition": T(
                pl="Zbiorcze określenie aktów, którymi organy Wód Polskich dopuszczają korzystanie z wód lub wykonanie urządzeń wodnych wykraczające poza to, co przepisy pozwalają robić bez zgody. Najważniejsze to pozwolenie wodnoprawne (decyzja administracyjna) i zgłoszenie wodnoprawne (do którego organ może wnieść sprzeciw).",
                en="A collective term for the acts by which the authorities of Wody Polskie allow water use or the construction of water facilities beyond what the law permits without consent. The most important are the water-law permit (an administrative decision) and the water-law notification (to which the authority may object).",
                es="Término genérico para los actos con los que los órganos de Wody Polskie permiten un uso del agua o la ejecución de instalaciones hidráulicas que van más allá de lo que la ley permite sin autorización. Los más importantes son el permiso de aguas (una resolución administrativa) y la comunicación previa en materia de aguas (a la que el órgano puede oponerse).",
            ),
        },
        {
            "term": T(pl="Aglomeracja", en="Agglomeration", es="Aglomeración"),
            "definition": T(
                pl="Teren, na którym zaludnienie lub działalność gospodarcza są wystarczająco skoncentrowane, by ścieki komunalne były zbierane i przekazywane do oczyszczalni lub końcowego punktu zrzutu. W Polsce obszar i granice aglomeracji wyznacza rada gminy w drodze uchwały.",
                en="An area where population or economic activity is sufficiently concentrated for urban wastewater to be collected and conducted to a treatment plant or a final discharge point. In Poland the area and boundaries of an agglomeration are designated by the municipal council by resolution.",
                es="Zona cuya población o actividad económica está lo bastante concentrada para que las aguas residuales urbanas se recojan y conduzcan a una depuradora o a un punto de vertido final. En Polonia, la superficie y los límites de la aglomeración los fija el pleno municipal mediante acuerdo.",
            ),
        },
        {
            "term": T(
                pl="Równoważna liczba mieszkańców (RLM)",
                en="Population equivalent (p.e.)",
                es="Habitante equivalente (h-e)",
            ),
            "definition": T(
                pl="Miara ładunku zanieczyszczeń w ściekach: 1 RLM odpowiada ładunkowi organicznemu biodegradowalnemu wyrażonemu pięciodobowym biochemicznym zapotrzebowaniem tlenu (BZT5) w ilości 60 g tlenu na dobę. W RLM wyraża się wielkość aglomeracji i oczyszczalni.",
                en="A measure of the pollution load in wastewater: 1 p.e. is the biodegradable organic load with a five-day biochemical oxygen demand (BOD5) of 60 g of oxygen per day. The size of agglomerations and treatment plants is expressed in p.e.",
                es="Medida de la carga contaminante de las aguas residuales: 1 h-e equivale a la carga orgánica biodegradable con una demanda bioquímica de oxígeno a cinco días (DBO5) de 60 g de oxígeno al día. El tamaño de las aglomeraciones y de las depuradoras se expresa en h-e.",
            ),
        },
        {
            "term": T(
                pl="Przydomowa oczyszczalnia ścieków",
                en="Household wastewater treatment plant",
                es="Depuradora doméstica de aguas residuales",
            ),
            "definition": T(
                pl="Urządzenie lub zespół urządzeń do oczyszczania ścieków bytowych z jednego lub kilku gospodarstw domowych, zlokalizowany na działce. Przy ilości do 5 m³ na dobę odprowadzanie oczyszczonych ścieków mieści się w zwykłym korzystaniu z wód, a budowa oczyszczalni o wydajności do 7,5 m³ na dobę wymaga zgłoszenia, a nie pozwolenia na budowę.",
                en="A device or set of devices on a plot of land that treats domestic wastewater from one or several households. For up to 5 m³ per day, discharging the treated wastewater falls within ordinary water use, and building a plant with a capacity of up to 7.5 m³ per day requires a notification rather than a building permit.",
                es="Equipo o conjunto de equipos situado en la parcela que depura las aguas residuales domésticas de una o varias viviendas. Hasta 5 m³ al día, el vertido de las aguas depuradas se incluye en el uso ordinario del agua, y la construcción de una depuradora con una capacidad de hasta 7,5 m³ al día requiere una comunicación previa, no una licencia de obras.",
            ),
        },
        {
            "term": T(pl="Osadnik gnilny", en="Septic tank", es="Fosa séptica"),
            "definition": T(
                pl="Szczelny zbiornik, w którym ścieki przepływają powoli, a cząstki stałe opadają na dno i ulegają częściowemu beztlenowemu rozkładowi. Stanowi pierwszy stopień oczyszczania w większości przydomowych oczyszczalni; gromadzący się w nim osad trzeba regularnie usuwać.",
                en="A watertight tank in which wastewater flows slowly, so that solids settle to the bottom and partly decompose anaerobically. It is the first treatment stage in most household treatment plants; the sludge that builds up in it must be removed regularly.",
                es="Depósito estanco en el que las aguas residuales circulan lentamente, de modo que los sólidos se depositan en el fondo y se descomponen parcialmente en condiciones anaerobias. Es la primera etapa de tratamiento en la mayoría de las depuradoras domésticas; el lodo que se acumula en él debe retirarse con regularidad.",
            ),
        },
    ],
    "lessons": [
        {
            "slug": T(
                pl="woda-w-polsce-i-na-podlasiu",
                en="water-in-poland-and-podlaskie",
                es="el-agua-en-polonia-y-podlaquia",
            ),
            "title": T(
                pl="Woda w Polsce i na Podlasiu: zasoby, obieg i zielone miejsca pracy",
                en="Water in Poland and Podlaskie: resources, the water cycle and green jobs",
                es="El agua en Polonia y en Podlaquia: recursos, ciclo hidrológico y empleos verdes",
            ),
            "summary": T(
                pl="Jak krąży woda, ile jej mamy, co zmienia klimat, czego wymaga ramowa dyrektywa wodna i jakie zielone zawody wiążą się z wodą.",
                en="How water circulates, how much of it we have, what climate change alters, what the Water Framework Directive requires and which green occupations are linked to water.",
                es="Cómo circula el agua, de cuánta disponemos, qué cambia el clima, qué exige la Directiva Marco del Agua y qué profesiones verdes están ligadas al agua.",
            ),
            "body": [
                (
                    "heading",
                    T(
                        pl="Obieg wody – od opadu do kranu i z powrotem",
                        en="The water cycle – from rainfall to the tap and back",
                        es="El ciclo del agua: de la lluvia al grifo y de vuelta",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Woda, z której korzystamy w domu i w pracy, jest częścią obiegu, który nigdy się nie zatrzymuje. Opady deszczu i śniegu częściowo odparowują z powierzchni ziemi i roślin, częściowo spływają do rowów, rzek i jezior, a częściowo wsiąkają w glebę i zasilają wody podziemne. Rzeki niosą wodę do morza, a parowanie z mórz i lądów tworzy chmury, z których znów pada deszcz. Człowiek włącza się w ten obieg w dwóch miejscach: gdy pobiera wodę z ujęć podziemnych lub powierzchniowych i gdy oddaje ją do środowiska jako ścieki – oczyszczone lepiej lub gorzej.",
                            en="The water we use at home and at work is part of a cycle that never stops. Rain and snow partly evaporate from the ground and from plants, partly run off into ditches, rivers and lakes, and partly soak into the soil and recharge groundwater. Rivers carry water to the sea, and evaporation from seas and land forms clouds from which rain falls again. People join this cycle at two points: when they abstract water from groundwater or surface-water intakes, and when they return it to the environment as wastewater – treated well or less well.",
                            es="El agua que usamos en casa y en el trabajo forma parte de un ciclo que nunca se detiene. La lluvia y la nieve en parte se evaporan desde el suelo y las plantas, en parte escurren hacia acequias, ríos y lagos, y en parte se infiltran en el suelo y recargan las aguas subterráneas. Los ríos llevan el agua al mar, y la evaporación de mares y tierras forma las nubes de las que vuelve a llover. Las personas intervienen en este ciclo en dos puntos: cuando captan agua de fuentes subterráneas o superficiales y cuando la devuelven al medio como aguas residuales, mejor o peor depuradas.",
                        ),
                        T(
                            pl="Z punktu widzenia doradcy ważne jest jedno spostrzeżenie: każdy etap tego „ludzkiego” obiegu wymaga pracy ludzi. Ktoś musi wodę ująć, uzdatnić i rozprowadzić, a ktoś inny zaprojektować, zbudować i utrzymać kanalizację, oczyszczalnię albo przydomowy system oczyszczania. To właśnie tu powstają zielone miejsca pracy sektora wodnego.",
                            en="From an advisor’s point of view, one observation matters: every stage of this ‘human’ part of the cycle requires people’s work. Someone has to abstract, treat and distribute the water, and someone else has to design, build and maintain the sewer network, the treatment plant or the household treatment system. This is exactly where the green jobs of the water sector are created.",
                            es="Desde el punto de vista del asesor, hay una observación importante: cada etapa de esta parte «humana» del ciclo requiere el trabajo de personas. Alguien tiene que captar, potabilizar y distribuir el agua, y otra persona tiene que diseñar, construir y mantener el alcantarillado, la depuradora o el sistema de depuración doméstico. Precisamente ahí se crean los empleos verdes del sector del agua.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Zasoby wodne Polski",
                        en="Poland’s water resources",
                        es="Los recursos hídricos de Polonia",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Polska należy do krajów o stosunkowo małych zasobach wód odnawialnych w przeliczeniu na jednego mieszkańca, zwłaszcza w porównaniu z wieloma państwami Europy Zachodniej i Północnej. Wynika to z umiarkowanej ilości opadów, znacznego parowania w okresie wegetacyjnym i niewielkiej pojemności sztucznych zbiorników. Zasoby są też nierówno rozłożone w czasie: po mokrej zimie lub przy wiosennych roztopach mogą wystąpić wezbrania i powodzie, a latem – niżówki i susza.",
                            en="Poland is one of the countries with relatively small renewable water resources per inhabitant, especially compared with many countries in Western and Northern Europe. This is due to moderate rainfall, high evaporation during the growing season and the small capacity of artificial reservoirs. Resources are also unevenly spread over time: after a wet winter or during the spring thaw there may be high water and floods, and in summer low flows and drought.",
                            es="Polonia figura entre los países con recursos hídricos renovables relativamente escasos por habitante, sobre todo en comparación con muchos países de Europa occidental y septentrional. Ello se debe a unas precipitaciones moderadas, a una elevada evaporación durante el periodo vegetativo y a la escasa capacidad de los embalses artificiales. Los recursos también se reparten de forma desigual en el tiempo: tras un invierno húmedo o con el deshielo primaveral pueden producirse crecidas e inundaciones, y en verano, estiajes y sequía.",
                        ),
                        T(
                            pl="Większa część kraju leży w dorzeczach Wisły i Odry, a więc w zlewisku Morza Bałtyckiego. Województwo podlaskie należy głównie do dorzecza Wisły – płyną tu Narew z Biebrzą i Supraślą, a na południowym skraju regionu Bug – natomiast jego północno-wschodnia część należy do dorzecza Niemna, do którego uchodzi m.in. Czarna Hańcza. Region słynie z cennych mokradeł, zwłaszcza w dolinach Biebrzy i Narwi, które magazynują wodę, łagodzą skutki suszy i powodzi oraz są siedliskiem wielu gatunków.",
                            en="Most of the country lies in the Vistula and Oder river basins, and therefore drains into the Baltic Sea. Podlaskie Voivodeship belongs mainly to the Vistula basin – the Narew flows here with its tributaries the Biebrza and the Supraśl, and the Bug runs along the southern edge of the region – while its north-eastern part belongs to the Neman basin, into which the Czarna Hańcza, among others, flows. The region is known for its valuable wetlands, especially in the Biebrza and Narew valleys, which store water, soften the effects of drought and floods and are home to many species.",
                            es="La mayor parte del país se encuentra en las cuencas del Vístula y del Óder y, por tanto, vierte al mar Báltico. El voivodato de Podlaquia pertenece principalmente a la cuenca del Vístula –por él discurren el Narew con sus afluentes Biebrza y Supraśl, y el Bug en el extremo sur de la región–, mientras que su parte nororiental pertenece a la cuenca del Niemen, al que desemboca, entre otros, el Czarna Hańcza. La región es conocida por sus valiosos humedales, sobre todo en los valles del Biebrza y del Narew, que almacenan agua, atenúan los efectos de sequías e inundaciones y albergan numerosas especies.",
                        ),
                        T(
                            pl="W Polsce większość wody do picia pochodzi z ujęć wód podziemnych, a pozostała część z wód powierzchniowych – rzek i zbiorników. Wody podziemne są zwykle lepiej chronione przed zanieczyszczeniem, ale odnawiają się powoli, dlatego tak ważne jest, by ścieki nie trafiały do gruntu bez oczyszczenia.",
                            en="In Poland most drinking water comes from groundwater intakes, and the rest from surface waters – rivers and reservoirs. Groundwater is usually better protected against pollution, but it renews itself slowly, which is why it is so important that wastewater does not enter the ground untreated.",
                            es="En Polonia, la mayor parte del agua potable procede de captaciones de aguas subterráneas, y el resto de aguas superficiales: ríos y embalses. Las aguas subterráneas suelen estar mejor protegidas frente a la contaminación, pero se renuevan lentamente; por eso es tan importante que las aguas residuales no lleguen al terreno sin depurar.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Klimat, susza i nawalne deszcze",
                        en="Climate, drought and torrential rain",
                        es="Clima, sequía y lluvias torrenciales",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Zmiana klimatu nie oznacza w Polsce prostego „mniej wody”. Coraz częściej obserwuje się zimy z niewielką pokrywą śnieżną, długie okresy bez opadów i jednocześnie krótkie, intensywne ulewy, po których woda szybko spływa z uszczelnionych powierzchni, zamiast wsiąkać. Dlatego w polityce wodnej coraz większe znaczenie mają działania, które spowalniają odpływ i zatrzymują wodę tam, gdzie spadła. Dla Polski przyjęto plan przeciwdziałania skutkom suszy, a w planach gospodarowania wodami na obszarach dorzeczy określa się działania potrzebne do osiągnięcia dobrego stanu wód.",
                            en="In Poland, climate change does not simply mean ‘less water’. Winters with little snow cover and long periods without rain are increasingly common, together with short, intense downpours after which water runs off sealed surfaces quickly instead of soaking in. That is why water policy gives growing weight to measures that slow down runoff and keep water where it fell. A drought effects management plan has been adopted for Poland, and the river basin management plans set out the measures needed to achieve good water status.",
                            es="En Polonia, el cambio climático no significa simplemente «menos agua». Cada vez son más frecuentes los inviernos con poca nieve y los largos periodos sin lluvia, junto con aguaceros breves e intensos tras los cuales el agua escurre rápidamente por las superficies impermeabilizadas en lugar de infiltrarse. Por eso la política del agua concede cada vez más importancia a las medidas que frenan la escorrentía y retienen el agua donde cae. Polonia ha adoptado un plan de lucha contra los efectos de la sequía, y los planes hidrológicos de cuenca establecen las medidas necesarias para alcanzar el buen estado de las aguas.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Mała retencja i deszczówka",
                        en="Small-scale retention and rainwater",
                        es="Pequeña retención y aguas pluviales",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Mała retencja to działania, które zatrzymują wodę w krajobrazie, blisko miejsca, w którym spadła: od zastawek na rowach melioracyjnych i niewielkich zbiorników, przez odtwarzanie mokradeł i zadrzewień, po przydomowe zbiorniki na deszczówkę i ogrody deszczowe. W miastach mówi się o zielono-błękitnej infrastrukturze: zielonych dachach, nawierzchniach przepuszczalnych, nieckach i rowach chłonnych.",
                            en="Small-scale retention means measures that keep water in the landscape, close to where it fell: from small weirs on drainage ditches and small reservoirs, through restoring wetlands and tree belts, to household rainwater tanks and rain gardens. In towns and cities people speak of green and blue infrastructure: green roofs, permeable paving, infiltration basins and swales.",
                            es="La pequeña retención agrupa las medidas que mantienen el agua en el paisaje, cerca del lugar donde cae: desde compuertas en las zanjas de drenaje y pequeños embalses, pasando por la restauración de humedales y setos arbolados, hasta los depósitos domésticos de pluviales y los jardines de lluvia. En las ciudades se habla de infraestructura verde y azul: cubiertas vegetales, pavimentos permeables, cubetas y zanjas de infiltración.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="Mała retencja",
                            en="Small-scale water retention",
                            es="Pequeña retención de agua",
                        ),
                        "definition": T(
                            pl="Zatrzymywanie wody w krajobrazie za pomocą niewielkich zbiorników, urządzeń piętrzących na rowach, mokradeł i zadrzewień oraz przydomowych i miejskich rozwiązań gromadzenia i rozsączania wód opadowych. Spowalnia odpływ, łagodzi skutki suszy i nawalnych deszczy.",
                            en="Keeping water in the landscape by means of small reservoirs, weirs on ditches, wetlands and tree belts, and household and urban systems that collect rainwater or let it soak into the ground. It slows down runoff and softens the effects of drought and torrential rain.",
                            es="Retener el agua en el paisaje mediante pequeños embalses, compuertas en acequias y zanjas, humedales y setos arbolados, así como con soluciones domésticas y urbanas de recogida e infiltración de pluviales. Ralentiza la escorrentía y atenúa los efectos de la sequía y de las lluvias torrenciales.",
                        ),
                    },
                ),
                (
                    "text",
                    [
                        T(
                            pl="Takie działania bywają wspierane z programów publicznych. W ostatnich latach Narodowy Fundusz Ochrony Środowiska i Gospodarki Wodnej wraz z wojewódzkimi funduszami prowadził program „Moja Woda”, w którym właściciele domów jednorodzinnych mogli otrzymać dotację na przydomową retencję wód opadowych; własne programy dotacji do zbierania deszczówki prowadzą też niektóre gminy. Nabory, kwoty i warunki zmieniają się z roku na rok, dlatego zanim polecisz klientowi konkretny program, sprawdź na stronie funduszu lub gminy, czy nabór trwa i na jakich zasadach.",
                            en="Such measures are sometimes supported by public programmes. In recent years the National Fund for Environmental Protection and Water Management, together with the voivodeship funds, ran the ‘Moja Woda’ (‘My Water’) programme, under which owners of single-family houses could receive a grant for retaining rainwater on their property; some municipalities also run their own grant schemes for collecting rainwater. Calls, amounts and conditions change from year to year, so before recommending a particular programme to a client, check on the fund’s or the municipality’s website whether a call is open and on what terms.",
                            es="Estas medidas reciben a veces apoyo de programas públicos. En los últimos años, el Fondo Nacional de Protección del Medio Ambiente y Gestión del Agua, junto con los fondos de los voivodatos, gestionó el programa «Moja Woda» («Mi Agua»), con el que los propietarios de viviendas unifamiliares podían obtener una subvención para retener las aguas pluviales en su parcela; algunos municipios también tienen sus propios programas de ayudas para recoger agua de lluvia. Las convocatorias, los importes y las condiciones cambian de un año a otro, así que antes de recomendar un programa concreto a un cliente, comprueba en la web del fondo o del municipio si hay una convocatoria abierta y en qué condiciones.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Ramowa dyrektywa wodna – wspólne ramy UE",
                        en="The Water Framework Directive – a common EU framework",
                        es="La Directiva Marco del Agua: un marco común de la UE",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Podstawą polityki wodnej Unii Europejskiej jest dyrektywa Parlamentu Europejskiego i Rady 2000/60/WE z dnia 23 października 2000 r. ustanawiająca ramy wspólnotowego działania w dziedzinie polityki wodnej, nazywana ramową dyrektywą wodną. Jej głównym celem środowiskowym jest osiągnięcie dobrego stanu wód powierzchniowych i podziemnych oraz zapobieganie pogarszaniu się ich stanu. Dyrektywa wprowadziła zarządzanie wodami w granicach obszarów dorzeczy, a nie granic administracyjnych, oraz obowiązek sporządzania planów gospodarowania wodami, aktualizowanych co sześć lat. Wody dzieli się na jednolite części wód, dla których ocenia się stan i wyznacza cele.",
                            en="The foundation of the European Union’s water policy is Directive 2000/60/EC of the European Parliament and of the Council of 23 October 2000 establishing a framework for Community action in the field of water policy, known as the Water Framework Directive. Its main environmental objective is to achieve good status of surface waters and groundwater and to prevent their status from deteriorating. The Directive introduced water management within river basin districts rather than administrative boundaries, and the obligation to draw up river basin management plans, updated every six years. Waters are divided into water bodies, for which status is assessed and objectives are set.",
                            es="La base de la política de aguas de la Unión Europea es la Directiva 2000/60/CE del Parlamento Europeo y del Consejo, de 23 de octubre de 2000, por la que se establece un marco comunitario de actuación en el ámbito de la política de aguas, conocida como Directiva Marco del Agua. Su principal objetivo medioambiental es alcanzar el buen estado de las aguas superficiales y subterráneas y evitar su deterioro. La Directiva introdujo la gestión del agua por demarcaciones hidrográficas, y no por límites administrativos, así como la obligación de elaborar planes hidrológicos de cuenca, que se actualizan cada seis años. Las aguas se dividen en masas de agua, para las que se evalúa el estado y se fijan objetivos.",
                        ),
                        T(
                            pl="W polskim prawie ramowa dyrektywa wodna została wdrożona przede wszystkim w ustawie z dnia 20 lipca 2017 r. – Prawo wodne. Ustawa wyróżnia dziewięć obszarów dorzeczy, z których największe to obszary dorzeczy Wisły i Odry.",
                            en="In Polish law the Water Framework Directive has been transposed mainly in the Water Law Act of 20 July 2017. The Act distinguishes nine river basin districts, the largest being the Vistula and Oder river basin districts.",
                            es="En el Derecho polaco, la Directiva Marco del Agua se ha transpuesto principalmente en la Ley de Aguas de 20 de julio de 2017. La ley distingue nueve demarcaciones hidrográficas, de las cuales las mayores son las del Vístula y del Óder.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="Dobry stan wód",
                            en="Good water status",
                            es="Buen estado de las aguas",
                        ),
                        "definition": T(
                            pl="Stan jednolitej części wód powierzchniowych, w którym zarówno jej stan (lub potencjał) ekologiczny, jak i stan chemiczny są co najmniej dobre; w przypadku wód podziemnych – dobry stan ilościowy i chemiczny. To główny cel środowiskowy ramowej dyrektywy wodnej.",
                            en="The status of a surface water body whose ecological status (or potential) and chemical status are both at least good; for groundwater, good quantitative and chemical status. It is the main environmental objective of the Water Framework Directive.",
                            es="Estado de una masa de agua superficial cuyo estado (o potencial) ecológico y cuyo estado químico son, ambos, al menos buenos; en el caso de las aguas subterráneas, buen estado cuantitativo y químico. Es el principal objetivo medioambiental de la Directiva Marco del Agua.",
                        ),
                    },
                ),
                (
                    "heading",
                    T(
                        pl="Zielone miejsca pracy w gospodarce wodnej",
                        en="Green jobs in water management",
                        es="Empleos verdes en la gestión del agua",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="W sektorze wodno-ściekowym pracują nie tylko inżynierowie. Wodociągi i oczyszczalnie potrzebują operatorów urządzeń, mechaników, elektryków, automatyków i laborantów; firmy budowlane – monterów sieci i instalacji sanitarnych, operatorów maszyn i brygadzistów; gminy i Wody Polskie – specjalistów od pozwoleń, planowania i kontroli. Ważną część rynku stanowią też usługi związane z systemami indywidualnymi: montaż, serwis i kontrola przydomowych oczyszczalni, opróżnianie osadników, a także projektowanie i wykonywanie rozwiązań retencyjnych.",
                            en="It is not only engineers who work in the water and wastewater sector. Waterworks and treatment plants need plant operators, mechanics, electricians, automation technicians and laboratory staff; construction firms need network and sanitary installation fitters, machine operators and foremen; municipalities and Wody Polskie need specialists in permits, planning and inspection. Services linked to individual systems also form an important part of the market: installing, servicing and inspecting household treatment plants, emptying septic tanks, and designing and building retention solutions.",
                            es="En el sector del agua y las aguas residuales no solo trabajan ingenieros. Las plantas de abastecimiento y las depuradoras necesitan operadores, mecánicos, electricistas, técnicos de automatización y personal de laboratorio; las constructoras, instaladores de redes e instalaciones sanitarias, operadores de maquinaria y encargados de obra; los municipios y Wody Polskie, especialistas en permisos, planificación e inspección. Los servicios relacionados con los sistemas individuales también son una parte importante del mercado: instalación, mantenimiento e inspección de depuradoras domésticas, vaciado de fosas y diseño y ejecución de soluciones de retención.",
                        ),
                    ],
                ),
                (
                    "list",
                    [
                        T(
                            pl="monter i konserwator przydomowych oczyszczalni ścieków – jedno ze szkoleń specjalistycznych projektu ZMP realizowanego przez WUP w Białymstoku;",
                            en="installer and maintainer of household wastewater treatment plants – one of the specialist training courses of the green-jobs (ZMP) project run by the Regional Labour Office in Białystok;",
                            es="instalador y mantenedor de depuradoras domésticas de aguas residuales, una de las formaciones especializadas del proyecto de empleos verdes (ZMP) ejecutado por la Oficina Regional de Empleo de Białystok;",
                        ),
                        T(
                            pl="operator oczyszczalni ścieków lub stacji uzdatniania wody;",
                            en="operator of a wastewater treatment plant or a water treatment plant;",
                            es="operador de una depuradora de aguas residuales o de una planta potabilizadora;",
                        ),
                        T(
                            pl="monter sieci i instalacji sanitarnych, technik inżynierii sanitarnej;",
                            en="water network and sanitary installation fitter, sanitary engineering technician;",
                            es="instalador de redes e instalaciones sanitarias, técnico en ingeniería sanitaria;",
                        ),
                        T(
                            pl="technik ochrony środowiska, pracownik laboratorium badającego wodę i ścieki;",
                            en="environmental protection technician, staff member of a laboratory testing water and wastewater;",
                            es="técnico en protección del medio ambiente, personal de un laboratorio de análisis de aguas y aguas residuales;",
                        ),
                        T(
                            pl="wykonawca zielono-błękitnej infrastruktury: ogrodów deszczowych, zielonych dachów, nawierzchni przepuszczalnych.",
                            en="contractor for green and blue infrastructure: rain gardens, green roofs, permeable paving.",
                            es="contratista de infraestructura verde y azul: jardines de lluvia, cubiertas vegetales, pavimentos permeables.",
                        ),
                    ],
                ),
                (
                    "text",
                    [
                        T(
                            pl="W rozmowie z klientem warto zacząć od tego, co już potrafi. Osoba z doświadczeniem w budownictwie, hydraulice lub elektryce może stosunkowo szybko przekwalifikować się w kierunku montażu i serwisu urządzeń wodno-ściekowych, a osoba z wykształceniem przyrodniczym – w kierunku pracy w laboratorium lub w kontroli. Nazwy i kody zawodów sprawdzisz w klasyfikacji zawodów i specjalności na potrzeby rynku pracy, a lokalne zapotrzebowanie – w ofertach pracy i w badaniu „Barometr zawodów”.",
                            en="In a conversation with a client it is worth starting from what he or she can already do. Someone with experience in construction, plumbing or electrical work can retrain relatively quickly towards installing and servicing water and wastewater equipment, and someone with a science background towards laboratory or inspection work. You can check the names and codes of occupations in the classification of occupations and specialisations for labour-market purposes, and local demand in job offers and in the ‘Barometr zawodów’ (Occupational Barometer) survey.",
                            es="Al hablar con un cliente, conviene partir de lo que ya sabe hacer. Una persona con experiencia en construcción, fontanería o electricidad puede reciclarse con relativa rapidez hacia la instalación y el mantenimiento de equipos de agua y saneamiento, y alguien con formación en ciencias, hacia el trabajo de laboratorio o de inspección. Los nombres y códigos de las profesiones pueden consultarse en la clasificación de ocupaciones y especialidades para fines del mercado laboral, y la demanda local, en las ofertas de empleo y en el estudio «Barometr zawodów» (Barómetro de Ocupaciones).",
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": T(
                pl="prawo-wodne-w-praktyce",
                en="water-law-in-practice",
                es="la-ley-de-aguas-en-la-practica",
            ),
            "title": T(
                pl="Prawo wodne w praktyce: korzystanie z wód, zgody wodnoprawne i Wody Polskie",
                en="The Water Law in practice: water use, water-law consents and Wody Polskie",
                es="La Ley de Aguas en la práctica: usos del agua, autorizaciones y Wody Polskie",
            ),
            "summary": T(
                pl="Kto zarządza wodami, czym różni się korzystanie powszechne, zwykłe i szczególne, kiedy potrzebne jest pozwolenie wodnoprawne i jakie obowiązki wiążą się z wodami opadowymi.",
                en="Who manages waters, how common, ordinary and special water use differ, when a water-law permit is needed and what obligations relate to rainwater.",
                es="Quién gestiona las aguas, en qué se diferencian el uso común, el ordinario y el especial, cuándo se necesita un permiso de aguas y qué obligaciones afectan a las aguas pluviales.",
            ),
            "body": [
                (
                    "heading",
                    T(
                        pl="Najważniejszy akt: Prawo wodne z 2017 r.",
                        en="The key act: the 2017 Water Law",
                        es="La norma clave: la Ley de Aguas de 2017",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Ustawa z dnia 20 lipca 2017 r. – Prawo wodne obowiązuje od 1 stycznia 2018 r. i zastąpiła wcześniejsze Prawo wodne z 2001 r. Reguluje gospodarowanie wodami zgodnie z zasadą zrównoważonego rozwoju: kształtowanie i ochronę zasobów, korzystanie z wód, ochronę przed powodzią i przeciwdziałanie skutkom suszy, a także zasady wydawania zgód wodnoprawnych i ponoszenia opłat za usługi wodne. Ustawa utworzyła też Państwowe Gospodarstwo Wodne Wody Polskie.",
                            en="The Water Law Act of 20 July 2017 has been in force since 1 January 2018 and replaced the earlier Water Law of 2001. It governs water management in line with the principle of sustainable development: shaping and protecting resources, water use, flood protection and counteracting the effects of drought, as well as the rules for issuing water-law consents and paying fees for water services. The Act also established the State Water Holding Polish Waters (Wody Polskie).",
                            es="La Ley de Aguas de 20 de julio de 2017 está en vigor desde el 1 de enero de 2018 y sustituyó a la anterior Ley de Aguas de 2001. Regula la gestión del agua conforme al principio de desarrollo sostenible: la ordenación y protección de los recursos, los usos del agua, la protección frente a inundaciones y la lucha contra los efectos de la sequía, así como las reglas para conceder autorizaciones en materia de aguas y abonar las tasas por servicios del agua. La ley creó además la empresa estatal de aguas Wody Polskie (Aguas Polacas).",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Wody Polskie i inne instytucje",
                        en="Wody Polskie and other institutions",
                        es="Wody Polskie y otras instituciones",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Państwowe Gospodarstwo Wodne Wody Polskie to państwowa osoba prawna, która zarządza wodami stanowiącymi własność Skarbu Państwa i wykonuje wiele zadań administracji w sprawach wodnych. Jego strukturę tworzą Krajowy Zarząd Gospodarki Wodnej, regionalne zarządy gospodarki wodnej (jeden z nich ma siedzibę w Białymstoku), zarządy zlewni oraz nadzory wodne. Organy Wód Polskich wydają m.in. pozwolenia wodnoprawne, przyjmują zgłoszenia wodnoprawne i ustalają opłaty za usługi wodne, a dyrektorzy regionalnych zarządów, jako organy regulacyjne, zatwierdzają taryfy za wodę i ścieki.",
                            en="The State Water Holding Polish Waters (Wody Polskie) is a state legal person that manages waters owned by the State Treasury and performs many administrative tasks in water matters. Its structure consists of the National Water Management Authority, regional water management authorities (one of which is based in Białystok), catchment management boards and local water supervision units. The authorities of Wody Polskie issue water-law permits, accept water-law notifications and set fees for water services, among other things, and the directors of the regional authorities, acting as regulatory authorities, approve water and sewage tariffs.",
                            es="Wody Polskie es una persona jurídica estatal que gestiona las aguas de titularidad del Tesoro Público y desempeña muchas funciones administrativas en materia de aguas. Su estructura la forman la Dirección Nacional de Gestión del Agua, las direcciones regionales de gestión del agua (una de ellas con sede en Białystok), las direcciones de cuenca y las unidades locales de vigilancia hidráulica. Los órganos de Wody Polskie conceden, entre otras cosas, permisos de aguas, reciben comunicaciones previas en materia de aguas y fijan las tasas por servicios del agua, y los directores de las direcciones regionales, como autoridades reguladoras, aprueban las tarifas de agua y saneamiento.",
                        ),
                        T(
                            pl="W sprawach wodnych działają też inne instytucje: gmina (wodociągi, kanalizacja i nieczystości ciekłe), starosta (m.in. sprawy budowlane), wojewódzki inspektor ochrony środowiska (kontrola przestrzegania przepisów), Państwowa Inspekcja Sanitarna (jakość wody do picia) oraz spółki wodne, które najczęściej zrzeszają rolników dbających o urządzenia melioracyjne.",
                            en="Other institutions are also involved in water matters: the municipality (water supply, sewerage and liquid waste), the starost, i.e. the head of the county (among other things, building matters), the voivodeship inspector for environmental protection (enforcement of the rules), the State Sanitary Inspection (drinking-water quality) and water companies, which usually bring together farmers who look after land drainage facilities.",
                            es="En materia de aguas intervienen también otras instituciones: el municipio (abastecimiento, alcantarillado y residuos líquidos), el starosta o jefe del distrito (entre otras cosas, asuntos de construcción), el inspector de protección del medio ambiente del voivodato (control del cumplimiento de las normas), la Inspección Sanitaria Estatal (calidad del agua potable) y las comunidades de regantes y drenaje (spółki wodne), que suelen agrupar a agricultores que cuidan de las instalaciones de drenaje.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Trzy rodzaje korzystania z wód",
                        en="Three types of water use",
                        es="Tres tipos de uso del agua",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Prawo wodne rozróżnia korzystanie z wód powszechne, zwykłe i szczególne. To rozróżnienie jest kluczowe, bo od niego zależy, czy potrzebna jest zgoda wodnoprawna.",
                            en="The Water Law distinguishes between common, ordinary and special water use. This distinction is crucial, because it determines whether a water-law consent is needed.",
                            es="La Ley de Aguas distingue entre uso común, uso ordinario y uso especial del agua. Esta distinción es fundamental, porque de ella depende que se necesite o no una autorización en materia de aguas.",
                        ),
                    ],
                ),
                (
                    "list",
                    [
                        T(
                            pl="Korzystanie powszechne przysługuje każdemu w odniesieniu do publicznych śródlądowych wód powierzchniowych oraz wód morskich. Służy zaspokajaniu potrzeb osobistych, gospodarstwa domowego lub rolnego bez stosowania specjalnych urządzeń technicznych, a także wypoczynkowi, turystyce, sportom wodnym i – na zasadach z odrębnych przepisów – amatorskiemu połowowi ryb.",
                            en="Common use is open to everyone with respect to public inland surface waters and marine waters. It serves personal, household or farm needs without special technical equipment, as well as recreation, tourism, water sports and – under separate rules – recreational fishing.",
                            es="El uso común corresponde a cualquier persona respecto de las aguas superficiales continentales públicas y de las aguas marinas. Sirve para satisfacer necesidades personales, domésticas o agrarias sin equipos técnicos especiales, así como para el ocio, el turismo, los deportes acuáticos y, con arreglo a normas específicas, la pesca recreativa.",
                        ),
                        T(
                            pl="Korzystanie zwykłe przysługuje właścicielowi gruntu w odniesieniu do wód stanowiących jego własność i wód podziemnych w jego gruncie. Służy zaspokojeniu potrzeb własnego gospodarstwa domowego lub rolnego i obejmuje m.in. pobór wód w ilości średniorocznie nieprzekraczającej 5 m³ na dobę oraz wprowadzanie do wód lub do ziemi oczyszczonych ścieków w łącznej ilości nieprzekraczającej 5 m³ na dobę.",
                            en="Ordinary use belongs to the landowner with respect to the waters he or she owns and the groundwater under his or her land. It serves the needs of the owner’s own household or farm and includes, among other things, abstracting water in an annual average amount not exceeding 5 m³ per day and discharging treated wastewater into waters or into the ground in a total amount not exceeding 5 m³ per day.",
                            es="El uso ordinario corresponde al propietario del terreno respecto de las aguas de su propiedad y de las aguas subterráneas de su finca. Sirve para las necesidades de su propio hogar o explotación agraria e incluye, entre otras cosas, la captación de agua en una cantidad media anual que no supere los 5 m³ al día y el vertido a las aguas o al terreno de aguas residuales depuradas en una cantidad total que no supere los 5 m³ al día.",
                        ),
                        T(
                            pl="Korzystanie szczególne to każde korzystanie wykraczające poza powszechne i zwykłe – na przykład pobór wody na potrzeby działalności gospodarczej, odprowadzanie większych ilości ścieków czy piętrzenie wody. Wymaga ono co do zasady zgody wodnoprawnej.",
                            en="Special use is any use that goes beyond common and ordinary use – for example abstracting water for business purposes, discharging larger volumes of wastewater or impounding water. As a rule, it requires a water-law consent.",
                            es="El uso especial es cualquier uso que vaya más allá del común y del ordinario; por ejemplo, la captación de agua para una actividad económica, el vertido de mayores volúmenes de aguas residuales o el represamiento del agua. Por regla general, requiere una autorización en materia de aguas.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="Zwykłe korzystanie z wód",
                            en="Ordinary water use",
                            es="Uso ordinario del agua",
                        ),
                        "definition": T(
                            pl="Prawo właściciela gruntu do korzystania z wód stanowiących jego własność i z wód podziemnych w jego gruncie na potrzeby własnego gospodarstwa domowego lub rolnego, w granicach określonych w Prawie wodnym (m.in. pobór wody i odprowadzanie oczyszczonych ścieków do 5 m³ na dobę). Nie wymaga pozwolenia wodnoprawnego, ale nie uprawnia do wykonywania urządzeń wodnych bez wymaganej zgody.",
                            en="The right of a landowner to use the waters he or she owns and the groundwater under his or her land for the needs of his or her own household or farm, within the limits set by the Water Law (including abstraction of water and discharge of treated wastewater of up to 5 m³ per day). It does not require a water-law permit, but it does not entitle the owner to build water facilities without the required consent.",
                            es="Derecho del propietario de un terreno a utilizar las aguas de su propiedad y las aguas subterráneas de su finca para las necesidades de su propio hogar o explotación agraria, dentro de los límites fijados por la Ley de Aguas (entre otros, la captación de agua y el vertido de aguas residuales depuradas de hasta 5 m³ al día). No requiere permiso de aguas, pero no faculta para ejecutar instalaciones hidráulicas sin la autorización necesaria.",
                        ),
                    },
                ),
                (
                    "heading",
                    T(
                        pl="Zgody wodnoprawne",
                        en="Water-law consents",
                        es="Autorizaciones en materia de aguas",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Najważniejsze zgody wodnoprawne to pozwolenie wodnoprawne i zgłoszenie wodnoprawne. Pozwolenie jest decyzją administracyjną wydawaną na wniosek, po przeprowadzeniu postępowania, zwykle na czas określony. Zgłoszenie dotyczy spraw prostszych: inwestor zgłasza zamiar wykonania robót lub korzystania z wód, a organ może w ustawowym terminie wnieść sprzeciw. W przypadku niektórych przedsięwzięć, które mogą wpływać na osiągnięcie celów środowiskowych, wymagana jest także ocena wodnoprawna. W większości spraw organem właściwym jest dyrektor zarządu zlewni Wód Polskich, a w części – dyrektor regionalnego zarządu gospodarki wodnej.",
                            en="The most important water-law consents are the water-law permit and the water-law notification. A permit is an administrative decision issued on application after proceedings, usually for a fixed period. A notification covers simpler matters: the investor notifies the intention to carry out works or use water, and the authority may object within the statutory time limit. For some projects that may affect the achievement of environmental objectives, a water-law assessment is also required. In most cases the competent authority is the director of the Wody Polskie catchment management board, and in some cases the director of the regional water management authority.",
                            es="Las autorizaciones en materia de aguas más importantes son el permiso de aguas y la comunicación previa en materia de aguas. El permiso es una resolución administrativa que se dicta a instancia de parte, tras el correspondiente procedimiento, normalmente por un plazo determinado. La comunicación previa se utiliza para asuntos más sencillos: el promotor comunica su intención de realizar obras o de usar el agua y el órgano puede oponerse dentro del plazo legal. Para algunos proyectos que pueden afectar al logro de los objetivos medioambientales se exige además una evaluación en materia de aguas. En la mayoría de los casos, el órgano competente es el director de la dirección de cuenca de Wody Polskie y, en algunos, el director de la dirección regional de gestión del agua.",
                        ),
                        T(
                            pl="Pozwolenie wodnoprawne jest potrzebne m.in. na szczególne korzystanie z wód, na wprowadzanie ścieków do wód lub do ziemi w ilości przekraczającej granice zwykłego korzystania oraz na wykonanie wielu urządzeń wodnych, np. wylotu do rowu lub rzeki. Dla przydomowej oczyszczalni oznacza to, że samo odprowadzanie do 5 m³ oczyszczonych ścieków na dobę nie wymaga pozwolenia, ale odprowadzenie ich do rowu czy cieku może wymagać zgody na wykonanie urządzenia wodnego – warto to ustalić z Wodami Polskimi przed rozpoczęciem inwestycji.",
                            en="A water-law permit is required for, among other things, special water use, discharging wastewater into waters or into the ground in amounts exceeding the limits of ordinary use, and building many water facilities, such as an outfall into a ditch or river. For a household treatment plant this means that discharging up to 5 m³ of treated wastewater per day does not in itself require a permit, but discharging it into a ditch or watercourse may require consent to build a water facility – it is worth clarifying this with Wody Polskie before starting the investment.",
                            es="El permiso de aguas es necesario, entre otros casos, para el uso especial del agua, para verter aguas residuales a las aguas o al terreno en cantidades que superen los límites del uso ordinario y para ejecutar muchas instalaciones hidráulicas, como un punto de vertido a una acequia o a un río. Para una depuradora doméstica, esto significa que verter hasta 5 m³ de aguas depuradas al día no requiere por sí solo un permiso, pero verterlas a una acequia o a un cauce puede requerir una autorización para ejecutar una instalación hidráulica; conviene aclararlo con Wody Polskie antes de iniciar la inversión.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="Zgoda wodnoprawna",
                            en="Water-law consent",
                            es="Autorización en materia de aguas",
                        ),
                        "definition": T(
                            pl="Zbiorcze określenie aktów, którymi organy Wód Polskich dopuszczają korzystanie z wód lub wykonanie urządzeń wodnych wykraczające poza to, co przepisy pozwalają robić bez zgody. Najważniejsze to pozwolenie wodnoprawne (decyzja administracyjna) i zgłoszenie wodnoprawne (do którego organ może wnieść sprzeciw).",
                            en="A collective term for the acts by which the authorities of Wody Polskie allow water use or the construction of water facilities beyond what the law permits without consent. The most important are the water-law permit (an administrative decision) and the water-law notification (to which the authority may object).",
                            es="Término genérico para los actos con los que los órganos de Wody Polskie permiten un uso del agua o la ejecución de instalaciones hidráulicas que van más allá de lo que la ley permite sin autorización. Los más importantes son el permiso de aguas (una resolución administrativa) y la comunicación previa en materia de aguas (a la que el órgano puede oponerse).",
                        ),
                    },
                ),
                (
                    "heading",
                    T(
                        pl="Opłaty i wody opadowe",
                        en="Fees and rainwater",
                        es="Tasas y aguas pluviales",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Za usługi wodne, takie jak pobór wód czy wprowadzanie ścieków do wód, podmioty korzystające z wód ponoszą opłaty ustalane przez Wody Polskie; zwykłe korzystanie z wód przez gospodarstwo domowe jest od nich wolne. Osobną opłatę – za zmniejszenie naturalnej retencji terenowej – ponoszą właściciele większych nieruchomości, na których znaczna część powierzchni została zabudowana lub uszczelniona, a woda opadowa nie jest odprowadzana do kanalizacji. Opłata jest niższa, jeśli na nieruchomości działają urządzenia do retencjonowania wody. Progi powierzchni i stawki określają przepisy, które bywają zmieniane, dlatego zawsze sprawdzaj ich aktualne brzmienie.",
                            en="Those who use water pay fees for water services, such as abstracting water or discharging wastewater into waters, set by Wody Polskie; ordinary water use by a household is exempt. A separate fee – for reducing natural land retention – is paid by owners of larger properties where a substantial part of the surface has been built over or sealed and rainwater is not discharged into the sewer system. The fee is lower if water retention devices operate on the property. The area thresholds and rates are set by legislation that is amended from time to time, so always check the current wording.",
                            es="Quienes usan el agua abonan tasas por los servicios del agua, como la captación o el vertido de aguas residuales a las aguas, fijadas por Wody Polskie; el uso ordinario del agua por un hogar está exento. Una tasa distinta, por la reducción de la retención natural del terreno, la pagan los propietarios de inmuebles de mayor tamaño en los que una parte considerable de la superficie se ha edificado o impermeabilizado y las aguas pluviales no se evacuan al alcantarillado. La tasa es menor si en el inmueble funcionan dispositivos de retención de agua. Los umbrales de superficie y los importes los fija una normativa que se modifica de vez en cuando, así que comprueba siempre la redacción vigente.",
                        ),
                        T(
                            pl="Wody opadowe z dachu domu jednorodzinnego, zagospodarowane na własnej działce, co do zasady nie są traktowane jako ścieki. Prawo wodne zakazuje jednak właścicielowi gruntu zmieniania stanu wody na gruncie, w szczególności kierunku i natężenia odpływu wód opadowych, ze szkodą dla gruntów sąsiednich. Zbieranie deszczówki w zbiorniku, rozsączanie jej w ogrodzie czy budowa ogrodu deszczowego to więc nie tylko oszczędność, lecz także dobra praktyka sąsiedzka.",
                            en="Rainwater from the roof of a single-family house that is managed on the owner’s own plot is, as a rule, not treated as wastewater. However, the Water Law prohibits a landowner from altering the state of water on the land, in particular the direction and rate of rainwater runoff, to the detriment of neighbouring land. Collecting rainwater in a tank, letting it soak into the garden or building a rain garden is therefore not only a way to save money, but also good neighbourly practice.",
                            es="Las aguas pluviales del tejado de una vivienda unifamiliar que se gestionan en la propia parcela, por regla general, no se consideran aguas residuales. No obstante, la Ley de Aguas prohíbe al propietario alterar el estado del agua en su terreno, en particular la dirección y el caudal de la escorrentía pluvial, en perjuicio de los terrenos vecinos. Recoger el agua de lluvia en un depósito, infiltrarla en el jardín o construir un jardín de lluvia no es, por tanto, solo una forma de ahorrar, sino también una buena práctica de vecindad.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Co z tego wynika dla doradcy",
                        en="What this means for the advisor",
                        es="Qué significa esto para el asesor",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Doradca nie zastępuje urzędnika Wód Polskich ani prawnika, ale powinien umieć wskazać klientowi właściwy kierunek. Osoba, która chce założyć firmę montującą przydomowe oczyszczalnie lub systemy retencji, musi znać podstawowe pojęcia – zwykłe korzystanie z wód, pozwolenie, zgłoszenie – aby rzetelnie informować swoich przyszłych klientów. Pracodawca szukający pracownika do działu ochrony środowiska będzie oczekiwał, że kandydat odróżni pozwolenie wodnoprawne od pozwolenia na budowę.",
                            en="An advisor does not replace a Wody Polskie official or a lawyer, but should be able to point the client in the right direction. Someone who wants to set up a business installing household treatment plants or retention systems needs to know the basic concepts – ordinary water use, permit, notification – in order to inform future customers reliably. An employer looking for an environmental protection officer will expect the candidate to tell a water-law permit from a building permit.",
                            es="El asesor no sustituye a un funcionario de Wody Polskie ni a un abogado, pero debe saber orientar al cliente en la dirección correcta. Quien quiera crear una empresa que instale depuradoras domésticas o sistemas de retención necesita conocer los conceptos básicos –uso ordinario del agua, permiso, comunicación previa– para informar con rigor a sus futuros clientes. Un empleador que busca personal para su departamento de medio ambiente esperará que el candidato distinga un permiso de aguas de una licencia de obras.",
                        ),
                        T(
                            pl="Zachęcaj klientów do korzystania z oficjalnych źródeł: serwisu internetowego Wód Polskich, tekstów ustaw w Internetowym Systemie Aktów Prawnych oraz kart usług publikowanych przez urzędy. Jeśli sprawa jest nietypowa, najlepszą radą jest kontakt z właściwym zarządem zlewni przed rozpoczęciem prac.",
                            en="Encourage clients to use official sources: the Wody Polskie website, the texts of acts in the Internet System of Legal Acts (ISAP) and the service descriptions published by public offices. If the case is unusual, the best advice is to contact the competent catchment management board before starting work.",
                            es="Anima a tus clientes a utilizar fuentes oficiales: el sitio web de Wody Polskie, los textos de las leyes en el Sistema de Actos Jurídicos en Internet (ISAP) y las fichas de trámites que publican las administraciones. Si el caso es poco habitual, el mejor consejo es ponerse en contacto con la dirección de cuenca competente antes de iniciar las obras.",
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": T(
                pl="wodociagi-i-kanalizacja",
                en="water-supply-and-sewerage",
                es="abastecimiento-y-saneamiento",
            ),
            "title": T(
                pl="Wodociągi i kanalizacja: zbiorowe zaopatrzenie w wodę i odprowadzanie ścieków",
                en="Water supply and sewerage: collective water supply and sewage disposal",
                es="Abastecimiento y saneamiento: suministro colectivo de agua y evacuación de aguas residuales",
            ),
            "summary": T(
                pl="Zadania gminy i przedsiębiorstw wodociągowo-kanalizacyjnych, taryfy, jakość wody, aglomeracje, dyrektywa ściekowa i jej nowa wersja z 2024 r. oraz obowiązki właścicieli nieruchomości poza zasięgiem sieci.",
                en="The tasks of municipalities and water and sewerage companies, tariffs, water quality, agglomerations, the urban wastewater directive and its 2024 recast, and the obligations of property owners beyond the reach of the sewer network.",
                es="Las funciones de los municipios y de las empresas de abastecimiento y saneamiento, las tarifas, la calidad del agua, las aglomeraciones, la directiva de aguas residuales y su refundición de 2024, y las obligaciones de los propietarios fuera del alcance de la red.",
            ),
            "body": [
                (
                    "heading",
                    T(
                        pl="Zadanie własne gminy",
                        en="A municipality’s own task",
                        es="Una competencia propia del municipio",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Zbiorowe zaopatrzenie w wodę i zbiorowe odprowadzanie ścieków jest zadaniem własnym gminy. Zasady jego wykonywania określa ustawa z dnia 7 czerwca 2001 r. o zbiorowym zaopatrzeniu w wodę i zbiorowym odprowadzaniu ścieków. Gmina zwykle nie prowadzi tej działalności sama, lecz przez przedsiębiorstwo wodociągowo-kanalizacyjne – na przykład spółkę komunalną, zakład budżetowy lub inną gminną jednostkę organizacyjną; przedsiębiorstwem może być także podmiot prywatny.",
                            en="Collective water supply and collective sewage disposal are a municipality’s own task. The rules for carrying it out are laid down in the Act of 7 June 2001 on collective water supply and collective sewage disposal. A municipality usually does not run this activity itself but through a water and sewerage company – for example a municipally owned company, a budgetary establishment or another municipal organisational unit; the company may also be a private entity.",
                            es="El abastecimiento colectivo de agua y la evacuación colectiva de aguas residuales son una competencia propia del municipio. Las reglas para ejercerla las establece la Ley de 7 de junio de 2001 sobre el abastecimiento colectivo de agua y la evacuación colectiva de aguas residuales. El municipio no suele prestar este servicio directamente, sino a través de una empresa de abastecimiento y saneamiento, por ejemplo una sociedad municipal, un organismo presupuestario u otra unidad organizativa municipal; la empresa también puede ser una entidad privada.",
                        ),
                        T(
                            pl="Najważniejsze dokumenty w tym systemie to:",
                            en="The most important documents in this system are:",
                            es="Los documentos más importantes de este sistema son:",
                        ),
                    ],
                ),
                (
                    "list",
                    [
                        T(
                            pl="regulamin dostarczania wody i odprowadzania ścieków, uchwalany przez radę gminy jako akt prawa miejscowego; określa m.in. prawa i obowiązki przedsiębiorstwa i odbiorców oraz warunki przyłączania do sieci;",
                            en="the regulations on water supply and sewage disposal, adopted by the municipal council as an act of local law; they set out, among other things, the rights and obligations of the company and its customers and the conditions for connecting to the network;",
                            es="el reglamento de suministro de agua y evacuación de aguas residuales, aprobado por el pleno municipal como norma de ámbito local; regula, entre otras cosas, los derechos y obligaciones de la empresa y de los usuarios y las condiciones de conexión a la red;",
                        ),
                        T(
                            pl="umowa o zaopatrzenie w wodę lub odprowadzanie ścieków, zawierana przez przedsiębiorstwo z odbiorcą usług;",
                            en="the contract for water supply or sewage disposal, concluded between the company and the customer;",
                            es="el contrato de suministro de agua o de evacuación de aguas residuales, que celebran la empresa y el usuario del servicio;",
                        ),
                        T(
                            pl="taryfa, czyli zestawienie cen i stawek opłat; przedsiębiorstwo opracowuje ją na trzy lata, a zatwierdza organ regulacyjny – dyrektor regionalnego zarządu gospodarki wodnej Wód Polskich;",
                            en="the tariff, i.e. the list of prices and charges; the company prepares it for three years and it is approved by the regulatory authority – the director of the Wody Polskie regional water management authority;",
                            es="la tarifa, es decir, la relación de precios y cuotas; la empresa la elabora para tres años y la aprueba la autoridad reguladora, que es el director de la dirección regional de gestión del agua de Wody Polskie;",
                        ),
                        T(
                            pl="wieloletni plan rozwoju i modernizacji urządzeń wodociągowych i kanalizacyjnych, opracowywany przez przedsiębiorstwo i uchwalany przez radę gminy.",
                            en="the multi-annual plan for the development and modernisation of water and sewerage facilities, drawn up by the company and adopted by the municipal council.",
                            es="el plan plurianual de desarrollo y modernización de las instalaciones de abastecimiento y saneamiento, que elabora la empresa y aprueba el pleno municipal.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Jakość wody do picia",
                        en="Drinking-water quality",
                        es="La calidad del agua potable",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Woda dostarczana przez wodociągi musi spełniać wymagania jakościowe, a jej jakość nadzoruje Państwowa Inspekcja Sanitarna. Na poziomie UE obowiązuje dyrektywa Parlamentu Europejskiego i Rady (UE) 2020/2184 z dnia 16 grudnia 2020 r. w sprawie jakości wody przeznaczonej do spożycia przez ludzi, która opiera się na ocenie ryzyka w całym systemie – od ujęcia aż po kran. Szczegółowe wymagania krajowe, w tym parametry jakości wody, określają ustawa o zbiorowym zaopatrzeniu w wodę i przepisy wykonawcze ministra właściwego do spraw zdrowia.",
                            en="Water supplied by waterworks must meet quality requirements, and its quality is supervised by the State Sanitary Inspection. At EU level, Directive (EU) 2020/2184 of the European Parliament and of the Council of 16 December 2020 on the quality of water intended for human consumption applies; it is based on risk assessment across the whole system – from the intake to the tap. Detailed national requirements, including water quality parameters, are laid down in the Act on collective water supply and in implementing regulations issued by the minister responsible for health.",
                            es="El agua suministrada por la red debe cumplir requisitos de calidad, cuya vigilancia corresponde a la Inspección Sanitaria Estatal. A escala de la UE se aplica la Directiva (UE) 2020/2184 del Parlamento Europeo y del Consejo, de 16 de diciembre de 2020, relativa a la calidad de las aguas destinadas al consumo humano, que se basa en la evaluación del riesgo en todo el sistema, desde la captación hasta el grifo. Los requisitos nacionales detallados, incluidos los parámetros de calidad del agua, los establecen la ley sobre el abastecimiento colectivo de agua y los reglamentos de desarrollo del ministro competente en materia de sanidad.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Aglomeracje i dyrektywa ściekowa",
                        en="Agglomerations and the urban wastewater directive",
                        es="Aglomeraciones y directiva de aguas residuales urbanas",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Od ponad trzydziestu lat oczyszczanie ścieków komunalnych w UE reguluje dyrektywa Rady 91/271/EWG z dnia 21 maja 1991 r. dotycząca oczyszczania ścieków komunalnych. Zobowiązuje ona państwa członkowskie do wyposażenia aglomeracji o wielkości co najmniej 2000 RLM w systemy kanalizacji zbiorczej i do oczyszczania ścieków w stopniu zależnym od wielkości aglomeracji i wrażliwości wód, do których są odprowadzane. Polska realizuje te obowiązki przez Krajowy program oczyszczania ścieków komunalnych, a obszary i granice aglomeracji wyznacza w drodze uchwały rada gminy.",
                            en="For more than thirty years urban wastewater treatment in the EU has been governed by Council Directive 91/271/EEC of 21 May 1991 concerning urban waste water treatment. It requires Member States to provide agglomerations of at least 2,000 p.e. with collecting systems and to treat wastewater to a level that depends on the size of the agglomeration and the sensitivity of the receiving waters. Poland fulfils these obligations through the National Urban Wastewater Treatment Programme, and the areas and boundaries of agglomerations are designated by the municipal council by resolution.",
                            es="Desde hace más de treinta años, el tratamiento de las aguas residuales urbanas en la UE se rige por la Directiva 91/271/CEE del Consejo, de 21 de mayo de 1991, sobre el tratamiento de las aguas residuales urbanas. Obliga a los Estados miembros a dotar de sistemas colectores a las aglomeraciones de al menos 2000 h-e y a depurar las aguas residuales con un nivel que depende del tamaño de la aglomeración y de la sensibilidad de las aguas receptoras. Polonia cumple estas obligaciones mediante el Programa Nacional de Depuración de Aguas Residuales Urbanas, y la superficie y los límites de las aglomeraciones los fija el pleno municipal mediante acuerdo.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(pl="Aglomeracja", en="Agglomeration", es="Aglomeración"),
                        "definition": T(
                            pl="Teren, na którym zaludnienie lub działalność gospodarcza są wystarczająco skoncentrowane, by ścieki komunalne były zbierane i przekazywane do oczyszczalni lub końcowego punktu zrzutu. W Polsce obszar i granice aglomeracji wyznacza rada gminy w drodze uchwały.",
                            en="An area where population or economic activity is sufficiently concentrated for urban wastewater to be collected and conducted to a treatment plant or a final discharge point. In Poland the area and boundaries of an agglomeration are designated by the municipal council by resolution.",
                            es="Zona cuya población o actividad económica está lo bastante concentrada para que las aguas residuales urbanas se recojan y conduzcan a una depuradora o a un punto de vertido final. En Polonia, la superficie y los límites de la aglomeración los fija el pleno municipal mediante acuerdo.",
                        ),
                    },
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="Równoważna liczba mieszkańców (RLM)",
                            en="Population equivalent (p.e.)",
                            es="Habitante equivalente (h-e)",
                        ),
                        "definition": T(
                            pl="Miara ładunku zanieczyszczeń w ściekach: 1 RLM odpowiada ładunkowi organicznemu biodegradowalnemu wyrażonemu pięciodobowym biochemicznym zapotrzebowaniem tlenu (BZT5) w ilości 60 g tlenu na dobę. W RLM wyraża się wielkość aglomeracji i oczyszczalni.",
                            en="A measure of the pollution load in wastewater: 1 p.e. is the biodegradable organic load with a five-day biochemical oxygen demand (BOD5) of 60 g of oxygen per day. The size of agglomerations and treatment plants is expressed in p.e.",
                            es="Medida de la carga contaminante de las aguas residuales: 1 h-e equivale a la carga orgánica biodegradable con una demanda bioquímica de oxígeno a cinco días (DBO5) de 60 g de oxígeno al día. El tamaño de las aglomeraciones y de las depuradoras se expresa en h-e.",
                        ),
                    },
                ),
                (
                    "text",
                    [
                        T(
                            pl="Pod koniec 2024 r. przyjęto nową wersję tych przepisów – dyrektywę Parlamentu Europejskiego i Rady (UE) 2024/3019 z dnia 27 listopada 2024 r. dotyczącą oczyszczania ścieków komunalnych (wersja przekształcona). Państwa członkowskie mają ją przenieść do prawa krajowego zasadniczo do 31 lipca 2027 r., a poszczególne obowiązki wchodzą w życie etapami aż do 2045 r. Najważniejsze zmiany to:",
                            en="At the end of 2024 a new version of these rules was adopted – Directive (EU) 2024/3019 of the European Parliament and of the Council of 27 November 2024 concerning urban wastewater treatment (recast). Member States must transpose it into national law essentially by 31 July 2027, and individual obligations take effect in stages up to 2045. The main changes are:",
                            es="A finales de 2024 se adoptó una nueva versión de estas normas: la Directiva (UE) 2024/3019 del Parlamento Europeo y del Consejo, de 27 de noviembre de 2024, sobre el tratamiento de las aguas residuales urbanas (versión refundida). Los Estados miembros deben transponerla al Derecho nacional, en lo esencial, a más tardar el 31 de julio de 2027, y las distintas obligaciones entran en vigor de forma escalonada hasta 2045. Los principales cambios son:",
                        ),
                    ],
                ),
                (
                    "list",
                    [
                        T(
                            pl="objęcie obowiązkiem kanalizacji i oczyszczania ścieków także aglomeracji od 1000 do 2000 RLM – zasadniczo do końca 2035 r.;",
                            en="extending the obligation to collect and treat wastewater to agglomerations of 1,000 to 2,000 p.e. – essentially by the end of 2035;",
                            es="la ampliación de la obligación de recoger y depurar las aguas residuales a las aglomeraciones de 1000 a 2000 h-e, en principio antes de que termine 2035;",
                        ),
                        T(
                            pl="zaostrzenie wymagań dotyczących usuwania azotu i fosforu w większych oczyszczalniach oraz wprowadzenie w największych oczyszczalniach oczyszczania czwartego stopnia, które usuwa mikrozanieczyszczenia, np. pozostałości leków i kosmetyków;",
                            en="stricter requirements for removing nitrogen and phosphorus in larger treatment plants, and the introduction in the largest plants of quaternary treatment, which removes micropollutants such as residues of medicines and cosmetics;",
                            es="requisitos más estrictos de eliminación de nitrógeno y fósforo en las depuradoras de mayor tamaño y la introducción, en las más grandes, de un tratamiento cuaternario que elimina microcontaminantes como los residuos de medicamentos y cosméticos;",
                        ),
                        T(
                            pl="rozszerzona odpowiedzialność producentów leków i kosmetyków, którzy mają pokrywać co najmniej 80% kosztów oczyszczania czwartego stopnia;",
                            en="extended producer responsibility for manufacturers of medicines and cosmetics, who are to cover at least 80% of the costs of quaternary treatment;",
                            es="la responsabilidad ampliada del productor para los fabricantes de medicamentos y cosméticos, que deberán sufragar al menos el 80 % de los costes del tratamiento cuaternario;",
                        ),
                        T(
                            pl="cel neutralności energetycznej oczyszczalni na poziomie krajowym, monitorowanie parametrów zdrowia publicznego w ściekach oraz poprawa dostępu do urządzeń sanitarnych;",
                            en="a target of energy neutrality for treatment plants at national level, monitoring of public health parameters in wastewater and improved access to sanitation;",
                            es="un objetivo de neutralidad energética de las depuradoras a escala nacional, la vigilancia de parámetros de salud pública en las aguas residuales y la mejora del acceso al saneamiento;",
                        ),
                        T(
                            pl="obowiązek prowadzenia rejestru indywidualnych systemów oczyszczania lub gromadzenia ścieków i ich regularnej kontroli.",
                            en="an obligation to keep a register of individual systems for treating or storing wastewater and to inspect them regularly.",
                            es="la obligación de llevar un registro de los sistemas individuales de depuración o almacenamiento de aguas residuales y de inspeccionarlos periódicamente.",
                        ),
                    ],
                ),
                (
                    "text",
                    [
                        T(
                            pl="Dla rynku pracy oznacza to wieloletni program inwestycji: rozbudowę sieci w mniejszych miejscowościach, modernizację oczyszczalni, nowe technologie i więcej kontroli systemów indywidualnych. Szczegóły wdrożenia w Polsce będą znane po przyjęciu krajowych przepisów, dlatego warto śledzić prace legislacyjne.",
                            en="For the labour market this means a multi-year investment programme: extending networks in smaller localities, modernising treatment plants, new technologies and more inspections of individual systems. The details of implementation in Poland will be known once national legislation has been adopted, so it is worth following the legislative work.",
                            es="Para el mercado laboral, esto supone un programa de inversiones de varios años: ampliación de redes en localidades más pequeñas, modernización de depuradoras, nuevas tecnologías y más inspecciones de los sistemas individuales. Los detalles de su aplicación en Polonia se conocerán cuando se aprueben las normas nacionales, así que conviene seguir los trabajos legislativos.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Poza zasięgiem sieci: szamba i przydomowe oczyszczalnie",
                        en="Beyond the network: cesspools and household treatment plants",
                        es="Fuera del alcance de la red: fosas estancas y depuradoras domésticas",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Nie wszędzie budowa kanalizacji ma sens. Ustawa z dnia 13 września 1996 r. o utrzymaniu czystości i porządku w gminach zobowiązuje właściciela nieruchomości do przyłączenia jej do istniejącej sieci kanalizacyjnej, a tam, gdzie budowa sieci jest technicznie lub ekonomicznie nieuzasadniona – do wyposażenia nieruchomości w zbiornik bezodpływowy albo w przydomową oczyszczalnię ścieków bytowych. Przyłączenie do sieci nie jest obowiązkowe, jeżeli nieruchomość ma przydomową oczyszczalnię spełniającą wymagania przepisów.",
                            en="Building a sewer network does not make sense everywhere. The Act of 13 September 1996 on maintaining cleanliness and order in municipalities requires property owners to connect their property to an existing sewer network and, where building a network is technically or economically unjustified, to equip the property with a sealed cesspool or a household treatment plant for domestic wastewater. Connection to the network is not mandatory if the property has a household treatment plant that meets the statutory requirements.",
                            es="No en todas partes tiene sentido construir alcantarillado. La Ley de 13 de septiembre de 1996 sobre el mantenimiento de la limpieza y el orden en los municipios obliga al propietario a conectar su inmueble a la red de alcantarillado existente y, donde la construcción de la red no esté justificada técnica o económicamente, a dotarlo de una fosa estanca o de una depuradora doméstica de aguas residuales. La conexión a la red no es obligatoria si el inmueble cuenta con una depuradora doméstica que cumpla los requisitos legales.",
                        ),
                        T(
                            pl="Gmina prowadzi ewidencję zbiorników bezodpływowych i przydomowych oczyszczalni ścieków, kontroluje, czy właściciele pozbywają się nieczystości ciekłych zgodnie z przepisami, i wydaje zezwolenia przedsiębiorcom, którzy opróżniają zbiorniki bezodpływowe i osadniki przydomowych oczyszczalni oraz transportują nieczystości ciekłe. Właściciel nieruchomości ma obowiązek udokumentować korzystanie z takich usług, na przykład umową i dowodami zapłaty.",
                            en="The municipality keeps a register of sealed cesspools and household treatment plants, checks whether owners dispose of liquid waste in accordance with the rules, and issues permits to businesses that empty cesspools and the settling tanks of household treatment plants and transport liquid waste. The property owner must be able to document the use of such services, for example with a contract and proof of payment.",
                            es="El municipio lleva un registro de las fosas estancas y de las depuradoras domésticas, comprueba si los propietarios se deshacen de los residuos líquidos conforme a la normativa y concede autorizaciones a las empresas que vacían las fosas estancas y los decantadores de las depuradoras domésticas y transportan los residuos líquidos. El propietario debe poder acreditar que utiliza estos servicios, por ejemplo con un contrato y los justificantes de pago.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Wskazówki dla doradcy",
                        en="Tips for the advisor",
                        es="Consejos para el asesor",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Przedsiębiorstwa wodociągowo-kanalizacyjne to zwykle stabilni pracodawcy, którzy zatrudniają m.in. operatorów stacji uzdatniania i oczyszczalni, monterów sieci, pracowników pogotowia wodociągowego, kierowców pojazdów specjalistycznych, laborantów i pracowników obsługi klienta. Współpracując z takim pracodawcą, zapytaj o planowane inwestycje i przejścia pracowników na emeryturę, bo to one wyznaczają przyszłe potrzeby kadrowe.",
                            en="Water and sewerage companies are usually stable employers, employing among others operators of water and wastewater treatment plants, network fitters, emergency repair crews, drivers of specialist vehicles, laboratory staff and customer service staff. When working with such an employer, ask about planned investments and staff retirements, as these determine future staffing needs.",
                            es="Las empresas de abastecimiento y saneamiento suelen ser empleadores estables que contratan, entre otros, a operadores de potabilizadoras y depuradoras, instaladores de redes, personal de averías, conductores de vehículos especiales, personal de laboratorio y de atención al cliente. Cuando colabores con un empleador de este tipo, pregunta por las inversiones previstas y las jubilaciones del personal, porque son las que marcan las futuras necesidades de plantilla.",
                        ),
                        T(
                            pl="Klientowi zainteresowanemu tą branżą mogą pomóc kursy obsługi maszyn i urządzeń, kwalifikacje elektryczne czy prawo jazdy odpowiedniej kategorii – zawsze po sprawdzeniu, czego faktycznie wymagają lokalni pracodawcy. Wiedza o tym, że gmina planuje kanalizację w części miejscowości, a w pozostałej zachęca do budowy przydomowych oczyszczalni, pozwala też doradzić osobie, która myśli o własnej firmie instalacyjnej.",
                            en="A client interested in this sector may benefit from courses in operating machinery and equipment, electrical qualifications or a driving licence of the appropriate category – always after checking what local employers actually require. Knowing that the municipality plans sewers in part of a locality while encouraging household treatment plants elsewhere also helps you advise someone thinking of starting their own installation business.",
                            es="A un cliente interesado en este sector pueden serle útiles cursos de manejo de maquinaria y equipos, cualificaciones en electricidad o un permiso de conducir de la categoría adecuada, siempre tras comprobar qué exigen realmente los empleadores de la zona. Saber que el municipio prevé alcantarillado en una parte de una localidad y fomenta las depuradoras domésticas en el resto también permite asesorar a quien piensa crear su propia empresa de instalación.",
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": T(
                pl="przydomowe-oczyszczalnie-sciekow",
                en="household-wastewater-treatment-plants",
                es="depuradoras-domesticas",
            ),
            "title": T(
                pl="Przydomowe oczyszczalnie ścieków: rodzaje, formalności, eksploatacja i zawód montera",
                en="Household wastewater treatment plants: types, formalities, operation and the installer’s job",
                es="Depuradoras domésticas: tipos, trámites, explotación y el oficio de instalador",
            ),
            "summary": T(
                pl="Jak działają przydomowe oczyszczalnie, kiedy mają sens, jakie formalności trzeba dopełnić, jak je eksploatować i co robić z osadem – oraz na czym polega praca montera i konserwatora.",
                en="How household treatment plants work, when they make sense, which formalities must be completed, how to operate them and what to do with the sludge – and what the work of an installer and maintainer involves.",
                es="Cómo funcionan las depuradoras domésticas, cuándo tienen sentido, qué trámites hay que cumplir, cómo se explotan y qué hacer con los lodos, y en qué consiste el trabajo del instalador y mantenedor.",
            ),
            "body": [
                (
                    "heading",
                    T(
                        pl="Czym jest przydomowa oczyszczalnia ścieków",
                        en="What a household wastewater treatment plant is",
                        es="Qué es una depuradora doméstica de aguas residuales",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Przydomowa oczyszczalnia ścieków oczyszcza ścieki bytowe z jednego lub kilku gospodarstw domowych na miejscu, tak by można je było bezpiecznie wprowadzić do ziemi lub do wód. W przeciwieństwie do zbiornika bezodpływowego, czyli szamba, który ścieki jedynie gromadzi i wymaga częstego opróżniania, oczyszczalnia usuwa z nich większość zanieczyszczeń; wywozu wymaga tylko osad.",
                            en="A household wastewater treatment plant treats domestic wastewater from one or several households on site, so that it can be safely discharged into the ground or into waters. Unlike a sealed cesspool, which merely stores wastewater and has to be emptied frequently, a treatment plant removes most of the pollutants; only the sludge has to be taken away.",
                            es="Una depuradora doméstica trata in situ las aguas residuales domésticas de una o varias viviendas para que puedan verterse de forma segura al terreno o a las aguas. A diferencia de una fosa estanca, que solo almacena las aguas residuales y debe vaciarse con frecuencia, la depuradora elimina la mayor parte de los contaminantes; solo hay que retirar los lodos.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(
                            pl="Przydomowa oczyszczalnia ścieków",
                            en="Household wastewater treatment plant",
                            es="Depuradora doméstica de aguas residuales",
                        ),
                        "definition": T(
                            pl="Urządzenie lub zespół urządzeń do oczyszczania ścieków bytowych z jednego lub kilku gospodarstw domowych, zlokalizowany na działce. Przy ilości do 5 m³ na dobę odprowadzanie oczyszczonych ścieków mieści się w zwykłym korzystaniu z wód, a budowa oczyszczalni o wydajności do 7,5 m³ na dobę wymaga zgłoszenia, a nie pozwolenia na budowę.",
                            en="A device or set of devices on a plot of land that treats domestic wastewater from one or several households. For up to 5 m³ per day, discharging the treated wastewater falls within ordinary water use, and building a plant with a capacity of up to 7.5 m³ per day requires a notification rather than a building permit.",
                            es="Equipo o conjunto de equipos situado en la parcela que depura las aguas residuales domésticas de una o varias viviendas. Hasta 5 m³ al día, el vertido de las aguas depuradas se incluye en el uso ordinario del agua, y la construcción de una depuradora con una capacidad de hasta 7,5 m³ al día requiere una comunicación previa, no una licencia de obras.",
                        ),
                    },
                ),
                (
                    "heading",
                    T(
                        pl="Rodzaje oczyszczalni",
                        en="Types of treatment plant",
                        es="Tipos de depuradora",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Prawie każda oczyszczalnia zaczyna się od oczyszczania wstępnego w osadniku, w którym oddzielają się zawiesiny, tłuszcze i osad. Różnice dotyczą drugiego etapu – oczyszczania biologicznego, w którym mikroorganizmy rozkładają zanieczyszczenia organiczne.",
                            en="Almost every treatment plant starts with primary treatment in a settling tank, where suspended solids, fats and sludge are separated. The differences concern the second stage – biological treatment, in which micro-organisms break down organic pollutants.",
                            es="Casi todas las depuradoras comienzan con un tratamiento primario en un decantador, donde se separan los sólidos en suspensión, las grasas y los lodos. Las diferencias están en la segunda etapa, el tratamiento biológico, en el que los microorganismos descomponen la contaminación orgánica.",
                        ),
                    ],
                ),
                (
                    "key_term",
                    {
                        "term": T(pl="Osadnik gnilny", en="Septic tank", es="Fosa séptica"),
                        "definition": T(
                            pl="Szczelny zbiornik, w którym ścieki przepływają powoli, a cząstki stałe opadają na dno i ulegają częściowemu beztlenowemu rozkładowi. Stanowi pierwszy stopień oczyszczania w większości przydomowych oczyszczalni; gromadzący się w nim osad trzeba regularnie usuwać.",
                            en="A watertight tank in which wastewater flows slowly, so that solids settle to the bottom and partly decompose anaerobically. It is the first treatment stage in most household treatment plants; the sludge that builds up in it must be removed regularly.",
                            es="Depósito estanco en el que las aguas residuales circulan lentamente, de modo que los sólidos se depositan en el fondo y se descomponen parcialmente en condiciones anaerobias. Es la primera etapa de tratamiento en la mayoría de las depuradoras domésticas; el lodo que se acumula en él debe retirarse con regularidad.",
                        ),
                    },
                ),
                (
                    "list",
                    [
                        T(
                            pl="Oczyszczalnia z drenażem rozsączającym: po osadniku ścieki trafiają do perforowanych rur ułożonych w gruncie, a dalsze oczyszczanie zachodzi w glebie. To rozwiązanie proste i tanie, ale wymaga przepuszczalnego gruntu, odpowiedniej odległości od wód podziemnych i sporej powierzchni działki.",
                            en="Plant with a drainage field: after the settling tank, wastewater flows into perforated pipes laid in the ground, and further treatment takes place in the soil. It is a simple and cheap solution, but it needs permeable ground, sufficient distance from groundwater and a fairly large plot.",
                            es="Depuradora con zanjas de infiltración: tras el decantador, el agua residual pasa a tubos perforados enterrados y la depuración continúa en el suelo. Es una solución sencilla y barata, pero requiere un terreno permeable, una distancia suficiente hasta las aguas subterráneas y una parcela bastante grande.",
                        ),
                        T(
                            pl="Oczyszczalnia z filtrem piaskowym lub gruntowo-roślinna (hydrofitowa): ścieki przepływają przez złoże piasku lub żwiru albo przez grunt obsadzony roślinami, np. trzciną. Dobrze znosi nierównomierny dopływ ścieków, ale zajmuje dużo miejsca.",
                            en="Plant with a sand filter or a constructed wetland (reed bed): wastewater flows through a bed of sand or gravel or through soil planted with vegetation such as reeds. It copes well with uneven inflow, but takes up a lot of space.",
                            es="Depuradora con filtro de arena o humedal artificial (filtro de macrófitas): el agua residual atraviesa un lecho de arena o grava o un terreno plantado con vegetación, como carrizo. Tolera bien un caudal irregular, pero ocupa mucho espacio.",
                        ),
                        T(
                            pl="Oczyszczalnia z osadem czynnym, np. w układzie sekwencyjnym (SBR): mikroorganizmy tworzą zawiesinę w napowietrzanym zbiorniku. Jest zwarta i daje dobre efekty, ale potrzebuje zasilania elektrycznego, regularnego serwisu i stałego dopływu ścieków.",
                            en="Activated sludge plant, for example a sequencing batch reactor (SBR): micro-organisms form a suspension in an aerated tank. It is compact and performs well, but needs a power supply, regular servicing and a steady inflow of wastewater.",
                            es="Depuradora de fangos activados, por ejemplo un reactor secuencial discontinuo (SBR): los microorganismos forman una suspensión en un depósito aireado. Es compacta y ofrece buenos resultados, pero necesita suministro eléctrico, mantenimiento periódico y un caudal constante de aguas residuales.",
                        ),
                        T(
                            pl="Oczyszczalnia ze złożem biologicznym: mikroorganizmy tworzą błonę na wypełnieniu zbiornika (złoże zraszane, obrotowe lub ruchome). Jest zwykle mniej wrażliwa na przerwy w dopływie ścieków niż osad czynny, choć również wymaga kontroli i serwisu.",
                            en="Biofilm plant: micro-organisms form a film on the media inside the tank (trickling filter, rotating biological contactor or moving bed). It is usually less sensitive to interruptions in inflow than activated sludge, although it also needs checks and servicing.",
                            es="Depuradora de biopelícula: los microorganismos forman una película sobre el relleno del depósito (lecho bacteriano, biodiscos o lecho móvil). Suele ser menos sensible que los fangos activados a las interrupciones del caudal, aunque también requiere control y mantenimiento.",
                        ),
                        T(
                            pl="Rozwiązania hybrydowe łączą osad czynny ze złożem biologicznym.",
                            en="Hybrid solutions combine activated sludge with a biofilm.",
                            es="Las soluciones híbridas combinan fangos activados y biopelícula.",
                        ),
                    ],
                ),
                (
                    "text",
                    [
                        T(
                            pl="Fabryczne przydomowe oczyszczalnie wprowadza się do obrotu zgodnie z przepisami o wyrobach budowlanych. Dla małych oczyszczalni, obsługujących do 50 mieszkańców, stosuje się normy z serii PN-EN 12566, a producent wystawia deklarację właściwości użytkowych, która informuje m.in. o skuteczności oczyszczania. Przed zakupem warto porównać te deklaracje, a nie tylko ceny.",
                            en="Factory-made household treatment plants are placed on the market in accordance with the rules on construction products. Small plants serving up to 50 inhabitants are covered by the PN-EN 12566 series of standards, and the manufacturer issues a declaration of performance that states, among other things, the treatment efficiency. Before buying, it is worth comparing these declarations, not just prices.",
                            es="Las depuradoras domésticas prefabricadas se comercializan conforme a la normativa sobre productos de construcción. A las pequeñas depuradoras de hasta 50 habitantes se les aplica la serie de normas PN-EN 12566, y el fabricante emite una declaración de prestaciones que indica, entre otras cosas, el rendimiento de depuración. Antes de comprar conviene comparar estas declaraciones, no solo los precios.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Kiedy przydomowa oczyszczalnia ma sens",
                        en="When a household treatment plant makes sense",
                        es="Cuándo tiene sentido una depuradora doméstica",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Przydomowa oczyszczalnia jest zwykle dobrym rozwiązaniem w zabudowie rozproszonej, z dala od sieci kanalizacyjnej i poza obszarem, na którym gmina planuje jej budowę. Przed decyzją trzeba sprawdzić kilka warunków:",
                            en="A household treatment plant is usually a good solution in scattered settlements, far from the sewer network and outside the area where the municipality plans to build one. Before deciding, several conditions need to be checked:",
                            es="Una depuradora doméstica suele ser una buena solución en zonas de poblamiento disperso, lejos de la red de alcantarillado y fuera de la zona en la que el municipio prevé construirla. Antes de decidir hay que comprobar varias condiciones:",
                        ),
                    ],
                ),
                (
                    "list",
                    [
                        T(
                            pl="czy w pobliżu jest lub będzie sieć kanalizacyjna – informacji udzielą gmina i przedsiębiorstwo wodociągowo-kanalizacyjne;",
                            en="whether there is, or will be, a sewer network nearby – the municipality and the water and sewerage company can tell you;",
                            es="si hay o habrá una red de alcantarillado cerca; pueden informar el municipio y la empresa de abastecimiento y saneamiento;",
                        ),
                        T(
                            pl="co przewiduje miejscowy plan zagospodarowania przestrzennego albo decyzja o warunkach zabudowy;",
                            en="what the local zoning plan or the decision on development conditions provides;",
                            es="qué establece el plan local de ordenación urbanística o la resolución sobre las condiciones de edificación;",
                        ),
                        T(
                            pl="jaki jest grunt i jak wysoko występują wody podziemne – przy gruntach nieprzepuszczalnych lub wysokim poziomie wód drenaż rozsączający się nie sprawdzi i trzeba wybrać inną technologię;",
                            en="what the ground is like and how high the groundwater table is – on impermeable soils or with a high water table a drainage field will not work and another technology must be chosen;",
                            es="cómo es el terreno y a qué profundidad está el nivel freático: en suelos impermeables o con el nivel freático alto, las zanjas de infiltración no funcionarán y habrá que elegir otra tecnología;",
                        ),
                        T(
                            pl="czy działka nie leży w strefie ochronnej ujęcia wody, na obszarze zagrożonym powodzią lub na terenie chronionym, gdzie mogą obowiązywać zakazy lub ograniczenia;",
                            en="whether the plot lies in a water-intake protection zone, a flood-risk area or a protected area, where bans or restrictions may apply;",
                            es="si la parcela se encuentra en un perímetro de protección de una captación de agua, en una zona con riesgo de inundación o en un espacio protegido, donde puede haber prohibiciones o restricciones;",
                        ),
                        T(
                            pl="jakich odległości od studni, budynków i granic działki wymagają przepisy techniczno-budowlane;",
                            en="what distances from wells, buildings and plot boundaries the technical building regulations require;",
                            es="qué distancias a pozos, edificios y linderos exige la normativa técnica de edificación;",
                        ),
                        T(
                            pl="czy dom jest zamieszkany stale – w domach letniskowych biologiczna część oczyszczalni może źle znosić długie przerwy w dopływie ścieków.",
                            en="whether the house is lived in all year round – in holiday homes the biological part of the plant may cope poorly with long breaks in inflow.",
                            es="si la vivienda se habita todo el año: en las segundas residencias, la parte biológica de la depuradora puede soportar mal las interrupciones prolongadas del caudal.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Formalności krok po kroku",
                        en="Formalities step by step",
                        es="Trámites paso a paso",
                    ),
                ),
                (
                    "list",
                    [
                        T(
                            pl="Prawo budowlane (ustawa z dnia 7 lipca 1994 r.): budowa przydomowej oczyszczalni o wydajności do 7,5 m³ na dobę wymaga zgłoszenia w starostwie powiatowym lub w urzędzie miasta na prawach powiatu, a nie pozwolenia na budowę. Do robót można przystąpić, jeśli w ciągu 21 dni od doręczenia zgłoszenia organ nie wniesie sprzeciwu w drodze decyzji. Większe oczyszczalnie wymagają pozwolenia na budowę.",
                            en="Construction Law (Act of 7 July 1994): building a household treatment plant with a capacity of up to 7.5 m³ per day requires a notification to the county office (starostwo) or the office of a city with county rights, not a building permit. Work may start if the authority does not object by decision within 21 days of receiving the notification. Larger plants require a building permit.",
                            es="Ley de Construcción (Ley de 7 de julio de 1994): la construcción de una depuradora doméstica con una capacidad de hasta 7,5 m³ al día requiere una comunicación previa a la oficina del distrito (starostwo) o al ayuntamiento de una ciudad con rango de distrito, no una licencia de obras. Las obras pueden empezar si el órgano no se opone mediante resolución en un plazo de 21 días desde la recepción de la comunicación. Las depuradoras mayores requieren licencia de obras.",
                        ),
                        T(
                            pl="Prawo wodne: wprowadzanie do ziemi lub do wód oczyszczonych ścieków z własnego gospodarstwa w ilości do 5 m³ na dobę mieści się w zwykłym korzystaniu z wód; przy większej ilości potrzebne jest pozwolenie wodnoprawne, a wylot do rowu lub cieku może wymagać zgody na wykonanie urządzenia wodnego.",
                            en="Water Law: discharging treated wastewater from one’s own household into the ground or into waters in amounts of up to 5 m³ per day falls within ordinary water use; larger amounts need a water-law permit, and an outfall into a ditch or watercourse may require consent to build a water facility.",
                            es="Ley de Aguas: verter al terreno o a las aguas las aguas residuales depuradas del propio hogar en cantidades de hasta 5 m³ al día forma parte del uso ordinario del agua; para cantidades mayores se necesita un permiso de aguas, y un punto de vertido a una acequia o a un cauce puede requerir autorización para ejecutar una instalación hidráulica.",
                        ),
                        T(
                            pl="Prawo ochrony środowiska (ustawa z dnia 27 kwietnia 2001 r.): eksploatacja oczyszczalni o przepustowości do 5 m³ na dobę, działającej w ramach zwykłego korzystania z wód, wymaga zgłoszenia przed jej rozpoczęciem. Osoba fizyczna niebędąca przedsiębiorcą składa je wójtowi, burmistrzowi lub prezydentowi miasta. Eksploatację można rozpocząć, jeśli w ciągu 30 dni od doręczenia zgłoszenia organ nie wniesie sprzeciwu.",
                            en="Environmental Protection Law (Act of 27 April 2001): operating a plant with a capacity of up to 5 m³ per day that works within ordinary water use must be notified before operation begins. A natural person who is not an entrepreneur submits the notification to the head of the municipality (wójt, burmistrz or city mayor). Operation may begin if the authority does not object within 30 days of receiving the notification.",
                            es="Ley de Protección del Medio Ambiente (Ley de 27 de abril de 2001): la explotación de una depuradora de hasta 5 m³ al día que funcione dentro del uso ordinario del agua debe comunicarse antes de su puesta en marcha. Una persona física que no sea empresario presenta la comunicación al alcalde (wójt, burmistrz o presidente de la ciudad). La explotación puede comenzar si el órgano no se opone en un plazo de 30 días desde la recepción de la comunicación.",
                        ),
                        T(
                            pl="Wymagania jakościowe: oczyszczone ścieki muszą spełniać warunki określone w przepisach wykonawczych do Prawa wodnego – w chwili przygotowania kursu jest to rozporządzenie Ministra Gospodarki Morskiej i Żeglugi Śródlądowej z dnia 12 lipca 2019 r. – dotyczące m.in. stopnia oczyszczenia i warunków odprowadzania do gruntu.",
                            en="Quality requirements: the treated wastewater must meet the conditions laid down in the implementing rules of the Water Law – at the time this course was prepared, the Regulation of the Minister of Maritime Economy and Inland Navigation of 12 July 2019 – concerning, among other things, the degree of treatment and the conditions for discharge into the ground.",
                            es="Requisitos de calidad: las aguas depuradas deben cumplir las condiciones fijadas en las normas de desarrollo de la Ley de Aguas –en el momento de preparar este curso, el Reglamento del Ministro de Economía Marítima y Navegación Interior de 12 de julio de 2019– relativas, entre otras cosas, al grado de depuración y a las condiciones de vertido al terreno.",
                        ),
                        T(
                            pl="Gmina: oczyszczalnia trafia do gminnej ewidencji. Wiele gmin dofinansowuje budowę przydomowych oczyszczalni na zasadach określonych w uchwale rady gminy – warto o to zapytać przed zakupem.",
                            en="Municipality: the plant is entered in the municipal register. Many municipalities co-finance the construction of household treatment plants on terms set out in a resolution of the municipal council – it is worth asking before buying.",
                            es="Municipio: la depuradora se inscribe en el registro municipal. Muchos municipios cofinancian la construcción de depuradoras domésticas en las condiciones fijadas por acuerdo del pleno municipal; conviene preguntar antes de comprar.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Eksploatacja, serwis i osady",
                        en="Operation, servicing and sludge",
                        es="Explotación, mantenimiento y lodos",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="Oczyszczalnia działa dobrze tylko wtedy, gdy jest właściwie użytkowana. Instrukcja producenta określa, jak często kontrolować urządzenia i usuwać osad. Najczęstsze błędy użytkowników to wylewanie do kanalizacji tłuszczów, olejów, resztek leków, farb i chemii budowlanej, wrzucanie chusteczek nawilżanych i środków higienicznych, nadużywanie silnych środków dezynfekujących oraz zaniedbywanie wentylacji i serwisu dmuchaw czy pomp.",
                            en="A treatment plant works well only if it is used properly. The manufacturer’s instructions state how often to check the equipment and remove sludge. The most common user mistakes are pouring fats, oils, leftover medicines, paints and building chemicals down the drain, flushing wet wipes and sanitary products, overusing strong disinfectants, and neglecting ventilation and the servicing of blowers or pumps.",
                            es="Una depuradora solo funciona bien si se utiliza correctamente. Las instrucciones del fabricante indican con qué frecuencia revisar los equipos y retirar los lodos. Los errores más comunes de los usuarios son verter por el desagüe grasas, aceites, restos de medicamentos, pinturas y productos químicos de construcción, tirar toallitas húmedas y productos higiénicos, abusar de desinfectantes fuertes y descuidar la ventilación y el mantenimiento de soplantes o bombas.",
                        ),
                    ],
                ),
                (
                    "list",
                    [
                        T(
                            pl="regularne usuwanie osadu z osadnika – przez przedsiębiorcę posiadającego zezwolenie gminy, z zachowaniem dowodów wykonania usługi;",
                            en="regular removal of sludge from the settling tank – by a business holding a municipal permit, keeping proof that the service was carried out;",
                            es="retirada periódica de los lodos del decantador por una empresa con autorización municipal, conservando los justificantes del servicio;",
                        ),
                        T(
                            pl="kontrola pracy dmuchaw, pomp i sterowników oraz wymiana filtrów i innych elementów eksploatacyjnych;",
                            en="checking blowers, pumps and controllers, and replacing filters and other consumable parts;",
                            es="control del funcionamiento de soplantes, bombas y controladores, y sustitución de filtros y demás piezas consumibles;",
                        ),
                        T(
                            pl="sprawdzanie, czy drenaż lub złoże nie są zamulone, a ścieki oczyszczone mają właściwą przejrzystość i nie mają przykrego zapachu;",
                            en="checking that the drainage field or filter bed is not clogged and that the treated effluent is clear and free of unpleasant odours;",
                            es="comprobación de que las zanjas o el lecho no están colmatados y de que el efluente depurado es transparente y no desprende mal olor;",
                        ),
                        T(
                            pl="prowadzenie prostego dziennika eksploatacji i przechowywanie dokumentów na wypadek kontroli gminy.",
                            en="keeping a simple operating log and storing documents in case of a municipal inspection.",
                            es="llevar un sencillo registro de explotación y guardar la documentación por si hay una inspección municipal.",
                        ),
                    ],
                ),
                (
                    "text",
                    [
                        T(
                            pl="Osad z osadnika nie jest nawozem, który można samodzielnie rozlać na polu ani wylać do rowu. Odbiera go przedsiębiorca z zezwoleniem i przekazuje do stacji zlewnej oczyszczalni komunalnej, gdzie jest dalej przetwarzany. Wykorzystanie komunalnych osadów ściekowych, np. w rolnictwie, jest ściśle regulowane i dotyczy osadów odpowiednio przetworzonych w oczyszczalniach, a nie surowego osadu z przydomowego zbiornika.",
                            en="Sludge from a settling tank is not a fertiliser that owners may spread on a field themselves or pour into a ditch. It is collected by a business with a permit and taken to the septage reception station of a municipal treatment plant, where it is processed further. The use of municipal sewage sludge, for example in agriculture, is strictly regulated and applies to sludge that has been properly treated at treatment plants, not to raw sludge from a household tank.",
                            es="El lodo del decantador no es un abono que el propietario pueda esparcir por su cuenta en un campo ni verter a una acequia. Lo recoge una empresa autorizada y lo lleva a la estación de recepción de lodos de una depuradora municipal, donde se sigue tratando. El uso de los lodos de depuradora urbanos, por ejemplo en la agricultura, está estrictamente regulado y se refiere a lodos debidamente tratados en las depuradoras, no al lodo bruto de un depósito doméstico.",
                        ),
                    ],
                ),
                (
                    "heading",
                    T(
                        pl="Monter i konserwator przydomowych oczyszczalni ścieków",
                        en="Installer and maintainer of household wastewater treatment plants",
                        es="Instalador y mantenedor de depuradoras domésticas de aguas residuales",
                    ),
                ),
                (
                    "text",
                    [
                        T(
                            pl="W projekcie „Partnerstwo na rzecz rozwoju i promocji zielonych miejsc pracy” jednym ze szkoleń specjalistycznych było szkolenie „Monter i konserwator przydomowych oczyszczalni ścieków”. Łącznie szkolenia specjalistyczne projektu ukończyło 148 osób, a około 30% uczestników projektu skierowano na staże zawodowe trwające od 3 do 6 miesięcy.",
                            en="In the project ‘Partnership for the development and promotion of green jobs’, one of the specialist training courses was ‘Installer and maintainer of household wastewater treatment plants’. In total, 148 people completed the project’s specialist training, and about 30% of project participants were referred to vocational traineeships lasting 3 to 6 months.",
                            es="En el proyecto «Partenariado para el desarrollo y la promoción de los empleos verdes», una de las formaciones especializadas fue «Instalador y mantenedor de depuradoras domésticas de aguas residuales». En total, 148 personas completaron las formaciones especializadas del proyecto, y alrededor del 30 % de los participantes fueron derivados a prácticas profesionales de 3 a 6 meses.",
                        ),
                        T(
                            pl="Praca montera i konserwatora obejmuje: czytanie dokumentacji, wytyczenie lokalizacji z zachowaniem wymaganych odległości, prace ziemne, posadowienie i zakotwienie zbiorników (zwłaszcza przy wysokim poziomie wód gruntowych), ułożenie drenażu lub montaż złoża, podłączenie instalacji i wentylacji, uruchomienie urządzeń, instruktaż użytkownika, a potem okresowe przeglądy i naprawy. Przy podłączaniu i serwisowaniu urządzeń elektrycznych mogą być wymagane świadectwa kwalifikacyjne – ich zakres warto sprawdzić w aktualnych przepisach.",
                            en="The installer and maintainer’s work includes reading the documentation, setting out the location while keeping the required distances, earthworks, bedding and anchoring the tanks (especially where the water table is high), laying the drainage field or installing the filter bed, connecting pipework and ventilation, commissioning the equipment, instructing the user, and then periodic inspections and repairs. Connecting and servicing electrical equipment may require certificates of qualification – it is worth checking their scope in the current regulations.",
                            es="El trabajo del instalador y mantenedor incluye leer la documentación, replantear la ubicación respetando las distancias exigidas, realizar el movimiento de tierras, asentar y anclar los depósitos (sobre todo con el nivel freático alto), tender las zanjas de infiltración o montar el lecho, conectar tuberías y ventilación, poner en marcha los equipos, instruir al usuario y, después, hacer revisiones periódicas y reparaciones. Conectar y mantener equipos eléctricos puede exigir certificados de cualificación; conviene comprobar su alcance en la normativa vigente.",
                        ),
                        T(
                            pl="Taka osoba może pracować u producenta lub dystrybutora oczyszczalni, w firmie instalacyjnej albo na własny rachunek. Dla doradcy to przykład zawodu, do którego można dojść z różnych stron: od hydrauliki, budownictwa, elektryki czy obsługi maszyn budowlanych. W rozmowie z klientem omów wymagania fizyczne i pracę w terenie, sezonowość robót ziemnych, potrzebę prawa jazdy oraz formy wsparcia urzędu pracy, takie jak szkolenie, staż czy dofinansowanie podjęcia działalności gospodarczej.",
                            en="Such a person can work for a manufacturer or distributor of treatment plants, for an installation company or on their own account. For an advisor it is an example of an occupation that can be reached from different directions: from plumbing, construction, electrical work or operating construction machinery. In the conversation with the client, discuss the physical demands and outdoor work, the seasonal nature of earthworks, the need for a driving licence and the support available from the labour office, such as training, a traineeship or a grant for starting a business.",
                            es="Esta persona puede trabajar para un fabricante o distribuidor de depuradoras, en una empresa instaladora o por cuenta propia. Para el asesor es un ejemplo de profesión a la que se puede llegar desde distintos caminos: la fontanería, la construcción, la electricidad o el manejo de maquinaria de obra. En la conversación con el cliente, comenta las exigencias físicas y el trabajo al aire libre, la estacionalidad del movimiento de tierras, la necesidad de carné de conducir y las ayudas de la oficina de empleo, como la formación, las prácticas o la subvención para iniciar una actividad económica.",
                        ),
                    ],
                ),
            ],
        },
    ],
    "quiz": {
        "title": T(
            pl="Test: woda i ścieki",
            en="Quiz: water and wastewater",
            es="Test: agua y aguas residuales",
        ),
        "intro": T(
            pl="Dziesięć pytań sprawdzających wiedzę z czterech lekcji kursu. Aby zaliczyć test, potrzebujesz co najmniej 70% poprawnych odpowiedzi. Przy każdej odpowiedzi znajdziesz wyjaśnienie.",
            en="Ten questions testing your knowledge of the course’s four lessons. To pass, you need at least 70% correct answers. Each answer comes with an explanation.",
            es="Diez preguntas que ponen a prueba lo aprendido en las cuatro lecciones del curso. Para aprobar necesitas al menos un 70 % de respuestas correctas. Cada respuesta incluye una explicación.",
        ),
    },
}
