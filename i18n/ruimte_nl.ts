<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="45"/>
        <source>Accessibility (road, water, rail)</source>
        <translation>Bereikbaarheid (weg, water, spoor)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="48"/>
        <source>Scores locations by their distance to motorway ramps, to waterways of a minimum CEMT class and to rail terminals.</source>
        <translation>Beoordeelt locaties op hun afstand tot op- en afritten van snelwegen, tot vaarwegen van een minimale CEMT-klasse en tot spoorterminals.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="52"/>
        <source>bereikbaarheid,snelweg,oprit,vaarweg,CEMT,spoor,railterminal,accessibility,motorway,ramp,waterway,rail,network distance</source>
        <translation>bereikbaarheid,snelweg,oprit,afrit,vaarweg,CEMT,spoor,railterminal,spoorterminal,netwerkafstand,accessibility,motorway,ramp,waterway,rail,network distance</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="56"/>
        <source>&lt;p&gt;Per transport mode a distance and a score: 1 up to the ideal distance, falling linearly to 0 at the maximum distance.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Road&lt;/b&gt;: distance to RAMPS (points), or to MOTORWAYS (lines) where no ramp layer exists. Default ideal 3 km (new distribution centres are built 1-3 km from a motorway), maximum 10 km (assumption).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Water&lt;/b&gt;: distance to WATERWAYS whose CEMT_FIELD class is at least MIN_CEMT (order 0 &amp;lt; I &amp;lt; II &amp;lt; III &amp;lt; IV &amp;lt; Va &amp;lt; Vb &amp;lt; VIa &amp;lt; VIb &amp;lt; VIc &amp;lt; VII; default IV, an assumption for water-bound bulk). Ideal 500 m, maximum 5 km (assumptions).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Rail&lt;/b&gt;: distance to RAIL_TERMINALS. Ideal 2 km, maximum 10 km (assumptions).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;MODES combines the modes given: &lt;i&gt;all&lt;/i&gt; = the lowest score (every mode is needed), &lt;i&gt;any&lt;/i&gt; = the highest (one suffices).&lt;/p&gt;&lt;p&gt;Distances are straight lines (cell centre to cell centre, as gdal:proximity), exact up to the maximum distance, which is written where everything is farther. With a road NETWORK the road distance runs &lt;b&gt;along the network&lt;/b&gt;: a graph over the road lines (densified every NETWORK_STEP m; coinciding line ends joined), Dijkstra from the ramps (each joined to its nearest network node), and from each cell the straight distance to its nearest network node (its access to the road) plus that node's network distance.&lt;/p&gt;&lt;p&gt;Sources: reference/domain-nl.md §5.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Per vervoerswijze een afstand en een score: 1 tot aan de ideale afstand, lineair aflopend naar 0 op de maximale afstand.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Weg&lt;/b&gt;: afstand tot RAMPS (punten), of tot MOTORWAYS (lijnen) als er geen laag met op- en afritten is. Standaard ideaal 3 km (nieuwe distributiecentra worden 1-3 km van een snelweg gebouwd), maximaal 10 km (aanname).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Water&lt;/b&gt;: afstand tot WATERWAYS waarvan de klasse in CEMT_FIELD ten minste MIN_CEMT is (volgorde 0 &amp;lt; I &amp;lt; II &amp;lt; III &amp;lt; IV &amp;lt; Va &amp;lt; Vb &amp;lt; VIa &amp;lt; VIb &amp;lt; VIc &amp;lt; VII; standaard IV, een aanname voor watergebonden bulk). Ideaal 500 m, maximaal 5 km (aannames).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Spoor&lt;/b&gt;: afstand tot RAIL_TERMINALS. Ideaal 2 km, maximaal 10 km (aannames).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;MODES combineert de opgegeven vervoerswijzen: &lt;i&gt;all&lt;/i&gt; = de laagste score (elke vervoerswijze is nodig), &lt;i&gt;any&lt;/i&gt; = de hoogste (één volstaat).&lt;/p&gt;&lt;p&gt;Afstanden zijn hemelsbreed (van celmiddelpunt tot celmiddelpunt, zoals gdal:proximity) en exact tot aan de maximale afstand; waar alles verder weg ligt, wordt die maximale afstand weggeschreven. Met een wegennetwerk (NETWORK) loopt de wegafstand &lt;b&gt;langs het netwerk&lt;/b&gt;: een graaf over de weglijnen (om de NETWORK_STEP m verdicht; samenvallende lijneinden verbonden), Dijkstra vanaf de op- en afritten (elk verbonden met het dichtstbijzijnde netwerkknooppunt), en vanuit elke cel de hemelsbrede afstand tot het dichtstbijzijnde netwerkknooppunt (de toegang tot de weg) plus de netwerkafstand van dat knooppunt.&lt;/p&gt;&lt;p&gt;Bronnen: reference/domain-nl.md §5.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="47"/>
        <source>Motorway ramps</source>
        <translation>Op- en afritten van snelwegen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="81"/>
        <source>On/off ramps as points.</source>
        <translation>Op- en afritten als punten.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="47"/>
        <source>Motorways</source>
        <translation>Snelwegen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="84"/>
        <source>Motorway lines, used when no ramp layer is given (e.g. roads with a speed limit of 100 km/h or more; filter the layer or select features).</source>
        <translation>Snelweglijnen, gebruikt als er geen laag met op- en afritten is opgegeven (bijv. wegen met een maximumsnelheid van 100 km/u of meer; filter de laag of selecteer objecten).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="88"/>
        <source>Road: full score within (m)</source>
        <translation>Weg: volledige score binnen (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="88"/>
        <source>Default 3000 m: new distribution centres are built 1-3 km from a motorway (domain-nl.md §5).</source>
        <translation>Standaard 3000 m: nieuwe distributiecentra worden 1-3 km van een snelweg gebouwd (domain-nl.md §5).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="91"/>
        <source>Road: zero score from (m)</source>
        <translation>Weg: score nul vanaf (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="122"/>
        <source>Default 10000 m (assumption).</source>
        <translation>Standaard 10000 m (aanname).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="47"/>
        <source>Road network</source>
        <translation>Wegennetwerk</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="93"/>
        <source>Road lines: measure the road distance along them instead of as the crow flies.</source>
        <translation>Weglijnen: meet de wegafstand langs deze lijnen in plaats van hemelsbreed.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="97"/>
        <source>Network node spacing (m)</source>
        <translation>Afstand tussen netwerkknooppunten (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="97"/>
        <source>Road lines are densified to a node at least every this many metres (default 100 m).</source>
        <translation>Weglijnen worden zo verdicht dat er ten minste om de zoveel meter een knooppunt ligt (standaard 100 m).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="47"/>
        <source>Waterways</source>
        <translation>Vaarwegen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="100"/>
        <source>Fairways with a CEMT class field (e.g. RWS FIS &apos;scheepvaartklasse&apos;).</source>
        <translation>Vaarwegen met een veld voor de CEMT-klasse (bijv. RWS FIS &apos;scheepvaartklasse&apos;).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="65"/>
        <source>CEMT class field</source>
        <translation>Veld CEMT-klasse</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="103"/>
        <source>Field with the CEMT class (I-VII, Va, V_A, ...). Empty: every waterway counts.</source>
        <translation>Veld met de CEMT-klasse (I-VII, Va, V_A, ...). Leeg: elke vaarweg telt mee.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="107"/>
        <source>Minimum CEMT class</source>
        <translation>Minimale CEMT-klasse</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="107"/>
        <source>Waterways below this class do not count (default IV, assumption: Va for larger bulk or containers).</source>
        <translation>Vaarwegen onder deze klasse tellen niet mee (standaard IV, aanname: Va voor grotere bulk of containers).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="110"/>
        <source>Water: full score within (m)</source>
        <translation>Water: volledige score binnen (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="110"/>
        <source>Default 500 m (assumption).</source>
        <translation>Standaard 500 m (aanname).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="113"/>
        <source>Water: zero score from (m)</source>
        <translation>Water: score nul vanaf (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="113"/>
        <source>Default 5000 m (assumption).</source>
        <translation>Standaard 5000 m (aanname).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="47"/>
        <source>Rail terminals</source>
        <translation>Spoorterminals</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="116"/>
        <source>Rail freight terminals as points.</source>
        <translation>Spoorgoederenterminals als punten.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="119"/>
        <source>Rail: full score within (m)</source>
        <translation>Spoor: volledige score binnen (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="99"/>
        <source>Default 2000 m (assumption).</source>
        <translation>Standaard 2000 m (aanname).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="122"/>
        <source>Rail: zero score from (m)</source>
        <translation>Spoor: score nul vanaf (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="125"/>
        <source>Combine the modes</source>
        <translation>Vervoerswijzen combineren</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="125"/>
        <source>all: every mode given is needed (lowest score); any: one suffices (highest score).</source>
        <translation>all: elke opgegeven vervoerswijze is nodig (laagste score); any: één volstaat (hoogste score).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="128"/>
        <source>Empty: the extent of the first transport layer given.</source>
        <translation>Leeg: de extent van de eerste opgegeven vervoerslaag.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="130"/>
        <source>Accessibility score</source>
        <translation>Bereikbaarheidsscore</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="131"/>
        <source>Score 0-1.</source>
        <translation>Score 0-1.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="133"/>
        <source>Road distance (m)</source>
        <translation>Wegafstand (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="133"/>
        <source>Waterway distance (m)</source>
        <translation>Afstand tot vaarweg (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="133"/>
        <source>Rail terminal distance (m)</source>
        <translation>Afstand tot spoorterminal (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="137"/>
        <source>Metres, capped at the mode&apos;s maximum distance.</source>
        <translation>Meters, begrensd op de maximale afstand van de vervoerswijze.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="153"/>
        <source>give RAMPS or MOTORWAYS, WATERWAYS or RAIL_TERMINALS</source>
        <translation>geef RAMPS of MOTORWAYS, WATERWAYS of RAIL_TERMINALS op</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="179"/>
        <source>road distance (m)</source>
        <translation>wegafstand (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="180"/>
        <source>waterway distance (m)</source>
        <translation>afstand tot vaarweg (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="181"/>
        <source>rail terminal distance (m)</source>
        <translation>afstand tot spoorterminal (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="182"/>
        <source>accessibility score 0-1</source>
        <translation>bereikbaarheidsscore 0-1</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="184"/>
        <source>, capped at {:g}</source>
        <translation>, begrensd op {:g}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="219"/>
        <source>Road network: {} nodes, {} segments.</source>
        <translation>Wegennetwerk: {} knooppunten, {} segmenten.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="236"/>
        <source>{} of {} waterway sections are CEMT class {} or higher.</source>
        <translation>{} van {} vaarwegvakken hebben CEMT-klasse {} of hoger.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="31"/>
        <source>AHP weights from pairwise comparisons</source>
        <translation>AHP-gewichten uit paarsgewijze vergelijkingen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="34"/>
        <source>Criterion weights, consistency index and consistency ratio from a Saaty pairwise comparison matrix.</source>
        <translation>Criteriumgewichten, consistentie-index en consistentieratio uit een paarsgewijze vergelijkingsmatrix volgens Saaty.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="38"/>
        <source>ahp,saaty,pairwise,weights,consistency,mcda,gewichten,paarsgewijze vergelijking</source>
        <translation>ahp,saaty,pairwise,weights,consistency,mcda,gewichten,paarsgewijze vergelijking,consistentie,consistentieratio,mca,multicriteria-analyse</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="42"/>
        <source>&lt;p&gt;Analytic Hierarchy Process (Saaty 1980). Cell (i, j) of the matrix says how much more important criterion i is than criterion j on Saaty&apos;s 1-9 scale (1 = equal, 3 = moderately, 5 = strongly, 7 = very strongly, 9 = extremely more important); cell (j, i) holds the reciprocal. Write rows separated by &apos;;&apos; and cells by &apos;,&apos;, fractions allowed: &lt;code&gt;1,3,5;1/3,1,3;1/5,1/3,1&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;eigenvector&lt;/b&gt;: the weights are the principal eigenvector, normalised to sum 1; &amp;lambda;max is its eigenvalue. &lt;b&gt;geometric_mean&lt;/b&gt;: normalised row geometric means; &amp;lambda;max is estimated as the mean of (A&amp;middot;w)&lt;sub&gt;i&lt;/sub&gt;/w&lt;sub&gt;i&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;CI = (&amp;lambda;max &amp;minus; n)/(n &amp;minus; 1); CR = CI/RI(n), with the Random Index table of your choice: saaty1980 (the classic table), saaty2005 (Theory and Applications of the ANP, p. 31) or donegan_dodd (1991). A CR above 0.1 means the judgements contradict each other more than Saaty accepts: revise the matrix. The weights are still returned, with a warning.&lt;/p&gt;&lt;p&gt;The WEIGHTS output is a comma-separated string that ruimte:combine accepts, so the two can be chained in a model.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Analytic Hierarchy Process (Saaty 1980). Cel (i, j) van de matrix geeft aan hoeveel belangrijker criterium i is dan criterium j, op de schaal 1-9 van Saaty (1 = even belangrijk, 3 = iets belangrijker, 5 = duidelijk belangrijker, 7 = veel belangrijker, 9 = extreem veel belangrijker); cel (j, i) bevat het omgekeerde. Scheid rijen met &apos;;&apos; en cellen met &apos;,&apos;; breuken zijn toegestaan: &lt;code&gt;1,3,5;1/3,1,3;1/5,1/3,1&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;eigenvector&lt;/b&gt;: de gewichten zijn de hoofdeigenvector, genormaliseerd tot som 1; &amp;lambda;max is de bijbehorende eigenwaarde. &lt;b&gt;geometric_mean&lt;/b&gt;: genormaliseerde meetkundige gemiddelden per rij; &amp;lambda;max wordt geschat als het gemiddelde van (A&amp;middot;w)&lt;sub&gt;i&lt;/sub&gt;/w&lt;sub&gt;i&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;CI = (&amp;lambda;max &amp;minus; n)/(n &amp;minus; 1); CR = CI/RI(n), met de Random Index-tabel naar keuze: saaty1980 (de klassieke tabel), saaty2005 (Theory and Applications of the ANP, p. 31) of donegan_dodd (1991). Een CR boven 0.1 betekent dat de oordelen elkaar meer tegenspreken dan Saaty aanvaardbaar acht: herzie de matrix. De gewichten worden toch teruggegeven, met een waarschuwing.&lt;/p&gt;&lt;p&gt;De uitvoer WEIGHTS is een kommagescheiden tekenreeks die ruimte:combine accepteert, zodat beide in een model aan elkaar gekoppeld kunnen worden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="60"/>
        <source>Pairwise comparison matrix</source>
        <translation>Paarsgewijze vergelijkingsmatrix</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="60"/>
        <source>Rows separated by &apos;;&apos; (or new lines), values by &apos;,&apos;; fractions such as 1/3 are allowed. Example for three criteria: 1,3,5;1/3,1,3;1/5,1/3,1</source>
        <translation>Rijen gescheiden door &apos;;&apos; (of nieuwe regels), waarden door &apos;,&apos;; breuken zoals 1/3 zijn toegestaan. Voorbeeld voor drie criteria: 1,3,5;1/3,1,3;1/5,1/3,1</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="64"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="64"/>
        <source>eigenvector (Saaty&apos;s principal eigenvector) or geometric_mean (row geometric means).</source>
        <translation>eigenvector (hoofdeigenvector volgens Saaty) of geometric_mean (meetkundige gemiddelden per rij).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="67"/>
        <source>Random Index table</source>
        <translation>Random Index-tabel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="67"/>
        <source>Random Index values used for CR: saaty1980 (classic), saaty2005, donegan_dodd (1991).</source>
        <translation>Random Index-waarden voor de CR: saaty1980 (klassiek), saaty2005, donegan_dodd (1991).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="70"/>
        <source>Criterion names</source>
        <translation>Criteriumnamen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="70"/>
        <source>Optional comma-separated names, in the order of the matrix rows, used in the output table.</source>
        <translation>Optionele kommagescheiden namen, in de volgorde van de matrixrijen, gebruikt in de uitvoertabel.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="74"/>
        <source>Weights table</source>
        <translation>Gewichtentabel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="74"/>
        <source>Table with one row per criterion: name, weight and rank.</source>
        <translation>Tabel met één rij per criterium: naam, gewicht en rang.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="84"/>
        <source>Weights</source>
        <translation>Gewichten</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="78"/>
        <source>Consistency ratio (CR)</source>
        <translation>Consistentieratio (CR)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="79"/>
        <source>Consistency index (CI)</source>
        <translation>Consistentie-index (CI)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="80"/>
        <source>Principal eigenvalue</source>
        <translation>Hoofdeigenwaarde</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="81"/>
        <source>CR at most 0.1</source>
        <translation>CR ten hoogste 0.1</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="97"/>
        <source>{} names for a {}x{} matrix; give one name per row</source>
        <translation>{} namen voor een {}x{}-matrix; geef één naam per rij</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="99"/>
        <source>criterion {}</source>
        <translation>criterium {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="129"/>
        <source>Weights: {}</source>
        <translation>Gewichten: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="104"/>
        <source>lambda_max = {:.5f}, CI = {:.5f}, CR = {:.4f} (RI = {} from {})</source>
        <translation>lambda_max = {:.5f}, CI = {:.5f}, CR = {:.4f} (RI = {} uit {})</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="108"/>
        <source>CR = {:.3f} is above {}: the judgements are inconsistent. Revise the comparisons that disagree most before using these weights.</source>
        <translation>CR = {:.3f} ligt boven {}: de oordelen zijn inconsistent. Herzie de vergelijkingen die het meest tegenstrijdig zijn voordat u deze gewichten gebruikt.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="48"/>
        <source>Multi-criteria analysis</source>
        <translation>Multicriteria-analyse</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="49"/>
        <source>Dutch criteria</source>
        <translation>Nederlandse criteria</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="50"/>
        <source>Company profiles</source>
        <translation>Bedrijfsprofielen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="76"/>
        <source>Candidate sites</source>
        <translation>Kandidaatlocaties</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="56"/>
        <source>This algorithm needs the Python package rasterio, which is not installed. Debian/Ubuntu: sudo apt install python3-rasterio. Windows (OSGeo4W Shell): python -m pip install rasterio. Then restart QGIS.</source>
        <translation>Dit algoritme heeft het Python-pakket rasterio nodig, maar dat is niet geïnstalleerd. Debian/Ubuntu: sudo apt install python3-rasterio. Windows (OSGeo4W Shell): python -m pip install rasterio. Start QGIS daarna opnieuw.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="215"/>
        <source>Analysis extent</source>
        <translation>Analyse-extent</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="215"/>
        <source>Area to analyse. It snaps outward to whole pixels on a grid anchored at multiples of the pixel size, so separate runs align cell for cell. </source>
        <translation>Te analyseren gebied. Het wordt naar buiten uitgebreid tot hele pixels van een raster dat verankerd is op veelvouden van de pixelgrootte, zodat afzonderlijke berekeningen cel voor cel samenvallen. </translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="215"/>
        <source>Empty: the extent of the main input layer.</source>
        <translation>Leeg: de extent van de hoofdinvoerlaag.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="219"/>
        <source>Pixel size (m)</source>
        <translation>Pixelgrootte (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="219"/>
        <source>Cell size of the analysis grid in metres. Provinces typically work at 25 m or finer.</source>
        <translation>Celgrootte van het analyserooster in meters. Provincies werken doorgaans met 25 m of fijner.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="219"/>
        <source> Default 25 m (DESIGN: the provinces&apos; working resolution).</source>
        <translation> Standaard 25 m (DESIGN: de werkresolutie van de provincies).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="225"/>
        <source>Target CRS</source>
        <translation>Doel-CRS</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="225"/>
        <source>Projected CRS of the analysis grid, in metres (default EPSG:28992, Amersfoort / RD New). Geographic CRSs (degrees) are refused.</source>
        <translation>Geprojecteerd CRS van het analyserooster, in meters (standaard EPSG:28992, Amersfoort / RD New). Geografische CRS&apos;en (in graden) worden geweigerd.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="229"/>
        <source>Reference raster (copy its grid)</source>
        <translation>Referentieraster (raster overnemen)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="229"/>
        <source>If given, the output uses exactly this raster&apos;s grid (CRS, extent, cell size) and the extent, pixel size and CRS parameters are ignored.</source>
        <translation>Indien opgegeven, gebruikt de uitvoer exact het raster van deze rasterlaag (CRS, extent, celgrootte) en worden de parameters voor extent, pixelgrootte en CRS genegeerd.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="254"/>
        <source>no raster layer was given or it could not be opened</source>
        <translation>er is geen rasterlaag opgegeven of deze kon niet worden geopend</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="256"/>
        <source>layer &apos;{}&apos; is not a file raster (provider &apos;{}&apos;); save it as a GeoTIFF first</source>
        <translation>laag &apos;{}&apos; is geen bestandsraster (provider &apos;{}&apos;); sla de laag eerst op als GeoTIFF</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="262"/>
        <source>the layer or CRS has no valid coordinate reference system; assign one (e.g. EPSG:28992) with &apos;Assign projection&apos;</source>
        <translation>de laag of het CRS heeft geen geldig coördinaatreferentiesysteem; ken er een toe (bijv. EPSG:28992) met &apos;Projectie toekennen&apos;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="265"/>
        <source>{} is a geographic CRS in degrees; the analysis needs metres. Use a projected CRS such as EPSG:28992 (Amersfoort / RD New)</source>
        <translation>{} is een geografisch CRS in graden; de analyse heeft meters nodig. Gebruik een geprojecteerd CRS zoals EPSG:28992 (Amersfoort / RD New)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="293"/>
        <source>the pixel size must be above 0 (got {:g})</source>
        <translation>de pixelgrootte moet groter zijn dan 0 (opgegeven: {:g})</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="308"/>
        <source>no extent was given; draw or choose the analysis extent</source>
        <translation>er is geen extent opgegeven; teken of kies de analyse-extent</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="311"/>
        <source>no pixel size was given</source>
        <translation>er is geen pixelgrootte opgegeven</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="313"/>
        <source>the extent is empty (zero width or height); give an extent that covers the study area</source>
        <translation>de extent is leeg (breedte of hoogte nul); geef een extent op die het studiegebied dekt</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="342"/>
        <source>layer &apos;{}&apos; has {} geometries; this input needs {}</source>
        <translation>laag &apos;{}&apos; heeft {} geometrieën; deze invoer vereist {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="342"/>
        <source>no</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="346"/>
        <source>layer &apos;{}&apos; has no CRS; assign one with &apos;Assign projection&apos;</source>
        <translation>laag &apos;{}&apos; heeft geen CRS; ken er een toe met &apos;Projectie toekennen&apos;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="350"/>
        <source>layer &apos;{}&apos; has no field &apos;{}&apos;</source>
        <translation>laag &apos;{}&apos; heeft geen veld &apos;{}&apos;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="377"/>
        <source>field &apos;{}&apos; is not numeric; choose a field with numbers</source>
        <translation>veld &apos;{}&apos; is niet numeriek; kies een veld met getallen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="386"/>
        <source>layer &apos;{}&apos; is not a vector layer</source>
        <translation>laag &apos;{}&apos; is geen vectorlaag</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="396"/>
        <source>Cancelled; no output was written.</source>
        <translation>Geannuleerd; er is geen uitvoer weggeschreven.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="400"/>
        <source>Not enough memory for this extent and pixel size; use a larger pixel size or a smaller extent.</source>
        <translation>Onvoldoende geheugen voor deze extent en pixelgrootte; gebruik een grotere pixelgrootte of een kleinere extent.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="404"/>
        <source>{} failed: {}: {}</source>
        <translation>{} mislukt: {}: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="441"/>
        <source>outputs are written as GeoTIFF; give a file name ending in .tif</source>
        <translation>uitvoer wordt weggeschreven als GeoTIFF; geef een bestandsnaam op die eindigt op .tif</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="445"/>
        <source>the output folder {} does not exist; choose an existing folder</source>
        <translation>de uitvoermap {} bestaat niet; kies een bestaande map</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="448"/>
        <source>the output folder {} is not writable; choose another folder</source>
        <translation>de uitvoermap {} is niet beschrijfbaar; kies een andere map</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="31"/>
        <source>Combine criteria into suitability</source>
        <translation>Criteria combineren tot geschiktheid</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="34"/>
        <source>Weighted overlay of score rasters (WLC, weighted product, fuzzy operators, OWA) with constraints.</source>
        <translation>Gewogen overlay van scorerasters (WLC, gewogen product, fuzzy operatoren, OWA) met beperkingen.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="38"/>
        <source>wlc,weighted overlay,weighted sum,owa,fuzzy overlay,gamma,mcda,suitability,geschiktheid,combineren,multicriteria</source>
        <translation>wlc,weighted overlay,weighted sum,owa,fuzzy overlay,gamma,mcda,suitability,geschiktheid,combineren,multicriteria,gewogen overlay,gewogen sommatie,multicriteria-analyse,mca</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="42"/>
        <source>&lt;p&gt;Combines criterion scores z&lt;sub&gt;j&lt;/sub&gt; (0-1 rasters, e.g. from &lt;i&gt;Standardize to score&lt;/i&gt;) with weights w&lt;sub&gt;j&lt;/sub&gt; (normalised to sum 1):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;wlc&lt;/b&gt;: &amp;Sigma; w&lt;sub&gt;j&lt;/sub&gt; z&lt;sub&gt;j&lt;/sub&gt; (weighted linear combination)&lt;/li&gt;&lt;li&gt;&lt;b&gt;wpm&lt;/b&gt;: &amp;Pi; z&lt;sub&gt;j&lt;/sub&gt;&lt;sup&gt;w&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt; (weighted product; one zero gives 0)&lt;/li&gt;&lt;li&gt;&lt;b&gt;and&lt;/b&gt; (minimum), &lt;b&gt;or&lt;/b&gt; (maximum), &lt;b&gt;product&lt;/b&gt;, &lt;b&gt;sum&lt;/b&gt; (1 &amp;minus; &amp;Pi;(1 &amp;minus; z&lt;sub&gt;j&lt;/sub&gt;)) and &lt;b&gt;gamma&lt;/b&gt; (SUM&lt;sup&gt;&amp;gamma;&lt;/sup&gt;&amp;middot;PRODUCT&lt;sup&gt;1&amp;minus;&amp;gamma;&lt;/sup&gt;): the fuzzy operators of Esri&apos;s Fuzzy Overlay; they ignore the weights.&lt;/li&gt;&lt;li&gt;&lt;b&gt;owa&lt;/b&gt;: ordered weighted averaging in the Eastman/IDRISI convention. At each cell the criteria are ranked by score, rank 1 = lowest; ORDER_WEIGHTS v&lt;sub&gt;r&lt;/sub&gt; (one per rank, first for the lowest score) re-weight the criterion weights: u&lt;sub&gt;j&lt;/sub&gt; = w&lt;sub&gt;j&lt;/sub&gt; v&lt;sub&gt;r(j)&lt;/sub&gt; / &amp;Sigma; w v; score = &amp;Sigma; u&lt;sub&gt;j&lt;/sub&gt; z&lt;sub&gt;j&lt;/sub&gt;. 1,0,0 = AND (no trade-off), equal order weights = WLC, 0,0,1 = OR. The log reports ANDness, ORness and trade-off.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;WEIGHTS_MODE &lt;i&gt;ranks&lt;/i&gt; reads WEIGHTS as ranks (1 = most important) and uses rank-order centroid weights (Barron &amp;amp; Barrett 1996). Empty WEIGHTS = equal weights.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Constraints&lt;/b&gt; force a score of 0: a raster excludes where its value is 0 (even when 0 is its NoData value; another NoData value does not exclude); a polygon layer excludes cells whose centre lies inside a polygon. A cell where any criterion is NoData is NoData, unless a constraint excludes it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Grid&lt;/b&gt;: by default the first criterion&apos;s grid. All criteria must be on the same grid unless RESAMPLING is set, which warps the others onto it on the fly (constraint rasters always with nearest neighbour). EXTENT, PIXEL_SIZE, TARGET_CRS or REFERENCE_LAYER define another grid (then set RESAMPLING).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Combineert criteriumscores z&lt;sub&gt;j&lt;/sub&gt; (rasters 0-1, bijv. uit &lt;i&gt;Standaardiseren naar score&lt;/i&gt;) met gewichten w&lt;sub&gt;j&lt;/sub&gt; (genormaliseerd tot som 1):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;wlc&lt;/b&gt;: &amp;Sigma; w&lt;sub&gt;j&lt;/sub&gt; z&lt;sub&gt;j&lt;/sub&gt; (gewogen lineaire combinatie)&lt;/li&gt;&lt;li&gt;&lt;b&gt;wpm&lt;/b&gt;: &amp;Pi; z&lt;sub&gt;j&lt;/sub&gt;&lt;sup&gt;w&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt; (gewogen product; één nul geeft 0)&lt;/li&gt;&lt;li&gt;&lt;b&gt;and&lt;/b&gt; (minimum), &lt;b&gt;or&lt;/b&gt; (maximum), &lt;b&gt;product&lt;/b&gt;, &lt;b&gt;sum&lt;/b&gt; (1 &amp;minus; &amp;Pi;(1 &amp;minus; z&lt;sub&gt;j&lt;/sub&gt;)) en &lt;b&gt;gamma&lt;/b&gt; (SUM&lt;sup&gt;&amp;gamma;&lt;/sup&gt;&amp;middot;PRODUCT&lt;sup&gt;1&amp;minus;&amp;gamma;&lt;/sup&gt;): de fuzzy operatoren van Fuzzy Overlay van Esri; deze negeren de gewichten.&lt;/li&gt;&lt;li&gt;&lt;b&gt;owa&lt;/b&gt;: ordered weighted averaging volgens de conventie van Eastman/IDRISI. Per cel worden de criteria naar score gerangschikt, rang 1 = laagste; ORDER_WEIGHTS v&lt;sub&gt;r&lt;/sub&gt; (één per rang, de eerste voor de laagste score) herwegen de criteriumgewichten: u&lt;sub&gt;j&lt;/sub&gt; = w&lt;sub&gt;j&lt;/sub&gt; v&lt;sub&gt;r(j)&lt;/sub&gt; / &amp;Sigma; w v; score = &amp;Sigma; u&lt;sub&gt;j&lt;/sub&gt; z&lt;sub&gt;j&lt;/sub&gt;. 1,0,0 = AND (geen compensatie), gelijke volgordegewichten = WLC, 0,0,1 = OR. Het log vermeldt ANDness, ORness en compensatie (trade-off).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;WEIGHTS_MODE &lt;i&gt;ranks&lt;/i&gt; leest WEIGHTS als rangen (1 = belangrijkste) en gebruikt rank-order-centroid-gewichten (Barron &amp;amp; Barrett 1996). Lege WEIGHTS = gelijke gewichten.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Beperkingen&lt;/b&gt; dwingen een score van 0 af: een raster sluit uit waar de waarde 0 is (ook als 0 de NoData-waarde is; een andere NoData-waarde sluit niet uit); een polygoonlaag sluit cellen uit waarvan het middelpunt binnen een polygoon ligt. Een cel waar een criterium NoData is, wordt NoData, tenzij een beperking de cel uitsluit.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Analyserooster&lt;/b&gt;: standaard het raster van het eerste criterium. Alle criteria moeten op hetzelfde raster liggen, tenzij RESAMPLING is ingesteld; dan worden de overige criteria direct naar dat raster omgezet (beperkingsrasters altijd met dichtstbijzijnde buur). EXTENT, PIXEL_SIZE, TARGET_CRS of REFERENCE_LAYER bepalen een ander raster (stel dan RESAMPLING in).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="77"/>
        <source>Criterion scores</source>
        <translation>Criteriumscores</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="71"/>
        <source>Score rasters (0-1, 1 = most suitable), one per criterion, in the order of the weights.</source>
        <translation>Scorerasters (0-1, 1 = meest geschikt), één per criterium, in de volgorde van de gewichten.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="75"/>
        <source>One weight per criterion, comma-separated (e.g. 0.5,0.3,0.2 or the WEIGHTS output of &apos;AHP weights&apos;). They are normalised to sum 1, with a warning when they did not. Empty = equal weights.</source>
        <translation>Eén gewicht per criterium, kommagescheiden (bijv. 0.5,0.3,0.2 of de uitvoer WEIGHTS van &apos;AHP-gewichten&apos;). Ze worden genormaliseerd tot som 1, met een waarschuwing als dat nog niet zo was. Leeg = gelijke gewichten.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="79"/>
        <source>Weights are</source>
        <translation>Gewichten opgegeven als</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="79"/>
        <source>weights: the numbers are weights. ranks: the numbers are ranks (1 = most important), turned into rank-order centroid weights.</source>
        <translation>weights: de getallen zijn gewichten. ranks: de getallen zijn rangen (1 = belangrijkste), omgezet in rank-order-centroid-gewichten.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="86"/>
        <source>Aggregation method</source>
        <translation>Aggregatiemethode</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="83"/>
        <source>wlc, wpm, and, or, product, sum, gamma or owa; see the help for the formulas.</source>
        <translation>wlc, wpm, and, or, product, sum, gamma of owa; zie de help voor de formules.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="86"/>
        <source>Gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="86"/>
        <source>For method gamma: 0 = fuzzy PRODUCT, 1 = fuzzy SUM. Default 0.9 as in Esri&apos;s Fuzzy Overlay.</source>
        <translation>Voor methode gamma: 0 = fuzzy PRODUCT, 1 = fuzzy SUM. Standaard 0.9, zoals in Fuzzy Overlay van Esri.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="90"/>
        <source>Order weights (OWA)</source>
        <translation>Volgordegewichten (OWA)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="90"/>
        <source>For method owa: one weight per rank, the first for the lowest score at a cell; they must sum to 1. 1,0,0 = AND, equal = WLC, 0,0,1 = OR.</source>
        <translation>Voor methode owa: één gewicht per rang, het eerste voor de laagste score in een cel; samen moeten ze 1 zijn. 1,0,0 = AND, gelijk = WLC, 0,0,1 = OR.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="88"/>
        <source>Constraints</source>
        <translation>Beperkingen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="94"/>
        <source>Rasters (0 = excluded) or polygon layers (inside = excluded). Excluded cells score 0.</source>
        <translation>Rasters (0 = uitgesloten) of polygoonlagen (binnen = uitgesloten). Uitgesloten cellen krijgen score 0.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="98"/>
        <source>Resample criteria on another grid</source>
        <translation>Criteria op een ander raster herbemonsteren</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="98"/>
        <source>none: refuse criteria that are not on the analysis grid. nearest, bilinear or average: warp them onto the grid on the fly (GDAL warp).</source>
        <translation>none: criteria die niet op het analyserooster liggen weigeren. nearest, bilinear of average: ze direct naar het analyserooster omzetten (GDAL warp).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="103"/>
        <source>Empty: the first criterion&apos;s grid.</source>
        <translation>Leeg: het raster van het eerste criterium.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="58"/>
        <source>Suitability</source>
        <translation>Geschiktheid</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="108"/>
        <source>Float32 GeoTIFF with suitability 0-1.</source>
        <translation>Float32-GeoTIFF met geschiktheid 0-1.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="120"/>
        <source>{} weights for {} criteria; give one weight per criterion, in the order of the criteria</source>
        <translation>{} gewichten voor {} criteria; geef één gewicht per criterium, in de volgorde van de criteria</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="131"/>
        <source>No weights given: equal weights are used.</source>
        <translation>Geen gewichten opgegeven: er worden gelijke gewichten gebruikt.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="134"/>
        <source>Method {} does not use weights; WEIGHTS is ignored.</source>
        <translation>Methode {} gebruikt geen gewichten; WEIGHTS wordt genegeerd.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="140"/>
        <source>method owa needs one order weight per criterion</source>
        <translation>methode owa vereist één volgordegewicht per criterium</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="157"/>
        <source>give at least one criterion raster</source>
        <translation>geef ten minste één criteriumraster op</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="192"/>
        <source>suitability 0-1</source>
        <translation>geschiktheid 0-1</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="197"/>
        <source>Grid: {}. Cells excluded by constraints: {}; unknown: {}.</source>
        <translation>Analyserooster: {}. Door beperkingen uitgesloten cellen: {}; onbekend: {}.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="211"/>
        <source>Weights used: {}</source>
        <translation>Gebruikte gewichten: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="215"/>
        <source>OWA order weights {}: ANDness {:.3f}, ORness {:.3f}, trade-off {:.3f}</source>
        <translation>OWA-volgordegewichten {}: ANDness {:.3f}, ORness {:.3f}, compensatie (trade-off) {:.3f}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="32"/>
        <source>Compare two scenarios</source>
        <translation>Twee scenario&apos;s vergelijken</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="35"/>
        <source>Difference map of two suitability scenarios, and the sites whose rank changed.</source>
        <translation>Verschilkaart van twee geschiktheidsscenario&apos;s, en de locaties waarvan de rang is veranderd.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="39"/>
        <source>scenario,vergelijken,verschil,gewichten,rangorde,compare,difference,weights,rank change</source>
        <translation>scenario,vergelijken,verschil,gewichten,rangorde,compare,difference,weights,rank change,verschilkaart,rangverandering</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="43"/>
        <source>&lt;p&gt;Scenario A and B are either two suitability rasters (SUITABILITY_A, SUITABILITY_B, on one grid) or one set of CRITERIA with two weight sets (WEIGHTS_A, WEIGHTS_B; each scenario is their weighted sum, WLC).&lt;/p&gt;&lt;p&gt;OUTPUT = B &amp;minus; A per cell (&amp;minus;1 to 1: blue where B is better, red where it is worse). With SITES, each site&apos;s mean in A and in B (cell centres inside, as &apos;Score and rank candidate sites&apos;) ranks the sites in both scenarios; RANK_CHANGES lists the sites whose rank changed, with rank_a, rank_b and rank_change = rank_a &amp;minus; rank_b (positive = climbed).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Scenario A en B zijn ofwel twee geschiktheidsrasters (SUITABILITY_A, SUITABILITY_B, op één raster) ofwel één set CRITERIA met twee sets gewichten (WEIGHTS_A, WEIGHTS_B; elk scenario is hun gewogen som, WLC).&lt;/p&gt;&lt;p&gt;OUTPUT = B &amp;minus; A per cel (&amp;minus;1 tot 1: blauw waar B beter is, rood waar B slechter is). Met SITES bepaalt het gemiddelde van elke locatie in A en in B (celmiddelpunten binnen de locatie, zoals bij &apos;Kandidaatlocaties scoren en rangschikken&apos;) de rangorde van de locaties in beide scenario&apos;s; RANK_CHANGES bevat de locaties waarvan de rang is veranderd, met rank_a, rank_b en rank_change = rank_a &amp;minus; rank_b (positief = gestegen).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="54"/>
        <source>Scenario A: suitability</source>
        <translation>Scenario A: geschiktheid</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="54"/>
        <source>Scenario B: suitability</source>
        <translation>Scenario B: geschiktheid</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="56"/>
        <source>Suitability raster 0-1 of the scenario.</source>
        <translation>Geschiktheidsraster 0-1 van het scenario.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="58"/>
        <source>Instead of two suitability rasters: criteria and two weight sets.</source>
        <translation>In plaats van twee geschiktheidsrasters: criteria en twee sets gewichten.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="61"/>
        <source>Scenario A: weights</source>
        <translation>Scenario A: gewichten</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="61"/>
        <source>Scenario B: weights</source>
        <translation>Scenario B: gewichten</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="63"/>
        <source>One weight per criterion, e.g. 0.5,0.3,0.2.</source>
        <translation>Eén gewicht per criterium, bijv. 0.5,0.3,0.2.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="74"/>
        <source>Sites</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="65"/>
        <source>Candidate sites to rank in both scenarios.</source>
        <translation>Kandidaatlocaties die in beide scenario&apos;s worden gerangschikt.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="69"/>
        <source>Difference B - A</source>
        <translation>Verschil B - A</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="69"/>
        <source>B minus A per cell.</source>
        <translation>B min A per cel.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="71"/>
        <source>Sites whose rank changed</source>
        <translation>Locaties met gewijzigde rang</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="71"/>
        <source>Sites with rank_a, rank_b, rank_change.</source>
        <translation>Locaties met rank_a, rank_b, rank_change.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="86"/>
        <source>give SUITABILITY_A and SUITABILITY_B, or CRITERIA with WEIGHTS_A and WEIGHTS_B</source>
        <translation>geef SUITABILITY_A en SUITABILITY_B op, of CRITERIA met WEIGHTS_A en WEIGHTS_B</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="93"/>
        <source>give the weights of this scenario</source>
        <translation>geef de gewichten van dit scenario op</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="114"/>
        <source>suitability B - A</source>
        <translation>geschiktheid B - A</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="159"/>
        <source>{} of {} sites changed rank.</source>
        <translation>{} van {} locaties zijn van rang veranderd.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="38"/>
        <source>Grid congestion (capacity map)</source>
        <translation>Netcongestie (capaciteitskaart)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="41"/>
        <source>Scores locations by the electricity grid&apos;s congestion status for the company&apos;s connection need, and by the distance to a high-voltage substation.</source>
        <translation>Beoordeelt locaties op de congestiestatus van het elektriciteitsnet voor de aansluitbehoefte van het bedrijf, en op de afstand tot een hoogspanningsstation.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="45"/>
        <source>netcongestie,capaciteitskaart,elektriciteitsnet,afname,opwek,teruglevering,grid,congestion,substation,MVA</source>
        <translation>netcongestie,capaciteitskaart,elektriciteitsnet,afname,opwek,teruglevering,grid,congestion,substation,MVA,transportcapaciteit,hoogspanningsstation,netbeheerder</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="49"/>
        <source>&lt;p&gt;Reads the grid operators' capacity map (capaciteitskaart): polygons with a status per supply area in STATUS_FIELD (&lt;code&gt;afname&lt;/code&gt; for offtake, &lt;code&gt;opwek&lt;/code&gt; for feed-in): 0 = capacity available (groen), 1 = limited (geel), 2 = under study, with a queue (oranje), 3 = shortage, with a queue (rood), -1 = not yet coloured. Codes or the colour words are accepted.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;A need up to 0.173 MVA (up to 3 x 250 A, below a medium-voltage connection; Enexis) is hardly affected: score 1 everywhere.&lt;/li&gt;&lt;li&gt;Above it, status 3 excludes (score 0, CONSTRAINT 0); statuses 0-3 score STATUS_SCORES (default 1, 0.7, 0.3, 0: an assumption).&lt;/li&gt;&lt;li&gt;From LARGE_MVA (default 10 MVA, an assumption) the connection comes from the high-voltage grid: the score is multiplied by a distance score to the nearest SUBSTATION, 1 within SUBSTATION_NEAR (2 km) falling linearly to 0 at SUBSTATION_FAR (15 km) (assumptions: the cost of a dedicated cable grows with its length).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Where polygons overlap the worst status counts; a cell takes the status of the polygon that contains its centre. Cells outside every polygon or with status -1 score UNKNOWN_SCORE, or stay NoData when it is empty. Sources: status codes from the publisher's renderer and Liander's scarcity levels; reference/domain-nl.md §2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Leest de capaciteitskaart van de netbeheerders: polygonen met een status per voedingsgebied in STATUS_FIELD (&lt;code&gt;afname&lt;/code&gt; voor afname, &lt;code&gt;opwek&lt;/code&gt; voor teruglevering): 0 = capaciteit beschikbaar (groen), 1 = beperkt (geel), 2 = in onderzoek, met wachtrij (oranje), 3 = tekort, met wachtrij (rood), -1 = nog niet ingekleurd. Zowel de codes als de kleurwoorden worden geaccepteerd.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Een behoefte tot 0.173 MVA (tot 3 x 250 A, onder een middenspanningsaansluiting; Enexis) wordt nauwelijks beïnvloed: overal score 1.&lt;/li&gt;&lt;li&gt;Daarboven sluit status 3 uit (score 0, CONSTRAINT 0); statussen 0-3 krijgen de scores uit STATUS_SCORES (standaard 1, 0.7, 0.3, 0: een aanname).&lt;/li&gt;&lt;li&gt;Vanaf LARGE_MVA (standaard 10 MVA, een aanname) komt de aansluiting van het hoogspanningsnet: de score wordt vermenigvuldigd met een afstandsscore tot het dichtstbijzijnde SUBSTATION, 1 binnen SUBSTATION_NEAR (2 km) en lineair aflopend naar 0 op SUBSTATION_FAR (15 km) (aannames: de kosten van een eigen kabel nemen toe met de lengte).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Waar polygonen overlappen, telt de slechtste status; een cel krijgt de status van de polygoon die haar middelpunt bevat. Cellen buiten alle polygonen of met status -1 krijgen UNKNOWN_SCORE, of blijven NoData als die leeg is. Bronnen: statuscodes uit de symbologie van de uitgever en de schaarsteniveaus van Liander; reference/domain-nl.md §2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="71"/>
        <source>Capacity map areas</source>
        <translation>Gebieden van de capaciteitskaart</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="71"/>
        <source>Polygons of the capaciteitskaart (supply areas) with a status field.</source>
        <translation>Polygonen van de capaciteitskaart (voedingsgebieden) met een statusveld.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="75"/>
        <source>Status field</source>
        <translation>Statusveld</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="75"/>
        <source>afname (offtake: a company that draws power) or opwek (feed-in). Values 0-3, -1, or groen/geel/oranje/rood.</source>
        <translation>afname (een bedrijf dat stroom afneemt) of opwek (teruglevering). Waarden 0-3, -1, of groen/geel/oranje/rood.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="79"/>
        <source>Required connection (MVA)</source>
        <translation>Benodigde aansluiting (MVA)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="79"/>
        <source>The company's grid need. Default 2 MVA (assumption: a mid-size distribution centre, 2-10 MVA in domain-nl.md §8).</source>
        <translation>De aansluitbehoefte van het bedrijf. Standaard 2 MVA (aanname: een middelgroot distributiecentrum, 2-10 MVA in domain-nl.md §8).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="47"/>
        <source>High-voltage substations</source>
        <translation>Hoogspanningsstations</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="83"/>
        <source>Points of HV substations (110 kV and up); used from LARGE_MVA.</source>
        <translation>Punten van hoogspanningsstations (110 kV en hoger); gebruikt vanaf LARGE_MVA.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="87"/>
        <source>Score for unknown status</source>
        <translation>Score bij onbekende status</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="87"/>
        <source>Score (0-1) where the status is unknown (-1 or outside the map). Empty: NoData.</source>
        <translation>Score (0-1) waar de status onbekend is (-1 of buiten de kaart). Leeg: NoData.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="90"/>
        <source>Scores for status 0, 1, 2, 3</source>
        <translation>Scores voor status 0, 1, 2, 3</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="90"/>
        <source>Four scores 0-1 for status 0, 1, 2 and 3 (default 1,0.7,0.3,0: assumption). Status 3 always excludes.</source>
        <translation>Vier scores 0-1 voor status 0, 1, 2 en 3 (standaard 1,0.7,0.3,0: aanname). Status 3 sluit altijd uit.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="95"/>
        <source>High-voltage need from (MVA)</source>
        <translation>Hoogspanningsbehoefte vanaf (MVA)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="95"/>
        <source>From this need the distance to a substation counts. Default 10 MVA (assumption, domain-nl.md §2).</source>
        <translation>Vanaf deze behoefte telt de afstand tot een hoogspanningsstation mee. Standaard 10 MVA (aanname, domain-nl.md §2).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="99"/>
        <source>Full score within (m) of a substation</source>
        <translation>Volledige score binnen (m) van een hoogspanningsstation</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="102"/>
        <source>Zero score beyond (m) from a substation</source>
        <translation>Score nul op meer dan (m) van een hoogspanningsstation</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="102"/>
        <source>Default 15000 m (assumption).</source>
        <translation>Standaard 15000 m (aanname).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="106"/>
        <source>Grid score</source>
        <translation>Netscore</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="108"/>
        <source>Grid constraint (0 = excluded)</source>
        <translation>Netbeperking (0 = uitgesloten)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="108"/>
        <source>0 where status 3 rules the location out.</source>
        <translation>0 waar status 3 de locatie uitsluit.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="111"/>
        <source>Distance to a substation (m)</source>
        <translation>Afstand tot een hoogspanningsstation (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="111"/>
        <source>Metres to the nearest substation, capped at SUBSTATION_FAR.</source>
        <translation>Meters tot het dichtstbijzijnde hoogspanningsstation, begrensd op SUBSTATION_FAR.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="118"/>
        <source>no layer was given</source>
        <translation>er is geen laag opgegeven</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="142"/>
        <source>grid congestion score 0-1</source>
        <translation>netcongestiescore 0-1</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="144"/>
        <source>grid constraint: 0 = status 3 (shortage)</source>
        <translation>netbeperking: 0 = status 3 (tekort)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="146"/>
        <source>distance to HV substation (m), capped at {:g}</source>
        <translation>afstand tot hoogspanningsstation (m), begrensd op {:g}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="152"/>
        <source>the substation distance needs a SUBSTATIONS layer</source>
        <translation>de afstand tot een hoogspanningsstation vereist een laag SUBSTATIONS</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="168"/>
        <source>The need of {:g} MVA calls for a high-voltage connection; give SUBSTATIONS to include the distance to a substation.</source>
        <translation>Een behoefte van {:g} MVA vraagt om een hoogspanningsaansluiting; geef SUBSTATIONS op om de afstand tot een hoogspanningsstation mee te nemen.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="193"/>
        <source>{} areas: {} groen, {} geel, {} oranje, {} rood, {} unknown.</source>
        <translation>{} gebieden: {} groen, {} geel, {} oranje, {} rood, {} onbekend.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="197"/>
        <source>A need of {:g} MVA is at most {} MVA: congestion hardly matters, every cell scores 1.</source>
        <translation>Een behoefte van {:g} MVA is ten hoogste {} MVA: congestie speelt nauwelijks een rol, elke cel krijgt score 1.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="42"/>
        <source>Landscape and visual impact</source>
        <translation>Landschap en visuele impact</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="45"/>
        <source>Excludes protected nature, penalises valued landscape and the visual impact a tall building has on it.</source>
        <translation>Sluit beschermde natuur uit en verlaagt de score voor waardevol landschap en voor de visuele impact die een hoog gebouw daarop heeft.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="49"/>
        <source>landschap,verdozing,zichtbaarheid,viewshed,Nationaal Landschap,NNN,Natura 2000,landscape,visual impact,openness</source>
        <translation>landschap,verdozing,zichtbaarheid,viewshed,Nationaal Landschap,NNN,Natura 2000,landscape,visual impact,openness,visuele impact,zichtveld,openheid,beschermde gebieden,waardevol landschap</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="54"/>
        <source>&lt;p&gt;&lt;b&gt;PROTECTED&lt;/b&gt; polygons (Natura 2000, NNN, UNESCO core zones) are hard exclusions: score 0, CONSTRAINT 0. &lt;b&gt;VALUED&lt;/b&gt; polygons (Nationale Landschappen, national parks, provincial core qualities, openness) carry a value V from 0 to 1: VALUE_FIELD (numbers 0-1, or classes mapped by VALUE_TABLE such as &lt;code&gt;hoog:1,midden:0.6,laag:0.3&lt;/code&gt;); without a field V = 1. Overlaps take the highest value; a cell takes the polygons that contain its centre.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Visual impact&lt;/b&gt;: a building of height h subtends atan(h/d) at distance d, so it dominates the view up to d = h / tan(&amp;theta;) for the view-angle classes 10&amp;deg;, 2&amp;deg;, 0.8&amp;deg; and 0.4&amp;deg; (WUR, for wind turbines). Rings for 20, 30 and 40 m: {}; {}; {} m. IMPACT at a cell = &amp;Sigma; w&lt;sub&gt;k&lt;/sub&gt; &amp;middot; valued area in ring k / &amp;Sigma; w&lt;sub&gt;k&lt;/sub&gt; &amp;middot; ring area (0-1), with RING_WEIGHTS w (default 1, 0.5, 0.2, 0.1: an assumption) - one FFT focal sum over the grid. Protected areas count as valued (V = 1) for the impact unless PROTECTED_IN_IMPACT is off.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Score&lt;/b&gt; = 0 on protected land, else (1 &amp;minus; VALUE_WEIGHT &amp;middot; V) &amp;middot; (1 &amp;minus; IMPACT_WEIGHT &amp;middot; IMPACT).&lt;/p&gt;&lt;p&gt;&lt;b&gt;With a DEM and SITES&lt;/b&gt; (points, or polygons at a point on their surface): per site a viewshed (GDAL, observer on the roof at BUILDING_HEIGHT above the ground, viewer at EYE_HEIGHT, refraction 0.857) keeps only the valued land that actually sees the building. SITES_OUTPUT gets impact_visible, impact_flat, visible_share (share of the ring area that sees the building) and dem_coverage. Land the DEM does not cover counts as not visible. Use a DSM (with buildings and trees) for what people see, a DTM for the bare relief.&lt;/p&gt;&lt;p&gt;Sources: reference/domain-nl.md §4; College van Rijksadviseurs (2019) on XXL 'verdozing'.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;PROTECTED&lt;/b&gt;-polygonen (Natura 2000, NNN, UNESCO-kernzones) zijn harde uitsluitingen: score 0, CONSTRAINT 0. &lt;b&gt;VALUED&lt;/b&gt;-polygonen (Nationale Landschappen, nationale parken, provinciale kernkwaliteiten, openheid) hebben een waarde V van 0 tot 1: VALUE_FIELD (getallen 0-1, of klassen die via VALUE_TABLE worden omgezet, zoals &lt;code&gt;hoog:1,midden:0.6,laag:0.3&lt;/code&gt;); zonder veld is V = 1. Bij overlap telt de hoogste waarde; een cel krijgt de polygonen die haar middelpunt bevatten.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Visuele impact&lt;/b&gt;: een gebouw met hoogte h beslaat op afstand d een kijkhoek van atan(h/d) en domineert dus het zicht tot d = h / tan(&amp;theta;), voor de kijkhoekklassen 10&amp;deg;, 2&amp;deg;, 0.8&amp;deg; en 0.4&amp;deg; (WUR, voor windturbines). Ringen voor 20, 30 en 40 m: {}; {}; {} m. IMPACT in een cel = &amp;Sigma; w&lt;sub&gt;k&lt;/sub&gt; &amp;middot; waardevol oppervlak in ring k / &amp;Sigma; w&lt;sub&gt;k&lt;/sub&gt; &amp;middot; ringoppervlak (0-1), met RING_WEIGHTS w (standaard 1, 0.5, 0.2, 0.1: een aanname) - één focale som met FFT over het raster. Beschermde gebieden tellen voor de impact als waardevol (V = 1), tenzij PROTECTED_IN_IMPACT uit staat.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Score&lt;/b&gt; = 0 op beschermd gebied, anders (1 &amp;minus; VALUE_WEIGHT &amp;middot; V) &amp;middot; (1 &amp;minus; IMPACT_WEIGHT &amp;middot; IMPACT).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Met een hoogtemodel (DEM) en SITES&lt;/b&gt; (punten, of polygonen via een punt op hun oppervlak): per locatie houdt een zichtveldanalyse (GDAL; waarnemer op het dak op BUILDING_HEIGHT boven maaiveld, kijker op EYE_HEIGHT, refractie 0.857) alleen het waardevolle land over dat het gebouw werkelijk ziet. SITES_OUTPUT krijgt impact_visible, impact_flat, visible_share (aandeel van het ringoppervlak dat het gebouw ziet) en dem_coverage. Land dat niet door het hoogtemodel wordt gedekt, telt als niet zichtbaar. Gebruik een DSM (met gebouwen en bomen) voor wat mensen zien, een DTM voor het kale reliëf.&lt;/p&gt;&lt;p&gt;Bronnen: reference/domain-nl.md §4; College van Rijksadviseurs (2019) over XXL-&apos;verdozing&apos;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="84"/>
        <source>Protected areas (excluded)</source>
        <translation>Beschermde gebieden (uitgesloten)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="84"/>
        <source>Polygon layers that exclude: Natura 2000, NNN, UNESCO core zones.</source>
        <translation>Polygoonlagen die uitsluiten: Natura 2000, NNN, UNESCO-kernzones.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="70"/>
        <source>Valued landscape</source>
        <translation>Waardevol landschap</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="89"/>
        <source>Polygon layers that penalise: Nationale Landschappen, national parks, provincial core qualities, open landscape.</source>
        <translation>Polygoonlagen die de score verlagen: Nationale Landschappen, nationale parken, provinciale kernkwaliteiten, open landschap.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="94"/>
        <source>Value field</source>
        <translation>Waardeveld</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="94"/>
        <source>Field (in the valued layers that have it) with the landscape value: 0-1, or classes mapped by the value table. Empty: value 1.</source>
        <translation>Veld (in de waardevolle lagen die het hebben) met de landschapswaarde: 0-1, of klassen die via de waardetabel worden omgezet. Leeg: waarde 1.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="98"/>
        <source>Value table (class:value)</source>
        <translation>Waardetabel (klasse:waarde)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="98"/>
        <source>Maps classes to 0-1, e.g. hoog:1,midden:0.6,laag:0.3.</source>
        <translation>Zet klassen om naar 0-1, bijv. hoog:1,midden:0.6,laag:0.3.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="101"/>
        <source>Protected areas count as valued for the impact</source>
        <translation>Beschermde gebieden tellen als waardevol voor de impact</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="101"/>
        <source>Natura 2000 and NNN are seen too: value 1 in the impact.</source>
        <translation>Ook zicht vanuit Natura 2000 en NNN telt mee: waarde 1 in de impact.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="105"/>
        <source>Building height (m)</source>
        <translation>Bouwhoogte (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="105"/>
        <source>Height of the building. Default 30 m (assumption: the worked example of domain-nl.md §4; automated XXL distribution centres reach 25-40 m).</source>
        <translation>Hoogte van het gebouw. Standaard 30 m (aanname: het uitgewerkte voorbeeld in domain-nl.md §4; geautomatiseerde XXL-distributiecentra worden 25-40 m hoog).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="109"/>
        <source>Ring weights</source>
        <translation>Ringgewichten</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="109"/>
        <source>Weights of the 10°, 2°, 0.8° and 0.4° rings (assumption: 1,0.5,0.2,0.1).</source>
        <translation>Gewichten van de ringen van 10°, 2°, 0.8° en 0.4° (aanname: 1,0.5,0.2,0.1).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="113"/>
        <source>Weight of the value at the site</source>
        <translation>Gewicht van de waarde op de locatie</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="113"/>
        <source>0-1: how much building in valued landscape itself costs.</source>
        <translation>0-1: hoe zwaar het bouwen in waardevol landschap zelf weegt.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="116"/>
        <source>Weight of the visual impact</source>
        <translation>Gewicht van de visuele impact</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="116"/>
        <source>0-1: how much being seen from valued landscape costs.</source>
        <translation>0-1: hoe zwaar het weegt dat het gebouw vanuit waardevol landschap te zien is.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="119"/>
        <source>Elevation model (DSM/DTM)</source>
        <translation>Hoogtemodel (DSM/DTM)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="119"/>
        <source>For the per-site viewshed, e.g. AHN (m NAP).</source>
        <translation>Voor het zichtveld per locatie, bijv. AHN (m NAP).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="122"/>
        <source>Candidate sites (for the viewshed)</source>
        <translation>Kandidaatlocaties (voor het zichtveld)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="122"/>
        <source>Points or polygons; each gets a viewshed from a point on its surface.</source>
        <translation>Punten of polygonen; elke locatie krijgt een zichtveld vanaf een punt op haar oppervlak.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="126"/>
        <source>Viewer eye height (m)</source>
        <translation>Ooghoogte van de kijker (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="126"/>
        <source>Height of a viewer above the ground (assumption: 1.6 m).</source>
        <translation>Hoogte van een kijker boven maaiveld (aanname: 1.6 m).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="129"/>
        <source>Empty: the extent of the protected and valued layers together.</source>
        <translation>Leeg: de gezamenlijke extent van de beschermde en waardevolle lagen.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="131"/>
        <source>Landscape score</source>
        <translation>Landschapsscore</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="133"/>
        <source>Visual impact (0-1)</source>
        <translation>Visuele impact (0-1)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="133"/>
        <source>Ring-weighted share of valued landscape around each cell.</source>
        <translation>Met ringgewichten gewogen aandeel waardevol landschap rond elke cel.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="136"/>
        <source>Landscape constraint (0 = protected)</source>
        <translation>Landschapsbeperking (0 = beschermd)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="136"/>
        <source>0 on protected land, 1 elsewhere.</source>
        <translation>0 op beschermd gebied, elders 1.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="139"/>
        <source>Sites with visible impact</source>
        <translation>Locaties met zichtbare impact</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="139"/>
        <source>The sites with the viewshed fields.</source>
        <translation>De locaties met de velden van de zichtveldanalyse.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="162"/>
        <source>Layer &apos;{}&apos; has no field &apos;{}&apos;: value 1.</source>
        <translation>Laag &apos;{}&apos; heeft geen veld &apos;{}&apos;: waarde 1.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="180"/>
        <source>give at least one protected or valued landscape layer</source>
        <translation>geef ten minste één laag met beschermd of waardevol landschap op</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="204"/>
        <source>landscape score 0-1</source>
        <translation>landschapsscore 0-1</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="206"/>
        <source>visual impact 0-1 (ring-weighted share of valued landscape)</source>
        <translation>visuele impact 0-1 (met ringgewichten gewogen aandeel waardevol landschap)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="209"/>
        <source>landscape constraint: 0 = protected</source>
        <translation>landschapsbeperking: 0 = beschermd</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="214"/>
        <source>Building {:g} m: rings {} m; {} protected and {} valued polygons; impact on {:g} m cells.</source>
        <translation>Gebouw {:g} m: ringen {} m; {} beschermde en {} waardevolle polygonen; impact op cellen van {:g} m.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="242"/>
        <source>the per-site viewshed needs an elevation model</source>
        <translation>het zichtveld per locatie vereist een hoogtemodel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="249"/>
        <source>the elevation model is in {}, the analysis in {}; reproject the elevation model to the target CRS first</source>
        <translation>het hoogtemodel is in {}, de analyse in {}; herprojecteer het hoogtemodel eerst naar het doel-CRS</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="26"/>
        <source>Locate new sites</source>
        <translation>Nieuwe locaties zoeken</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="29"/>
        <source>Finds contiguous, compact sites of at least a given area with a high mean suitability, a minimum distance apart.</source>
        <translation>Zoekt aaneengesloten, compacte locaties van ten minste een opgegeven oppervlakte met een hoge gemiddelde geschiktheid, op een minimale onderlinge afstand.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="33"/>
        <source>locaties zoeken,kavels,regio,locate regions,site search,contiguous,compact,suitability</source>
        <translation>locaties zoeken,kavels,regio,locate regions,site search,contiguous,compact,suitability,aaneengesloten,geschiktheid,zoekgebieden</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="37"/>
        <source>&lt;p&gt;Finds up to MAX_SITES new sites (no cap of 30) in a SUITABILITY raster, each a contiguous region of at least MIN_AREA_HA with a mean score of at least MIN_SCORE, compact enough for a building and at least MIN_SPACING apart.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Buildable land&lt;/b&gt;: cells with a score above 0 (not excluded), after a morphological opening with a disk of diameter MIN_WIDTH: only land where a whole disk of that width fits stays, so ribbons narrower than MIN_WIDTH drop out. MIN_WIDTH 0 means half the side of a square of MIN_AREA_HA (158 m for 10 ha).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Seeds&lt;/b&gt;: each buildable cell&apos;s mean score over a disk of MIN_AREA_HA around it (90 % of the disk must be buildable); the best seeds are tried first.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Growth&lt;/b&gt;: from the seed, the best-scoring free neighbouring cell is added until the region reaches MIN_AREA_HA, never farther from the seed than 1.5 times the radius of a disk of that area (compactness).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Spacing&lt;/b&gt;: land within MIN_SPACING of a chosen site is no longer free.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Output polygons: rank (by mean score, 1 = best), area_ha, mean_score, min_score and compactness (4&amp;pi;A/P&amp;sup2;: 1 for a disk, 0.79 for a square). The whole raster is held in memory (about 60 bytes per cell); very large rasters are refused with an estimate.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zoekt tot MAX_SITES nieuwe locaties (geen maximum van 30) in een SUITABILITY-raster, elk een aaneengesloten gebied van ten minste MIN_AREA_HA met een gemiddelde score van ten minste MIN_SCORE, compact genoeg voor een gebouw en ten minste MIN_SPACING van elkaar.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Bebouwbaar land&lt;/b&gt;: cellen met een score boven 0 (niet uitgesloten), na een morfologische opening met een schijf met diameter MIN_WIDTH: alleen land waar een hele schijf van die breedte past, blijft over, zodat stroken smaller dan MIN_WIDTH afvallen. MIN_WIDTH 0 betekent de halve zijde van een vierkant van MIN_AREA_HA (158 m bij 10 ha).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Kiemen&lt;/b&gt;: voor elke bebouwbare cel de gemiddelde score over een schijf van MIN_AREA_HA eromheen (90 % van de schijf moet bebouwbaar zijn); de beste kiemen worden het eerst geprobeerd.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Groei&lt;/b&gt;: vanuit de kiem wordt steeds de best scorende vrije buurcel toegevoegd tot het gebied MIN_AREA_HA bereikt, nooit verder van de kiem dan 1.5 keer de straal van een schijf met die oppervlakte (compactheid).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Tussenafstand&lt;/b&gt;: land binnen MIN_SPACING van een gekozen locatie is niet meer vrij.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Uitvoerpolygonen: rank (op gemiddelde score, 1 = beste), area_ha, mean_score, min_score en compactness (4&amp;pi;A/P&amp;sup2;: 1 voor een schijf, 0.79 voor een vierkant). Het hele raster wordt in het geheugen gehouden (ongeveer 60 bytes per cel); zeer grote rasters worden geweigerd, met een schatting.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="59"/>
        <source>Suitability raster 0-1 (0 = excluded), e.g. from &apos;Suitability for a company profile&apos;.</source>
        <translation>Geschiktheidsraster 0-1 (0 = uitgesloten), bijv. uit &apos;Geschiktheid voor een bedrijfsprofiel&apos;.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="62"/>
        <source>Site area (ha)</source>
        <translation>Oppervlakte per locatie (ha)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="62"/>
        <source>Area each site needs. Default 10 ha (assumption: an XXL distribution centre needs 6-15 ha, domain-nl.md §8).</source>
        <translation>Oppervlakte die elke locatie nodig heeft. Standaard 10 ha (aanname: een XXL-distributiecentrum heeft 6-15 ha nodig, domain-nl.md §8).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="66"/>
        <source>Maximum number of sites</source>
        <translation>Maximaal aantal locaties</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="66"/>
        <source>Stop after this many sites (no built-in cap).</source>
        <translation>Stop na zoveel locaties (geen ingebouwd maximum).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="69"/>
        <source>Minimum mean score</source>
        <translation>Minimale gemiddelde score</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="69"/>
        <source>Mean suitability a site must reach (default 0.6, assumption).</source>
        <translation>Gemiddelde geschiktheid die een locatie moet halen (standaard 0.6, aanname).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="72"/>
        <source>Minimum spacing (m)</source>
        <translation>Minimale tussenafstand (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="72"/>
        <source>Distance between sites (default 500 m, assumption: separate locations, not one park cut in pieces).</source>
        <translation>Afstand tussen locaties (standaard 500 m, aanname: afzonderlijke locaties, niet één bedrijventerrein dat in stukken is geknipt).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="75"/>
        <source>Minimum width (m)</source>
        <translation>Minimale breedte (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="75"/>
        <source>Narrowest part a site may have. 0 = half the side of a square of the site area.</source>
        <translation>Smalste deel dat een locatie mag hebben. 0 = de halve zijde van een vierkant met de oppervlakte van de locatie.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="78"/>
        <source>Located sites</source>
        <translation>Gevonden locaties</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="78"/>
        <source>Polygons of the sites found.</source>
        <translation>Polygonen van de gevonden locaties.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="100"/>
        <source>the raster&apos;s cells are not square; warp it to square cells first</source>
        <translation>de cellen van het raster zijn niet vierkant; zet het raster eerst om naar vierkante cellen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="102"/>
        <source>locating sites on this raster</source>
        <translation>het zoeken van locaties op dit raster</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="102"/>
        <source>use a coarser raster or a smaller extent</source>
        <translation>gebruik een grover raster of een kleinere extent</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="105"/>
        <source>Looking for sites of {:g} ha (minimum width {:.0f} m, mean score &gt;= {:g}, {:g} m apart) on {}.</source>
        <translation>Zoeken naar locaties van {:g} ha (minimale breedte {:.0f} m, gemiddelde score &gt;= {:g}, {:g} m uit elkaar) op {}.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="110"/>
        <source>{} sites found.</source>
        <translation>{} locaties gevonden.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="227"/>
        <source>the output cannot be written</source>
        <translation>de uitvoer kan niet worden weggeschreven</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="35"/>
        <source>Nitrogen deposition screening</source>
        <translation>Screening stikstofdepositie</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="38"/>
        <source>Screening estimate of the nitrogen deposition a company at each location would cause on nitrogen-sensitive Natura 2000 habitat. Not an AERIUS calculation.</source>
        <translation>Screeningsschatting van de stikstofdepositie die een bedrijf op elke locatie zou veroorzaken op stikstofgevoelige habitats in Natura 2000-gebieden. Geen AERIUS-berekening.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="43"/>
        <source>stikstof,depositie,Natura 2000,KDW,AERIUS,nitrogen,deposition,NOx,NH3,habitat,screening</source>
        <translation>stikstof,depositie,Natura 2000,KDW,AERIUS,nitrogen,deposition,NOx,NH3,habitat,screening,stikstofdepositie,ammoniak,kritische depositiewaarde</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="48"/>
        <source>&lt;p&gt;&lt;b&gt;A screening estimate, not an AERIUS calculation&lt;/b&gt;: it shows where a company would most likely stay below a deposition threshold, before anyone runs AERIUS. The outputs record this in their metadata.&lt;/p&gt;&lt;p&gt;Emissions (kg/yr) become mol N/yr: 1 kg NH3 = 58.7 mol N, 1 kg NOx (as NO2) = 21.7 mol N. The deposition at distance r is D(r) = E &amp;middot; k(r) per hectare, with a kernel per substance k(r) = A &amp;middot; max(r, r0)&lt;sup&gt;&amp;minus;b&lt;/sup&gt; up to CUTOFF (default 25 km: AERIUS counts deposition up to 25 km since 2021) and 0 beyond. A follows from mass balance: a share f of the emission lands within the cutoff. No published simplified curve exists; the defaults are assumptions to be calibrated against AERIUS runs: NOx b = {:g}, r0 = {:g} m, f = {:.0%} (2.1 % within 5 km); NH3 b = {:g}, r0 = {:g} m, f = {:.0%}.&lt;/p&gt;&lt;p&gt;Habitat is nitrogen-sensitive when its KDW (critical deposition) is below {:g} mol N/ha/yr or unknown; every cell a sensitive polygon touches counts. &lt;b&gt;DEPOSITION&lt;/b&gt; = the largest deposition on any sensitive habitat cell if the company stood at the cell (mol N/ha/yr): the kernel at the distance to the nearest sensitive cell. &lt;b&gt;LOAD&lt;/b&gt; (needs KDW and background fields) = the deposition summed over all overloaded habitat (background &amp;gt; KDW), in mol N/yr, by FFT convolution; very large grids use coarser cells for it (stated in the log).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Score&lt;/b&gt; = 1 at or below THRESHOLD (default 0.005 mol N/ha/yr, current practice; 1.0 is the proposed 'rekenkundige ondergrens'), 0 at or above UPPER (default 200 &amp;times; THRESHOLD, an assumption), and 1 &amp;minus; ln(D/THRESHOLD) / ln(UPPER/THRESHOLD) in between. A DEPOSITION_RASTER computed elsewhere (e.g. from AERIUS) replaces the kernel.&lt;/p&gt;&lt;p&gt;Sources: reference/domain-nl.md §1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Een screeningsschatting, geen AERIUS-berekening&lt;/b&gt;: de uitkomst laat zien waar een bedrijf waarschijnlijk onder een depositiedrempel blijft, voordat iemand AERIUS draait. De uitvoer legt dit vast in de metadata.&lt;/p&gt;&lt;p&gt;Emissies (kg/jaar) worden omgerekend naar mol N/jaar: 1 kg NH3 = 58.7 mol N, 1 kg NOx (als NO2) = 21.7 mol N. De depositie op afstand r is D(r) = E &amp;middot; k(r) per hectare, met per stof een kernel k(r) = A &amp;middot; max(r, r0)&lt;sup&gt;&amp;minus;b&lt;/sup&gt; tot CUTOFF (standaard 25 km: AERIUS rekent sinds 2021 depositie tot 25 km mee) en 0 daarbuiten. A volgt uit de massabalans: een aandeel f van de emissie komt binnen de afkapafstand neer. Er bestaat geen gepubliceerde vereenvoudigde curve; de standaardwaarden zijn aannames die tegen AERIUS-berekeningen gekalibreerd moeten worden: NOx b = {:g}, r0 = {:g} m, f = {:.0%} (2.1 % binnen 5 km); NH3 b = {:g}, r0 = {:g} m, f = {:.0%}.&lt;/p&gt;&lt;p&gt;Een habitat is stikstofgevoelig als de KDW (kritische depositiewaarde) lager is dan {:g} mol N/ha/jaar of onbekend is; elke cel die een gevoelige polygoon raakt, telt mee. &lt;b&gt;DEPOSITION&lt;/b&gt; = de hoogste depositie op een gevoelige habitatcel als het bedrijf in de cel zou staan (mol N/ha/jaar): de kernel op de afstand tot de dichtstbijzijnde gevoelige cel. &lt;b&gt;LOAD&lt;/b&gt; (vereist velden voor KDW en achtergronddepositie) = de depositie gesommeerd over alle overbelaste habitats (achtergrond &amp;gt; KDW), in mol N/jaar, via FFT-convolutie; bij zeer grote rasters worden daarvoor grovere cellen gebruikt (vermeld in het log).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Score&lt;/b&gt; = 1 bij of onder THRESHOLD (standaard 0.005 mol N/ha/jaar, de huidige praktijk; 1.0 is de voorgestelde &apos;rekenkundige ondergrens&apos;), 0 bij of boven UPPER (standaard 200 &amp;times; THRESHOLD, een aanname), en daartussen 1 &amp;minus; ln(D/THRESHOLD) / ln(UPPER/THRESHOLD). Een elders berekend DEPOSITION_RASTER (bijv. uit AERIUS) vervangt de kernel.&lt;/p&gt;&lt;p&gt;Bronnen: reference/domain-nl.md §1.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="76"/>
        <source>Habitats</source>
        <translation>Habitats</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="76"/>
        <source>Natura 2000 areas or a habitat map (polygons). Habitats beyond the extent but within the cutoff count.</source>
        <translation>Natura 2000-gebieden of een habitatkaart (polygonen). Habitats buiten de extent maar binnen de afkapafstand tellen mee.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="81"/>
        <source>KDW field (mol N/ha/yr)</source>
        <translation>Veld KDW (mol N/ha/jaar)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="81"/>
        <source>Critical deposition value per habitat. Empty: every habitat counts as sensitive.</source>
        <translation>Kritische depositiewaarde per habitat. Leeg: elk habitat telt als gevoelig.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="86"/>
        <source>Background deposition field (mol N/ha/yr)</source>
        <translation>Veld achtergronddepositie (mol N/ha/jaar)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="86"/>
        <source>Current total deposition per habitat; with KDW it marks overloaded habitat for LOAD.</source>
        <translation>Huidige totale depositie per habitat; samen met de KDW bepaalt dit veld welke habitats overbelast zijn voor LOAD.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="92"/>
        <source>NOx emission (kg/yr)</source>
        <translation>NOx-emissie (kg/jaar)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="92"/>
        <source>Yearly NOx emission of the company, as NO2 (kg/yr).</source>
        <translation>Jaarlijkse NOx-emissie van het bedrijf, als NO2 (kg/jaar).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="95"/>
        <source>NH3 emission (kg/yr)</source>
        <translation>NH3-emissie (kg/jaar)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="95"/>
        <source>Yearly ammonia emission of the company (kg/yr).</source>
        <translation>Jaarlijkse ammoniakemissie van het bedrijf (kg/jaar).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="98"/>
        <source>Threshold (mol N/ha/yr)</source>
        <translation>Drempelwaarde (mol N/ha/jaar)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="98"/>
        <source>Deposition that still scores 1. 0.005 = current practice; 1.0 = the proposed rekenkundige ondergrens (domain-nl.md §1).</source>
        <translation>Depositie die nog score 1 krijgt. 0.005 = huidige praktijk; 1.0 = de voorgestelde rekenkundige ondergrens (domain-nl.md §1).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="102"/>
        <source>Zero score from (mol N/ha/yr)</source>
        <translation>Score nul vanaf (mol N/ha/jaar)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="102"/>
        <source>Deposition that scores 0. Empty: 200 x THRESHOLD (assumption).</source>
        <translation>Depositie die score 0 krijgt. Leeg: 200 x THRESHOLD (aanname).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="105"/>
        <source>Cutoff distance (m)</source>
        <translation>Afkapafstand (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="105"/>
        <source>No deposition counts beyond this distance. Default 25,000 m, the AERIUS rule since 2021.</source>
        <translation>Voorbij deze afstand telt geen depositie mee. Standaard 25000 m, de AERIUS-regel sinds 2021.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="110"/>
        <source>{} kernel exponent b</source>
        <translation>{}-kernel: exponent b</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="110"/>
        <source>Power-law decay k ~ r^-b (assumption).</source>
        <translation>Afname volgens een machtswet, k ~ r^-b (aanname).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="113"/>
        <source>{} kernel core radius (m)</source>
        <translation>{}-kernel: kernstraal (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="113"/>
        <source>The kernel is flat within this radius (assumption).</source>
        <translation>Binnen deze straal is de kernel vlak (aanname).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="116"/>
        <source>{} share deposited within the cutoff</source>
        <translation>{}: aandeel neergeslagen binnen de afkapafstand</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="116"/>
        <source>Mass balance: share of the emission that lands within the cutoff, 0-1 (assumption).</source>
        <translation>Massabalans: aandeel van de emissie dat binnen de afkapafstand neerslaat, 0-1 (aanname).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="121"/>
        <source>Deposition raster (instead of the kernel)</source>
        <translation>Depositieraster (in plaats van de kernel)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="121"/>
        <source>Deposition in mol N/ha/yr per candidate location, computed elsewhere (e.g. AERIUS). Resampled bilinearly onto the grid.</source>
        <translation>Depositie in mol N/ha/jaar per kandidaatlocatie, elders berekend (bijv. met AERIUS). Wordt bilineair naar het analyserooster herbemonsterd.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="126"/>
        <source>Empty: the extent of the habitat layer.</source>
        <translation>Leeg: de extent van de habitatlaag.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="127"/>
        <source>Nitrogen score</source>
        <translation>Stikstofscore</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="127"/>
        <source>Score 0-1 (1 = at or below the threshold).</source>
        <translation>Score 0-1 (1 = bij of onder de drempelwaarde).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="129"/>
        <source>Deposition on sensitive habitat (mol N/ha/yr)</source>
        <translation>Depositie op gevoelig habitat (mol N/ha/jaar)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="129"/>
        <source>Largest deposition on a sensitive habitat cell for a company at each cell.</source>
        <translation>Hoogste depositie op een gevoelige habitatcel voor een bedrijf in elke cel.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="133"/>
        <source>Load on overloaded habitat (mol N/yr)</source>
        <translation>Belasting van overbelast habitat (mol N/jaar)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="133"/>
        <source>Deposition summed over overloaded habitat (needs KDW and background fields).</source>
        <translation>Depositie gesommeerd over overbelast habitat (vereist velden voor KDW en achtergronddepositie).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="164"/>
        <source>LOAD needs both KDW_FIELD and BACKGROUND_FIELD</source>
        <translation>LOAD vereist zowel KDW_FIELD als BACKGROUND_FIELD</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="166"/>
        <source>nitrogen score 0-1 (screening)</source>
        <translation>stikstofscore 0-1 (screening)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="168"/>
        <source>deposition on sensitive habitat (mol N/ha/yr), screening</source>
        <translation>depositie op gevoelig habitat (mol N/ha/jaar), screening</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="170"/>
        <source>deposition on overloaded habitat (mol N/yr), screening</source>
        <translation>depositie op overbelast habitat (mol N/jaar), screening</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="179"/>
        <source>{} habitat polygons, {} nitrogen-sensitive. Emission {:,.0f} mol N/yr (NOx {:g} kg x {}, NH3 {:g} kg x {}).</source>
        <translation>{} habitatpolygonen, {} stikstofgevoelig. Emissie {:,.0f} mol N/jaar (NOx {:g} kg x {}, NH3 {:g} kg x {}).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="184"/>
        <source>Nitrogen: {}.</source>
        <translation>Stikstof: {}.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="201"/>
        <source>LOAD: {} overloaded habitat polygons; convolution on {:g} m cells.</source>
        <translation>LOAD: {} overbelaste habitatpolygonen; convolutie op cellen van {:g} m.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="33"/>
        <source>Right company, right place (business parks)</source>
        <translation>Juiste bedrijf op de juiste plek (bedrijventerreinen)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="36"/>
        <source>Which business parks fit a company profile, and which HMC or water-bound parks should be kept for the firms that need them.</source>
        <translation>Welke bedrijventerreinen passen bij een bedrijfsprofiel, en welke HMC- of watergebonden terreinen behouden moeten blijven voor de bedrijven die ze nodig hebben.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="40"/>
        <source>juiste bedrijf op de juiste plek,bedrijventerrein,IBIS,HMC,watergebonden,milieucategorie,reservering,business park,reservation</source>
        <translation>juiste bedrijf op de juiste plek,bedrijventerrein,IBIS,HMC,watergebonden,milieucategorie,reservering,business park,reservation,hogere milieucategorie,werklocatie,bedrijfsprofiel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="44"/>
        <source>&lt;p&gt;For each business park (e.g. IBIS Werklocaties) and a company PROFILE:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;fits&lt;/b&gt;: the largest issuable plot (AREA_FIELD, in ha or m&amp;sup2;) is at least the profile&apos;s minimum area; the park&apos;s maximum environmental category (CATEGORY_FIELD, e.g. 4.2) admits the profile&apos;s category; a profile that needs water gets a park with water access (WATER_FIELD, e.g. &apos;Ja, met kade&apos; / &apos;Nee, er is geen vaarwater aanwezig&apos;). 1 = fits, 0 = does not (fit_reasons says why), empty = nothing failed but some data are missing (named in fit_reasons).&lt;/li&gt;&lt;li&gt;&lt;b&gt;reserve&lt;/b&gt;: the provinces want to keep HMC and water-bound parks for the firms that need them. A park with a maximum category of HMC_FROM or more (default 4.1, an assumption: HMC has no national definition) is an HMC park; one with water access is water-bound. A profile below HMC_FROM on an HMC park, or without a water need on a water-bound park, is flagged in reserve.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The field names default to the IBIS names (Max_milieucategorie, Waterontsluiting, Grootst_uitgeefbaar_deel_ha); map your own fields with the field parameters. A field the layer lacks makes that check unknown.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Voor elk bedrijventerrein (bijv. IBIS Werklocaties) en een bedrijfsprofiel (PROFILE):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;fits&lt;/b&gt;: de grootste uitgeefbare kavel (AREA_FIELD, in ha of m&amp;sup2;) is ten minste de minimale oppervlakte van het profiel; de maximale milieucategorie van het terrein (CATEGORY_FIELD, bijv. 4.2) laat de categorie van het profiel toe; een profiel dat water nodig heeft, krijgt een terrein met waterontsluiting (WATER_FIELD, bijv. &apos;Ja, met kade&apos; / &apos;Nee, er is geen vaarwater aanwezig&apos;). 1 = past, 0 = past niet (fit_reasons geeft de reden), leeg = niets afgekeurd, maar er ontbreken gegevens (genoemd in fit_reasons).&lt;/li&gt;&lt;li&gt;&lt;b&gt;reserve&lt;/b&gt;: de provincies willen HMC- en watergebonden terreinen behouden voor de bedrijven die ze nodig hebben. Een terrein met een maximale categorie van HMC_FROM of hoger (standaard 4.1, een aanname: HMC heeft geen landelijke definitie) is een HMC-terrein; een terrein met waterontsluiting is watergebonden. Een profiel onder HMC_FROM op een HMC-terrein, of een profiel zonder waterbehoefte op een watergebonden terrein, wordt gemarkeerd in reserve.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;De veldnamen zijn standaard de IBIS-namen (Max_milieucategorie, Waterontsluiting, Grootst_uitgeefbaar_deel_ha); koppel uw eigen velden met de veldparameters. Ontbreekt een veld in de laag, dan is die controle onbekend.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="62"/>
        <source>Business parks</source>
        <translation>Bedrijventerreinen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="62"/>
        <source>Business-park polygons, e.g. IBIS Werklocaties.</source>
        <translation>Polygonen van bedrijventerreinen, bijv. IBIS Werklocaties.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="66"/>
        <source>Name field</source>
        <translation>Naamveld</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="66"/>
        <source>Park name, for the messages (IBIS: BEDRIJVENT).</source>
        <translation>Naam van het terrein, voor de meldingen (IBIS: BEDRIJVENT).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="66"/>
        <source>Maximum category field</source>
        <translation>Veld maximale categorie</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="66"/>
        <source>Highest VNG category allowed on the park (IBIS: Max_milieucategorie).</source>
        <translation>Hoogste VNG-categorie die op het terrein is toegestaan (IBIS: Max_milieucategorie).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="66"/>
        <source>Water access field</source>
        <translation>Veld waterontsluiting</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="66"/>
        <source>Water access, e.g. &apos;Ja, met kade&apos; or &apos;Nee, er is geen vaarwater aanwezig&apos; (IBIS: Waterontsluiting).</source>
        <translation>Waterontsluiting, bijv. &apos;Ja, met kade&apos; of &apos;Nee, er is geen vaarwater aanwezig&apos; (IBIS: Waterontsluiting).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="66"/>
        <source>Largest issuable plot field</source>
        <translation>Veld grootste uitgeefbare kavel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="66"/>
        <source>Largest plot still to be issued (IBIS: Grootst_uitgeefbaar_deel_ha); or e.g. OPPNETTO with AREA_UNIT m2.</source>
        <translation>Grootste nog uit te geven kavel (IBIS: Grootst_uitgeefbaar_deel_ha); of bijv. OPPNETTO met AREA_UNIT m2.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="81"/>
        <source>Unit of the area field</source>
        <translation>Eenheid van het oppervlakteveld</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="81"/>
        <source>ha or m2.</source>
        <translation>ha of m2.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="83"/>
        <source>HMC from category</source>
        <translation>HMC vanaf categorie</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="83"/>
        <source>Parks from this maximum category are HMC parks (default 4.1, assumption; domain-nl.md §3).</source>
        <translation>Terreinen vanaf deze maximale categorie zijn HMC-terreinen (standaard 4.1, aanname; domain-nl.md §3).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="86"/>
        <source>Parks and fit</source>
        <translation>Terreinen en passendheid</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="86"/>
        <source>The parks with fits, fit_reasons, hmc_park, water_park and reserve.</source>
        <translation>De terreinen met fits, fit_reasons, hmc_park, water_park en reserve.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="95"/>
        <source>The parks have no field &apos;{}&apos; ({}): that check is unknown.</source>
        <translation>De terreinen hebben geen veld &apos;{}&apos; ({}): die controle is onbekend.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="137"/>
        <source>{}: {} of {} parks fit; {} flagged to keep for other firms.</source>
        <translation>{}: {} van {} terreinen passen; {} gemarkeerd om te behouden voor andere bedrijven.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="156"/>
        <source>&apos;{}&apos; is not a number</source>
        <translation>&apos;{}&apos; is geen getal</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="36"/>
        <source>Company profile</source>
        <translation>Bedrijfsprofiel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="36"/>
        <source>Built-in profile (resources/profiles).</source>
        <translation>Ingebouwd profiel (resources/profiles).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="38"/>
        <source>Own profile file (JSON)</source>
        <translation>Eigen profielbestand (JSON)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="38"/>
        <source>A profile of your own; replaces PROFILE. Its errors are listed in full.</source>
        <translation>Een eigen profiel; vervangt PROFILE. Fouten erin worden volledig opgesomd.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="47"/>
        <source>Nitrogen-sensitive habitats</source>
        <translation>Stikstofgevoelige habitats</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="47"/>
        <source>Natura 2000 areas or a habitat map (nitrogen criterion).</source>
        <translation>Natura 2000-gebieden of een habitatkaart (stikstofcriterium).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="47"/>
        <source>Grid capacity map</source>
        <translation>Capaciteitskaart elektriciteitsnet</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="47"/>
        <source>Capaciteitskaart polygons with afname/opwek status (grid criterion).</source>
        <translation>Polygonen van de capaciteitskaart met status voor afname/opwek (netcriterium).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="47"/>
        <source>HV substations (grid criterion, large needs).</source>
        <translation>Hoogspanningsstations (netcriterium, grote behoefte).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="47"/>
        <source>Houses</source>
        <translation>Woningen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="47"/>
        <source>Sensitive objects for the VNG guide distances (zoning criterion).</source>
        <translation>Gevoelige objecten voor de VNG-richtafstanden (criterium milieuzonering).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="47"/>
        <source>Accessibility criterion.</source>
        <translation>Bereikbaarheidscriterium.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="47"/>
        <source>Motorway lines where no ramps are known (accessibility).</source>
        <translation>Snelweglijnen waar geen op- en afritten bekend zijn (bereikbaarheid).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="47"/>
        <source>Roads for distances along the network (accessibility).</source>
        <translation>Wegen voor afstanden langs het netwerk (bereikbaarheid).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="47"/>
        <source>Fairways with a CEMT class.</source>
        <translation>Vaarwegen met een CEMT-klasse.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="47"/>
        <source>Rail freight terminals.</source>
        <translation>Spoorgoederenterminals.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="65"/>
        <source>Field of WATERWAYS with the CEMT class.</source>
        <translation>Veld van WATERWAYS met de CEMT-klasse.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="67"/>
        <source>Protected areas</source>
        <translation>Beschermde gebieden</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="67"/>
        <source>Natura 2000, NNN, UNESCO core zones (landscape criterion; excluded).</source>
        <translation>Natura 2000, NNN, UNESCO-kernzones (landschapscriterium; uitgesloten).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="70"/>
        <source>Nationale Landschappen, national parks, core qualities (landscape).</source>
        <translation>Nationale Landschappen, nationale parken, kernkwaliteiten (landschap).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="73"/>
        <source>Landscape value field</source>
        <translation>Veld landschapswaarde</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="73"/>
        <source>Field of the valued layers with values 0-1.</source>
        <translation>Veld van de waardevolle lagen met waarden 0-1.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="34"/>
        <source>Suitability for a company profile</source>
        <translation>Geschiktheid voor een bedrijfsprofiel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="37"/>
        <source>One run for one company type: nitrogen, grid, zoning, landscape and accessibility with the profile&apos;s settings and weights, combined into one suitability map.</source>
        <translation>Eén berekening voor één bedrijfstype: stikstof, elektriciteitsnet, milieuzonering, landschap en bereikbaarheid met de instellingen en gewichten van het profiel, gecombineerd tot één geschiktheidskaart.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="42"/>
        <source>profiel,bedrijfsprofiel,geschiktheid,XXL,logistiek,datacenter,elektrolyser,recycling,HMC,profile,suitability,company</source>
        <translation>profiel,bedrijfsprofiel,geschiktheid,XXL,logistiek,datacenter,elektrolyser,recycling,HMC,profile,suitability,company,geschiktheidskaart,bedrijfstype</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="46"/>
        <source>&lt;p&gt;Choose a built-in PROFILE or your own PROFILE_FILE (JSON, schema ruimte-profile/1; see resources/profiles). The profile sets the building height, VNG category, grid need, emissions, transport needs, the criterion weights (or an AHP matrix), the aggregation and which hard rules exclude. Every number in a profile says its source or that it is an assumption.&lt;/p&gt;&lt;p&gt;Every data input is optional. A criterion whose input is missing is left out with a warning and the remaining weights are renormalised to sum 1; the output's metadata (RUIMTE_PROFILE) lists the weights used and what was left out.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;nitrogen: HABITATS (ruimte:nitrogen with the profile's emissions)&lt;/li&gt;&lt;li&gt;grid: CAPACITY_AREAS, optional SUBSTATIONS (ruimte:gridcapacity; the status field is the profile's direction, afname or opwek)&lt;/li&gt;&lt;li&gt;zoning: SENSITIVE houses (ruimte:zoning with the profile's category)&lt;/li&gt;&lt;li&gt;landscape: PROTECTED and/or VALUED (ruimte:landscape with the profile's building height)&lt;/li&gt;&lt;li&gt;accessibility: RAMPS or MOTORWAYS, WATERWAYS, RAIL_TERMINALS as the profile needs (ruimte:accessibility)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Hard rules (protected land, inside the VNG guide distance, grid status 3) exclude: score 0, as does land outside the STUDY_AREA. EXCLUDED shows them (0 = excluded). All criteria run on one grid: EXTENT (default: all inputs together), PIXEL_SIZE, TARGET_CRS. Loaded outputs land in the layer group 'Ruimte — &amp;lt;profile&amp;gt;'.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kies een ingebouwd PROFILE of een eigen PROFILE_FILE (JSON, schema ruimte-profile/1; zie resources/profiles). Het profiel bepaalt de bouwhoogte, de VNG-categorie, de netbehoefte, de emissies, de vervoersbehoeften, de criteriumgewichten (of een AHP-matrix), de aggregatie en welke harde regels uitsluiten. Bij elk getal in een profiel staat de bron, of dat het een aanname is.&lt;/p&gt;&lt;p&gt;Elke gegevensinvoer is optioneel. Een criterium waarvan de invoer ontbreekt, wordt met een waarschuwing weggelaten en de overige gewichten worden opnieuw genormaliseerd tot som 1; de metadata van de uitvoer (RUIMTE_PROFILE) vermelden de gebruikte gewichten en wat is weggelaten.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;stikstof (nitrogen): HABITATS (ruimte:nitrogen met de emissies van het profiel)&lt;/li&gt;&lt;li&gt;elektriciteitsnet (grid): CAPACITY_AREAS, optioneel SUBSTATIONS (ruimte:gridcapacity; het statusveld is de richting van het profiel, afname of opwek)&lt;/li&gt;&lt;li&gt;milieuzonering (zoning): woningen in SENSITIVE (ruimte:zoning met de categorie van het profiel)&lt;/li&gt;&lt;li&gt;landschap (landscape): PROTECTED en/of VALUED (ruimte:landscape met de bouwhoogte van het profiel)&lt;/li&gt;&lt;li&gt;bereikbaarheid (accessibility): RAMPS of MOTORWAYS, WATERWAYS, RAIL_TERMINALS, voor zover het profiel die nodig heeft (ruimte:accessibility)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Harde regels (beschermd gebied, binnen de VNG-richtafstand, netstatus 3) sluiten uit: score 0, net als land buiten de STUDY_AREA. EXCLUDED toont ze (0 = uitgesloten). Alle criteria worden op één analyserooster berekend: EXTENT (standaard: alle invoer samen), PIXEL_SIZE, TARGET_CRS. Geladen uitvoer komt in de lagengroep &apos;Ruimte — &amp;lt;profiel&amp;gt;&apos;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="72"/>
        <source>Study area</source>
        <translation>Studiegebied</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="72"/>
        <source>Only land inside these polygons can score (e.g. the province); outside scores 0, as excluded.</source>
        <translation>Alleen land binnen deze polygonen kan scoren (bijv. de provincie); daarbuiten is de score 0, zoals bij uitsluiting.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="77"/>
        <source>Empty: all inputs together.</source>
        <translation>Leeg: alle invoer samen.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="78"/>
        <source>Suitability 0-1 for the profile.</source>
        <translation>Geschiktheid 0-1 voor het profiel.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="80"/>
        <source>Excluded by hard rules (0 = excluded)</source>
        <translation>Uitgesloten door harde regels (0 = uitgesloten)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="80"/>
        <source>0 where a hard rule of the profile excludes.</source>
        <translation>0 waar een harde regel van het profiel uitsluit.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="84"/>
        <source>Criterion score: {}</source>
        <translation>Criteriumscore: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="84"/>
        <source>Score 0-1 of this criterion.</source>
        <translation>Score 0-1 van dit criterium.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="139"/>
        <source>road (RAMPS or MOTORWAYS)</source>
        <translation>weg (RAMPS of MOTORWAYS)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="148"/>
        <source>water (WATERWAYS)</source>
        <translation>water (WATERWAYS)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="155"/>
        <source>rail (RAIL_TERMINALS)</source>
        <translation>spoor (RAIL_TERMINALS)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="157"/>
        <source>Accessibility: no data for {}; that mode is left out.</source>
        <translation>Bereikbaarheid: geen gegevens voor {}; die vervoerswijze wordt weggelaten.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="171"/>
        <source>Criterion &apos;{}&apos; has no input data: left out; the other weights are renormalised.</source>
        <translation>Criterium &apos;{}&apos; heeft geen invoergegevens: weggelaten; de overige gewichten worden opnieuw genormaliseerd.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="181"/>
        <source>Profile {} ({}): weights {}; grid {}.</source>
        <translation>Profiel {} ({}): gewichten {}; analyserooster {}.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="189"/>
        <source>{} ({})</source>
        <translation>{} ({})</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="247"/>
        <source>inside the study area</source>
        <translation>binnen het studiegebied</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="260"/>
        <source>excluded by hard rules: 0</source>
        <translation>uitgesloten door harde regels: 0</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="277"/>
        <source>give at least one data input or an EXTENT</source>
        <translation>geef ten minste één gegevensinvoer of een EXTENT op</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="31"/>
        <source>Report (HTML)</source>
        <translation>Rapport (HTML)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="34"/>
        <source>A self-contained HTML report: map, profile and weights, conventions, ranked sites with reasons, rank ranges and data sources.</source>
        <translation>Een zelfstandig HTML-rapport: kaart, profiel en gewichten, conventies, gerangschikte locaties met redenen, rangbereiken en gegevensbronnen.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="38"/>
        <source>rapport,verslag,raadsvoorstel,report,html,shortlist</source>
        <translation>rapport,verslag,raadsvoorstel,report,html,shortlist,statenvoorstel,kaart</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="45"/>
        <source>&lt;p&gt;Writes one HTML file with everything embedded (no side files): the suitability map rendered by QGIS (with the BOUNDARY and the SITES numbered by rank), the company profile with its weights (and the AHP consistency when the weights come from a pairwise matrix) and what was left out, the conventions and parameters stored in the raster&apos;s metadata, the ranked sites with the reasons for every exclusion, a rank-range chart per site when the sites carry the output of &apos;Weight sensitivity of a site ranking&apos;, and the data sources.&lt;/p&gt;&lt;p&gt;SUITABILITY should come from a Ruimte algorithm (its RUIMTE_* metadata fill the report); SITES from &apos;Score and rank candidate sites&apos;, optionally passed through &apos;Weight sensitivity&apos;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Schrijft één HTML-bestand met alles ingebed (geen losse bijbehorende bestanden): de geschiktheidskaart zoals QGIS die weergeeft (met de BOUNDARY en de SITES genummerd op rang), het bedrijfsprofiel met de gewichten (en de AHP-consistentie als de gewichten uit een paarsgewijze vergelijkingsmatrix komen) en wat is weggelaten, de conventies en parameters die in de metadata van het raster zijn opgeslagen, de gerangschikte locaties met de redenen voor elke uitsluiting, een grafiek met het rangbereik per locatie als de locaties de uitvoer van &apos;Gewichtsgevoeligheid van een locatierangorde&apos; bevatten, en de gegevensbronnen.&lt;/p&gt;&lt;p&gt;SUITABILITY moet afkomstig zijn van een Ruimte-algoritme (de RUIMTE_*-metadata vullen het rapport); SITES van &apos;Kandidaatlocaties scoren en rangschikken&apos;, eventueel daarna door &apos;Gewichtsgevoeligheid&apos; gehaald.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="58"/>
        <source>Suitability raster written by a Ruimte algorithm.</source>
        <translation>Geschiktheidsraster dat door een Ruimte-algoritme is weggeschreven.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="95"/>
        <source>Ranked sites</source>
        <translation>Gerangschikte locaties</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="60"/>
        <source>Output of &apos;Score and rank candidate sites&apos; (or of &apos;Weight sensitivity&apos;).</source>
        <translation>Uitvoer van &apos;Kandidaatlocaties scoren en rangschikken&apos; (of van &apos;Gewichtsgevoeligheid&apos;).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="64"/>
        <source>Boundary</source>
        <translation>Grens</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="64"/>
        <source>Study-area outline for the map, e.g. the province.</source>
        <translation>Omtrek van het studiegebied voor de kaart, bijv. de provincie.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="68"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="68"/>
        <source>Report title; empty: from the profile.</source>
        <translation>Titel van het rapport; leeg: uit het profiel.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="70"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="70"/>
        <source>HTML files (*.html)</source>
        <translation>HTML-bestanden (*.html)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="70"/>
        <source>The HTML report.</source>
        <translation>Het HTML-rapport.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="83"/>
        <source>Suitability: {}</source>
        <translation>Geschiktheid: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="83"/>
        <source>Suitability report</source>
        <translation>Geschiktheidsrapport</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="86"/>
        <source>Raster: {}</source>
        <translation>Raster: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="87"/>
        <source>Made by {} (Ruimte {}, QGIS {}) on {}</source>
        <translation>Gemaakt met {} (Ruimte {}, QGIS {}) op {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="90"/>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="95"/>
        <source>Data sources and parameters</source>
        <translation>Gegevensbronnen en parameters</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="98"/>
        <source>Report written: {}</source>
        <translation>Rapport weggeschreven: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="137"/>
        <source>Suitability 0 (red) to 1 (green); excluded land scores 0. Sites: graduated by score, excluded sites hatched, numbers = rank.</source>
        <translation>Geschiktheid 0 (rood) tot 1 (groen); uitgesloten land krijgt score 0. Locaties: ingekleurd naar score, uitgesloten locaties gearceerd, nummers = rang.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="158"/>
        <source>criterion</source>
        <translation>criterium</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="158"/>
        <source>weight</source>
        <translation>gewicht</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="165"/>
        <source>Left out for lack of data (the other weights renormalised): {}</source>
        <translation>Weggelaten wegens ontbrekende gegevens (de overige gewichten zijn opnieuw genormaliseerd): {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="169"/>
        <source>Company profile and weights</source>
        <translation>Bedrijfsprofiel en gewichten</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="171"/>
        <source>Nitrogen is a screening estimate with a distance-decay kernel, not an AERIUS calculation; it is not valid for a permit.</source>
        <translation>De stikstofscore is een screeningsschatting met een afstandsafhankelijke kernel, geen AERIUS-berekening; ze is niet bruikbaar voor een vergunning.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="175"/>
        <source>Method and conventions</source>
        <translation>Methode en conventies</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="175"/>
        <source>item</source>
        <translation>onderdeel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="254"/>
        <source>value</source>
        <translation>waarde</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="203"/>
        <source>setting</source>
        <translation>instelling</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="203"/>
        <source>source or assumption</source>
        <translation>bron of aanname</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="224"/>
        <source>rank</source>
        <translation>rang</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="224"/>
        <source>site</source>
        <translation>locatie</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="224"/>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="224"/>
        <source>usable ha</source>
        <translation>bruikbare ha</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="224"/>
        <source>reasons</source>
        <translation>redenen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="226"/>
        <source>rank 5-95 %</source>
        <translation>rang 5-95 %</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="226"/>
        <source>P(top {})</source>
        <translation>P(top {})</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="242"/>
        <source>How robust is the ranking</source>
        <translation>Hoe robuust is de rangorde</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="242"/>
        <source>Each bar spans the ranks a site took in 90 % of the weight samples; the dot is its mean rank.</source>
        <translation>Elke balk beslaat de rangen die een locatie in 90 % van de gewichtssteekproeven innam; de stip is de gemiddelde rang.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="254"/>
        <source>parameter</source>
        <translation>parameter</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="43"/>
        <source>Score and rank candidate sites</source>
        <translation>Kandidaatlocaties scoren en rangschikken</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="46"/>
        <source>Per site the mean and minimum score of each criterion, the share excluded, a total score, a rank and the reasons for every failed hard rule.</source>
        <translation>Per locatie de gemiddelde en minimale score van elk criterium, het uitgesloten aandeel, een totaalscore, een rang en de redenen voor elke harde regel waaraan niet is voldaan.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="50"/>
        <source>locaties,kavels,bedrijventerreinen,rangorde,uitsluiting,redenen,sites,rank,reasons,zonal statistics,IBIS</source>
        <translation>locaties,kavels,bedrijventerreinen,rangorde,uitsluiting,redenen,sites,rank,reasons,zonal statistics,IBIS,zonale statistiek,kandidaatlocaties,rangschikken</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="54"/>
        <source>&lt;p&gt;Scores SITES (plots or business parks, e.g. IBIS) in one of two ways:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;With a company PROFILE&lt;/b&gt; (or PROFILE_FILE) and its data inputs: the profile&apos;s criteria are computed over the sites (as in &apos;Suitability for a company profile&apos;, PIXEL_SIZE default 25 m) and its hard rules are checked on each site polygon in vector space, with the measured value, the threshold and the source: e.g. &lt;i&gt;distance to houses 180 m &amp;lt; 300 m (VNG, &quot;Bedrijven en milieuzonering&quot; (2009), Tabel 1, category 4.2, rustige woonwijk)&lt;/i&gt;; overlap with protected land; grid status 3; and a site (or its usable area) smaller than the profile needs.&lt;/li&gt;&lt;li&gt;&lt;b&gt;With CRITERIA&lt;/b&gt; (score rasters on one grid), WEIGHTS, METHOD and CONSTRAINTS (rasters with 0 = excluded, or polygons): the reasons name the constraint and the hectares it excludes; MIN_AREA_HA is the area needed.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Per site: area_ha, usable_ha (outside every exclusion), excl_pct, per criterion &amp;lt;name&amp;gt;_mean and &amp;lt;name&amp;gt;_min, &lt;b&gt;score&lt;/b&gt; = the criteria&apos;s means combined with the weights and method (0 when excluded), &lt;b&gt;rank&lt;/b&gt; (1 = best; excluded sites last), &lt;b&gt;excluded&lt;/b&gt; (usable area below what is needed) and &lt;b&gt;reasons&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Which cells count (as QGIS&apos;s zonal statistics): cells whose centre lies inside the site; NoData cells are skipped; a site with at most one such cell uses every cell it touches, weighted by the share it covers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Scoort SITES (kavels of bedrijventerreinen, bijv. IBIS) op een van twee manieren:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Met een bedrijfsprofiel (PROFILE)&lt;/b&gt; (of PROFILE_FILE) en de bijbehorende gegevensinvoer: de criteria van het profiel worden over de locaties berekend (zoals in &apos;Geschiktheid voor een bedrijfsprofiel&apos;, PIXEL_SIZE standaard 25 m) en de harde regels worden per locatiepolygoon in vectorvorm gecontroleerd, met de gemeten waarde, de drempel en de bron: bijv. &lt;i&gt;afstand tot woningen 180 m &amp;lt; 300 m (VNG, &quot;Bedrijven en milieuzonering&quot; (2009), Tabel 1, categorie 4.2, rustige woonwijk)&lt;/i&gt;; overlap met beschermd gebied; netstatus 3; en een locatie (of het bruikbare oppervlak ervan) die kleiner is dan het profiel vereist.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Met CRITERIA&lt;/b&gt; (scorerasters op één raster), WEIGHTS, METHOD en CONSTRAINTS (rasters met 0 = uitgesloten, of polygonen): de redenen noemen de beperking en het aantal hectares dat die uitsluit; MIN_AREA_HA is de benodigde oppervlakte.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Per locatie: area_ha, usable_ha (buiten elke uitsluiting), excl_pct, per criterium &amp;lt;naam&amp;gt;_mean en &amp;lt;naam&amp;gt;_min, &lt;b&gt;score&lt;/b&gt; = de criteriumgemiddelden gecombineerd met de gewichten en de methode (0 bij uitsluiting), &lt;b&gt;rank&lt;/b&gt; (1 = beste; uitgesloten locaties als laatste), &lt;b&gt;excluded&lt;/b&gt; (bruikbaar oppervlak kleiner dan nodig) en &lt;b&gt;reasons&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Welke cellen meetellen (zoals bij de zonale statistiek van QGIS): cellen waarvan het middelpunt binnen de locatie ligt; NoData-cellen worden overgeslagen; een locatie met hoogstens één zo&apos;n cel gebruikt elke cel die ze raakt, gewogen naar het aandeel dat ze bedekt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="76"/>
        <source>Plots or business parks (polygons).</source>
        <translation>Kavels of bedrijventerreinen (polygonen).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="81"/>
        <source>Without a profile: score rasters (0-1) on one grid.</source>
        <translation>Zonder profiel: scorerasters (0-1) op één raster.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="84"/>
        <source>Without a profile: one weight per criterion (empty: equal).</source>
        <translation>Zonder profiel: één gewicht per criterium (leeg: gelijke gewichten).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="86"/>
        <source>Without a profile: how the criterion means combine.</source>
        <translation>Zonder profiel: hoe de criteriumgemiddelden worden gecombineerd.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="88"/>
        <source>Without a profile: rasters (0 = excluded) or polygons (excluded).</source>
        <translation>Zonder profiel: rasters (0 = uitgesloten) of polygonen (uitgesloten).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="91"/>
        <source>Area needed (ha)</source>
        <translation>Benodigde oppervlakte (ha)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="91"/>
        <source>Without a profile: the usable area a site needs; empty: none.</source>
        <translation>Zonder profiel: het bruikbare oppervlak dat een locatie nodig heeft; leeg: geen.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="94"/>
        <source>Empty: the extent of the sites.</source>
        <translation>Leeg: de extent van de locaties.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="95"/>
        <source>The sites with scores, rank, excluded and reasons.</source>
        <translation>De locaties met score, rank, excluded en reasons.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="111"/>
        <source>the site layer has no polygons</source>
        <translation>de locatielaag bevat geen polygonen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="185"/>
        <source>give a PROFILE, or CRITERIA rasters</source>
        <translation>geef een PROFILE op, of CRITERIA-rasters</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="166"/>
        <source>{} weights for {} criteria</source>
        <translation>{} gewichten voor {} criteria</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="41"/>
        <source>Weight sensitivity of a site ranking</source>
        <translation>Gewichtsgevoeligheid van een locatierangorde</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="44"/>
        <source>Monte Carlo and one-at-a-time weight changes: per site the mean rank, the 5-95 % rank range and the probability of a top-K place.</source>
        <translation>Monte Carlo en one-at-a-time-variatie (één voor één) van de gewichten: per locatie de gemiddelde rang, het rangbereik 5-95 % en de kans op een plaats in de top K.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="48"/>
        <source>gevoeligheid,robuustheid,gewichten,Monte Carlo,rangorde,sensitivity,robustness,weights,top k,uncertainty</source>
        <translation>gevoeligheid,robuustheid,gewichten,Monte Carlo,rangorde,sensitivity,robustness,weights,top k,uncertainty,onzekerheid,gevoeligheidsanalyse</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="52"/>
        <source>&lt;p&gt;Scores are the weighted sum (WLC) of each site&apos;s criterion means: from CRITERIA rasters (zonal means, as &apos;Score and rank candidate sites&apos;) or from fields of the site layer (CRITERIA_FIELDS; default: every field ending in _mean, e.g. the output of &apos;Score and rank candidate sites&apos;). Sites with EXCLUDED_FIELD = 1 rank last in every run.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;One-at-a-time&lt;/b&gt; (Chen, Yu &amp;amp; Khan 2010): each weight changes in 1 % steps over &amp;plusmn;SPREAD (default 20 %) of its value, the others rescaled proportionally to keep the sum 1. Per site oat_rank_min/oat_rank_max; the optional OAT_TABLE lists every step.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Monte Carlo&lt;/b&gt;: RUNS weight vectors (SEED makes them reproducible). &lt;i&gt;dirichlet&lt;/i&gt;: Dirichlet(CONCENTRATION &amp;times; w), mean w, variance w(1&amp;minus;w)/(CONCENTRATION+1) (default 100, an assumption: about &amp;plusmn;15 % of a weight of 0.3); &lt;i&gt;uniform&lt;/i&gt;: each weight uniform within &amp;plusmn;SPREAD of its value, renormalised. Per site mean_rank, rank_p05, rank_p95 and p_top_k = the share of runs in which the site ranks TOP_K or better.&lt;/li&gt;&lt;li&gt;With CRITERIA rasters, CELL_MEAN and CELL_CV give each cell&apos;s mean score and coefficient of variation over the sampled weights (exact: mean = mean(w)&amp;middot;z, variance = z&amp;prime;Cz with C the weights&apos; covariance).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Ranks: 1 = best; ties share the better rank.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Scores zijn de gewogen som (WLC) van de criteriumgemiddelden van elke locatie: uit CRITERIA-rasters (zonale gemiddelden, zoals bij &apos;Kandidaatlocaties scoren en rangschikken&apos;) of uit velden van de locatielaag (CRITERIA_FIELDS; standaard: elk veld dat eindigt op _mean, bijv. de uitvoer van &apos;Kandidaatlocaties scoren en rangschikken&apos;). Locaties met EXCLUDED_FIELD = 1 komen in elke iteratie als laatste.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;One-at-a-time&lt;/b&gt; (één voor één; Chen, Yu &amp;amp; Khan 2010): elk gewicht varieert in stappen van 1 % over &amp;plusmn;SPREAD (standaard 20 %) van zijn waarde, waarbij de andere naar verhouding worden herschaald zodat de som 1 blijft. Per locatie oat_rank_min/oat_rank_max; de optionele OAT_TABLE bevat elke stap.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Monte Carlo&lt;/b&gt;: RUNS gewichtsvectoren (SEED maakt ze reproduceerbaar). &lt;i&gt;dirichlet&lt;/i&gt;: Dirichlet(CONCENTRATION &amp;times; w), gemiddelde w, variantie w(1&amp;minus;w)/(CONCENTRATION+1) (standaard 100, een aanname: ongeveer &amp;plusmn;15 % van een gewicht van 0.3); &lt;i&gt;uniform&lt;/i&gt;: elk gewicht uniform binnen &amp;plusmn;SPREAD van zijn waarde, opnieuw genormaliseerd. Per locatie mean_rank, rank_p05, rank_p95 en p_top_k = het aandeel van de iteraties waarin de locatie op rang TOP_K of beter eindigt.&lt;/li&gt;&lt;li&gt;Met CRITERIA-rasters geven CELL_MEAN en CELL_CV per cel de gemiddelde score en de variatiecoëfficiënt over de gewichtssteekproeven (exact: gemiddelde = gemiddelde(w)&amp;middot;z, variantie = z&amp;prime;Cz, met C de covariantie van de gewichten).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Rangen: 1 = beste; bij gelijke scores krijgen de locaties de betere rang.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="74"/>
        <source>Candidate sites, e.g. the output of &apos;Score and rank candidate sites&apos;.</source>
        <translation>Kandidaatlocaties, bijv. de uitvoer van &apos;Kandidaatlocaties scoren en rangschikken&apos;.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="77"/>
        <source>Score rasters; without them the criterion means come from the fields.</source>
        <translation>Scorerasters; zonder deze rasters komen de criteriumgemiddelden uit de velden.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="80"/>
        <source>Criterion mean fields</source>
        <translation>Velden met criteriumgemiddelden</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="80"/>
        <source>Comma-separated fields with each site&apos;s criterion mean, in the order of the weights. Empty: every field ending in _mean.</source>
        <translation>Kommagescheiden velden met het criteriumgemiddelde van elke locatie, in de volgorde van de gewichten. Leeg: elk veld dat eindigt op _mean.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="84"/>
        <source>One weight per criterion (empty: equal); normalised to sum 1.</source>
        <translation>Eén gewicht per criterium (leeg: gelijke gewichten); genormaliseerd tot som 1.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="86"/>
        <source>Excluded field</source>
        <translation>Veld uitgesloten</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="86"/>
        <source>Field that is 1 for excluded sites (they rank last); empty: none.</source>
        <translation>Veld dat 1 is voor uitgesloten locaties (die komen als laatste); leeg: geen.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="89"/>
        <source>Monte Carlo runs</source>
        <translation>Monte Carlo-iteraties</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="89"/>
        <source>Number of weight samples.</source>
        <translation>Aantal gewichtssteekproeven.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="91"/>
        <source>Sampling</source>
        <translation>Steekproefmethode</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="91"/>
        <source>dirichlet (around the weights) or uniform (+-SPREAD, renormalised).</source>
        <translation>dirichlet (rond de gewichten) of uniform (+-SPREAD, opnieuw genormaliseerd).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="93"/>
        <source>Spread (share of each weight)</source>
        <translation>Spreiding (aandeel van elk gewicht)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="93"/>
        <source>One-at-a-time range and uniform sampling range: +-20 % (Chen et al. 2010).</source>
        <translation>Bereik voor one-at-a-time en voor uniforme steekproeven: +-20 % (Chen et al. 2010).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="96"/>
        <source>Dirichlet concentration</source>
        <translation>Dirichlet-concentratie</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="96"/>
        <source>Higher = closer to the weights (default 100, assumption).</source>
        <translation>Hoger = dichter bij de gewichten (standaard 100, aanname).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="99"/>
        <source>Top K</source>
        <translation>Top K</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="99"/>
        <source>P(rank &lt;= K) is reported (default 3).</source>
        <translation>P(rang &lt;= K) wordt gerapporteerd (standaard 3).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="101"/>
        <source>Random seed</source>
        <translation>Startwaarde (seed)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="101"/>
        <source>Same seed, same samples (default 1). Empty: a new sample each run.</source>
        <translation>Zelfde seed, zelfde steekproeven (standaard 1). Leeg: bij elke uitvoering een nieuwe steekproef.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="104"/>
        <source>Sites with rank stability</source>
        <translation>Locaties met rangstabiliteit</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="104"/>
        <source>The sites with mean_rank, rank_p05, rank_p95, p_top_k, base_rank, oat_rank_min, oat_rank_max.</source>
        <translation>De locaties met mean_rank, rank_p05, rank_p95, p_top_k, base_rank, oat_rank_min, oat_rank_max.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="109"/>
        <source>One-at-a-time table</source>
        <translation>One-at-a-time-tabel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="109"/>
        <source>criterion, change_pct, site, rank for every step.</source>
        <translation>criterion, change_pct, site, rank voor elke stap.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="113"/>
        <source>Mean score per cell</source>
        <translation>Gemiddelde score per cel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="113"/>
        <source>Coefficient of variation per cell</source>
        <translation>Variatiecoëfficiënt per cel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="115"/>
        <source>Needs CRITERIA rasters.</source>
        <translation>Vereist CRITERIA-rasters.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="145"/>
        <source>give CRITERIA rasters, or sites with *_mean fields</source>
        <translation>geef CRITERIA-rasters op, of locaties met *_mean-velden</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="150"/>
        <source>the sites have no field &apos;{}&apos;</source>
        <translation>de locaties hebben geen veld &apos;{}&apos;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="202"/>
        <source>{} sites, criteria {} with weights {}; {} {} runs (seed {}).</source>
        <translation>{} locaties, criteria {} met gewichten {}; {} {}-iteraties (seed {}).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="213"/>
        <source>the per-cell mean and CV need CRITERIA rasters</source>
        <translation>het gemiddelde en de CV per cel vereisen CRITERIA-rasters</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="266"/>
        <source>mean score over the weight samples</source>
        <translation>gemiddelde score over de gewichtssteekproeven</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="266"/>
        <source>coefficient of variation of the score</source>
        <translation>variatiecoëfficiënt van de score</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="28"/>
        <source>Standardize to score (fuzzy)</source>
        <translation>Standaardiseren naar score (fuzzy)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="31"/>
        <source>Turns a value raster (a distance, a deposition, a height) into a suitability score from 0 (unsuitable) to 1 (most suitable).</source>
        <translation>Zet een waarderaster (een afstand, een depositie, een hoogte) om in een geschiktheidsscore van 0 (ongeschikt) tot 1 (meest geschikt).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="35"/>
        <source>fuzzy,fuzzify,standardise,standardize,rescale,score,membership,sigmoid,geschiktheid,standaardiseren</source>
        <translation>fuzzy,fuzzify,standardise,standardize,rescale,score,membership,sigmoid,geschiktheid,standaardiseren,herschalen,normaliseren,lidmaatschapsfunctie</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="39"/>
        <source>&lt;p&gt;Turns each cell&apos;s value x into a score from 0 (unsuitable) to 1 (most suitable).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Control-point functions&lt;/b&gt; (IDRISI/TerrSet FUZZY convention, points A &amp;le; B &amp;le; C &amp;le; D): &lt;i&gt;increasing&lt;/i&gt; rises from A (0) to B (1); &lt;i&gt;decreasing&lt;/i&gt; falls from C (1) to D (0); &lt;i&gt;symmetric&lt;/i&gt; rises A&amp;rarr;B, is 1 from B to C and falls C&amp;rarr;D.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;linear&lt;/b&gt;: (x&amp;minus;A)/(B&amp;minus;A) rising, (D&amp;minus;x)/(D&amp;minus;C) falling.&lt;/li&gt;&lt;li&gt;&lt;b&gt;sigmoid&lt;/b&gt;: cos&amp;sup2;((1&amp;minus;t)&amp;middot;&amp;pi;/2) with t=(x&amp;minus;A)/(B&amp;minus;A) rising, cos&amp;sup2;(t&amp;middot;&amp;pi;/2) with t=(x&amp;minus;C)/(D&amp;minus;C) falling.&lt;/li&gt;&lt;li&gt;&lt;b&gt;jshaped&lt;/b&gt;: 1/(1+((x&amp;minus;B)/(B&amp;minus;A))&amp;sup2;) below B, 1/(1+((x&amp;minus;C)/(D&amp;minus;C))&amp;sup2;) above C; 0.5 at A (or D), never quite 0.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Midpoint/spread functions&lt;/b&gt;, the same formulas as QGIS&apos;s &lt;i&gt;Fuzzify raster&lt;/i&gt; algorithms (DIRECTION does not apply):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;large&lt;/b&gt;: 1/(1+(x/MIDPOINT)&lt;sup&gt;&amp;minus;SPREAD&lt;/sup&gt;), x &amp;le; 0 scores 0&lt;/li&gt;&lt;li&gt;&lt;b&gt;small&lt;/b&gt;: 1/(1+(x/MIDPOINT)&lt;sup&gt;SPREAD&lt;/sup&gt;), x &amp;le; 0 scores 1&lt;/li&gt;&lt;li&gt;&lt;b&gt;gaussian&lt;/b&gt;: exp(&amp;minus;SPREAD&amp;middot;(x&amp;minus;MIDPOINT)&amp;sup2;)&lt;/li&gt;&lt;li&gt;&lt;b&gt;near&lt;/b&gt;: 1/(1+SPREAD&amp;middot;(x&amp;minus;MIDPOINT)&amp;sup2;)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;table&lt;/b&gt;: value,score pairs; TABLE_MODE &lt;i&gt;interpolate&lt;/i&gt; is piecewise linear between the pairs and constant beyond them; &lt;i&gt;exact&lt;/i&gt; is categorical (a class value gets its score; other values are unknown).&lt;/p&gt;&lt;p&gt;NoData cells score UNKNOWN_SCORE, or stay NoData when it is empty. The output is a Float32 GeoTIFF on the input&apos;s grid, NoData &amp;minus;9999, with the function and its parameters recorded in the file&apos;s metadata.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zet de waarde x van elke cel om in een score van 0 (ongeschikt) tot 1 (meest geschikt).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Functies met controlepunten&lt;/b&gt; (conventie van IDRISI/TerrSet FUZZY, punten A &amp;le; B &amp;le; C &amp;le; D): &lt;i&gt;increasing&lt;/i&gt; stijgt van A (0) naar B (1); &lt;i&gt;decreasing&lt;/i&gt; daalt van C (1) naar D (0); &lt;i&gt;symmetric&lt;/i&gt; stijgt A&amp;rarr;B, is 1 van B tot C en daalt C&amp;rarr;D.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;linear&lt;/b&gt;: (x&amp;minus;A)/(B&amp;minus;A) stijgend, (D&amp;minus;x)/(D&amp;minus;C) dalend.&lt;/li&gt;&lt;li&gt;&lt;b&gt;sigmoid&lt;/b&gt;: cos&amp;sup2;((1&amp;minus;t)&amp;middot;&amp;pi;/2) met t=(x&amp;minus;A)/(B&amp;minus;A) stijgend, cos&amp;sup2;(t&amp;middot;&amp;pi;/2) met t=(x&amp;minus;C)/(D&amp;minus;C) dalend.&lt;/li&gt;&lt;li&gt;&lt;b&gt;jshaped&lt;/b&gt;: 1/(1+((x&amp;minus;B)/(B&amp;minus;A))&amp;sup2;) onder B, 1/(1+((x&amp;minus;C)/(D&amp;minus;C))&amp;sup2;) boven C; 0.5 bij A (of D), nooit helemaal 0.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Functies met middelpunt/spreiding&lt;/b&gt;, met dezelfde formules als de QGIS-algoritmen &lt;i&gt;Fuzzify raster&lt;/i&gt; (DIRECTION is niet van toepassing):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;large&lt;/b&gt;: 1/(1+(x/MIDPOINT)&lt;sup&gt;&amp;minus;SPREAD&lt;/sup&gt;), x &amp;le; 0 krijgt score 0&lt;/li&gt;&lt;li&gt;&lt;b&gt;small&lt;/b&gt;: 1/(1+(x/MIDPOINT)&lt;sup&gt;SPREAD&lt;/sup&gt;), x &amp;le; 0 krijgt score 1&lt;/li&gt;&lt;li&gt;&lt;b&gt;gaussian&lt;/b&gt;: exp(&amp;minus;SPREAD&amp;middot;(x&amp;minus;MIDPOINT)&amp;sup2;)&lt;/li&gt;&lt;li&gt;&lt;b&gt;near&lt;/b&gt;: 1/(1+SPREAD&amp;middot;(x&amp;minus;MIDPOINT)&amp;sup2;)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;table&lt;/b&gt;: paren van waarde,score; TABLE_MODE &lt;i&gt;interpolate&lt;/i&gt; is stuksgewijs lineair tussen de paren en constant daarbuiten; &lt;i&gt;exact&lt;/i&gt; is categorisch (een klassewaarde krijgt haar score; andere waarden zijn onbekend).&lt;/p&gt;&lt;p&gt;NoData-cellen krijgen UNKNOWN_SCORE, of blijven NoData als die leeg is. De uitvoer is een Float32-GeoTIFF op het raster van de invoer, NoData &amp;minus;9999, met de functie en haar parameters vastgelegd in de metadata van het bestand.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="65"/>
        <source>Value raster</source>
        <translation>Waarderaster</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="65"/>
        <source>Raster with the values to standardise, e.g. a distance in metres.</source>
        <translation>Raster met de te standaardiseren waarden, bijv. een afstand in meters.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="68"/>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="68"/>
        <source>Band of the value raster to use (default 1).</source>
        <translation>Te gebruiken band van het waarderaster (standaard 1).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="70"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="70"/>
        <source>Shape of the value-to-score function; see the algorithm help for the formulas.</source>
        <translation>Vorm van de functie van waarde naar score; zie de help van het algoritme voor de formules.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="73"/>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="73"/>
        <source>For linear, sigmoid and jshaped: increasing (higher value = better, uses A and B), decreasing (lower = better, uses C and D) or symmetric (best between B and C, uses A-D).</source>
        <translation>Voor linear, sigmoid en jshaped: increasing (hogere waarde = beter, gebruikt A en B), decreasing (lager = beter, gebruikt C en D) of symmetric (best tussen B en C, gebruikt A-D).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="77"/>
        <source>A: rising limb starts (score 0)</source>
        <translation>A: begin stijgende flank (score 0)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="77"/>
        <source>B: rising limb ends (score 1)</source>
        <translation>B: einde stijgende flank (score 1)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="77"/>
        <source>C: falling limb starts (score 1)</source>
        <translation>C: begin dalende flank (score 1)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="77"/>
        <source>D: falling limb ends (score 0)</source>
        <translation>D: einde dalende flank (score 0)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="81"/>
        <source>Control point in the units of the value raster; A &lt;= B &lt;= C &lt;= D.</source>
        <translation>Controlepunt in de eenheden van het waarderaster; A &lt;= B &lt;= C &lt;= D.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="83"/>
        <source>Midpoint</source>
        <translation>Middelpunt</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="83"/>
        <source>For large/small: the value that scores 0.5. For gaussian/near: the value that scores 1.</source>
        <translation>Voor large/small: de waarde die score 0.5 krijgt. Voor gaussian/near: de waarde die score 1 krijgt.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="86"/>
        <source>Spread</source>
        <translation>Spreiding</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="86"/>
        <source>Steepness for large/small (QGIS default 5) and width for gaussian/near (QGIS default 0.01; smaller = wider); above 0.</source>
        <translation>Steilheid voor large/small (QGIS-standaard 5) en breedte voor gaussian/near (QGIS-standaard 0.01; kleiner = breder); groter dan 0.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="90"/>
        <source>Value-score table</source>
        <translation>Tabel waarde-score</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="90"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="103"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="90"/>
        <source>For FUNCTION=table: pairs of value and score (0-1). On the command line: TABLE=0,1,500,0.8,1000,0.</source>
        <translation>Voor FUNCTION=table: paren van waarde en score (0-1). Op de opdrachtregel: TABLE=0,1,500,0.8,1000,0.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="96"/>
        <source>Table mode</source>
        <translation>Tabelmodus</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="96"/>
        <source>interpolate: piecewise linear between the table&apos;s values; exact: categories, other values are unknown.</source>
        <translation>interpolate: stuksgewijs lineair tussen de waarden in de tabel; exact: categorieën, andere waarden zijn onbekend.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="99"/>
        <source>Score for unknown cells</source>
        <translation>Score voor onbekende cellen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="99"/>
        <source>Score (0-1) given to NoData cells of the value raster. Leave empty to keep them NoData.</source>
        <translation>Score (0-1) voor NoData-cellen van het waarderaster. Laat leeg om ze NoData te laten.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="103"/>
        <source>Float32 GeoTIFF with scores 0-1.</source>
        <translation>Float32-GeoTIFF met scores 0-1.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="123"/>
        <source>Function: {}</source>
        <translation>Functie: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="127"/>
        <source>score 0-1</source>
        <translation>score 0-1</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="32"/>
        <source>Environmental zoning (VNG guide distances)</source>
        <translation>Milieuzonering (VNG-richtafstanden)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="35"/>
        <source>Where a company of a given environmental category keeps the VNG guide distance to houses.</source>
        <translation>Waar een bedrijf van een gegeven milieucategorie de VNG-richtafstand tot woningen aanhoudt.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="39"/>
        <source>milieuzonering,richtafstand,VNG,milieucategorie,bedrijven en milieuzonering,houses,BAG,zoning,guide distance</source>
        <translation>milieuzonering,richtafstand,VNG,milieucategorie,bedrijven en milieuzonering,houses,BAG,zoning,guide distance,woningen,gevoelige objecten,activiteiten en milieuzonering</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="47"/>
        <source>&lt;p&gt;VNG &lt;i&gt;Bedrijven en milieuzonering&lt;/i&gt; (2009): a company of environmental category CATEGORY must keep the guide distance (richtafstand) from its site to the façade of houses and other sensitive objects. In a &lt;i&gt;gemengd gebied&lt;/i&gt; (mixed area) the distance of one step lower applies.&lt;/p&gt;&lt;p&gt;Outputs: DISTANCE = metres from each cell to the nearest sensitive object (cell centre to cell centre, as gdal:proximity; exact up to MAX_DISTANCE, which is written where everything is farther); CONSTRAINT = 0 inside the guide distance, 1 outside; OUTPUT score = 0 inside the guide distance, rising linearly to 1 at SCORE_MULTIPLE times the guide distance (default 2, an assumption).&lt;/p&gt;&lt;p&gt;Sensitive objects are points (e.g. BAG verblijfsobjecten with a woonfunctie: the cell containing the point) or polygons (e.g. building outlines: every cell whose centre lies inside). On the grid the rule holds to about half a cell; use a pixel size well below the guide distance.&lt;/p&gt;&lt;p&gt;Guide distances (m):&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;category&lt;/th&gt;&lt;th&gt;rustige woonwijk&lt;/th&gt;&lt;th&gt;gemengd gebied&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;p&gt;VNG &lt;i&gt;Bedrijven en milieuzonering&lt;/i&gt; (2009): een bedrijf van milieucategorie CATEGORY moet de richtafstand aanhouden tussen zijn terrein en de gevel van woningen en andere gevoelige objecten. In een &lt;i&gt;gemengd gebied&lt;/i&gt; geldt de afstand van één stap lager.&lt;/p&gt;&lt;p&gt;Uitvoer: DISTANCE = meters van elke cel tot het dichtstbijzijnde gevoelige object (van celmiddelpunt tot celmiddelpunt, zoals gdal:proximity; exact tot MAX_DISTANCE, die wordt weggeschreven waar alles verder weg ligt); CONSTRAINT = 0 binnen de richtafstand, 1 daarbuiten; score OUTPUT = 0 binnen de richtafstand en stijgt lineair tot 1 op SCORE_MULTIPLE maal de richtafstand (standaard 2, een aanname).&lt;/p&gt;&lt;p&gt;Gevoelige objecten zijn punten (bijv. BAG-verblijfsobjecten met een woonfunctie: de cel die het punt bevat) of polygonen (bijv. pandcontouren: elke cel waarvan het middelpunt erbinnen ligt). Op het raster geldt de regel tot op ongeveer een halve cel nauwkeurig; gebruik een pixelgrootte die ruim onder de richtafstand ligt.&lt;/p&gt;&lt;p&gt;Richtafstanden (m):&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;categorie&lt;/th&gt;&lt;th&gt;rustige woonwijk&lt;/th&gt;&lt;th&gt;gemengd gebied&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="62"/>
        <source>&lt;/table&gt;&lt;p&gt;Source: VNG (2009) Tabel 1, via reference/domain-nl.md §3. Since 2024 the Omgevingswet replaces this brochure with the handreiking &lt;i&gt;Activiteiten en milieuzonering&lt;/i&gt;; the 2009 categories remain the common screening yardstick.&lt;/p&gt;</source>
        <translation>&lt;/table&gt;&lt;p&gt;Bron: VNG (2009) Tabel 1, via reference/domain-nl.md §3. Sinds 2024 vervangt de handreiking &lt;i&gt;Activiteiten en milieuzonering&lt;/i&gt; onder de Omgevingswet deze brochure; de categorieën uit 2009 blijven de gangbare maatstaf voor screening.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="69"/>
        <source>Houses and other sensitive objects</source>
        <translation>Woningen en andere gevoelige objecten</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="69"/>
        <source>Points or polygons of sensitive objects, e.g. BAG verblijfsobjecten with a woonfunctie. Reprojected to the target CRS.</source>
        <translation>Punten of polygonen van gevoelige objecten, bijv. BAG-verblijfsobjecten met een woonfunctie. Worden geherprojecteerd naar het doel-CRS.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="74"/>
        <source>Environmental category (VNG)</source>
        <translation>Milieucategorie (VNG)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="74"/>
        <source>VNG 2009 category of the company. Default 3.1: the provinces want business parks for category 3.1 and up (IPO position paper).</source>
        <translation>VNG-categorie (2009) van het bedrijf. Standaard 3.1: de provincies willen bedrijventerreinen voor categorie 3.1 en hoger (IPO-positionpaper).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="77"/>
        <source>Area type</source>
        <translation>Gebiedstype</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="77"/>
        <source>rustige_woonwijk (quiet residential area, the VNG reference type) or gemengd_gebied (mixed area: one distance step lower).</source>
        <translation>rustige_woonwijk (het VNG-referentietype) of gemengd_gebied (één afstandsstap lager).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="80"/>
        <source>Full score at this multiple of the guide distance</source>
        <translation>Volledige score bij dit veelvoud van de richtafstand</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="80"/>
        <source>The score rises from 0 at the guide distance to 1 at this multiple of it. Default 2 (assumption). 1 makes the score a step.</source>
        <translation>De score stijgt van 0 op de richtafstand naar 1 op dit veelvoud ervan. Standaard 2 (aanname). Met 1 wordt de score een stapfunctie.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="85"/>
        <source>Maximum distance (m)</source>
        <translation>Maximale afstand (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="85"/>
        <source>DISTANCE is exact up to this value and capped beyond it; larger values cost time and memory. Default 5000 m (assumption: over three times the largest guide distance).</source>
        <translation>DISTANCE is exact tot deze waarde en daarboven begrensd; grotere waarden kosten meer tijd en geheugen. Standaard 5000 m (aanname: ruim drie keer de grootste richtafstand).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="91"/>
        <source>Zoning score</source>
        <translation>Score milieuzonering</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="91"/>
        <source>Score 0-1: 0 inside the guide distance, 1 from SCORE_MULTIPLE x guide distance.</source>
        <translation>Score 0-1: 0 binnen de richtafstand, 1 vanaf SCORE_MULTIPLE x de richtafstand.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="94"/>
        <source>Distance to sensitive objects (m)</source>
        <translation>Afstand tot gevoelige objecten (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="94"/>
        <source>Metres to the nearest sensitive object.</source>
        <translation>Meters tot het dichtstbijzijnde gevoelige object.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="97"/>
        <source>Zoning constraint (0 = excluded)</source>
        <translation>Beperking milieuzonering (0 = uitgesloten)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="97"/>
        <source>0 inside the guide distance, 1 outside; usable as a constraint in &apos;Combine criteria&apos;.</source>
        <translation>0 binnen de richtafstand, 1 daarbuiten; bruikbaar als beperking in &apos;Criteria combineren&apos;.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="113"/>
        <source>MAX_DISTANCE ({:g} m) must be at least the full-score distance ({:g} m)</source>
        <translation>MAX_DISTANCE ({:g} m) moet ten minste gelijk zijn aan de afstand voor volledige score ({:g} m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="121"/>
        <source>zoning score 0-1</source>
        <translation>score milieuzonering 0-1</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="123"/>
        <source>distance to sensitive objects (m), capped at {:g}</source>
        <translation>afstand tot gevoelige objecten (m), begrensd op {:g}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="126"/>
        <source>zoning constraint: 0 = inside the guide distance</source>
        <translation>beperking milieuzonering: 0 = binnen de richtafstand</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="131"/>
        <source>The layer of sensitive objects is empty: no distance applies, every cell scores 1.</source>
        <translation>De laag met gevoelige objecten is leeg: er geldt geen afstand, elke cel krijgt score 1.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="135"/>
        <source>Category {} in a {}: guide distance {:g} m ({}); {} sensitive objects; grid {}.</source>
        <translation>Categorie {} in gebiedstype {}: richtafstand {:g} m ({}); {} gevoelige objecten; analyserooster {}.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/provider.py" line="18"/>
        <source>Ruimte voor economie</source>
        <translation>Ruimte voor economie</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/provider.py" line="21"/>
        <source>Ruimte voor economie — suitability of business locations</source>
        <translation>Ruimte voor economie — geschiktheid van bedrijfslocaties</translation>
    </message>
</context>
</TS>
