<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="48"/>
        <source>Accessibility (road, water, rail)</source>
        <translation>Bereikbaarheid (weg, water, spoor)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="51"/>
        <source>Scores locations by their distance to motorway ramps, to waterways of a minimum CEMT class and to rail terminals.</source>
        <translation>Beoordeelt locaties op hun afstand tot op- en afritten van snelwegen, tot vaarwegen van een minimale CEMT-klasse en tot spoorterminals.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="55"/>
        <source>bereikbaarheid,snelweg,oprit,vaarweg,CEMT,spoor,railterminal,accessibility,motorway,ramp,waterway,rail,network distance</source>
        <translation>bereikbaarheid,snelweg,oprit,afrit,vaarweg,CEMT,spoor,railterminal,spoorterminal,netwerkafstand,accessibility,motorway,ramp,waterway,rail,network distance</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="59"/>
        <source>&lt;p&gt;Per transport mode a distance and a score: 1 up to the ideal distance, falling linearly to 0 at the maximum distance.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Road&lt;/b&gt;: distance to RAMPS (points), or to MOTORWAYS (lines) where no ramp layer exists. Default ideal 3 km (new distribution centres are built 1-3 km from a motorway), maximum 10 km (assumption).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Water&lt;/b&gt;: distance to WATERWAYS whose CEMT_FIELD class is at least MIN_CEMT (order 0 &amp;lt; I &amp;lt; II &amp;lt; III &amp;lt; IV &amp;lt; Va &amp;lt; Vb &amp;lt; VIa &amp;lt; VIb &amp;lt; VIc &amp;lt; VII; default IV, an assumption for water-bound bulk). Ideal 500 m, maximum 5 km (assumptions).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Rail&lt;/b&gt;: distance to RAIL_TERMINALS. Ideal 2 km, maximum 10 km (assumptions).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;MODES combines the modes given: &lt;i&gt;all&lt;/i&gt; = the lowest score (every mode is needed), &lt;i&gt;any&lt;/i&gt; = the highest (one suffices).&lt;/p&gt;&lt;p&gt;Distances are straight lines (cell centre to cell centre, as gdal:proximity), exact up to the maximum distance, which is written where everything is farther. With a road NETWORK the road distance runs &lt;b&gt;along the network&lt;/b&gt;: a graph over the road lines (densified every NETWORK_STEP m; coinciding line ends joined), Dijkstra from the ramps (each joined to its nearest network node), and from each cell the straight distance to its nearest network node (its access to the road) plus that node&apos;s network distance.&lt;/p&gt;&lt;p&gt;Sources: road distance: Nieuwsblad Transport (6 August 2015) on where new distribution centres are built; CEMT classes: CEMT/ECMT (1992), Resolution 92/2 on the classification of inland waterways, per fairway in Rijkswaterstaat&apos;s FIS (layer scheepvaartklasse). The other values are assumptions.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Per vervoerswijze een afstand en een score: 1 tot aan de ideale afstand, lineair aflopend naar 0 op de maximale afstand.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Weg&lt;/b&gt;: afstand tot RAMPS (punten), of tot MOTORWAYS (lijnen) als er geen laag met op- en afritten is. Standaard ideaal 3 km (nieuwe distributiecentra worden 1-3 km van een snelweg gebouwd), maximaal 10 km (aanname).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Water&lt;/b&gt;: afstand tot WATERWAYS waarvan de klasse in CEMT_FIELD ten minste MIN_CEMT is (volgorde 0 &amp;lt; I &amp;lt; II &amp;lt; III &amp;lt; IV &amp;lt; Va &amp;lt; Vb &amp;lt; VIa &amp;lt; VIb &amp;lt; VIc &amp;lt; VII; standaard IV, een aanname voor watergebonden bulk). Ideaal 500 m, maximaal 5 km (aannames).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Spoor&lt;/b&gt;: afstand tot RAIL_TERMINALS. Ideaal 2 km, maximaal 10 km (aannames).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;MODES combineert de opgegeven vervoerswijzen: &lt;i&gt;all&lt;/i&gt; = de laagste score (elke vervoerswijze is nodig), &lt;i&gt;any&lt;/i&gt; = de hoogste (één volstaat).&lt;/p&gt;&lt;p&gt;Afstanden zijn hemelsbreed (van celmiddelpunt tot celmiddelpunt, zoals gdal:proximity) en exact tot aan de maximale afstand; waar alles verder weg ligt, wordt die maximale afstand weggeschreven. Met een wegennetwerk (NETWORK) loopt de wegafstand &lt;b&gt;langs het netwerk&lt;/b&gt;: een graaf over de weglijnen (om de NETWORK_STEP m verdicht; samenvallende lijneinden verbonden), Dijkstra vanaf de op- en afritten (elk verbonden met het dichtstbijzijnde netwerkknooppunt), en vanuit elke cel de hemelsbrede afstand tot het dichtstbijzijnde netwerkknooppunt (de toegang tot de weg) plus de netwerkafstand van dat knooppunt.&lt;/p&gt;&lt;p&gt;Bronnen: wegafstand: Nieuwsblad Transport (6 augustus 2015) over waar nieuwe distributiecentra worden gebouwd; CEMT-klassen: CEMT/ECMT (1992), resolutie 92/2 over de indeling van de binnenvaarwegen, per vaarwegvak in de FIS van Rijkswaterstaat (laag scheepvaartklasse). De overige waarden zijn aannames.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/inputs_widget.py" line="34"/>
        <source>Motorway ramps</source>
        <translation>Op- en afritten van snelwegen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="87"/>
        <source>On/off ramps as points.</source>
        <translation>Op- en afritten als punten.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/inputs_widget.py" line="34"/>
        <source>Motorways</source>
        <translation>Snelwegen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="90"/>
        <source>Motorway lines, used when no ramp layer is given (e.g. roads with a speed limit of 100 km/h or more; filter the layer or select features).</source>
        <translation>Snelweglijnen, gebruikt als er geen laag met op- en afritten is opgegeven (bijv. wegen met een maximumsnelheid van 100 km/u of meer; filter de laag of selecteer objecten).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="94"/>
        <source>Road: full score within (m)</source>
        <translation>Weg: volledige score binnen (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="94"/>
        <source>Default 3000 m: new distribution centres are built 1-3 km from a motorway (Nieuwsblad Transport 2015).</source>
        <translation>Standaard 3000 m: nieuwe distributiecentra worden 1-3 km van een snelweg gebouwd (Nieuwsblad Transport 2015).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="98"/>
        <source>Road: zero score from (m)</source>
        <translation>Weg: score nul vanaf (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="129"/>
        <source>Default 10000 m (assumption).</source>
        <translation>Standaard 10000 m (aanname).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/inputs_widget.py" line="34"/>
        <source>Road network</source>
        <translation>Wegennetwerk</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="100"/>
        <source>Road lines: measure the road distance along them instead of as the crow flies.</source>
        <translation>Weglijnen: meet de wegafstand langs deze lijnen in plaats van hemelsbreed.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="104"/>
        <source>Network node spacing (m)</source>
        <translation>Afstand tussen netwerkknooppunten (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="104"/>
        <source>Road lines are densified to a node at least every this many metres (default 100 m).</source>
        <translation>Weglijnen worden zo verdicht dat er ten minste om de zoveel meter een knooppunt ligt (standaard 100 m).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/inputs_widget.py" line="35"/>
        <source>Waterways</source>
        <translation>Vaarwegen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="107"/>
        <source>Fairways with a CEMT class field (e.g. RWS FIS &apos;scheepvaartklasse&apos;).</source>
        <translation>Vaarwegen met een veld voor de CEMT-klasse (bijv. RWS FIS 'scheepvaartklasse').</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="121"/>
        <source>CEMT class field</source>
        <translation>Veld CEMT-klasse</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="110"/>
        <source>Field with the CEMT class (I-VII, Va, V_A, ...). Empty: every waterway counts.</source>
        <translation>Veld met de CEMT-klasse (I-VII, Va, V_A, ...). Leeg: elke vaarweg telt mee.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="114"/>
        <source>Minimum CEMT class</source>
        <translation>Minimale CEMT-klasse</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="114"/>
        <source>Waterways below this class do not count (default IV, assumption: Va for larger bulk or containers).</source>
        <translation>Vaarwegen onder deze klasse tellen niet mee (standaard IV, aanname: Va voor grotere bulk of containers).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="117"/>
        <source>Water: full score within (m)</source>
        <translation>Water: volledige score binnen (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="117"/>
        <source>Default 500 m (assumption).</source>
        <translation>Standaard 500 m (aanname).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="120"/>
        <source>Water: zero score from (m)</source>
        <translation>Water: score nul vanaf (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="171"/>
        <source>Default 5000 m (assumption).</source>
        <translation>Standaard 5000 m (aanname).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/inputs_widget.py" line="35"/>
        <source>Rail terminals</source>
        <translation>Spoorterminals</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="123"/>
        <source>Rail freight terminals as points.</source>
        <translation>Spoorgoederenterminals als punten.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="126"/>
        <source>Rail: full score within (m)</source>
        <translation>Spoor: volledige score binnen (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="105"/>
        <source>Default 2000 m (assumption).</source>
        <translation>Standaard 2000 m (aanname).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="129"/>
        <source>Rail: zero score from (m)</source>
        <translation>Spoor: score nul vanaf (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="132"/>
        <source>Combine the modes</source>
        <translation>Vervoerswijzen combineren</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="132"/>
        <source>all: every mode given is needed (lowest score); any: one suffices (highest score).</source>
        <translation>all: elke opgegeven vervoerswijze is nodig (laagste score); any: één volstaat (hoogste score).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="135"/>
        <source>Empty: the extent of the first transport layer given.</source>
        <translation>Leeg: de extent van de eerste opgegeven vervoerslaag.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="137"/>
        <source>Accessibility score</source>
        <translation>Bereikbaarheidsscore</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="140"/>
        <source>Score 0-1.</source>
        <translation>Score 0-1.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="140"/>
        <source>Road distance (m)</source>
        <translation>Wegafstand (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="140"/>
        <source>Waterway distance (m)</source>
        <translation>Afstand tot vaarweg (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="140"/>
        <source>Rail terminal distance (m)</source>
        <translation>Afstand tot spoorterminal (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="144"/>
        <source>Metres, capped at the mode&apos;s maximum distance.</source>
        <translation>Meters, begrensd op de maximale afstand van de vervoerswijze.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="161"/>
        <source>give RAMPS or MOTORWAYS, WATERWAYS or RAIL_TERMINALS</source>
        <translation>geef RAMPS of MOTORWAYS, WATERWAYS of RAIL_TERMINALS op</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="195"/>
        <source>road distance (m)</source>
        <translation>wegafstand (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="196"/>
        <source>waterway distance (m)</source>
        <translation>afstand tot vaarweg (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="197"/>
        <source>rail terminal distance (m)</source>
        <translation>afstand tot spoorterminal (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="198"/>
        <source>accessibility score 0-1</source>
        <translation>bereikbaarheidsscore 0-1</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="200"/>
        <source>, capped at {:g}</source>
        <translation>, begrensd op {:g}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="237"/>
        <source>Road network: {} nodes, {} segments.</source>
        <translation>Wegennetwerk: {} knooppunten, {} segmenten.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="252"/>
        <source>{} of {} waterway sections are CEMT class {} or higher.</source>
        <translation>{} van {} vaarwegvakken hebben CEMT-klasse {} of hoger.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="38"/>
        <source>AHP weights from pairwise comparisons</source>
        <translation>AHP-gewichten uit paarsgewijze vergelijkingen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="41"/>
        <source>Criterion weights, consistency index and consistency ratio from a Saaty pairwise comparison matrix.</source>
        <translation>Criteriumgewichten, consistentie-index en consistentieratio uit een paarsgewijze vergelijkingsmatrix volgens Saaty.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="78"/>
        <source>Pairwise comparison matrix</source>
        <translation>Paarsgewijze vergelijkingsmatrix</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_inputs.py" line="78"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="85"/>
        <source>eigenvector (Saaty&apos;s principal eigenvector) or geometric_mean (row geometric means).</source>
        <translation>eigenvector (hoofdeigenvector volgens Saaty) of geometric_mean (meetkundige gemiddelden per rij).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="88"/>
        <source>Random Index table</source>
        <translation>Random Index-tabel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="88"/>
        <source>Random Index values used for CR: saaty1980 (classic), saaty2005, donegan_dodd (1991).</source>
        <translation>Random Index-waarden voor de CR: saaty1980 (klassiek), saaty2005, donegan_dodd (1991).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="91"/>
        <source>Criterion names</source>
        <translation>Criteriumnamen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="91"/>
        <source>Optional comma-separated names, in the order of the matrix rows, used in the output table.</source>
        <translation>Optionele kommagescheiden namen, in de volgorde van de matrixrijen, gebruikt in de uitvoertabel.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="110"/>
        <source>Weights table</source>
        <translation>Gewichtentabel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="71"/>
        <source>Weights</source>
        <translation>Gewichten</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="115"/>
        <source>Consistency ratio (CR)</source>
        <translation>Consistentieratio (CR)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="116"/>
        <source>Consistency index (CI)</source>
        <translation>Consistentie-index (CI)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="117"/>
        <source>Principal eigenvalue</source>
        <translation>Hoofdeigenwaarde</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="118"/>
        <source>CR at most 0.1</source>
        <translation>CR ten hoogste 0.1</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="137"/>
        <source>{} names for a {}x{} matrix; give one name per row</source>
        <translation>{} namen voor een {}x{}-matrix; geef één naam per rij</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="137"/>
        <source>criterion {}</source>
        <translation>criterium {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="148"/>
        <source>Weights: {}</source>
        <translation>Gewichten: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="151"/>
        <source>lambda_max = {:.5f}, CI = {:.5f}, CR = {:.4f} (RI = {} from {})</source>
        <translation>lambda_max = {:.5f}, CI = {:.5f}, CR = {:.4f} (RI = {} uit {})</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="157"/>
        <source>CR = {:.3f} is above {}: the judgements are inconsistent. Revise the comparisons that disagree most before using these weights.</source>
        <translation>CR = {:.3f} ligt boven {}: de oordelen zijn inconsistent. Herzie de vergelijkingen die het meest tegenstrijdig zijn voordat u deze gewichten gebruikt.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="31"/>
        <source>Multi-criteria analysis</source>
        <translation>Multicriteria-analyse</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="32"/>
        <source>Dutch criteria</source>
        <translation>Nederlandse criteria</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="33"/>
        <source>Company profiles</source>
        <translation>Bedrijfsprofielen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="131"/>
        <source>Candidate sites</source>
        <translation>Kandidaatlocaties</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/analysis_grid.py" line="62"/>
        <source>Analysis extent</source>
        <translation>Analyse-extent</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/analysis_grid.py" line="62"/>
        <source>Empty: the extent of the main input layer.</source>
        <translation>Leeg: de extent van de hoofdinvoerlaag.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/analysis_grid.py" line="66"/>
        <source>Pixel size (m)</source>
        <translation>Pixelgrootte (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/analysis_grid.py" line="66"/>
        <source>Cell size of the analysis grid in metres. Provinces typically work at 25 m or finer.</source>
        <translation>Celgrootte van het analyserooster in meters. Provincies werken doorgaans met 25 m of fijner.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/analysis_grid.py" line="71"/>
        <source>Target CRS</source>
        <translation>Doel-CRS</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/analysis_grid.py" line="71"/>
        <source>Projected CRS of the analysis grid, in metres (default EPSG:28992, Amersfoort / RD New). Geographic CRSs (degrees) are refused.</source>
        <translation>Geprojecteerd CRS van het analyserooster, in meters (standaard EPSG:28992, Amersfoort / RD New). Geografische CRS'en (in graden) worden geweigerd.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/analysis_grid.py" line="75"/>
        <source>Reference raster (copy its grid)</source>
        <translation>Referentieraster (raster overnemen)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/analysis_grid.py" line="75"/>
        <source>If given, the output uses exactly this raster&apos;s grid (CRS, extent, cell size) and the extent, pixel size and CRS parameters are ignored.</source>
        <translation>Indien opgegeven, gebruikt de uitvoer exact het raster van deze rasterlaag (CRS, extent, celgrootte) en worden de parameters voor extent, pixelgrootte en CRS genegeerd.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/layers.py" line="110"/>
        <source>no raster layer was given or it could not be opened</source>
        <translation>er is geen rasterlaag opgegeven of deze kon niet worden geopend</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/layers.py" line="112"/>
        <source>layer &apos;{}&apos; is not a file raster (provider &apos;{}&apos;); save it as a GeoTIFF first</source>
        <translation>laag '{}' is geen bestandsraster (provider '{}'); sla de laag eerst op als GeoTIFF</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/analysis_grid.py" line="87"/>
        <source>{} is a geographic CRS in degrees; the analysis needs metres. Use a projected CRS such as EPSG:28992 (Amersfoort / RD New)</source>
        <translation>{} is een geografisch CRS in graden; de analyse heeft meters nodig. Gebruik een geprojecteerd CRS zoals EPSG:28992 (Amersfoort / RD New)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/grid.py" line="56"/>
        <source>the pixel size must be above 0 (got {:g})</source>
        <translation>de pixelgrootte moet groter zijn dan 0 (opgegeven: {:g})</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/analysis_grid.py" line="156"/>
        <source>no extent was given; draw or choose the analysis extent</source>
        <translation>er is geen extent opgegeven; teken of kies de analyse-extent</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/analysis_grid.py" line="159"/>
        <source>no pixel size was given</source>
        <translation>er is geen pixelgrootte opgegeven</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/grid.py" line="59"/>
        <source>the extent is empty (zero width or height); give an extent that covers the study area</source>
        <translation>de extent is leeg (breedte of hoogte nul); geef een extent op die het studiegebied dekt</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/layers.py" line="183"/>
        <source>layer &apos;{}&apos; has no CRS; assign one with &apos;Assign projection&apos;</source>
        <translation>laag '{}' heeft geen CRS; ken er een toe met 'Projectie toekennen'</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/layers.py" line="189"/>
        <source>layer &apos;{}&apos; has no field &apos;{}&apos;</source>
        <translation>laag '{}' heeft geen veld '{}'</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/layers.py" line="236"/>
        <source>field &apos;{}&apos; is not numeric; choose a field with numbers</source>
        <translation>veld '{}' is niet numeriek; kies een veld met getallen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/layers.py" line="245"/>
        <source>layer &apos;{}&apos; is not a vector layer</source>
        <translation>laag '{}' is geen vectorlaag</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="151"/>
        <source>Cancelled; no output was written.</source>
        <translation>Geannuleerd; er is geen uitvoer weggeschreven.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="155"/>
        <source>Not enough memory for this extent and pixel size; use a larger pixel size or a smaller extent.</source>
        <translation>Onvoldoende geheugen voor deze extent en pixelgrootte; gebruik een grotere pixelgrootte of een kleinere extent.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/outputs.py" line="73"/>
        <source>outputs are written as GeoTIFF; give a file name ending in .tif</source>
        <translation>uitvoer wordt weggeschreven als GeoTIFF; geef een bestandsnaam op die eindigt op .tif</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/rasterio_io.py" line="321"/>
        <source>the output folder {} does not exist; choose an existing folder</source>
        <translation>de uitvoermap {} bestaat niet; kies een bestaande map</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/rasterio_io.py" line="324"/>
        <source>the output folder {} is not writable; choose another folder</source>
        <translation>de uitvoermap {} is niet beschrijfbaar; kies een andere map</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="38"/>
        <source>Combine criteria into suitability</source>
        <translation>Criteria combineren tot geschiktheid</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="41"/>
        <source>Weighted overlay of score rasters (WLC, weighted product, fuzzy operators, OWA) with constraints.</source>
        <translation>Gewogen overlay van scorerasters (WLC, gewogen product, fuzzy operatoren, OWA) met beperkingen.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="45"/>
        <source>wlc,weighted overlay,weighted sum,owa,fuzzy overlay,gamma,mcda,suitability,geschiktheid,combineren,multicriteria</source>
        <translation>wlc,weighted overlay,weighted sum,owa,fuzzy overlay,gamma,mcda,suitability,geschiktheid,combineren,multicriteria,gewogen overlay,gewogen sommatie,multicriteria-analyse,mca</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="89"/>
        <source>Criterion scores</source>
        <translation>Criteriumscores</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="85"/>
        <source>Score rasters (0-1, 1 = most suitable), one per criterion, in the order of the weights.</source>
        <translation>Scorerasters (0-1, 1 = meest geschikt), één per criterium, in de volgorde van de gewichten.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="94"/>
        <source>Weights are</source>
        <translation>Gewichten opgegeven als</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="94"/>
        <source>weights: the numbers are weights. ranks: the numbers are ranks (1 = most important), turned into rank-order centroid weights.</source>
        <translation>weights: de getallen zijn gewichten. ranks: de getallen zijn rangen (1 = belangrijkste), omgezet in rank-order-centroid-gewichten.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="142"/>
        <source>Aggregation method</source>
        <translation>Aggregatiemethode</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="98"/>
        <source>wlc, wpm, and, or, product, sum, gamma or owa; see the help for the formulas.</source>
        <translation>wlc, wpm, and, or, product, sum, gamma of owa; zie de help voor de formules.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="101"/>
        <source>Gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="101"/>
        <source>For method gamma: 0 = fuzzy PRODUCT, 1 = fuzzy SUM. Default 0.9 as in Esri&apos;s Fuzzy Overlay.</source>
        <translation>Voor methode gamma: 0 = fuzzy PRODUCT, 1 = fuzzy SUM. Standaard 0.9, zoals in Fuzzy Overlay van Esri.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="105"/>
        <source>Order weights (OWA)</source>
        <translation>Volgordegewichten (OWA)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="144"/>
        <source>Constraints</source>
        <translation>Beperkingen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="116"/>
        <source>Rasters (0 = excluded) or polygon layers (inside = excluded). Excluded cells score 0.</source>
        <translation>Rasters (0 = uitgesloten) of polygoonlagen (binnen = uitgesloten). Uitgesloten cellen krijgen score 0.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="124"/>
        <source>none: refuse criteria that are not on the analysis grid. nearest, bilinear or average: warp them onto the grid on the fly (GDAL warp).</source>
        <translation>none: criteria die niet op het analyserooster liggen weigeren. nearest, bilinear of average: ze direct naar het analyserooster omzetten (GDAL warp).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="129"/>
        <source>Empty: the first criterion&apos;s grid.</source>
        <translation>Leeg: het raster van het eerste criterium.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="78"/>
        <source>Suitability</source>
        <translation>Geschiktheid</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="134"/>
        <source>Float32 GeoTIFF with suitability 0-1.</source>
        <translation>Float32-GeoTIFF met geschiktheid 0-1.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/aggregate.py" line="79"/>
        <source>{} weights for {} criteria; give one weight per criterion, in the order of the criteria</source>
        <translation>{} gewichten voor {} criteria; geef één gewicht per criterium, in de volgorde van de criteria</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="150"/>
        <source>No weights given: equal weights are used.</source>
        <translation>Geen gewichten opgegeven: er worden gelijke gewichten gebruikt.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="153"/>
        <source>Method {} does not use weights; WEIGHTS is ignored.</source>
        <translation>Methode {} gebruikt geen gewichten; WEIGHTS wordt genegeerd.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="159"/>
        <source>method owa needs one order weight per criterion</source>
        <translation>methode owa vereist één volgordegewicht per criterium</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/aggregate.py" line="76"/>
        <source>give at least one criterion raster</source>
        <translation>geef ten minste één criteriumraster op</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="280"/>
        <source>suitability 0-1</source>
        <translation>geschiktheid 0-1</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="296"/>
        <source>Grid: {}. Cells excluded by constraints: {}; unknown: {}.</source>
        <translation>Analyserooster: {}. Door beperkingen uitgesloten cellen: {}; onbekend: {}.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="239"/>
        <source>Weights used: {}</source>
        <translation>Gebruikte gewichten: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="243"/>
        <source>OWA order weights {}: ANDness {:.3f}, ORness {:.3f}, trade-off {:.3f}</source>
        <translation>OWA-volgordegewichten {}: ANDness {:.3f}, ORness {:.3f}, compensatie (trade-off) {:.3f}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="35"/>
        <source>Compare two scenarios</source>
        <translation>Twee scenario's vergelijken</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="38"/>
        <source>Difference map of two suitability scenarios, and the sites whose rank changed.</source>
        <translation>Verschilkaart van twee geschiktheidsscenario's, en de locaties waarvan de rang is veranderd.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="42"/>
        <source>scenario,vergelijken,verschil,gewichten,rangorde,compare,difference,weights,rank change</source>
        <translation>scenario,vergelijken,verschil,gewichten,rangorde,compare,difference,weights,rank change,verschilkaart,rangverandering</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="46"/>
        <source>&lt;p&gt;Scenario A and B are either two suitability rasters (SUITABILITY_A, SUITABILITY_B, on one grid) or one set of CRITERIA with two weight sets (WEIGHTS_A, WEIGHTS_B; each scenario is their weighted sum, WLC).&lt;/p&gt;&lt;p&gt;OUTPUT = B &amp;minus; A per cell (&amp;minus;1 to 1: blue where B is better, red where it is worse). With SITES, each site&apos;s mean in A and in B (cell centres inside, as &apos;Score and rank candidate sites&apos;) ranks the sites in both scenarios; RANK_CHANGES lists the sites whose rank changed, with rank_a, rank_b and rank_change = rank_a &amp;minus; rank_b (positive = climbed).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Scenario A en B zijn ofwel twee geschiktheidsrasters (SUITABILITY_A, SUITABILITY_B, op één raster) ofwel één set CRITERIA met twee sets gewichten (WEIGHTS_A, WEIGHTS_B; elk scenario is hun gewogen som, WLC).&lt;/p&gt;&lt;p&gt;OUTPUT = B &amp;minus; A per cel (&amp;minus;1 tot 1: blauw waar B beter is, rood waar B slechter is). Met SITES bepaalt het gemiddelde van elke locatie in A en in B (celmiddelpunten binnen de locatie, zoals bij 'Kandidaatlocaties scoren en rangschikken') de rangorde van de locaties in beide scenario's; RANK_CHANGES bevat de locaties waarvan de rang is veranderd, met rank_a, rank_b en rank_change = rank_a &amp;minus; rank_b (positief = gestegen).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="57"/>
        <source>Scenario A: suitability</source>
        <translation>Scenario A: geschiktheid</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="57"/>
        <source>Scenario B: suitability</source>
        <translation>Scenario B: geschiktheid</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="59"/>
        <source>Suitability raster 0-1 of the scenario.</source>
        <translation>Geschiktheidsraster 0-1 van het scenario.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="61"/>
        <source>Instead of two suitability rasters: criteria and two weight sets.</source>
        <translation>In plaats van twee geschiktheidsrasters: criteria en twee sets gewichten.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="64"/>
        <source>Scenario A: weights</source>
        <translation>Scenario A: gewichten</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="64"/>
        <source>Scenario B: weights</source>
        <translation>Scenario B: gewichten</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="86"/>
        <source>Sites</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="69"/>
        <source>Candidate sites to rank in both scenarios.</source>
        <translation>Kandidaatlocaties die in beide scenario's worden gerangschikt.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="73"/>
        <source>Difference B - A</source>
        <translation>Verschil B - A</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="73"/>
        <source>B minus A per cell.</source>
        <translation>B min A per cel.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="75"/>
        <source>Sites whose rank changed</source>
        <translation>Locaties met gewijzigde rang</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="75"/>
        <source>Sites with rank_a, rank_b, rank_change.</source>
        <translation>Locaties met rank_a, rank_b, rank_change.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="90"/>
        <source>give SUITABILITY_A and SUITABILITY_B, or CRITERIA with WEIGHTS_A and WEIGHTS_B</source>
        <translation>geef SUITABILITY_A en SUITABILITY_B op, of CRITERIA met WEIGHTS_A en WEIGHTS_B</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="97"/>
        <source>give the weights of this scenario</source>
        <translation>geef de gewichten van dit scenario op</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="119"/>
        <source>suitability B - A</source>
        <translation>geschiktheid B - A</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="162"/>
        <source>{} of {} sites changed rank.</source>
        <translation>{} van {} locaties zijn van rang veranderd.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="40"/>
        <source>Grid congestion (capacity map)</source>
        <translation>Netcongestie (capaciteitskaart)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="43"/>
        <source>Scores locations by the electricity grid&apos;s congestion status for the company&apos;s connection need, and by the distance to a high-voltage substation.</source>
        <translation>Beoordeelt locaties op de congestiestatus van het elektriciteitsnet voor de aansluitbehoefte van het bedrijf, en op de afstand tot een hoogspanningsstation.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="47"/>
        <source>netcongestie,capaciteitskaart,elektriciteitsnet,afname,opwek,teruglevering,grid,congestion,substation,MVA</source>
        <translation>netcongestie,capaciteitskaart,elektriciteitsnet,afname,opwek,teruglevering,grid,congestion,substation,MVA,transportcapaciteit,hoogspanningsstation,netbeheerder</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="75"/>
        <source>Capacity map areas</source>
        <translation>Gebieden van de capaciteitskaart</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="75"/>
        <source>Polygons of the capaciteitskaart (supply areas) with a status field.</source>
        <translation>Polygonen van de capaciteitskaart (voedingsgebieden) met een statusveld.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_capacity.py" line="69"/>
        <source>Status field</source>
        <translation>Statusveld</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="79"/>
        <source>afname (offtake: a company that draws power) or opwek (feed-in). Values 0-3, -1, or groen/geel/oranje/rood.</source>
        <translation>afname (een bedrijf dat stroom afneemt) of opwek (teruglevering). Waarden 0-3, -1, of groen/geel/oranje/rood.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="83"/>
        <source>Required connection (MVA)</source>
        <translation>Benodigde aansluiting (MVA)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="83"/>
        <source>The company&apos;s grid need. Default 2 MVA (assumption: a mid-size distribution centre; XXL logistics needs 2-10 MVA, also an assumption).</source>
        <translation>De aansluitbehoefte van het bedrijf. Standaard 2 MVA (aanname: een middelgroot distributiecentrum; XXL-logistiek heeft 2-10 MVA nodig, ook een aanname).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/inputs_widget.py" line="33"/>
        <source>High-voltage substations</source>
        <translation>Hoogspanningsstations</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="88"/>
        <source>Points of HV substations (110 kV and up); used from LARGE_MVA.</source>
        <translation>Punten van hoogspanningsstations (110 kV en hoger); gebruikt vanaf LARGE_MVA.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="92"/>
        <source>Score for unknown status</source>
        <translation>Score bij onbekende status</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="92"/>
        <source>Score (0-1) where the status is unknown (-1 or outside the map). Empty: NoData.</source>
        <translation>Score (0-1) waar de status onbekend is (-1 of buiten de kaart). Leeg: NoData.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="95"/>
        <source>Scores for status 0, 1, 2, 3</source>
        <translation>Scores voor status 0, 1, 2, 3</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="101"/>
        <source>High-voltage need from (MVA)</source>
        <translation>Hoogspanningsbehoefte vanaf (MVA)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="101"/>
        <source>From this need the distance to a substation counts. Default 10 MVA (an assumption).</source>
        <translation>Vanaf deze behoefte telt de afstand tot een hoogspanningsstation mee. Standaard 10 MVA (een aanname).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="105"/>
        <source>Full score within (m) of a substation</source>
        <translation>Volledige score binnen (m) van een hoogspanningsstation</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="108"/>
        <source>Zero score beyond (m) from a substation</source>
        <translation>Score nul op meer dan (m) van een hoogspanningsstation</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="108"/>
        <source>Default 15000 m (assumption).</source>
        <translation>Standaard 15000 m (aanname).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="112"/>
        <source>Grid score</source>
        <translation>Netscore</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="114"/>
        <source>Grid constraint (0 = excluded)</source>
        <translation>Netbeperking (0 = uitgesloten)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="114"/>
        <source>0 where status 3 rules the location out.</source>
        <translation>0 waar status 3 de locatie uitsluit.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="117"/>
        <source>Distance to a substation (m)</source>
        <translation>Afstand tot een hoogspanningsstation (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="117"/>
        <source>Metres to the nearest substation, capped at SUBSTATION_FAR.</source>
        <translation>Meters tot het dichtstbijzijnde hoogspanningsstation, begrensd op SUBSTATION_FAR.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="121"/>
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
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="166"/>
        <source>The need of {:g} MVA calls for a high-voltage connection; give SUBSTATIONS to include the distance to a substation.</source>
        <translation>Een behoefte van {:g} MVA vraagt om een hoogspanningsaansluiting; geef SUBSTATIONS op om de afstand tot een hoogspanningsstation mee te nemen.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="194"/>
        <source>{} areas: {} groen, {} geel, {} oranje, {} rood, {} unknown.</source>
        <translation>{} gebieden: {} groen, {} geel, {} oranje, {} rood, {} onbekend.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="198"/>
        <source>A need of {:g} MVA is at most {} MVA: congestion hardly matters, every cell scores 1.</source>
        <translation>Een behoefte van {:g} MVA is ten hoogste {} MVA: congestie speelt nauwelijks een rol, elke cel krijgt score 1.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="46"/>
        <source>Landscape and visual impact</source>
        <translation>Landschap en visuele impact</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="49"/>
        <source>Excludes protected nature, penalises valued landscape and the visual impact a tall building has on it.</source>
        <translation>Sluit beschermde natuur uit en verlaagt de score voor waardevol landschap en voor de visuele impact die een hoog gebouw daarop heeft.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="53"/>
        <source>landschap,verdozing,zichtbaarheid,viewshed,Nationaal Landschap,NNN,Natura 2000,landscape,visual impact,openness</source>
        <translation>landschap,verdozing,zichtbaarheid,viewshed,Nationaal Landschap,NNN,Natura 2000,landscape,visual impact,openness,visuele impact,zichtveld,openheid,beschermde gebieden,waardevol landschap</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="58"/>
        <source>&lt;p&gt;&lt;b&gt;PROTECTED&lt;/b&gt; polygons (Natura 2000, NNN, UNESCO core zones) are hard exclusions: score 0, CONSTRAINT 0. &lt;b&gt;VALUED&lt;/b&gt; polygons (Nationale Landschappen, national parks, provincial core qualities, openness) carry a value V from 0 to 1: VALUE_FIELD (numbers 0-1, or classes mapped by VALUE_TABLE such as &lt;code&gt;hoog:1,midden:0.6,laag:0.3&lt;/code&gt;); without a field V = 1. Overlaps take the highest value; a cell takes the polygons that contain its centre.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Visual impact&lt;/b&gt;: a building of height h subtends atan(h/d) at distance d, so it dominates the view up to d = h / tan(&amp;theta;) for the view-angle classes 10&amp;deg;, 2&amp;deg;, 0.8&amp;deg; and 0.4&amp;deg; (WUR, for wind turbines). Rings for 20, 30 and 40 m: {}; {}; {} m. IMPACT at a cell = &amp;Sigma; w&lt;sub&gt;k&lt;/sub&gt; &amp;middot; valued area in ring k / &amp;Sigma; w&lt;sub&gt;k&lt;/sub&gt; &amp;middot; ring area (0-1), with RING_WEIGHTS w (default 1, 0.5, 0.2, 0.1: an assumption) - one FFT focal sum over the grid. Protected areas count as valued (V = 1) for the impact unless PROTECTED_IN_IMPACT is off.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Score&lt;/b&gt; = 0 on protected land, else (1 &amp;minus; VALUE_WEIGHT &amp;middot; V) &amp;middot; (1 &amp;minus; IMPACT_WEIGHT &amp;middot; IMPACT).&lt;/p&gt;&lt;p&gt;&lt;b&gt;With a DEM and SITES&lt;/b&gt; (points, or polygons at a point on their surface): per site a viewshed (GDAL, observer on the roof at BUILDING_HEIGHT above the ground, viewer at EYE_HEIGHT, refraction 0.857) keeps only the valued land that actually sees the building. SITES_OUTPUT gets impact_visible, impact_flat, visible_share (share of the ring area that sees the building) and dem_coverage. Land the DEM does not cover counts as not visible. Use a DSM (with buildings and trees) for what people see, a DTM for the bare relief.&lt;/p&gt;&lt;p&gt;Sources: the view-angle classes of Wageningen University &amp;amp; Research (WUR) for wind turbines (opengis.wur.nl), rings of own geometry; College van Rijksadviseurs (2019) on XXL &apos;verdozing&apos;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;PROTECTED&lt;/b&gt;-polygonen (Natura 2000, NNN, UNESCO-kernzones) zijn harde uitsluitingen: score 0, CONSTRAINT 0. &lt;b&gt;VALUED&lt;/b&gt;-polygonen (Nationale Landschappen, nationale parken, provinciale kernkwaliteiten, openheid) hebben een waarde V van 0 tot 1: VALUE_FIELD (getallen 0-1, of klassen die via VALUE_TABLE worden omgezet, zoals &lt;code&gt;hoog:1,midden:0.6,laag:0.3&lt;/code&gt;); zonder veld is V = 1. Bij overlap telt de hoogste waarde; een cel krijgt de polygonen die haar middelpunt bevatten.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Visuele impact&lt;/b&gt;: een gebouw met hoogte h beslaat op afstand d een kijkhoek van atan(h/d) en domineert dus het zicht tot d = h / tan(&amp;theta;), voor de kijkhoekklassen 10&amp;deg;, 2&amp;deg;, 0.8&amp;deg; en 0.4&amp;deg; (WUR, voor windturbines). Ringen voor 20, 30 en 40 m: {}; {}; {} m. IMPACT in een cel = &amp;Sigma; w&lt;sub&gt;k&lt;/sub&gt; &amp;middot; waardevol oppervlak in ring k / &amp;Sigma; w&lt;sub&gt;k&lt;/sub&gt; &amp;middot; ringoppervlak (0-1), met RING_WEIGHTS w (standaard 1, 0.5, 0.2, 0.1: een aanname) - één focale som met FFT over het raster. Beschermde gebieden tellen voor de impact als waardevol (V = 1), tenzij PROTECTED_IN_IMPACT uit staat.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Score&lt;/b&gt; = 0 op beschermd gebied, anders (1 &amp;minus; VALUE_WEIGHT &amp;middot; V) &amp;middot; (1 &amp;minus; IMPACT_WEIGHT &amp;middot; IMPACT).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Met een hoogtemodel (DEM) en SITES&lt;/b&gt; (punten, of polygonen via een punt op hun oppervlak): per locatie houdt een zichtveldanalyse (GDAL; waarnemer op het dak op BUILDING_HEIGHT boven maaiveld, kijker op EYE_HEIGHT, refractie 0.857) alleen het waardevolle land over dat het gebouw werkelijk ziet. SITES_OUTPUT krijgt impact_visible, impact_flat, visible_share (aandeel van het ringoppervlak dat het gebouw ziet) en dem_coverage. Land dat niet door het hoogtemodel wordt gedekt, telt als niet zichtbaar. Gebruik een DSM (met gebouwen en bomen) voor wat mensen zien, een DTM voor het kale reliëf.&lt;/p&gt;&lt;p&gt;Bronnen: de kijkhoekklassen van Wageningen University &amp;amp; Research (WUR) voor windturbines (opengis.wur.nl), ringen uit eigen meetkunde; College van Rijksadviseurs (2019) over XXL-'verdozing'.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="90"/>
        <source>Protected areas (excluded)</source>
        <translation>Beschermde gebieden (uitgesloten)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="90"/>
        <source>Polygon layers that exclude: Natura 2000, NNN, UNESCO core zones.</source>
        <translation>Polygoonlagen die uitsluiten: Natura 2000, NNN, UNESCO-kernzones.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/inputs_widget.py" line="37"/>
        <source>Valued landscape</source>
        <translation>Waardevol landschap</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="95"/>
        <source>Polygon layers that penalise: Nationale Landschappen, national parks, provincial core qualities, open landscape.</source>
        <translation>Polygoonlagen die de score verlagen: Nationale Landschappen, nationale parken, provinciale kernkwaliteiten, open landschap.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="100"/>
        <source>Value field</source>
        <translation>Waardeveld</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="100"/>
        <source>Field (in the valued layers that have it) with the landscape value: 0-1, or classes mapped by the value table. Empty: value 1.</source>
        <translation>Veld (in de waardevolle lagen die het hebben) met de landschapswaarde: 0-1, of klassen die via de waardetabel worden omgezet. Leeg: waarde 1.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="104"/>
        <source>Value table (class:value)</source>
        <translation>Waardetabel (klasse:waarde)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="108"/>
        <source>Protected areas count as valued for the impact</source>
        <translation>Beschermde gebieden tellen als waardevol voor de impact</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="113"/>
        <source>Building height (m)</source>
        <translation>Bouwhoogte (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="113"/>
        <source>Height of the building. Default 30 m (assumption: the worked example of this help; automated XXL distribution centres reach 25-40 m).</source>
        <translation>Hoogte van het gebouw. Standaard 30 m (aanname: het uitgewerkte voorbeeld in deze help; geautomatiseerde XXL-distributiecentra worden 25-40 m hoog).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="117"/>
        <source>Ring weights</source>
        <translation>Ringgewichten</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="122"/>
        <source>Weight of the value at the site</source>
        <translation>Gewicht van de waarde op de locatie</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="122"/>
        <source>0-1: how much building in valued landscape itself costs.</source>
        <translation>0-1: hoe zwaar het bouwen in waardevol landschap zelf weegt.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="125"/>
        <source>Weight of the visual impact</source>
        <translation>Gewicht van de visuele impact</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="125"/>
        <source>0-1: how much being seen from valued landscape costs.</source>
        <translation>0-1: hoe zwaar het weegt dat het gebouw vanuit waardevol landschap te zien is.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="128"/>
        <source>Elevation model (DSM/DTM)</source>
        <translation>Hoogtemodel (DSM/DTM)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="128"/>
        <source>For the per-site viewshed, e.g. AHN (m NAP).</source>
        <translation>Voor het zichtveld per locatie, bijv. AHN (m NAP).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="131"/>
        <source>Candidate sites (for the viewshed)</source>
        <translation>Kandidaatlocaties (voor het zichtveld)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="131"/>
        <source>Points or polygons; each gets a viewshed from a point on its surface.</source>
        <translation>Punten of polygonen; elke locatie krijgt een zichtveld vanaf een punt op haar oppervlak.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="135"/>
        <source>Viewer eye height (m)</source>
        <translation>Ooghoogte van de kijker (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="135"/>
        <source>Height of a viewer above the ground (assumption: 1.6 m).</source>
        <translation>Hoogte van een kijker boven maaiveld (aanname: 1.6 m).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="138"/>
        <source>Empty: the extent of the protected and valued layers together.</source>
        <translation>Leeg: de gezamenlijke extent van de beschermde en waardevolle lagen.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="140"/>
        <source>Landscape score</source>
        <translation>Landschapsscore</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="142"/>
        <source>Visual impact (0-1)</source>
        <translation>Visuele impact (0-1)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="142"/>
        <source>Ring-weighted share of valued landscape around each cell.</source>
        <translation>Met ringgewichten gewogen aandeel waardevol landschap rond elke cel.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="145"/>
        <source>Landscape constraint (0 = protected)</source>
        <translation>Landschapsbeperking (0 = beschermd)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="145"/>
        <source>0 on protected land, 1 elsewhere.</source>
        <translation>0 op beschermd gebied, elders 1.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="148"/>
        <source>Sites with visible impact</source>
        <translation>Locaties met zichtbare impact</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="148"/>
        <source>The sites with the viewshed fields.</source>
        <translation>De locaties met de velden van de zichtveldanalyse.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="165"/>
        <source>Layer &apos;{}&apos; has no field &apos;{}&apos;: value 1.</source>
        <translation>Laag '{}' heeft geen veld '{}': waarde 1.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="184"/>
        <source>give at least one protected or valued landscape layer</source>
        <translation>geef ten minste één laag met beschermd of waardevol landschap op</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="213"/>
        <source>landscape score 0-1</source>
        <translation>landschapsscore 0-1</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="215"/>
        <source>visual impact 0-1 (ring-weighted share of valued landscape)</source>
        <translation>visuele impact 0-1 (met ringgewichten gewogen aandeel waardevol landschap)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="218"/>
        <source>landscape constraint: 0 = protected</source>
        <translation>landschapsbeperking: 0 = beschermd</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="224"/>
        <source>Building {:g} m: rings {} m; {} protected and {} valued polygons; impact on {:g} m cells.</source>
        <translation>Gebouw {:g} m: ringen {} m; {} beschermde en {} waardevolle polygonen; impact op cellen van {:g} m.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="253"/>
        <source>the per-site viewshed needs an elevation model</source>
        <translation>het zichtveld per locatie vereist een hoogtemodel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="260"/>
        <source>the elevation model is in {}, the analysis in {}; reproject the elevation model to the target CRS first</source>
        <translation>het hoogtemodel is in {}, de analyse in {}; herprojecteer het hoogtemodel eerst naar het doel-CRS</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="32"/>
        <source>Locate new sites</source>
        <translation>Nieuwe locaties zoeken</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="35"/>
        <source>Finds contiguous, compact sites of at least a given area with a high mean suitability, a minimum distance apart.</source>
        <translation>Zoekt aaneengesloten, compacte locaties van ten minste een opgegeven oppervlakte met een hoge gemiddelde geschiktheid, op een minimale onderlinge afstand.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="39"/>
        <source>locaties zoeken,kavels,regio,locate regions,site search,contiguous,compact,suitability</source>
        <translation>locaties zoeken,kavels,regio,locate regions,site search,contiguous,compact,suitability,aaneengesloten,geschiktheid,zoekgebieden</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="74"/>
        <source>Suitability raster 0-1 (0 = excluded), e.g. from &apos;Suitability for a company profile&apos;.</source>
        <translation>Geschiktheidsraster 0-1 (0 = uitgesloten), bijv. uit 'Geschiktheid voor een bedrijfsprofiel'.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="77"/>
        <source>Site area (ha)</source>
        <translation>Oppervlakte per locatie (ha)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="77"/>
        <source>Area each site needs. Default 10 ha (assumption: an XXL distribution centre with 40,000 m2 of floor or more (Trouw 2019) needs about 6-15 ha).</source>
        <translation>Oppervlakte die elke locatie nodig heeft. Standaard 10 ha (aanname: een XXL-distributiecentrum met 40.000 m2 vloer of meer (Trouw 2019) heeft ongeveer 6-15 ha nodig).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="82"/>
        <source>Maximum number of sites</source>
        <translation>Maximaal aantal locaties</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="82"/>
        <source>Stop after this many sites (no built-in cap).</source>
        <translation>Stop na zoveel locaties (geen ingebouwd maximum).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="85"/>
        <source>Minimum mean score</source>
        <translation>Minimale gemiddelde score</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="85"/>
        <source>Mean suitability a site must reach (default 0.6, assumption).</source>
        <translation>Gemiddelde geschiktheid die een locatie moet halen (standaard 0.6, aanname).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="88"/>
        <source>Minimum spacing (m)</source>
        <translation>Minimale tussenafstand (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="88"/>
        <source>Distance between sites (default 500 m, assumption: separate locations, not one park cut in pieces).</source>
        <translation>Afstand tussen locaties (standaard 500 m, aanname: afzonderlijke locaties, niet één bedrijventerrein dat in stukken is geknipt).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="91"/>
        <source>Minimum width (m)</source>
        <translation>Minimale breedte (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="91"/>
        <source>Narrowest part a site may have. 0 = half the side of a square of the site area.</source>
        <translation>Smalste deel dat een locatie mag hebben. 0 = de halve zijde van een vierkant met de oppervlakte van de locatie.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="99"/>
        <source>Located sites</source>
        <translation>Gevonden locaties</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="99"/>
        <source>Polygons of the sites found.</source>
        <translation>Polygonen van de gevonden locaties.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="132"/>
        <source>the raster&apos;s cells are not square; warp it to square cells first</source>
        <translation>de cellen van het raster zijn niet vierkant; zet het raster eerst om naar vierkante cellen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="135"/>
        <source>locating sites on this raster</source>
        <translation>het zoeken van locaties op dit raster</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="135"/>
        <source>use a coarser raster or a smaller extent</source>
        <translation>gebruik een grover raster of een kleinere extent</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="141"/>
        <source>Looking for sites of {:g} ha (minimum width {:.0f} m, mean score &gt;= {:g}, {:g} m apart) on {}.</source>
        <translation>Zoeken naar locaties van {:g} ha (minimale breedte {:.0f} m, gemiddelde score &gt;= {:g}, {:g} m uit elkaar) op {}.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="151"/>
        <source>{} sites found.</source>
        <translation>{} locaties gevonden.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sinks.py" line="168"/>
        <source>the output cannot be written</source>
        <translation>de uitvoer kan niet worden weggeschreven</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="37"/>
        <source>Nitrogen deposition screening</source>
        <translation>Screening stikstofdepositie</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="40"/>
        <source>Screening estimate of the nitrogen deposition a company at each location would cause on nitrogen-sensitive Natura 2000 habitat. Not an AERIUS calculation.</source>
        <translation>Screeningsschatting van de stikstofdepositie die een bedrijf op elke locatie zou veroorzaken op stikstofgevoelige habitats in Natura 2000-gebieden. Geen AERIUS-berekening.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="45"/>
        <source>stikstof,depositie,Natura 2000,KDW,AERIUS,nitrogen,deposition,NOx,NH3,habitat,screening</source>
        <translation>stikstof,depositie,Natura 2000,KDW,AERIUS,nitrogen,deposition,NOx,NH3,habitat,screening,stikstofdepositie,ammoniak,kritische depositiewaarde</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="50"/>
        <source>&lt;p&gt;&lt;b&gt;A screening estimate, not an AERIUS calculation&lt;/b&gt;: it shows where a company would most likely stay below a deposition threshold, before anyone runs AERIUS. The outputs record this in their metadata.&lt;/p&gt;&lt;p&gt;Emissions (kg/yr) become mol N/yr: 1 kg NH3 = 58.7 mol N, 1 kg NOx (as NO2) = 21.7 mol N. The deposition at distance r is D(r) = E &amp;middot; k(r) per hectare, with a kernel per substance k(r) = A &amp;middot; max(r, r0)&lt;sup&gt;&amp;minus;b&lt;/sup&gt; up to CUTOFF (default 25 km: AERIUS counts deposition up to 25 km since 2021, LNV 2021) and 0 beyond. A follows from mass balance: a share f of the emission lands within the cutoff.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Calibration.&lt;/b&gt; No published simplified curve exists. The defaults are fitted to one AERIUS Calculator 2019A result: one source of 10 kg NH3 and 10 kg NOx per year at 8 m height, deposition on 473 Natura 2000 hexagons 65 m to 4.3 km away, published as demo data of the IMAER plugin for QGIS (OpenGeoGroep 2020, https://github.com/opengeogroep/AERIUS-QGIS-plugins, file demodata/AERIUS_20200623162435_0_Situatie1.gml). Least squares on the medians per distance band: NH3 b = {:g}, r0 = {:g} m, f = {:.1%}; NOx b = {:g}, r0 = {:g} m, f = {:.1%} (f within 25 km). Kernel median / AERIUS median per band ({} km): NH3 {}; NOx {}. Single receptors scatter more: 80 % lie within 0.6-2.1 &amp;times; (NH3) and 0.6-1.7 &amp;times; (NOx) the AERIUS value. r0 = 100 m is an assumption (the data fit any r0 up to about 180 m). Limits: one source, one height, one place; no emission-height term (one height cannot fit it: taller stacks deposit less nearby); f is fitted for a 25 km cutoff and extrapolates beyond 4.3 km.&lt;/p&gt;&lt;p&gt;Habitat is nitrogen-sensitive when its KDW (critical deposition) is below {:g} mol N/ha/yr or unknown; every cell a sensitive polygon touches counts. &lt;b&gt;DEPOSITION&lt;/b&gt; = the largest deposition on any sensitive habitat cell if the company stood at the cell (mol N/ha/yr): the kernel at the distance to the nearest sensitive cell. &lt;b&gt;LOAD&lt;/b&gt; (needs KDW and background fields) = the deposition summed over all overloaded habitat (background &amp;gt; KDW), in mol N/yr, by FFT convolution; very large grids use coarser cells for it (stated in the log).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Score&lt;/b&gt; = 1 at or below THRESHOLD (default 0.005 mol N/ha/yr, current practice; 1.0 is the proposed &apos;rekenkundige ondergrens&apos;), 0 at or above UPPER (default 200 &amp;times; THRESHOLD, an assumption), and 1 &amp;minus; ln(D/THRESHOLD) / ln(UPPER/THRESHOLD) in between. A DEPOSITION_RASTER computed elsewhere (e.g. from AERIUS) replaces the kernel.&lt;/p&gt;&lt;p&gt;Sources (docs/references.md): AERIUS; OpenGeoGroep 2020; LNV 2021; AERIUS factsheets (KDW below 2400); RIVM NH3 (mol N per kg); Ons Levend Landschap (0.005); RvS 2025 and LNV 2025 (1.0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Een screeningsschatting, geen AERIUS-berekening&lt;/b&gt;: de uitkomst laat zien waar een bedrijf waarschijnlijk onder een depositiedrempel blijft, voordat iemand AERIUS draait. De uitvoer legt dit vast in de metadata.&lt;/p&gt;&lt;p&gt;Emissies (kg/jaar) worden omgerekend naar mol N/jaar: 1 kg NH3 = 58.7 mol N, 1 kg NOx (als NO2) = 21.7 mol N. De depositie op afstand r is D(r) = E &amp;middot; k(r) per hectare, met per stof een kernel k(r) = A &amp;middot; max(r, r0)&lt;sup&gt;&amp;minus;b&lt;/sup&gt; tot CUTOFF (standaard 25 km: AERIUS rekent sinds 2021 depositie tot 25 km mee, LNV 2021) en 0 daarbuiten. A volgt uit de massabalans: een aandeel f van de emissie komt binnen de afkapafstand neer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kalibratie.&lt;/b&gt; Er bestaat geen gepubliceerde vereenvoudigde curve. De standaardwaarden zijn gefit op één resultaat van AERIUS Calculator 2019A: één bron van 10 kg NH3 en 10 kg NOx per jaar op 8 m hoogte, depositie op 473 Natura 2000-hexagonen op 65 m tot 4.3 km afstand, gepubliceerd als demodata van de IMAER-plugin voor QGIS (OpenGeoGroep 2020, https://github.com/opengeogroep/AERIUS-QGIS-plugins, bestand demodata/AERIUS_20200623162435_0_Situatie1.gml). Kleinste kwadraten op de medianen per afstandsklasse: NH3 b = {:g}, r0 = {:g} m, f = {:.1%}; NOx b = {:g}, r0 = {:g} m, f = {:.1%} (f binnen 25 km). Mediaan van de kernel / mediaan van AERIUS per klasse ({} km): NH3 {}; NOx {}. Losse receptoren spreiden meer: 80 % ligt binnen 0.6-2.1 &amp;times; (NH3) en 0.6-1.7 &amp;times; (NOx) de AERIUS-waarde. r0 = 100 m is een aanname (de data passen bij elke r0 tot ongeveer 180 m). Beperkingen: één bron, één hoogte, één plek; geen term voor de emissiehoogte (met één hoogte niet te fitten: hogere schoorstenen geven dichtbij minder depositie); f is gefit voor een afkapafstand van 25 km en extrapoleert voorbij 4.3 km.&lt;/p&gt;&lt;p&gt;Een habitat is stikstofgevoelig als de KDW (kritische depositiewaarde) lager is dan {:g} mol N/ha/jaar of onbekend is; elke cel die een gevoelige polygoon raakt, telt mee. &lt;b&gt;DEPOSITION&lt;/b&gt; = de hoogste depositie op een gevoelige habitatcel als het bedrijf in de cel zou staan (mol N/ha/jaar): de kernel op de afstand tot de dichtstbijzijnde gevoelige cel. &lt;b&gt;LOAD&lt;/b&gt; (vereist velden voor KDW en achtergronddepositie) = de depositie gesommeerd over alle overbelaste habitats (achtergrond &amp;gt; KDW), in mol N/jaar, via FFT-convolutie; bij zeer grote rasters worden daarvoor grovere cellen gebruikt (vermeld in het log).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Score&lt;/b&gt; = 1 bij of onder THRESHOLD (standaard 0.005 mol N/ha/jaar, de huidige praktijk; 1.0 is de voorgestelde 'rekenkundige ondergrens'), 0 bij of boven UPPER (standaard 200 &amp;times; THRESHOLD, een aanname), en daartussen 1 &amp;minus; ln(D/THRESHOLD) / ln(UPPER/THRESHOLD). Een elders berekend DEPOSITION_RASTER (bijv. uit AERIUS) vervangt de kernel.&lt;/p&gt;&lt;p&gt;Bronnen (docs/referenties.md): AERIUS; OpenGeoGroep 2020; LNV 2021; AERIUS factsheets (KDW onder 2400); RIVM NH3 (mol N per kg); Ons Levend Landschap (0.005); RvS 2025 en LNV 2025 (1.0).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="93"/>
        <source>Habitats</source>
        <translation>Habitats</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="93"/>
        <source>Natura 2000 areas or a habitat map (polygons). Habitats beyond the extent but within the cutoff count.</source>
        <translation>Natura 2000-gebieden of een habitatkaart (polygonen). Habitats buiten de extent maar binnen de afkapafstand tellen mee.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_natura2000.py" line="64"/>
        <source>KDW field (mol N/ha/yr)</source>
        <translation>Veld KDW (mol N/ha/jaar)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="98"/>
        <source>Critical deposition value per habitat. Empty: every habitat counts as sensitive.</source>
        <translation>Kritische depositiewaarde per habitat. Leeg: elk habitat telt als gevoelig.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="103"/>
        <source>Background deposition field (mol N/ha/yr)</source>
        <translation>Veld achtergronddepositie (mol N/ha/jaar)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="103"/>
        <source>Current total deposition per habitat; with KDW it marks overloaded habitat for LOAD.</source>
        <translation>Huidige totale depositie per habitat; samen met de KDW bepaalt dit veld welke habitats overbelast zijn voor LOAD.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="109"/>
        <source>NOx emission (kg/yr)</source>
        <translation>NOx-emissie (kg/jaar)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="109"/>
        <source>Yearly NOx emission of the company, as NO2 (kg/yr).</source>
        <translation>Jaarlijkse NOx-emissie van het bedrijf, als NO2 (kg/jaar).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="112"/>
        <source>NH3 emission (kg/yr)</source>
        <translation>NH3-emissie (kg/jaar)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="112"/>
        <source>Yearly ammonia emission of the company (kg/yr).</source>
        <translation>Jaarlijkse ammoniakemissie van het bedrijf (kg/jaar).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/curve_widget.py" line="17"/>
        <source>Threshold (mol N/ha/yr)</source>
        <translation>Drempelwaarde (mol N/ha/jaar)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="115"/>
        <source>Deposition that still scores 1. 0.005 = current practice (Ons Levend Landschap); 1.0 = the proposed rekenkundige ondergrens (RvS 2025; LNV 2025).</source>
        <translation>Depositie die nog score 1 krijgt. 0.005 = huidige praktijk (Ons Levend Landschap); 1.0 = de voorgestelde rekenkundige ondergrens (RvS 2025; LNV 2025).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="120"/>
        <source>Zero score from (mol N/ha/yr)</source>
        <translation>Score nul vanaf (mol N/ha/jaar)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="120"/>
        <source>Deposition that scores 0. Empty: 200 x THRESHOLD (assumption).</source>
        <translation>Depositie die score 0 krijgt. Leeg: 200 x THRESHOLD (aanname).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="123"/>
        <source>Cutoff distance (m)</source>
        <translation>Afkapafstand (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="128"/>
        <source>{} kernel exponent b</source>
        <translation>{}-kernel: exponent b</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="128"/>
        <source>Power-law decay k ~ r^-b. Default fitted to an AERIUS Calculator 2019A result (OpenGeoGroep 2020).</source>
        <translation>Afname volgens een machtswet, k ~ r^-b. Standaardwaarde gefit op een resultaat van AERIUS Calculator 2019A (OpenGeoGroep 2020).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="132"/>
        <source>{} kernel core radius (m)</source>
        <translation>{}-kernel: kernstraal (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="132"/>
        <source>The kernel is flat within this radius. Default 100 m: an assumption (the AERIUS result fits any value up to ~180 m).</source>
        <translation>Binnen deze straal is de kernel vlak. Standaard 100 m: een aanname (het AERIUS-resultaat past bij elke waarde tot ~180 m).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="136"/>
        <source>{} share deposited within the cutoff</source>
        <translation>{}: aandeel neergeslagen binnen de afkapafstand</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="136"/>
        <source>Mass balance: share of the emission that lands within the cutoff, 0-1. Default fitted to an AERIUS Calculator 2019A result (OpenGeoGroep 2020) for a 25 km cutoff.</source>
        <translation>Massabalans: aandeel van de emissie dat binnen de afkapafstand neerslaat, 0-1. Standaardwaarde gefit op een resultaat van AERIUS Calculator 2019A (OpenGeoGroep 2020) bij een afkapafstand van 25 km.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="143"/>
        <source>Deposition raster (instead of the kernel)</source>
        <translation>Depositieraster (in plaats van de kernel)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="143"/>
        <source>Deposition in mol N/ha/yr per candidate location, computed elsewhere (e.g. AERIUS). Resampled bilinearly onto the grid.</source>
        <translation>Depositie in mol N/ha/jaar per kandidaatlocatie, elders berekend (bijv. met AERIUS). Wordt bilineair naar het analyserooster herbemonsterd.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="148"/>
        <source>Empty: the extent of the habitat layer.</source>
        <translation>Leeg: de extent van de habitatlaag.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="149"/>
        <source>Nitrogen score</source>
        <translation>Stikstofscore</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="149"/>
        <source>Score 0-1 (1 = at or below the threshold).</source>
        <translation>Score 0-1 (1 = bij of onder de drempelwaarde).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="151"/>
        <source>Deposition on sensitive habitat (mol N/ha/yr)</source>
        <translation>Depositie op gevoelig habitat (mol N/ha/jaar)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="151"/>
        <source>Largest deposition on a sensitive habitat cell for a company at each cell.</source>
        <translation>Hoogste depositie op een gevoelige habitatcel voor een bedrijf in elke cel.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="155"/>
        <source>Load on overloaded habitat (mol N/yr)</source>
        <translation>Belasting van overbelast habitat (mol N/jaar)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="155"/>
        <source>Deposition summed over overloaded habitat (needs KDW and background fields).</source>
        <translation>Depositie gesommeerd over overbelast habitat (vereist velden voor KDW en achtergronddepositie).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="190"/>
        <source>LOAD needs both KDW_FIELD and BACKGROUND_FIELD</source>
        <translation>LOAD vereist zowel KDW_FIELD als BACKGROUND_FIELD</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="192"/>
        <source>nitrogen score 0-1 (screening)</source>
        <translation>stikstofscore 0-1 (screening)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="194"/>
        <source>deposition on sensitive habitat (mol N/ha/yr), screening</source>
        <translation>depositie op gevoelig habitat (mol N/ha/jaar), screening</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="196"/>
        <source>deposition on overloaded habitat (mol N/yr), screening</source>
        <translation>depositie op overbelast habitat (mol N/jaar), screening</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="205"/>
        <source>{} habitat polygons, {} nitrogen-sensitive. Emission {:,.0f} mol N/yr (NOx {:g} kg x {}, NH3 {:g} kg x {}).</source>
        <translation>{} habitatpolygonen, {} stikstofgevoelig. Emissie {:,.0f} mol N/jaar (NOx {:g} kg x {}, NH3 {:g} kg x {}).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="210"/>
        <source>Nitrogen: {}.</source>
        <translation>Stikstof: {}.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="228"/>
        <source>LOAD: {} overloaded habitat polygons; convolution on {:g} m cells.</source>
        <translation>LOAD: {} overbelaste habitatpolygonen; convolutie op cellen van {:g} m.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="37"/>
        <source>Right company, right place (business parks)</source>
        <translation>Juiste bedrijf op de juiste plek (bedrijventerreinen)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="40"/>
        <source>Which business parks fit a company profile, and which HMC or water-bound parks should be kept for the firms that need them.</source>
        <translation>Welke bedrijventerreinen passen bij een bedrijfsprofiel, en welke HMC- of watergebonden terreinen behouden moeten blijven voor de bedrijven die ze nodig hebben.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="44"/>
        <source>juiste bedrijf op de juiste plek,bedrijventerrein,IBIS,HMC,watergebonden,milieucategorie,reservering,business park,reservation</source>
        <translation>juiste bedrijf op de juiste plek,bedrijventerrein,IBIS,HMC,watergebonden,milieucategorie,reservering,business park,reservation,hogere milieucategorie,werklocatie,bedrijfsprofiel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="48"/>
        <source>&lt;p&gt;For each business park (e.g. IBIS Werklocaties) and a company PROFILE:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;fits&lt;/b&gt;: the largest issuable plot (AREA_FIELD, in ha or m&amp;sup2;) is at least the profile&apos;s minimum area; the park&apos;s maximum environmental category (CATEGORY_FIELD, e.g. 4.2) admits the profile&apos;s category; a profile that needs water gets a park with water access (WATER_FIELD, e.g. &apos;Ja, met kade&apos; / &apos;Nee, er is geen vaarwater aanwezig&apos;). 1 = fits, 0 = does not (fit_reasons says why), empty = nothing failed but some data are missing (named in fit_reasons).&lt;/li&gt;&lt;li&gt;&lt;b&gt;reserve&lt;/b&gt;: the provinces want to keep HMC and water-bound parks for the firms that need them. A park with a maximum category of HMC_FROM or more (default 4.1, an assumption: HMC has no national definition) is an HMC park; one with water access is water-bound. A profile below HMC_FROM on an HMC park, or without a water need on a water-bound park, is flagged in reserve.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The field names default to the IBIS names (Max_milieucategorie, Waterontsluiting, Grootst_uitgeefbaar_deel_ha); map your own fields with the field parameters. A field the layer lacks makes that check unknown.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Voor elk bedrijventerrein (bijv. IBIS Werklocaties) en een bedrijfsprofiel (PROFILE):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;fits&lt;/b&gt;: de grootste uitgeefbare kavel (AREA_FIELD, in ha of m&amp;sup2;) is ten minste de minimale oppervlakte van het profiel; de maximale milieucategorie van het terrein (CATEGORY_FIELD, bijv. 4.2) laat de categorie van het profiel toe; een profiel dat water nodig heeft, krijgt een terrein met waterontsluiting (WATER_FIELD, bijv. 'Ja, met kade' / 'Nee, er is geen vaarwater aanwezig'). 1 = past, 0 = past niet (fit_reasons geeft de reden), leeg = niets afgekeurd, maar er ontbreken gegevens (genoemd in fit_reasons).&lt;/li&gt;&lt;li&gt;&lt;b&gt;reserve&lt;/b&gt;: de provincies willen HMC- en watergebonden terreinen reserveren voor de bedrijven die ze nodig hebben. Een terrein met een maximale categorie van HMC_FROM of hoger (standaard 4.1, een aanname: HMC heeft geen landelijke definitie) is een HMC-terrein; een terrein met waterontsluiting is watergebonden. Een profiel onder HMC_FROM op een HMC-terrein, of een profiel zonder waterbehoefte op een watergebonden terrein, wordt gemarkeerd in reserve.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;De veldnamen zijn standaard de IBIS-namen (Max_milieucategorie, Waterontsluiting, Grootst_uitgeefbaar_deel_ha); koppel uw eigen velden met de veldparameters. Ontbreekt een veld in de laag, dan is die controle onbekend.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="72"/>
        <source>Business parks</source>
        <translation>Bedrijventerreinen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="66"/>
        <source>Business-park polygons, e.g. IBIS Werklocaties.</source>
        <translation>Polygonen van bedrijventerreinen, bijv. IBIS Werklocaties.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="75"/>
        <source>Name field</source>
        <translation>Naamveld</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="70"/>
        <source>Park name, for the messages (IBIS: BEDRIJVENT).</source>
        <translation>Naam van het terrein, voor de meldingen (IBIS: BEDRIJVENT).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="75"/>
        <source>Maximum category field</source>
        <translation>Veld maximale categorie</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="75"/>
        <source>Highest VNG category allowed on the park (IBIS: Max_milieucategorie).</source>
        <translation>Hoogste VNG-categorie die op het terrein is toegestaan (IBIS: Max_milieucategorie).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="75"/>
        <source>Water access field</source>
        <translation>Veld waterontsluiting</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="70"/>
        <source>Water access, e.g. &apos;Ja, met kade&apos; or &apos;Nee, er is geen vaarwater aanwezig&apos; (IBIS: Waterontsluiting).</source>
        <translation>Waterontsluiting, bijv. 'Ja, met kade' of 'Nee, er is geen vaarwater aanwezig' (IBIS: Waterontsluiting).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="70"/>
        <source>Largest issuable plot field</source>
        <translation>Veld grootste uitgeefbare kavel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="70"/>
        <source>Largest plot still to be issued (IBIS: Grootst_uitgeefbaar_deel_ha); or e.g. OPPNETTO with AREA_UNIT m2.</source>
        <translation>Grootste nog uit te geven kavel (IBIS: Grootst_uitgeefbaar_deel_ha); of bijv. OPPNETTO met AREA_UNIT m2.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="85"/>
        <source>Unit of the area field</source>
        <translation>Eenheid van het oppervlakteveld</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="126"/>
        <source>ha or m2.</source>
        <translation>ha of m2.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="93"/>
        <source>HMC from category</source>
        <translation>HMC vanaf categorie</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="93"/>
        <source>Parks from this maximum category are HMC parks (default 4.1, an assumption: HMC has no national definition).</source>
        <translation>Terreinen vanaf deze maximale categorie zijn HMC-terreinen (standaard 4.1, een aanname: er is geen landelijke definitie van HMC).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="90"/>
        <source>Parks and fit</source>
        <translation>Terreinen en passendheid</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="90"/>
        <source>The parks with fits, fit_reasons, hmc_park, water_park and reserve.</source>
        <translation>De terreinen met fits, fit_reasons, hmc_park, water_park en reserve.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="99"/>
        <source>The parks have no field &apos;{}&apos; ({}): that check is unknown.</source>
        <translation>De terreinen hebben geen veld '{}' ({}): die controle is onbekend.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="145"/>
        <source>{}: {} of {} parks fit; {} flagged to keep for other firms.</source>
        <translation>{}: {} van {} terreinen past; {} gemarkeerd om te reserveren voor andere bedrijven.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="177"/>
        <source>&apos;{}&apos; is not a number</source>
        <translation>'{}' is geen getal</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="84"/>
        <source>Company profile</source>
        <translation>Bedrijfsprofiel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="88"/>
        <source>Own profile file (JSON)</source>
        <translation>Eigen profielbestand (JSON)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="88"/>
        <source>A profile of your own; replaces PROFILE. Its errors are listed in full.</source>
        <translation>Een eigen profiel; vervangt PROFILE. Fouten erin worden volledig opgesomd.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/inputs_widget.py" line="32"/>
        <source>Nitrogen-sensitive habitats</source>
        <translation>Stikstofgevoelige habitats</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="97"/>
        <source>Natura 2000 areas or a habitat map (nitrogen criterion).</source>
        <translation>Natura 2000-gebieden of een habitatkaart (stikstofcriterium).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/inputs_widget.py" line="32"/>
        <source>Grid capacity map</source>
        <translation>Capaciteitskaart elektriciteitsnet</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="97"/>
        <source>Capaciteitskaart polygons with afname/opwek status (grid criterion).</source>
        <translation>Polygonen van de capaciteitskaart met status voor afname/opwek (netcriterium).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="97"/>
        <source>HV substations (grid criterion, large needs).</source>
        <translation>Hoogspanningsstations (netcriterium, grote behoefte).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/inputs_widget.py" line="33"/>
        <source>Houses</source>
        <translation>Woningen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="97"/>
        <source>Sensitive objects for the VNG guide distances (zoning criterion).</source>
        <translation>Gevoelige objecten voor de VNG-richtafstanden (criterium milieuzonering).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="97"/>
        <source>Accessibility criterion.</source>
        <translation>Bereikbaarheidscriterium.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="97"/>
        <source>Motorway lines where no ramps are known (accessibility).</source>
        <translation>Snelweglijnen waar geen op- en afritten bekend zijn (bereikbaarheid).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="97"/>
        <source>Roads for distances along the network (accessibility).</source>
        <translation>Wegen voor afstanden langs het netwerk (bereikbaarheid).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="97"/>
        <source>Fairways with a CEMT class.</source>
        <translation>Vaarwegen met een CEMT-klasse.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="97"/>
        <source>Rail freight terminals.</source>
        <translation>Spoorgoederenterminals.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="121"/>
        <source>Field of WATERWAYS with the CEMT class.</source>
        <translation>Veld van WATERWAYS met de CEMT-klasse.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/inputs_widget.py" line="37"/>
        <source>Protected areas</source>
        <translation>Beschermde gebieden</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="123"/>
        <source>Natura 2000, NNN, UNESCO core zones (landscape criterion; excluded).</source>
        <translation>Natura 2000, NNN, UNESCO-kernzones (landschapscriterium; uitgesloten).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="126"/>
        <source>Nationale Landschappen, national parks, core qualities (landscape).</source>
        <translation>Nationale Landschappen, nationale parken, kernkwaliteiten (landschap).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="129"/>
        <source>Landscape value field</source>
        <translation>Veld landschapswaarde</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="129"/>
        <source>Field of the valued layers with values 0-1.</source>
        <translation>Veld van de waardevolle lagen met waarden 0-1.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="43"/>
        <source>Suitability for a company profile</source>
        <translation>Geschiktheid voor een bedrijfsprofiel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="46"/>
        <source>One run for one company type: nitrogen, grid, zoning, landscape and accessibility with the profile&apos;s settings and weights, combined into one suitability map.</source>
        <translation>Eén berekening voor één bedrijfstype: stikstof, elektriciteitsnet, milieuzonering, landschap en bereikbaarheid met de instellingen en gewichten van het profiel, gecombineerd tot één geschiktheidskaart.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="51"/>
        <source>profiel,bedrijfsprofiel,geschiktheid,XXL,logistiek,datacenter,elektrolyser,recycling,HMC,profile,suitability,company</source>
        <translation>profiel,bedrijfsprofiel,geschiktheid,XXL,logistiek,datacenter,elektrolyser,recycling,HMC,profile,suitability,company,geschiktheidskaart,bedrijfstype</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="65"/>
        <source>Study area</source>
        <translation>Studiegebied</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="100"/>
        <source>Empty: all inputs together.</source>
        <translation>Leeg: alle invoer samen.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="101"/>
        <source>Suitability 0-1 for the profile.</source>
        <translation>Geschiktheid 0-1 voor het profiel.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="103"/>
        <source>Excluded by hard rules (0 = excluded)</source>
        <translation>Uitgesloten door harde regels (0 = uitgesloten)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="103"/>
        <source>0 where a hard rule of the profile excludes.</source>
        <translation>0 waar een harde regel van het profiel uitsluit.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="112"/>
        <source>Criterion score: {}</source>
        <translation>Criteriumscore: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="112"/>
        <source>Score 0-1 of this criterion.</source>
        <translation>Score 0-1 van dit criterium.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="226"/>
        <source>Profile {} ({}): weights {}; grid {}.</source>
        <translation>Profiel {} ({}): gewichten {}; analyserooster {}.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="236"/>
        <source>{} ({})</source>
        <translation>{} ({})</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="283"/>
        <source>excluded by hard rules: 0</source>
        <translation>uitgesloten door harde regels: 0</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="333"/>
        <source>give at least one data input or an EXTENT</source>
        <translation>geef ten minste één gegevensinvoer of een EXTENT op</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="43"/>
        <source>Report (HTML)</source>
        <translation>Rapport (HTML)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="46"/>
        <source>A self-contained HTML report: map, profile and weights, conventions, ranked sites with reasons, rank ranges and data sources.</source>
        <translation>Een zelfstandig HTML-rapport: kaart, profiel en gewichten, conventies, gerangschikte locaties met redenen, rangbereiken en gegevensbronnen.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="78"/>
        <source>Suitability raster written by a Ruimte algorithm.</source>
        <translation>Geschiktheidsraster dat door een Ruimte-algoritme is weggeschreven.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report.py" line="150"/>
        <source>Ranked sites</source>
        <translation>Gerangschikte locaties</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="80"/>
        <source>Output of &apos;Score and rank candidate sites&apos; (or of &apos;Weight sensitivity&apos;).</source>
        <translation>Uitvoer van 'Kandidaatlocaties scoren en rangschikken' (of van 'Gewichtsgevoeligheid').</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report_map.py" line="44"/>
        <source>Boundary</source>
        <translation>Grens</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="84"/>
        <source>Study-area outline for the map, e.g. the province.</source>
        <translation>Omtrek van het studiegebied voor de kaart, bijv. de provincie.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="104"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="104"/>
        <source>Report title; empty: from the profile.</source>
        <translation>Titel van het rapport; leeg: uit het profiel.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="109"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="109"/>
        <source>HTML files (*.html)</source>
        <translation>HTML-bestanden (*.html)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="109"/>
        <source>The HTML report.</source>
        <translation>Het HTML-rapport.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="128"/>
        <source>Suitability: {}</source>
        <translation>Geschiktheid: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="128"/>
        <source>Suitability report</source>
        <translation>Geschiktheidsrapport</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="134"/>
        <source>Made by {} (Ruimte {}, QGIS {}) on {}</source>
        <translation>Gemaakt met {} (Ruimte {}, QGIS {}) op {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="137"/>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="157"/>
        <source>Data sources and parameters</source>
        <translation>Gegevensbronnen en parameters</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="160"/>
        <source>Report written: {}</source>
        <translation>Rapport weggeschreven: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="168"/>
        <source>Suitability 0 (red) to 1 (green); excluded land scores 0. Sites: graduated by score, excluded sites hatched, numbers = rank.</source>
        <translation>Geschiktheid 0 (rood) tot 1 (groen); uitgesloten land krijgt score 0. Locaties: ingekleurd naar score, uitgesloten locaties gearceerd, nummers = rang.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="252"/>
        <source>criterion</source>
        <translation>criterium</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="182"/>
        <source>weight</source>
        <translation>gewicht</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="190"/>
        <source>Company profile and weights</source>
        <translation>Bedrijfsprofiel en gewichten</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="196"/>
        <source>Nitrogen is a screening estimate with a distance-decay kernel, not an AERIUS calculation; it is not valid for a permit.</source>
        <translation>De stikstofscore is een screeningsschatting met een afstandsafhankelijke kernel, geen AERIUS-berekening; ze is niet bruikbaar voor een vergunning.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="200"/>
        <source>Method and conventions</source>
        <translation>Methode en conventies</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="200"/>
        <source>item</source>
        <translation>onderdeel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report_provenance.py" line="65"/>
        <source>value</source>
        <translation>waarde</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="279"/>
        <source>setting</source>
        <translation>instelling</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="279"/>
        <source>source or assumption</source>
        <translation>bron of aanname</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report_sections.py" line="52"/>
        <source>rank</source>
        <translation>rang</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report_sections.py" line="109"/>
        <source>site</source>
        <translation>locatie</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/curve_widget.py" line="116"/>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report.py" line="135"/>
        <source>usable ha</source>
        <translation>bruikbare ha</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report.py" line="135"/>
        <source>reasons</source>
        <translation>redenen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report.py" line="139"/>
        <source>rank 5-95 %</source>
        <translation>rang 5-95 %</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report.py" line="139"/>
        <source>P(top {})</source>
        <translation>P(top {})</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report.py" line="168"/>
        <source>How robust is the ranking</source>
        <translation>Hoe robuust is de rangorde</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report.py" line="159"/>
        <source>Each bar spans the ranks a site took in 90 % of the weight samples; the dot is its mean rank.</source>
        <translation>Elke balk beslaat de rangen die een locatie in 90 % van de gewichtssteekproeven innam; de stip is de gemiddelde rang.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report_provenance.py" line="65"/>
        <source>parameter</source>
        <translation>parameter</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="85"/>
        <source>Score and rank candidate sites</source>
        <translation>Kandidaatlocaties scoren en rangschikken</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="88"/>
        <source>Per site the mean and minimum score of each criterion, the share excluded, a total score, a rank and the reasons for every failed hard rule.</source>
        <translation>Per locatie de gemiddelde en minimale score van elk criterium, het uitgesloten aandeel, een totaalscore, een rang en de redenen voor elke harde regel waaraan niet is voldaan.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="92"/>
        <source>locaties,kavels,bedrijventerreinen,rangorde,uitsluiting,redenen,sites,rank,reasons,zonal statistics,IBIS</source>
        <translation>locaties,kavels,bedrijventerreinen,rangorde,uitsluiting,redenen,sites,rank,reasons,zonal statistics,IBIS,zonale statistiek,kandidaatlocaties,rangschikken</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="131"/>
        <source>Plots or business parks (polygons).</source>
        <translation>Kavels of bedrijventerreinen (polygonen).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="136"/>
        <source>Without a profile: score rasters (0-1) on one grid.</source>
        <translation>Zonder profiel: scorerasters (0-1) op één raster.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="142"/>
        <source>Without a profile: how the criterion means combine.</source>
        <translation>Zonder profiel: hoe de criteriumgemiddelden worden gecombineerd.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="144"/>
        <source>Without a profile: rasters (0 = excluded) or polygons (excluded).</source>
        <translation>Zonder profiel: rasters (0 = uitgesloten) of polygonen (uitgesloten).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="147"/>
        <source>Area needed (ha)</source>
        <translation>Benodigde oppervlakte (ha)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="147"/>
        <source>Without a profile: the usable area a site needs; empty: none.</source>
        <translation>Zonder profiel: het bruikbare oppervlak dat een locatie nodig heeft; leeg: geen.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="154"/>
        <source>Empty: the extent of the sites.</source>
        <translation>Leeg: de extent van de locaties.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="155"/>
        <source>The sites with scores, rank, excluded and reasons.</source>
        <translation>De locaties met score, rank, excluded en reasons.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="169"/>
        <source>the site layer has no polygons</source>
        <translation>de locatielaag bevat geen polygonen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="268"/>
        <source>give a PROFILE, or CRITERIA rasters</source>
        <translation>geef een PROFILE op, of CRITERIA-rasters</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="48"/>
        <source>Weight sensitivity of a site ranking</source>
        <translation>Gewichtsgevoeligheid van een locatierangorde</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="51"/>
        <source>Monte Carlo and one-at-a-time weight changes: per site the mean rank, the 5-95 % rank range and the probability of a top-K place.</source>
        <translation>Monte Carlo en one-at-a-time-variatie (één voor één) van de gewichten: per locatie de gemiddelde rang, het rangbereik 5-95 % en de kans op een plaats in de top K.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="55"/>
        <source>gevoeligheid,robuustheid,gewichten,Monte Carlo,rangorde,sensitivity,robustness,weights,top k,uncertainty</source>
        <translation>gevoeligheid,robuustheid,gewichten,Monte Carlo,rangorde,sensitivity,robustness,weights,top k,uncertainty,onzekerheid,gevoeligheidsanalyse</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="59"/>
        <source>&lt;p&gt;Scores are the weighted sum (WLC) of each site&apos;s criterion means: from CRITERIA rasters (zonal means, as &apos;Score and rank candidate sites&apos;) or from fields of the site layer (CRITERIA_FIELDS; default: every field ending in _mean, e.g. the output of &apos;Score and rank candidate sites&apos;). Sites with EXCLUDED_FIELD = 1 rank last in every run.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;One-at-a-time&lt;/b&gt; (Chen, Yu &amp;amp; Khan 2010): each weight changes in 1 % steps over &amp;plusmn;SPREAD (default 20 %) of its value, the others rescaled proportionally to keep the sum 1. Per site oat_rank_min/oat_rank_max; the optional OAT_TABLE lists every step.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Monte Carlo&lt;/b&gt;: RUNS weight vectors (SEED makes them reproducible). &lt;i&gt;dirichlet&lt;/i&gt;: Dirichlet(CONCENTRATION &amp;times; w), mean w, variance w(1&amp;minus;w)/(CONCENTRATION+1) (default 100, an assumption: about &amp;plusmn;15 % of a weight of 0.3); &lt;i&gt;uniform&lt;/i&gt;: each weight uniform within &amp;plusmn;SPREAD of its value, renormalised. Per site mean_rank, rank_p05, rank_p95 and p_top_k = the share of runs in which the site ranks TOP_K or better.&lt;/li&gt;&lt;li&gt;With CRITERIA rasters, CELL_MEAN and CELL_CV give each cell&apos;s mean score and coefficient of variation over the sampled weights (exact: mean = mean(w)&amp;middot;z, variance = z&amp;prime;Cz with C the weights&apos; covariance).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Ranks: 1 = best; ties share the better rank.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Scores zijn de gewogen som (WLC) van de criteriumgemiddelden van elke locatie: uit CRITERIA-rasters (zonale gemiddelden, zoals bij 'Kandidaatlocaties scoren en rangschikken') of uit velden van de locatielaag (CRITERIA_FIELDS; standaard: elk veld dat eindigt op _mean, bijv. de uitvoer van 'Kandidaatlocaties scoren en rangschikken'). Locaties met EXCLUDED_FIELD = 1 komen in elke iteratie als laatste.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;One-at-a-time&lt;/b&gt; (één voor één; Chen, Yu &amp;amp; Khan 2010): elk gewicht varieert in stappen van 1 % over &amp;plusmn;SPREAD (standaard 20 %) van zijn waarde, waarbij de andere naar verhouding worden herschaald zodat de som 1 blijft. Per locatie oat_rank_min/oat_rank_max; de optionele OAT_TABLE bevat elke stap.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Monte Carlo&lt;/b&gt;: RUNS gewichtsvectoren (SEED maakt ze reproduceerbaar). &lt;i&gt;dirichlet&lt;/i&gt;: Dirichlet(CONCENTRATION &amp;times; w), gemiddelde w, variantie w(1&amp;minus;w)/(CONCENTRATION+1) (standaard 100, een aanname: ongeveer &amp;plusmn;15 % van een gewicht van 0.3); &lt;i&gt;uniform&lt;/i&gt;: elk gewicht uniform binnen &amp;plusmn;SPREAD van zijn waarde, opnieuw genormaliseerd. Per locatie mean_rank, rank_p05, rank_p95 en p_top_k = het aandeel van de iteraties waarin de locatie op rang TOP_K of beter eindigt.&lt;/li&gt;&lt;li&gt;Met CRITERIA-rasters geven CELL_MEAN en CELL_CV per cel de gemiddelde score en de variatiecoëfficiënt over de gewichtssteekproeven (exact: gemiddelde = gemiddelde(w)&amp;middot;z, variantie = z&amp;prime;Cz, met C de covariantie van de gewichten).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Rangen: 1 = beste; bij gelijke scores krijgen de locaties de betere rang.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="86"/>
        <source>Candidate sites, e.g. the output of &apos;Score and rank candidate sites&apos;.</source>
        <translation>Kandidaatlocaties, bijv. de uitvoer van 'Kandidaatlocaties scoren en rangschikken'.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="89"/>
        <source>Score rasters; without them the criterion means come from the fields.</source>
        <translation>Scorerasters; zonder deze rasters komen de criteriumgemiddelden uit de velden.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="92"/>
        <source>Criterion mean fields</source>
        <translation>Velden met criteriumgemiddelden</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="92"/>
        <source>Comma-separated fields with each site&apos;s criterion mean, in the order of the weights. Empty: every field ending in _mean.</source>
        <translation>Kommagescheiden velden met het criteriumgemiddelde van elke locatie, in de volgorde van de gewichten. Leeg: elk veld dat eindigt op _mean.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="99"/>
        <source>Excluded field</source>
        <translation>Veld uitgesloten</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="99"/>
        <source>Field that is 1 for excluded sites (they rank last); empty: none.</source>
        <translation>Veld dat 1 is voor uitgesloten locaties (die komen als laatste); leeg: geen.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="102"/>
        <source>Monte Carlo runs</source>
        <translation>Monte Carlo-iteraties</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="102"/>
        <source>Number of weight samples.</source>
        <translation>Aantal gewichtssteekproeven.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="104"/>
        <source>Sampling</source>
        <translation>Steekproefmethode</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="104"/>
        <source>dirichlet (around the weights) or uniform (+-SPREAD, renormalised).</source>
        <translation>dirichlet (rond de gewichten) of uniform (+-SPREAD, opnieuw genormaliseerd).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="106"/>
        <source>Spread (share of each weight)</source>
        <translation>Spreiding (aandeel van elk gewicht)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="106"/>
        <source>One-at-a-time range and uniform sampling range: +-20 % (Chen et al. 2010).</source>
        <translation>Bereik voor one-at-a-time en voor uniforme steekproeven: +-20 % (Chen et al. 2010).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="109"/>
        <source>Dirichlet concentration</source>
        <translation>Dirichlet-concentratie</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="109"/>
        <source>Higher = closer to the weights (default 100, assumption).</source>
        <translation>Hoger = dichter bij de gewichten (standaard 100, aanname).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="112"/>
        <source>Top K</source>
        <translation>Top K</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="112"/>
        <source>P(rank &lt;= K) is reported (default 3).</source>
        <translation>P(rang &lt;= K) wordt gerapporteerd (standaard 3).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="114"/>
        <source>Random seed</source>
        <translation>Startwaarde (seed)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="114"/>
        <source>Same seed, same samples (default 1). Empty: a new sample each run.</source>
        <translation>Zelfde seed, zelfde steekproeven (standaard 1). Leeg: bij elke uitvoering een nieuwe steekproef.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="127"/>
        <source>Sites with rank stability</source>
        <translation>Locaties met rangstabiliteit</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="127"/>
        <source>The sites with mean_rank, rank_p05, rank_p95, p_top_k, base_rank, oat_rank_min, oat_rank_max.</source>
        <translation>De locaties met mean_rank, rank_p05, rank_p95, p_top_k, base_rank, oat_rank_min, oat_rank_max.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="132"/>
        <source>One-at-a-time table</source>
        <translation>One-at-a-time-tabel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="132"/>
        <source>criterion, change_pct, site, rank for every step.</source>
        <translation>criterion, change_pct, site, rank voor elke stap.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="136"/>
        <source>Mean score per cell</source>
        <translation>Gemiddelde score per cel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="136"/>
        <source>Coefficient of variation per cell</source>
        <translation>Variatiecoëfficiënt per cel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="138"/>
        <source>Needs CRITERIA rasters.</source>
        <translation>Vereist CRITERIA-rasters.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="169"/>
        <source>give CRITERIA rasters, or sites with *_mean fields</source>
        <translation>geef CRITERIA-rasters op, of locaties met *_mean-velden</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="174"/>
        <source>the sites have no field &apos;{}&apos;</source>
        <translation>de locaties hebben geen veld '{}'</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="251"/>
        <source>{} sites, criteria {} with weights {}; {} {} runs (seed {}).</source>
        <translation>{} locaties, criteria {} met gewichten {}; {} {}-iteraties (seed {}).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="259"/>
        <source>the per-cell mean and CV need CRITERIA rasters</source>
        <translation>het gemiddelde en de CV per cel vereisen CRITERIA-rasters</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="340"/>
        <source>mean score over the weight samples</source>
        <translation>gemiddelde score over de gewichtssteekproeven</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="340"/>
        <source>coefficient of variation of the score</source>
        <translation>variatiecoëfficiënt van de score</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="30"/>
        <source>Standardize to score (fuzzy)</source>
        <translation>Standaardiseren naar score (fuzzy)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="33"/>
        <source>Turns a value raster (a distance, a deposition, a height) into a suitability score from 0 (unsuitable) to 1 (most suitable).</source>
        <translation>Zet een waarderaster (een afstand, een depositie, een hoogte) om in een geschiktheidsscore van 0 (ongeschikt) tot 1 (meest geschikt).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="37"/>
        <source>fuzzy,fuzzify,standardise,standardize,rescale,score,membership,sigmoid,geschiktheid,standaardiseren</source>
        <translation>fuzzy,fuzzify,standardise,standardize,rescale,score,membership,sigmoid,geschiktheid,standaardiseren,herschalen,normaliseren,lidmaatschapsfunctie</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="41"/>
        <source>&lt;p&gt;Turns each cell&apos;s value x into a score from 0 (unsuitable) to 1 (most suitable).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Control-point functions&lt;/b&gt; (IDRISI/TerrSet FUZZY convention, points A &amp;le; B &amp;le; C &amp;le; D): &lt;i&gt;increasing&lt;/i&gt; rises from A (0) to B (1); &lt;i&gt;decreasing&lt;/i&gt; falls from C (1) to D (0); &lt;i&gt;symmetric&lt;/i&gt; rises A&amp;rarr;B, is 1 from B to C and falls C&amp;rarr;D.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;linear&lt;/b&gt;: (x&amp;minus;A)/(B&amp;minus;A) rising, (D&amp;minus;x)/(D&amp;minus;C) falling.&lt;/li&gt;&lt;li&gt;&lt;b&gt;sigmoid&lt;/b&gt;: cos&amp;sup2;((1&amp;minus;t)&amp;middot;&amp;pi;/2) with t=(x&amp;minus;A)/(B&amp;minus;A) rising, cos&amp;sup2;(t&amp;middot;&amp;pi;/2) with t=(x&amp;minus;C)/(D&amp;minus;C) falling.&lt;/li&gt;&lt;li&gt;&lt;b&gt;jshaped&lt;/b&gt;: 1/(1+((x&amp;minus;B)/(B&amp;minus;A))&amp;sup2;) below B, 1/(1+((x&amp;minus;C)/(D&amp;minus;C))&amp;sup2;) above C; 0.5 at A (or D), never quite 0.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Midpoint/spread functions&lt;/b&gt;, the same formulas as QGIS&apos;s &lt;i&gt;Fuzzify raster&lt;/i&gt; algorithms (DIRECTION does not apply):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;large&lt;/b&gt;: 1/(1+(x/MIDPOINT)&lt;sup&gt;&amp;minus;SPREAD&lt;/sup&gt;), x &amp;le; 0 scores 0&lt;/li&gt;&lt;li&gt;&lt;b&gt;small&lt;/b&gt;: 1/(1+(x/MIDPOINT)&lt;sup&gt;SPREAD&lt;/sup&gt;), x &amp;le; 0 scores 1&lt;/li&gt;&lt;li&gt;&lt;b&gt;gaussian&lt;/b&gt;: exp(&amp;minus;SPREAD&amp;middot;(x&amp;minus;MIDPOINT)&amp;sup2;)&lt;/li&gt;&lt;li&gt;&lt;b&gt;near&lt;/b&gt;: 1/(1+SPREAD&amp;middot;(x&amp;minus;MIDPOINT)&amp;sup2;)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;table&lt;/b&gt;: value,score pairs; TABLE_MODE &lt;i&gt;interpolate&lt;/i&gt; is piecewise linear between the pairs and constant beyond them; &lt;i&gt;exact&lt;/i&gt; is categorical (a class value gets its score; other values are unknown).&lt;/p&gt;&lt;p&gt;NoData cells score UNKNOWN_SCORE, or stay NoData when it is empty. The output is a Float32 GeoTIFF on the input&apos;s grid, NoData &amp;minus;9999, with the function and its parameters recorded in the file&apos;s metadata.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zet de waarde x van elke cel om in een score van 0 (ongeschikt) tot 1 (meest geschikt).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Functies met controlepunten&lt;/b&gt; (conventie van IDRISI/TerrSet FUZZY, punten A &amp;le; B &amp;le; C &amp;le; D): &lt;i&gt;increasing&lt;/i&gt; stijgt van A (0) naar B (1); &lt;i&gt;decreasing&lt;/i&gt; daalt van C (1) naar D (0); &lt;i&gt;symmetric&lt;/i&gt; stijgt A&amp;rarr;B, is 1 van B tot C en daalt C&amp;rarr;D.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;linear&lt;/b&gt;: (x&amp;minus;A)/(B&amp;minus;A) stijgend, (D&amp;minus;x)/(D&amp;minus;C) dalend.&lt;/li&gt;&lt;li&gt;&lt;b&gt;sigmoid&lt;/b&gt;: cos&amp;sup2;((1&amp;minus;t)&amp;middot;&amp;pi;/2) met t=(x&amp;minus;A)/(B&amp;minus;A) stijgend, cos&amp;sup2;(t&amp;middot;&amp;pi;/2) met t=(x&amp;minus;C)/(D&amp;minus;C) dalend.&lt;/li&gt;&lt;li&gt;&lt;b&gt;jshaped&lt;/b&gt;: 1/(1+((x&amp;minus;B)/(B&amp;minus;A))&amp;sup2;) onder B, 1/(1+((x&amp;minus;C)/(D&amp;minus;C))&amp;sup2;) boven C; 0.5 bij A (of D), nooit helemaal 0.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Functies met middelpunt/spreiding&lt;/b&gt;, met dezelfde formules als de QGIS-algoritmen &lt;i&gt;Fuzzify raster&lt;/i&gt; (DIRECTION is niet van toepassing):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;large&lt;/b&gt;: 1/(1+(x/MIDPOINT)&lt;sup&gt;&amp;minus;SPREAD&lt;/sup&gt;), x &amp;le; 0 krijgt score 0&lt;/li&gt;&lt;li&gt;&lt;b&gt;small&lt;/b&gt;: 1/(1+(x/MIDPOINT)&lt;sup&gt;SPREAD&lt;/sup&gt;), x &amp;le; 0 krijgt score 1&lt;/li&gt;&lt;li&gt;&lt;b&gt;gaussian&lt;/b&gt;: exp(&amp;minus;SPREAD&amp;middot;(x&amp;minus;MIDPOINT)&amp;sup2;)&lt;/li&gt;&lt;li&gt;&lt;b&gt;near&lt;/b&gt;: 1/(1+SPREAD&amp;middot;(x&amp;minus;MIDPOINT)&amp;sup2;)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;table&lt;/b&gt;: paren van waarde,score; TABLE_MODE &lt;i&gt;interpolate&lt;/i&gt; is stuksgewijs lineair tussen de paren en constant daarbuiten; &lt;i&gt;exact&lt;/i&gt; is categorisch (een klassewaarde krijgt haar score; andere waarden zijn onbekend).&lt;/p&gt;&lt;p&gt;NoData-cellen krijgen UNKNOWN_SCORE, of blijven NoData als die leeg is. De uitvoer is een Float32-GeoTIFF op het raster van de invoer, NoData &amp;minus;9999, met de functie en haar parameters vastgelegd in de metadata van het bestand.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="69"/>
        <source>Value raster</source>
        <translation>Waarderaster</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="69"/>
        <source>Raster with the values to standardise, e.g. a distance in metres.</source>
        <translation>Raster met de te standaardiseren waarden, bijv. een afstand in meters.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="72"/>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="72"/>
        <source>Band of the value raster to use (default 1).</source>
        <translation>Te gebruiken band van het waarderaster (standaard 1).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="74"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="74"/>
        <source>Shape of the value-to-score function; see the algorithm help for the formulas.</source>
        <translation>Vorm van de functie van waarde naar score; zie de help van het algoritme voor de formules.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="77"/>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="77"/>
        <source>For linear, sigmoid and jshaped: increasing (higher value = better, uses A and B), decreasing (lower = better, uses C and D) or symmetric (best between B and C, uses A-D).</source>
        <translation>Voor linear, sigmoid en jshaped: increasing (hogere waarde = beter, gebruikt A en B), decreasing (lager = beter, gebruikt C en D) of symmetric (best tussen B en C, gebruikt A-D).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="81"/>
        <source>A: rising limb starts (score 0)</source>
        <translation>A: begin stijgende flank (score 0)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="81"/>
        <source>B: rising limb ends (score 1)</source>
        <translation>B: einde stijgende flank (score 1)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="81"/>
        <source>C: falling limb starts (score 1)</source>
        <translation>C: begin dalende flank (score 1)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="81"/>
        <source>D: falling limb ends (score 0)</source>
        <translation>D: einde dalende flank (score 0)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="85"/>
        <source>Control point in the units of the value raster; A &lt;= B &lt;= C &lt;= D.</source>
        <translation>Controlepunt in de eenheden van het waarderaster; A &lt;= B &lt;= C &lt;= D.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="87"/>
        <source>Midpoint</source>
        <translation>Middelpunt</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="87"/>
        <source>For large/small: the value that scores 0.5. For gaussian/near: the value that scores 1.</source>
        <translation>Voor large/small: de waarde die score 0.5 krijgt. Voor gaussian/near: de waarde die score 1 krijgt.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="90"/>
        <source>Spread</source>
        <translation>Spreiding</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="90"/>
        <source>Steepness for large/small (QGIS default 5) and width for gaussian/near (QGIS default 0.01; smaller = wider); above 0.</source>
        <translation>Steilheid voor large/small (QGIS-standaard 5) en breedte voor gaussian/near (QGIS-standaard 0.01; kleiner = breder); groter dan 0.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="94"/>
        <source>Value-score table</source>
        <translation>Tabel waarde-score</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="94"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="108"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="101"/>
        <source>Table mode</source>
        <translation>Tabelmodus</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="101"/>
        <source>interpolate: piecewise linear between the table&apos;s values; exact: categories, other values are unknown.</source>
        <translation>interpolate: stuksgewijs lineair tussen de waarden in de tabel; exact: categorieën, andere waarden zijn onbekend.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="104"/>
        <source>Score for unknown cells</source>
        <translation>Score voor onbekende cellen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="104"/>
        <source>Score (0-1) given to NoData cells of the value raster. Leave empty to keep them NoData.</source>
        <translation>Score (0-1) voor NoData-cellen van het waarderaster. Laat leeg om ze NoData te laten.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="108"/>
        <source>Float32 GeoTIFF with scores 0-1.</source>
        <translation>Float32-GeoTIFF met scores 0-1.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="135"/>
        <source>Function: {}</source>
        <translation>Functie: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="139"/>
        <source>score 0-1</source>
        <translation>score 0-1</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="34"/>
        <source>Environmental zoning (VNG guide distances)</source>
        <translation>Milieuzonering (VNG-richtafstanden)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="37"/>
        <source>Where a company of a given environmental category keeps the VNG guide distance to houses.</source>
        <translation>Waar een bedrijf van een gegeven milieucategorie de VNG-richtafstand tot woningen aanhoudt.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="41"/>
        <source>milieuzonering,richtafstand,VNG,milieucategorie,bedrijven en milieuzonering,houses,BAG,zoning,guide distance</source>
        <translation>milieuzonering,richtafstand,VNG,milieucategorie,bedrijven en milieuzonering,houses,BAG,zoning,guide distance,woningen,gevoelige objecten,activiteiten en milieuzonering</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="49"/>
        <source>&lt;p&gt;VNG &lt;i&gt;Bedrijven en milieuzonering&lt;/i&gt; (2009): a company of environmental category CATEGORY must keep the guide distance (richtafstand) from its site to the façade of houses and other sensitive objects. In a &lt;i&gt;gemengd gebied&lt;/i&gt; (mixed area) the distance of one step lower applies.&lt;/p&gt;&lt;p&gt;Outputs: DISTANCE = metres from each cell to the nearest sensitive object (cell centre to cell centre, as gdal:proximity; exact up to MAX_DISTANCE, which is written where everything is farther); CONSTRAINT = 0 inside the guide distance, 1 outside; OUTPUT score = 0 inside the guide distance, rising linearly to 1 at SCORE_MULTIPLE times the guide distance (default 2, an assumption).&lt;/p&gt;&lt;p&gt;Sensitive objects are points (e.g. BAG verblijfsobjecten with a woonfunctie: the cell containing the point) or polygons (e.g. building outlines: every cell whose centre lies inside). On the grid the rule holds to about half a cell; use a pixel size well below the guide distance.&lt;/p&gt;&lt;p&gt;Guide distances (m):&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;category&lt;/th&gt;&lt;th&gt;rustige woonwijk&lt;/th&gt;&lt;th&gt;gemengd gebied&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;p&gt;VNG &lt;i&gt;Bedrijven en milieuzonering&lt;/i&gt; (2009): een bedrijf van milieucategorie CATEGORY moet de richtafstand aanhouden tussen zijn terrein en de gevel van woningen en andere gevoelige objecten. In een &lt;i&gt;gemengd gebied&lt;/i&gt; geldt de afstand van één stap lager.&lt;/p&gt;&lt;p&gt;Uitvoer: DISTANCE = meters van elke cel tot het dichtstbijzijnde gevoelige object (van celmiddelpunt tot celmiddelpunt, zoals gdal:proximity; exact tot MAX_DISTANCE, die wordt weggeschreven waar alles verder weg ligt); CONSTRAINT = 0 binnen de richtafstand, 1 daarbuiten; score OUTPUT = 0 binnen de richtafstand en stijgt lineair tot 1 op SCORE_MULTIPLE maal de richtafstand (standaard 2, een aanname).&lt;/p&gt;&lt;p&gt;Gevoelige objecten zijn punten (bijv. BAG-verblijfsobjecten met een woonfunctie: de cel die het punt bevat) of polygonen (bijv. pandcontouren: elke cel waarvan het middelpunt erbinnen ligt). Op het raster geldt de regel tot op ongeveer een halve cel nauwkeurig; gebruik een pixelgrootte die ruim onder de richtafstand ligt.&lt;/p&gt;&lt;p&gt;Richtafstanden (m):&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;categorie&lt;/th&gt;&lt;th&gt;rustige woonwijk&lt;/th&gt;&lt;th&gt;gemengd gebied&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="64"/>
        <source>&lt;/table&gt;&lt;p&gt;Source: VNG (2009), &lt;i&gt;Bedrijven en milieuzonering&lt;/i&gt;, Tabel 1. Since 2024 the Omgevingswet replaces this brochure with the handreiking &lt;i&gt;Activiteiten en milieuzonering&lt;/i&gt;; the 2009 categories remain the common screening yardstick.&lt;/p&gt;</source>
        <translation>&lt;/table&gt;&lt;p&gt;Bron: VNG (2009), &lt;i&gt;Bedrijven en milieuzonering&lt;/i&gt;, Tabel 1. Sinds 2024 vervangt de handreiking &lt;i&gt;Activiteiten en milieuzonering&lt;/i&gt; onder de Omgevingswet deze brochure; de categorieën uit 2009 blijven de gangbare maatstaf voor screening.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="71"/>
        <source>Houses and other sensitive objects</source>
        <translation>Woningen en andere gevoelige objecten</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="71"/>
        <source>Points or polygons of sensitive objects, e.g. BAG verblijfsobjecten with a woonfunctie. Reprojected to the target CRS.</source>
        <translation>Punten of polygonen van gevoelige objecten, bijv. BAG-verblijfsobjecten met een woonfunctie. Worden geherprojecteerd naar het doel-CRS.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="76"/>
        <source>Environmental category (VNG)</source>
        <translation>Milieucategorie (VNG)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="76"/>
        <source>VNG 2009 category of the company. Default 3.1: the provinces want business parks for category 3.1 and up (IPO position paper).</source>
        <translation>VNG-categorie (2009) van het bedrijf. Standaard 3.1: de provincies willen bedrijventerreinen voor categorie 3.1 en hoger (IPO-positionpaper).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="79"/>
        <source>Area type</source>
        <translation>Gebiedstype</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="79"/>
        <source>rustige_woonwijk (quiet residential area, the VNG reference type) or gemengd_gebied (mixed area: one distance step lower).</source>
        <translation>rustige_woonwijk (het VNG-referentietype) of gemengd_gebied (één afstandsstap lager).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="82"/>
        <source>Full score at this multiple of the guide distance</source>
        <translation>Volledige score bij dit veelvoud van de richtafstand</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="82"/>
        <source>The score rises from 0 at the guide distance to 1 at this multiple of it. Default 2 (assumption). 1 makes the score a step.</source>
        <translation>De score stijgt van 0 op de richtafstand naar 1 op dit veelvoud ervan. Standaard 2 (aanname). Met 1 wordt de score een stapfunctie.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="87"/>
        <source>Maximum distance (m)</source>
        <translation>Maximale afstand (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="87"/>
        <source>DISTANCE is exact up to this value and capped beyond it; larger values cost time and memory. Default 5000 m (assumption: over three times the largest guide distance).</source>
        <translation>DISTANCE is exact tot deze waarde en daarboven begrensd; grotere waarden kosten meer tijd en geheugen. Standaard 5000 m (aanname: ruim drie keer de grootste richtafstand).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="93"/>
        <source>Zoning score</source>
        <translation>Score milieuzonering</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="93"/>
        <source>Score 0-1: 0 inside the guide distance, 1 from SCORE_MULTIPLE x guide distance.</source>
        <translation>Score 0-1: 0 binnen de richtafstand, 1 vanaf SCORE_MULTIPLE x de richtafstand.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="96"/>
        <source>Distance to sensitive objects (m)</source>
        <translation>Afstand tot gevoelige objecten (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="96"/>
        <source>Metres to the nearest sensitive object.</source>
        <translation>Meters tot het dichtstbijzijnde gevoelige object.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="99"/>
        <source>Zoning constraint (0 = excluded)</source>
        <translation>Beperking milieuzonering (0 = uitgesloten)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="99"/>
        <source>0 inside the guide distance, 1 outside; usable as a constraint in &apos;Combine criteria&apos;.</source>
        <translation>0 binnen de richtafstand, 1 daarbuiten; bruikbaar als beperking in 'Criteria combineren'.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="116"/>
        <source>MAX_DISTANCE ({:g} m) must be at least the full-score distance ({:g} m)</source>
        <translation>MAX_DISTANCE ({:g} m) moet ten minste gelijk zijn aan de afstand voor volledige score ({:g} m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="125"/>
        <source>zoning score 0-1</source>
        <translation>score milieuzonering 0-1</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="127"/>
        <source>distance to sensitive objects (m), capped at {:g}</source>
        <translation>afstand tot gevoelige objecten (m), begrensd op {:g}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="130"/>
        <source>zoning constraint: 0 = inside the guide distance</source>
        <translation>beperking milieuzonering: 0 = binnen de richtafstand</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="135"/>
        <source>The layer of sensitive objects is empty: no distance applies, every cell scores 1.</source>
        <translation>De laag met gevoelige objecten is leeg: er geldt geen afstand, elke cel krijgt score 1.</translation>
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
    <message>
        <location filename="../ruimte_plugin/algorithms/accessibility.py" line="166"/>
        <source>the layer has no features: there is nothing to measure the distance to</source>
        <translation>de laag bevat geen objecten: er is niets om de afstand toe te meten</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/analysis_grid.py" line="62"/>
        <source>Area to analyse. It snaps outward to whole pixels on a grid anchored at multiples of the pixel size, so separate runs align cell for cell.</source>
        <translation>Te analyseren gebied. Het wordt naar buiten uitgebreid tot hele pixels van een raster dat verankerd is op veelvouden van de pixelgrootte, zodat afzonderlijke berekeningen cel voor cel samenvallen.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/analysis_grid.py" line="66"/>
        <source>Default 25 m, the provinces&apos; usual working resolution.</source>
        <translation>Standaard 25 m, de gebruikelijke werkresolutie van de provincies.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/layers.py" line="156"/>
        <source>layer &apos;{}&apos; has coordinates up to {:,.0f} but a CRS in degrees ({}): its CRS is missing or wrong; assign the right one (e.g. EPSG:28992) with &apos;Assign projection&apos;</source>
        <translation>laag '{}' heeft coördinaten tot {:,.0f} maar een CRS in graden ({}): het CRS ontbreekt of is onjuist; ken het juiste CRS toe (bijv. EPSG:28992) met 'Projectie toekennen'</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/analysis_grid.py" line="84"/>
        <source>there is no valid coordinate reference system; assign one (e.g. EPSG:28992) with &apos;Assign projection&apos;</source>
        <translation>er is geen geldig coördinaatreferentiesysteem; ken er een toe (bijv. EPSG:28992) met 'Projectie toekennen'</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/analysis_grid.py" line="186"/>
        <source>the extent of the input cannot be transformed to {}; check the input layers&apos; CRS, or give an EXTENT</source>
        <translation>de extent van de invoer kan niet worden getransformeerd naar {}; controleer het CRS van de invoerlagen, of geef een EXTENT op</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/layers.py" line="175"/>
        <source>points</source>
        <translation>punten</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/layers.py" line="175"/>
        <source>lines</source>
        <translation>lijnen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/layers.py" line="175"/>
        <source>polygons</source>
        <translation>polygonen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/layers.py" line="179"/>
        <source>layer &apos;{}&apos; has the wrong geometry type; this input needs {}</source>
        <translation>laag '{}' heeft het verkeerde geometrietype; deze invoer vereist {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/outputs.py" line="152"/>
        <source>{} ({}) has no cells with data: check that the inputs overlap the extent and hold data.</source>
        <translation>{} ({}) heeft geen cellen met gegevens: controleer of de invoer de extent overlapt en gegevens bevat.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="124"/>
        <source>Resampling of criteria on another grid</source>
        <translation>Herbemonstering van criteria op een ander raster</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="51"/>
        <source>&lt;p&gt;Reads the grid operators&apos; capacity map (capaciteitskaart): polygons with a status per supply area in STATUS_FIELD (&lt;code&gt;afname&lt;/code&gt; for offtake, &lt;code&gt;opwek&lt;/code&gt; for feed-in): 0 = capacity available (groen), 1 = limited (geel), 2 = under study, with a queue (oranje), 3 = shortage, with a queue (rood), -1 = not yet coloured. Codes or the colour words are accepted.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;A need up to 0.173 MVA (up to 3 x 250 A, below a medium-voltage connection; Enexis) is hardly affected: score 1 everywhere.&lt;/li&gt;&lt;li&gt;Above it, status 3 excludes (score 0, CONSTRAINT 0); statuses 0-3 score STATUS_SCORES (default 1, 0.7, 0.3, 0: an assumption).&lt;/li&gt;&lt;li&gt;From LARGE_MVA (default 10 MVA, an assumption) the connection comes from the high-voltage grid: the score is multiplied by a distance score to the nearest SUBSTATION, 1 within SUBSTATION_NEAR (2 km) falling linearly to 0 at SUBSTATION_FAR (15 km) (assumptions: the cost of a dedicated cable grows with its length).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Where polygons overlap the worst status counts; a cell takes the status of the polygon that contains its centre. Cells outside every polygon or with status -1 score UNKNOWN_SCORE, or stay NoData when it is empty. Sources: status codes from the renderer of the capacity map (Netbeheer Nederland, capaciteitskaart; information model im-capaciteitskaart) and Liander&apos;s scarcity levels (Liander, schaarsteniveaus); the medium-voltage threshold from Enexis (middenspanningsaansluiting).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Leest de capaciteitskaart van de netbeheerders: polygonen met een status per voedingsgebied in STATUS_FIELD (&lt;code&gt;afname&lt;/code&gt; voor afname, &lt;code&gt;opwek&lt;/code&gt; voor teruglevering): 0 = capaciteit beschikbaar (groen), 1 = beperkt (geel), 2 = in onderzoek, met wachtrij (oranje), 3 = tekort, met wachtrij (rood), -1 = nog niet ingekleurd. Zowel de codes als de kleurwoorden worden geaccepteerd.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Een behoefte tot 0.173 MVA (tot 3 x 250 A, onder een middenspanningsaansluiting; Enexis) wordt nauwelijks beïnvloed: overal score 1.&lt;/li&gt;&lt;li&gt;Daarboven sluit status 3 uit (score 0, CONSTRAINT 0); statussen 0-3 krijgen de scores uit STATUS_SCORES (standaard 1, 0.7, 0.3, 0: een aanname).&lt;/li&gt;&lt;li&gt;Vanaf LARGE_MVA (standaard 10 MVA, een aanname) komt de aansluiting van het hoogspanningsnet: de score wordt vermenigvuldigd met een afstandsscore tot het dichtstbijzijnde SUBSTATION, 1 binnen SUBSTATION_NEAR (2 km) en lineair aflopend naar 0 op SUBSTATION_FAR (15 km) (aannames: de kosten van een eigen kabel nemen toe met de lengte).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Waar polygonen overlappen, telt de slechtste status; een cel krijgt de status van de polygoon die haar middelpunt bevat. Cellen buiten alle polygonen of met status -1 krijgen UNKNOWN_SCORE, of blijven NoData als die leeg is. Bronnen: statuscodes uit de symbologie van de capaciteitskaart (Netbeheer Nederland, capaciteitskaart; informatiemodel im-capaciteitskaart) en de schaarsteniveaus van Liander (Liander, schaarsteniveaus); de middenspanningsgrens van Enexis (middenspanningsaansluiting).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="108"/>
        <source>Being visible from Natura 2000 and NNN counts too: they take value 1 in the impact.</source>
        <translation>Zichtbaarheid vanuit Natura 2000 en NNN telt ook mee: deze gebieden krijgen waarde 1 in de impact.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="43"/>
        <source>&lt;p&gt;Finds up to MAX_SITES new sites (no fixed limit on the number) in a SUITABILITY raster, each a contiguous region of at least MIN_AREA_HA with a mean score of at least MIN_SCORE, compact enough for a building and at least MIN_SPACING apart.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Buildable land&lt;/b&gt;: cells with a score above 0 (not excluded), after a morphological opening with a disk of diameter MIN_WIDTH: only land where a whole disk of that width fits stays, so ribbons narrower than MIN_WIDTH drop out. MIN_WIDTH 0 means half the side of a square of MIN_AREA_HA (158 m for 10 ha).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Seeds&lt;/b&gt;: each buildable cell&apos;s mean score over a disk of MIN_AREA_HA around it (90 % of the disk must be buildable); the best seeds are tried first.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Growth&lt;/b&gt;: from the seed, the best-scoring free neighbouring cell is added until the region reaches MIN_AREA_HA, never farther from the seed than 1.5 times the radius of a disk of that area (compactness).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Spacing&lt;/b&gt;: land within MIN_SPACING of a chosen site is no longer free.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Output polygons: rank (by mean score, 1 = best), area_ha, mean_score, min_score and compactness (4&amp;pi;A/P&amp;sup2;: 1 for a disk, 0.79 for a square). The whole raster is held in memory (about 60 bytes per cell); very large rasters are refused with an estimate.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zoekt tot MAX_SITES nieuwe locaties (geen vast maximum aan het aantal) in een SUITABILITY-raster, elk een aaneengesloten gebied van ten minste MIN_AREA_HA met een gemiddelde score van ten minste MIN_SCORE, compact genoeg voor een gebouw en ten minste MIN_SPACING van elkaar.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Bebouwbaar land&lt;/b&gt;: cellen met een score boven 0 (niet uitgesloten), na een morfologische opening met een schijf met diameter MIN_WIDTH: alleen land waar een hele schijf van die breedte past, blijft over, zodat stroken smaller dan MIN_WIDTH afvallen. MIN_WIDTH 0 betekent de halve zijde van een vierkant van MIN_AREA_HA (158 m bij 10 ha).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Kiemen&lt;/b&gt;: voor elke bebouwbare cel de gemiddelde score over een schijf van MIN_AREA_HA eromheen (90 % van de schijf moet bebouwbaar zijn); de beste kiemen worden het eerst geprobeerd.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Groei&lt;/b&gt;: vanuit de kiem wordt steeds de best scorende vrije buurcel toegevoegd tot het gebied MIN_AREA_HA bereikt, nooit verder van de kiem dan 1.5 keer de straal van een schijf met die oppervlakte (compactheid).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Tussenafstand&lt;/b&gt;: land binnen MIN_SPACING van een gekozen locatie is niet meer vrij.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Uitvoerpolygonen: rank (op gemiddelde score, 1 = beste), area_ha, mean_score, min_score en compactness (4&amp;pi;A/P&amp;sup2;: 1 voor een schijf, 0.79 voor een vierkant). Het hele raster wordt in het geheugen gehouden (ongeveer 60 bytes per cel); zeer grote rasters worden geweigerd, met een schatting.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/nitrogen.py" line="123"/>
        <source>No deposition counts beyond this distance. Default 25000 m, the AERIUS rule since 2021.</source>
        <translation>Voorbij deze afstand telt geen depositie mee. Standaard 25000 m, de AERIUS-regel sinds 2021.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="199"/>
        <source>the park layer is empty: give at least one business park</source>
        <translation>de laag met bedrijventerreinen is leeg: geef ten minste één bedrijventerrein op</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="50"/>
        <source>rapport,verslag,raadsvoorstel,statenvoorstel,report,html,shortlist</source>
        <translation>rapport,verslag,raadsvoorstel,statenvoorstel,report,html,shortlist,kaart</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/layers.py" line="90"/>
        <source>the site layer is empty: give at least one site</source>
        <translation>de locatielaag is leeg: geef ten minste één locatie op</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/zoning.py" line="137"/>
        <source>Category {}, area type {}: guide distance {:g} m ({}); {} sensitive objects; grid {}.</source>
        <translation>Categorie {}, gebiedstype {}: richtafstand {:g} m ({}); {} gevoelige objecten; analyserooster {}.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/aggregate.py" line="73"/>
        <source>unknown method &apos;{}&apos;; use one of {}</source>
        <translation>onbekende methode '{}'; gebruik een van {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/aggregate.py" line="83"/>
        <source>weights must be zero or positive and sum to 1</source>
        <translation>gewichten moeten nul of positief zijn en samen 1 zijn</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/aggregate.py" line="86"/>
        <source>GAMMA must lie between 0 (= PRODUCT) and 1 (= SUM)</source>
        <translation>GAMMA moet tussen 0 (= PRODUCT) en 1 (= SUM) liggen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/aggregate.py" line="91"/>
        <source>{} order weights for {} criteria; give one order weight per rank, the first for the lowest score</source>
        <translation>{} volgordegewichten voor {} criteria; geef één volgordegewicht per rang op, het eerste voor de laagste score</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/aggregate.py" line="95"/>
        <source>order weights must be zero or positive and sum to 1</source>
        <translation>volgordegewichten moeten nul of positief zijn en samen 1 zijn</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/accessibility.py" line="50"/>
        <source>unknown CEMT class &apos;{}&apos;; use one of {}</source>
        <translation>onbekende CEMT-klasse '{}'; gebruik een van {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/accessibility.py" line="70"/>
        <source>the ideal distance must be 0 or more and below the maximum</source>
        <translation>de ideale afstand moet 0 of meer zijn en kleiner dan de maximale afstand</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/accessibility.py" line="79"/>
        <source>unknown mode combination &apos;{}&apos;</source>
        <translation>onbekende combinatie van vervoerswijzen '{}'</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/accessibility.py" line="117"/>
        <source>the road network has no lines</source>
        <translation>het wegennetwerk bevat geen lijnen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/accessibility.py" line="140"/>
        <source>no targets to measure the network distance to</source>
        <translation>er zijn geen doelen om de netwerkafstand toe te meten</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/grid_capacity.py" line="53"/>
        <source>unknown congestion status &apos;{}&apos;; use 0-3, -1 or one of groen, geel, oranje, rood</source>
        <translation>onbekende congestiestatus '{}'; gebruik 0-3, -1 of een van groen, geel, oranje, rood</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/grid_capacity.py" line="58"/>
        <source>unknown congestion status &apos;{}&apos;</source>
        <translation>onbekende congestiestatus '{}'</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/grid_capacity.py" line="62"/>
        <source>unknown congestion status {:g}; the capacity map uses 0-3 and -1 (not yet coloured)</source>
        <translation>onbekende congestiestatus {:g}; de capaciteitskaart gebruikt 0-3 en -1 (nog niet ingekleurd)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/grid_capacity.py" line="78"/>
        <source>the required capacity must be 0 MVA or more</source>
        <translation>de benodigde capaciteit moet 0 MVA of meer zijn</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/grid_capacity.py" line="80"/>
        <source>give four scores between 0 and 1, for status 0, 1, 2 and 3</source>
        <translation>geef vier scores tussen 0 en 1 op, voor status 0, 1, 2 en 3</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/grid_capacity.py" line="83"/>
        <source>the score for unknown status must lie between 0 and 1</source>
        <translation>de score bij onbekende status moet tussen 0 en 1 liggen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/grid_capacity.py" line="86"/>
        <source>the substation distances must satisfy 0 &lt;= NEAR &lt; FAR</source>
        <translation>de afstanden tot het hoogspanningsstation moeten voldoen aan 0 &lt;= NEAR &lt; FAR</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/landscape.py" line="60"/>
        <source>the building height must be above 0 m</source>
        <translation>de bouwhoogte moet groter zijn dan 0 m</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/landscape.py" line="63"/>
        <source>give {} ring weights (for {}), zero or positive, not all zero</source>
        <translation>geef {} ringgewichten op (voor {}), nul of positief, niet allemaal nul</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/landscape.py" line="69"/>
        <source>the weight must lie between 0 and 1</source>
        <translation>het gewicht moet tussen 0 en 1 liggen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/landscape.py" line="137"/>
        <source>&apos;{}&apos; is not a class:value pair</source>
        <translation>'{}' is geen paar klasse:waarde</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/landscape.py" line="141"/>
        <source>the value of class &apos;{}&apos; must lie between 0 and 1</source>
        <translation>de waarde van klasse '{}' moet tussen 0 en 1 liggen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/landscape.py" line="160"/>
        <source>landscape class &apos;{}&apos; is not in the value table; add it (known: {})</source>
        <translation>landschapsklasse '{}' staat niet in de waardetabel; voeg deze toe (bekend: {})</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/landscape.py" line="168"/>
        <source>landscape value &apos;{}&apos; is not a number; give a VALUE_TABLE such as hoog:1,midden:0.6,laag:0.3</source>
        <translation>landschapswaarde '{}' is geen getal; geef een VALUE_TABLE op, zoals hoog:1,midden:0.6,laag:0.3</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/landscape.py" line="172"/>
        <source>landscape value {:g} is outside 0-1; give a VALUE_TABLE that maps the classes to 0-1</source>
        <translation>landschapswaarde {:g} ligt buiten 0-1; geef een VALUE_TABLE op die de klassen omzet naar 0-1</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/nitrogen.py" line="79"/>
        <source>screening estimate with a distance-decay kernel; not an AERIUS/OPS calculation and not valid for a permit</source>
        <translation>screeningsschatting met een afstandsafhankelijke kernel; geen AERIUS/OPS-berekening en niet bruikbaar voor een vergunning</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/nitrogen.py" line="95"/>
        <source>the kernel exponent must lie between 0 and 3</source>
        <translation>de exponent van de kernel moet tussen 0 en 3 liggen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/nitrogen.py" line="97"/>
        <source>the kernel core radius must be above 0 and below the cutoff</source>
        <translation>de kernstraal van de kernel moet groter zijn dan 0 en kleiner dan de afkapafstand</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/nitrogen.py" line="100"/>
        <source>the deposited fraction must lie in (0, 1]</source>
        <translation>het neergeslagen aandeel moet in (0, 1] liggen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/nitrogen.py" line="171"/>
        <source>emissions must be 0 kg/yr or more</source>
        <translation>emissies moeten 0 kg/jaar of meer zijn</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/nitrogen.py" line="173"/>
        <source>the threshold must be above 0 mol N/ha/yr</source>
        <translation>de drempelwaarde moet groter zijn dan 0 mol N/ha/jaar</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/nitrogen.py" line="175"/>
        <source>UPPER must be above THRESHOLD (e.g. 200 x THRESHOLD)</source>
        <translation>UPPER moet groter zijn dan THRESHOLD (bijv. 200 x THRESHOLD)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/nitrogen.py" line="183"/>
        <source>both kernels must share one cutoff</source>
        <translation>beide kernels moeten dezelfde afkapafstand hebben</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/zoning.py" line="54"/>
        <source>unknown environmental category &apos;{}&apos;; use one of {}</source>
        <translation>onbekende milieucategorie '{}'; gebruik een van {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/zoning.py" line="57"/>
        <source>unknown area type &apos;{}&apos;; use one of {}</source>
        <translation>onbekend gebiedstype '{}'; gebruik een van {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/zoning.py" line="71"/>
        <source>the score multiple must be 1 or more (1 = a step at the guide distance)</source>
        <translation>het veelvoud voor volledige score moet 1 of meer zijn (1 = een stapfunctie op de richtafstand)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/zoning.py" line="105"/>
        <source>distance to houses {:.0f} m {} {:.0f} m ({}, category {}, {})</source>
        <translation>afstand tot woningen {:.0f} m {} {:.0f} m ({}, categorie {}, {})</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/distance.py" line="105"/>
        <source>the distance transform</source>
        <translation>de afstandstransformatie</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/distance.py" line="105"/>
        <source>use a larger pixel size or a smaller maximum distance</source>
        <translation>gebruik een grotere pixelgrootte of een kleinere maximale afstand</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/grid.py" line="53"/>
        <source>the {} of the grid is not a finite number</source>
        <translation>de {} van het analyserooster is geen eindig getal</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/grid.py" line="53"/>
        <source>pixel size</source>
        <translation>pixelgrootte</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/grid.py" line="73"/>
        <source>rotated rasters are not supported; warp the raster to a north-up grid first (Raster &gt; Projections &gt; Warp)</source>
        <translation>gedraaide rasters worden niet ondersteund; zet het raster eerst om naar een noordgericht raster (Raster &gt; Projecties &gt; Warp (herprojecteren))</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/grid.py" line="76"/>
        <source>the raster has an unusable pixel size ({:g}, {:g}); cells must have a positive width and a north-up orientation</source>
        <translation>het raster heeft een onbruikbare pixelgrootte ({:g}, {:g}); cellen moeten een positieve breedte hebben en noordgericht zijn</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/grid.py" line="79"/>
        <source>the raster has no cells</source>
        <translation>het raster heeft geen cellen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/grid.py" line="140"/>
        <source>{} x {} cells of {:g} x {:g}, extent {:g},{:g} : {:g},{:g}</source>
        <translation>{} x {} cellen van {:g} x {:g}, extent {:g},{:g} : {:g},{:g}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/locate.py" line="57"/>
        <source>the site area must be above 0 ha</source>
        <translation>de oppervlakte van een locatie moet groter zijn dan 0 ha</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/locate.py" line="59"/>
        <source>the minimum score must lie between 0 and 1</source>
        <translation>de minimale score moet tussen 0 en 1 liggen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/locate.py" line="61"/>
        <source>ask for at least one site</source>
        <translation>vraag om ten minste één locatie</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/locate.py" line="63"/>
        <source>distances cannot be negative</source>
        <translation>afstanden kunnen niet negatief zijn</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/memory.py" line="40"/>
        <source>{} needs about {} of memory but only {} is free; {}</source>
        <translation>{} vereist ongeveer {} geheugen, maar er is slechts {} vrij; {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/memory.py" line="40"/>
        <source>use a larger pixel size or a smaller extent</source>
        <translation>gebruik een grotere pixelgrootte of een kleinere extent</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/zoning.py" line="45"/>
        <source>&apos;{}&apos; is not an environmental category (1, 2, 3.1 ... 6)</source>
        <translation>'{}' is geen milieucategorie (1, 2, 3.1 ... 6)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/park_fit.py" line="75"/>
        <source>largest plot</source>
        <translation>grootste kavel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/park_fit.py" line="78"/>
        <source>largest plot {:.1f} ha &lt; {:g} ha needed</source>
        <translation>grootste kavel {:.1f} ha &lt; {:g} ha nodig</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/park_fit.py" line="82"/>
        <source>maximum category</source>
        <translation>maximale categorie</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/park_fit.py" line="85"/>
        <source>maximum category {} &lt; {} needed (VNG 2009)</source>
        <translation>maximale categorie {} &lt; {} nodig (VNG 2009)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/park_fit.py" line="89"/>
        <source>water access</source>
        <translation>waterontsluiting</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/park_fit.py" line="92"/>
        <source>no water access; the profile needs a fairway of CEMT {} or more</source>
        <translation>geen waterontsluiting; het profiel vereist een vaarweg van CEMT {} of hoger</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/park_fit.py" line="98"/>
        <source>HMC park (maximum category {}): keep for firms of category {} and up; this profile is {}</source>
        <translation>HMC-terrein (maximale categorie {}): gereserveerd voor bedrijven van categorie {} en hoger; dit profiel is {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/park_fit.py" line="106"/>
        <source>unknown: {}</source>
        <translation>onbekend: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/profiles.py" line="53"/>
        <source>the profile has {} problem(s):</source>
        <translation>het profiel bevat {} fout(en):</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/profiles.py" line="69"/>
        <source>{}: missing</source>
        <translation>{}: ontbreekt</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/profiles.py" line="80"/>
        <source>{}: must be an object with &quot;value&quot; and &quot;source&quot; or &quot;assumption&quot;</source>
        <translation>{}: moet een object zijn met &quot;value&quot; en &quot;source&quot; of &quot;assumption&quot;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/profiles.py" line="85"/>
        <source>{}: says neither where the value comes from (&quot;source&quot;) nor that it is an &quot;assumption&quot;</source>
        <translation>{}: vermeldt niet waar de waarde vandaan komt (&quot;source&quot;) en ook niet dat het een aanname is (&quot;assumption&quot;)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/profiles.py" line="91"/>
        <source>{}: value {!r} is not a number</source>
        <translation>{}: waarde {!r} is geen getal</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/profiles.py" line="94"/>
        <source>{}: value {:g} must lie between {} and {}</source>
        <translation>{}: waarde {:g} moet tussen {} en {} liggen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/profiles.py" line="106"/>
        <source>{}: {!r} is not one of {}</source>
        <translation>{}: {!r} is niet een van {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/profiles.py" line="155"/>
        <source>none of the profile&apos;s weighted criteria has its input data; give at least one of: {}</source>
        <translation>voor geen van de gewogen criteria van het profiel zijn invoergegevens opgegeven; geef ten minste een van de volgende op: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/profiles.py" line="164"/>
        <source>the file must hold one JSON object</source>
        <translation>het bestand moet één JSON-object bevatten</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/profiles.py" line="167"/>
        <source>schema: must be &quot;{}&quot;</source>
        <translation>schema: moet &quot;{}&quot; zijn</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/profiles.py" line="170"/>
        <source>id: use letters, digits and _ only</source>
        <translation>id: gebruik alleen letters, cijfers en _</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/profiles.py" line="252"/>
        <source>{}: says neither &quot;source&quot; nor &quot;assumption&quot;</source>
        <translation>{}: vermeldt geen &quot;source&quot; en geen &quot;assumption&quot;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/profiles.py" line="181"/>
        <source>site.area_ha: needs numbers 0 &lt; min &lt;= max (ha)</source>
        <translation>site.area_ha: vereist getallen 0 &lt; min &lt;= max (ha)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/profiles.py" line="204"/>
        <source>{}: ideal_m must be below max_m</source>
        <translation>{}: ideal_m moet kleiner zijn dan max_m</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/profiles.py" line="212"/>
        <source>transport: give at least one of road, water, rail</source>
        <translation>transport: geef ten minste een van road, water, rail op</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/profiles.py" line="219"/>
        <source>aggregation.order_weights: one per weighted criterion</source>
        <translation>aggregation.order_weights: één per gewogen criterium</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/profiles.py" line="224"/>
        <source>{}: must be true or false</source>
        <translation>{}: moet true of false zijn</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/profiles.py" line="248"/>
        <source>ahp.criteria: a list of distinct criteria from {}</source>
        <translation>ahp.criteria: een lijst van verschillende criteria uit {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/profiles.py" line="260"/>
        <source>ahp.matrix: {} rows for {} criteria</source>
        <translation>ahp.matrix: {} rijen voor {} criteria</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/profiles.py" line="267"/>
        <source>weights: missing (or give &quot;ahp&quot;)</source>
        <translation>weights: ontbreekt (of geef &quot;ahp&quot; op)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/profiles.py" line="272"/>
        <source>{}: unknown criterion; use {}</source>
        <translation>{}: onbekend criterium; gebruik {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/profiles.py" line="280"/>
        <source>weights: at least one weight must be above 0</source>
        <translation>weights: ten minste één gewicht moet groter zijn dan 0</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/profiles.py" line="281"/>
        <source>direct (normalised)</source>
        <translation>direct (genormaliseerd)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/profiles.py" line="291"/>
        <source>cannot read {}: {}</source>
        <translation>kan {} niet lezen: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/profiles.py" line="293"/>
        <source>{} is not valid JSON: {}</source>
        <translation>{} is geen geldige JSON: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/profiles.py" line="304"/>
        <source>unknown profile &apos;{}&apos;; built in: {}</source>
        <translation>onbekend profiel '{}'; ingebouwd: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/rasterio_io.py" line="147"/>
        <source>{} has {} band(s); band {} does not exist</source>
        <translation>{} heeft {} band(en); band {} bestaat niet</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/rasterio_io.py" line="158"/>
        <source>{} declares 0 as NoData, so its excluded cells (0) could not be told apart from empty ones after resampling; align it to the analysis grid first, or give it another NoData value</source>
        <translation>{} declareert 0 als NoData, waardoor de uitgesloten cellen (0) na herbemonsteren niet van lege cellen te onderscheiden zijn; lijn het raster eerst uit op het analyserooster, of geef het een andere NoData-waarde</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/rasterio_io.py" line="164"/>
        <source>{} does not overlap the analysis extent ({}); choose an extent that covers it</source>
        <translation>{} overlapt de analyse-extent ({}) niet; kies een extent die het raster dekt</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/rasterio_io.py" line="168"/>
        <source>{} is on another grid ({}) than the analysis grid ({}); align it first (e.g. Raster &gt; Projections &gt; Warp with the first criterion&apos;s extent and cell size) or let the algorithm resample it</source>
        <translation>{} ligt op een ander raster ({}) dan het analyserooster ({}); lijn het eerst uit (bijv. met Raster &gt; Projecties &gt; Warp (herprojecteren), met de extent en celgrootte van het eerste criterium) of laat het algoritme het herbemonsteren</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/rasterio_io.py" line="283"/>
        <source>the output may need up to {} on disk but {} has only {} free; free some space, or use a larger pixel size or a smaller extent</source>
        <translation>de uitvoer kan tot {} schijfruimte nodig hebben, maar {} heeft slechts {} vrij; maak ruimte vrij, of gebruik een grotere pixelgrootte of een kleinere extent</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report.py" line="67"/>
        <source>5-95 % of the runs</source>
        <translation>5-95 % van de iteraties</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report.py" line="69"/>
        <source>mean rank</source>
        <translation>gemiddelde rang</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report.py" line="70"/>
        <source>top {}</source>
        <translation>top {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report.py" line="71"/>
        <source>{}  (P top {} = {:.0%})</source>
        <translation>{}  (P top {} = {:.0%})</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report.py" line="76"/>
        <source>rank (1 = best)</source>
        <translation>rang (1 = beste)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report.py" line="209"/>
        <source>Made with Ruimte voor economie, {}.</source>
        <translation>Gemaakt met Ruimte voor economie, {}.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/sensitivity.py" line="42"/>
        <source>a change of {:+.0%} takes weight {} outside 0-1</source>
        <translation>een wijziging van {:+.0%} brengt gewicht {} buiten 0-1</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/sensitivity.py" line="60"/>
        <source>RUNS must be at least 1</source>
        <translation>RUNS moet ten minste 1 zijn</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/sensitivity.py" line="64"/>
        <source>the concentration must be above 0</source>
        <translation>de concentratie moet groter zijn dan 0</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/sensitivity.py" line="69"/>
        <source>SPREAD must lie in [0, 1)</source>
        <translation>SPREAD moet in [0, 1) liggen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/sensitivity.py" line="72"/>
        <source>unknown sampling &apos;{}&apos;; use {}</source>
        <translation>onbekende steekproefmethode '{}'; gebruik {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/site_rules.py" line="20"/>
        <source>groen: capacity</source>
        <translation>groen: capaciteit</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/site_rules.py" line="20"/>
        <source>geel: limited</source>
        <translation>geel: beperkt</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/site_rules.py" line="20"/>
        <source>oranje: queue, under study</source>
        <translation>oranje: wachtrij, in onderzoek</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/site_rules.py" line="21"/>
        <source>rood: shortage with a queue</source>
        <translation>rood: tekort met wachtrij</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/site_rules.py" line="46"/>
        <source>overlaps {} by {:.1f} ha ({:.0f} % of the site): protected land is a hard exclusion (Natura 2000: Omgevingswet; NNN: provincial rules)</source>
        <translation>overlapt {} over {:.1f} ha ({:.0f} % van de locatie): beschermd gebied is een harde uitsluiting (Natura 2000: Omgevingswet; NNN: provinciale regels)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/site_rules.py" line="60"/>
        <source>{}: {:.1f} ha of the site lies within it</source>
        <translation>{}: {:.1f} ha van de locatie ligt daarbinnen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/site_rules.py" line="68"/>
        <source>grid status 3 ({}) for {} in &apos;{}&apos;: a need of {:g} MVA (above {} MVA) cannot be connected now (capaciteitskaart): {:.1f} ha of the site</source>
        <translation>netstatus 3 ({}) voor {} in '{}': een behoefte van {:g} MVA (boven {} MVA) kan nu niet worden aangesloten (capaciteitskaart): {:.1f} ha van de locatie</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/site_rules.py" line="78"/>
        <source>site {:.1f} ha &lt; {:g} ha needed ({})</source>
        <translation>locatie {:.1f} ha &lt; {:g} ha nodig ({})</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/site_rules.py" line="81"/>
        <source>usable area {:.1f} ha (of {:.1f} ha) &lt; {:g} ha needed ({})</source>
        <translation>bruikbare oppervlakte {:.1f} ha (van {:.1f} ha) &lt; {:g} ha nodig ({})</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/standardize.py" line="58"/>
        <source>&apos;{}&apos; is not a value:score pair</source>
        <translation>'{}' is geen paar waarde:score</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/standardize.py" line="64"/>
        <source>the table needs pairs of value and score; an odd number of cells was given</source>
        <translation>de tabel vereist paren van waarde en score; er is een oneven aantal cellen opgegeven</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/standardize.py" line="305"/>
        <source>unknown function &apos;{}&apos;; use one of {}</source>
        <translation>onbekende functie '{}'; gebruik een van {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/standardize.py" line="93"/>
        <source>the score for unknown cells must lie between 0 and 1</source>
        <translation>de score voor onbekende cellen moet tussen 0 en 1 liggen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/standardize.py" line="105"/>
        <source>unknown direction &apos;{}&apos;; use one of {}</source>
        <translation>onbekende richting '{}'; gebruik een van {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/standardize.py" line="111"/>
        <source>the {} function with direction &apos;{}&apos; needs control point {}</source>
        <translation>de functie {} met richting '{}' vereist controlepunt {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/standardize.py" line="116"/>
        <source>control points must be in order {}; got {}</source>
        <translation>controlepunten moeten in de volgorde {} staan; opgegeven: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/standardize.py" line="122"/>
        <source>{} and {} are equal, so the function would be a step; make them differ, or use FUNCTION=table with TABLE_MODE=exact for crisp classes</source>
        <translation>{} en {} zijn gelijk, waardoor de functie een stapfunctie zou worden; maak ze verschillend, of gebruik FUNCTION=table met TABLE_MODE=exact voor scherpe klassen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/standardize.py" line="129"/>
        <source>the {} function needs MIDPOINT</source>
        <translation>de functie {} vereist MIDPOINT</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/standardize.py" line="132"/>
        <source>the {} function needs a SPREAD above 0</source>
        <translation>de functie {} vereist een SPREAD groter dan 0</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/standardize.py" line="135"/>
        <source>the {} function divides by MIDPOINT; it must be above 0</source>
        <translation>de functie {} deelt door MIDPOINT; die moet groter zijn dan 0</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/standardize.py" line="140"/>
        <source>unknown table mode &apos;{}&apos;; use one of {}</source>
        <translation>onbekende tabelmodus '{}'; gebruik een van {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/standardize.py" line="143"/>
        <source>the table function needs at least one value,score pair</source>
        <translation>de functie table vereist ten minste één paar waarde,score</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/standardize.py" line="147"/>
        <source>every score in the table must lie between 0 and 1</source>
        <translation>elke score in de tabel moet tussen 0 en 1 liggen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/standardize.py" line="149"/>
        <source>a value appears twice in the table</source>
        <translation>een waarde komt twee keer voor in de tabel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/numbers.py" line="57"/>
        <source>&apos;{}&apos; is not a finite number</source>
        <translation>'{}' is geen eindig getal</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/weights.py" line="189"/>
        <source>the matrix is empty; write rows separated by &apos;;&apos;, e.g. 1,3;1/3,1</source>
        <translation>de matrix is leeg; schrijf rijen gescheiden door ';', bijv. 1,3;1/3,1</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/weights.py" line="84"/>
        <source>the matrix must be square, got shape {}</source>
        <translation>de matrix moet vierkant zijn, opgegeven vorm: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/weights.py" line="87"/>
        <source>the matrix is empty</source>
        <translation>de matrix is leeg</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/weights.py" line="89"/>
        <source>the matrix has {} criteria; the Random Index tables go up to {}; group criteria hierarchically</source>
        <translation>de matrix heeft {} criteria; de Random Index-tabellen gaan tot {}; groepeer de criteria hiërarchisch</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/weights.py" line="94"/>
        <source>every judgement must be a positive number; cell ({},{}) is {:g}</source>
        <translation>elk oordeel moet een positief getal zijn; cel ({},{}) is {:g}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/weights.py" line="99"/>
        <source>the diagonal must be 1 (a criterion compared with itself); cell ({},{}) is {:g}</source>
        <translation>de diagonaal moet 1 zijn (een criterium vergeleken met zichzelf); cel ({},{}) is {:g}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/weights.py" line="105"/>
        <source>the matrix is not reciprocal: cell ({},{}) = {:g} but cell ({},{}) = {:g}; it should be 1/{:g} = {:.4g}</source>
        <translation>de matrix is niet reciprook: cel ({},{}) = {:g}, maar cel ({},{}) = {:g}; dat moet 1/{:g} = {:.4g} zijn</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/weights.py" line="114"/>
        <source>unknown Random Index table &apos;{}&apos;; use one of {}</source>
        <translation>onbekende Random Index-tabel '{}'; gebruik een van {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/weights.py" line="118"/>
        <source>no Random Index for n = {} in table &apos;{}&apos;</source>
        <translation>geen Random Index voor n = {} in tabel '{}'</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/weights.py" line="157"/>
        <source>unknown AHP method &apos;{}&apos;; use one of {}</source>
        <translation>onbekende AHP-methode '{}'; gebruik een van {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/weights.py" line="272"/>
        <source>no weights given</source>
        <translation>geen gewichten opgegeven</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/weights.py" line="274"/>
        <source>weights must be zero or positive numbers</source>
        <translation>gewichten moeten nul of positieve getallen zijn</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/weights.py" line="277"/>
        <source>the weights sum to 0; give at least one positive weight</source>
        <translation>de som van de gewichten is 0; geef ten minste één positief gewicht op</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/weights.py" line="280"/>
        <source>the weights sum to {:.6g}, not 1; they were divided by their sum</source>
        <translation>de som van de gewichten is {:.6g}, niet 1; ze zijn door hun som gedeeld</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/weights.py" line="290"/>
        <source>no ranks given</source>
        <translation>geen rangen opgegeven</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/weights.py" line="292"/>
        <source>ranks must be whole numbers from 1 (most important) to {}</source>
        <translation>rangen moeten gehele getallen zijn van 1 (belangrijkste) tot {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate.py" line="24"/>
        <source>Allocate a programme to sites</source>
        <translation>Programma aan locaties toewijzen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate.py" line="27"/>
        <source>Where do the hectares of each company type go when they compete for the same sites, and what is left unmet? Balance per claim and the binding constraint.</source>
        <translation>Waar komen de hectares van elk bedrijfstype terecht als ze om dezelfde locaties concurreren, en welke vraag blijft onvervuld? Balans per claim en de bindende beperking.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate.py" line="31"/>
        <source>programmering,vraag,aanbod,tekort,allocatie,bedrijventerreinen,prioriteit,programme,allocation,shortfall,demand,MOLA,Land Use Scanner</source>
        <translation>programmering,vraag,aanbod,tekort,allocatie,bedrijventerreinen,prioriteit,programme,allocation,shortfall,demand,MOLA,Land Use Scanner,programma,toewijzing,balans,claim,kandidaatlocaties,bindende beperking,concurrentie</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_inputs.py" line="48"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_inputs.py" line="48"/>
        <source>A table (CSV, spreadsheet, GeoPackage table) with profile, demand_ha, tier and region.</source>
        <translation>Een tabel (CSV, spreadsheet, GeoPackage-tabel) met profile, demand_ha, tier en region.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_inputs.py" line="52"/>
        <source>Programme (typed in)</source>
        <translation>Programma (handmatig ingevoerd)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_inputs.py" line="52"/>
        <source>Instead of PROGRAMME: rows of profile, demand_ha, tier, region.</source>
        <translation>In plaats van PROGRAMME: rijen met profile, demand_ha, tier, region.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_inputs.py" line="56"/>
        <source>Scored sites</source>
        <translation>Gescoorde locaties</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_inputs.py" line="56"/>
        <source>Outputs of &apos;Score and rank candidate sites&apos; with a profile, one per profile of the programme.</source>
        <translation>Uitvoerlagen van 'Kandidaatlocaties scoren en rangschikken' met een profiel, één per profiel van het programma.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_inputs.py" line="61"/>
        <source>Instead of SCORED: the sites, scored here on SUITABILITY.</source>
        <translation>In plaats van SCORED: de locaties, die hier op SUITABILITY worden gescoord.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_inputs.py" line="65"/>
        <source>Suitability per profile</source>
        <translation>Geschiktheid per profiel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_inputs.py" line="65"/>
        <source>With SITES: outputs of &apos;Suitability for a company profile&apos; (their metadata name the profile).</source>
        <translation>Bij SITES: uitvoer van 'Geschiktheid voor een bedrijfsprofiel' (de metadata ervan noemen het profiel).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_inputs.py" line="70"/>
        <source>Site id field</source>
        <translation>Veld locatie-id</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_inputs.py" line="75"/>
        <source>Region field</source>
        <translation>Veld regio</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_inputs.py" line="75"/>
        <source>Field of the sites with their region, for programme rows with a region.</source>
        <translation>Veld van de locaties met hun regio, voor programmarijen met een regio.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_inputs.py" line="80"/>
        <source>Sites may be shared</source>
        <translation>Locaties mogen gedeeld worden</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_inputs.py" line="80"/>
        <source>Several claims may take pieces of one site; off: one claim per site.</source>
        <translation>Meerdere claims mogen elk een deel van één locatie nemen; uit: één claim per locatie.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_inputs.py" line="83"/>
        <source>Time limit per tier (s)</source>
        <translation>Tijdslimiet per prioriteit (s)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_inputs.py" line="88"/>
        <source>Keep HMC and water-bound sites for the firms that need them</source>
        <translation>HMC- en watergebonden locaties reserveren voor de bedrijven die ze nodig hebben</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_inputs.py" line="88"/>
        <source>A rule of the provinces&apos; position paper; needs CATEGORY_FIELD / WATER_FIELD on the sites.</source>
        <translation>Een regel uit de positionpaper van de provincies; vereist CATEGORY_FIELD / WATER_FIELD bij de locaties.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_inputs.py" line="93"/>
        <source>Highest VNG category allowed on the site (IBIS: Max_milieucategorie).</source>
        <translation>Hoogste VNG-categorie die op de locatie is toegestaan (IBIS: Max_milieucategorie).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="75"/>
        <source>Water access, e.g. &apos;Ja, met kade&apos; (IBIS: Waterontsluiting).</source>
        <translation>Waterontsluiting, bijv. 'Ja, met kade' (IBIS: Waterontsluiting).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_inputs.py" line="100"/>
        <source>Sites from this maximum category are kept for HMC firms (default 4.1, an assumption: HMC has no national definition).</source>
        <translation>Locaties vanaf deze maximale categorie worden gereserveerd voor HMC-bedrijven (standaard 4.1, een aanname: er is geen landelijke definitie van HMC).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate.py" line="91"/>
        <source>Allocation</source>
        <translation>Toewijzing</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate.py" line="91"/>
        <source>One feature per allocated piece, and the unused sites.</source>
        <translation>Eén object per toegewezen deel, en de ongebruikte locaties.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate.py" line="94"/>
        <source>Balance per claim</source>
        <translation>Balans per claim</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate.py" line="94"/>
        <source>Demand, allocated, shortfall, mean suitability and the binding constraint per programme row.</source>
        <translation>Vraag, toegewezen, tekort, gemiddelde geschiktheid en de bindende beperking per programmarij.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate.py" line="98"/>
        <source>Demand (ha)</source>
        <translation>Vraag (ha)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate.py" line="98"/>
        <source>Allocated (ha)</source>
        <translation>Toegewezen (ha)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate.py" line="98"/>
        <source>Shortfall (ha)</source>
        <translation>Tekort (ha)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_inputs.py" line="125"/>
        <source>give the programme as a table (PROGRAMME) or typed in (PROGRAMME_TABLE)</source>
        <translation>geef het programma op als tabel (PROGRAMME) of voer het handmatig in (PROGRAMME_TABLE)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_inputs.py" line="129"/>
        <source>{} values do not make rows of {} (profile, demand_ha, tier, region; leave tier and region empty when not needed)</source>
        <translation>{} waarden vormen geen rijen van {} (profile, demand_ha, tier, region; laat tier en region leeg als u ze niet nodig hebt)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_inputs.py" line="168"/>
        <source>give SCORED (outputs of &apos;Score and rank candidate sites&apos;), or SITES with SUITABILITY rasters</source>
        <translation>geef SCORED (uitvoer van 'Kandidaatlocaties scoren en rangschikken') op, of SITES met SUITABILITY-rasters</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_inputs.py" line="179"/>
        <source>raster &apos;{}&apos; does not say which profile it is for: use an output of &apos;Suitability for a company profile&apos;</source>
        <translation>raster '{}' vermeldt niet voor welk profiel het is: gebruik een uitvoer van 'Geschiktheid voor een bedrijfsprofiel'</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_inputs.py" line="183"/>
        <source>Scoring the sites on {} ({})</source>
        <translation>De locaties worden gescoord op {} ({})</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_sites.py" line="33"/>
        <source>layer &apos;{}&apos; is not an output of &apos;Score and rank candidate sites&apos; with a profile: it lacks {}</source>
        <translation>laag '{}' is geen uitvoer van 'Kandidaatlocaties scoren en rangschikken' met een profiel: ontbrekende velden: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_sites.py" line="50"/>
        <source>layer &apos;{}&apos; has sites without a profile: score them with a PROFILE</source>
        <translation>laag '{}' heeft locaties zonder profiel: scoor ze met een PROFILE</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_sites.py" line="65"/>
        <source>site {}</source>
        <translation>locatie {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_sites.py" line="86"/>
        <source>The sites have no values in {}: no site is kept for HMC or water-bound firms.</source>
        <translation>De locaties hebben geen waarden in {}: er wordt geen locatie gereserveerd voor HMC- of watergebonden bedrijven.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_inputs.py" line="222"/>
        <source>the scored layers hold no sites</source>
        <translation>de gescoorde lagen bevatten geen locaties</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_inputs.py" line="227"/>
        <source>No site was scored for {}: those claims cannot be met. Add a scored layer per profile.</source>
        <translation>Voor {} is geen locatie gescoord: aan die claims kan niet worden voldaan. Voeg per profiel een gescoorde laag toe.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate.py" line="109"/>
        <source>{} claims, {} sites, method {}.</source>
        <translation>{} claims, {} locaties, methode {}.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate.py" line="119"/>
        <source>{}: {:.1f} of {:.1f} ha allocated ({}).</source>
        <translation>{}: {:.1f} van {:.1f} ha toegewezen ({}).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate.py" line="128"/>
        <source>{}: {:.1f} ha short of {:g} ha. {}</source>
        <translation>{}: {:.1f} ha tekort op een vraag van {:g} ha. {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate.py" line="179"/>
        <source>also qualifies for {}</source>
        <translation>komt ook in aanmerking voor {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate.py" line="179"/>
        <source>qualifies for {} but was not needed</source>
        <translation>komt in aanmerking voor {}, maar was niet nodig</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="88"/>
        <source>Programme balance</source>
        <translation>Programmabalans</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="88"/>
        <source>BALANCE output of &apos;Allocate a programme to sites&apos;.</source>
        <translation>Uitvoer BALANCE van 'Programma aan locaties toewijzen'.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="91"/>
        <source>Programme allocation</source>
        <translation>Programmatoewijzing</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="91"/>
        <source>OUTPUT of &apos;Allocate a programme to sites&apos;.</source>
        <translation>OUTPUT van 'Programma aan locaties toewijzen'.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="343"/>
        <source>profile</source>
        <translation>profiel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="333"/>
        <source>tier</source>
        <translation>prioriteit</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="333"/>
        <source>region</source>
        <translation>regio</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report_sections.py" line="91"/>
        <source>demand ha</source>
        <translation>vraag ha</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report_sections.py" line="91"/>
        <source>allocated ha</source>
        <translation>toegewezen ha</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report_sections.py" line="91"/>
        <source>shortfall ha</source>
        <translation>tekort ha</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="333"/>
        <source>mean score</source>
        <translation>gemiddelde score</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="333"/>
        <source>binding constraint</source>
        <translation>bindende beperking</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="345"/>
        <source>Programme: allocation and balance</source>
        <translation>Programma: toewijzing en balans</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="365"/>
        <source>{:.1f} ha ({:.0f} % of the site) excluded by {}</source>
        <translation>{:.1f} ha ({:.0f} % van de locatie) uitgesloten door {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="369"/>
        <source>usable area {:.1f} ha &lt; {:g} ha needed</source>
        <translation>bruikbare oppervlakte {:.1f} ha &lt; {:g} ha nodig</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/programme.py" line="28"/>
        <source>{} (tier {})</source>
        <translation>{} (prioriteit {})</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/programme.py" line="47"/>
        <source>the programme has no column &apos;{}&apos; (also accepted: {}); its columns are: {}</source>
        <translation>het programma heeft geen kolom '{}' (ook geaccepteerd: {}); de kolommen zijn: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/programme.py" line="63"/>
        <source>programme row {}: no profile</source>
        <translation>programmarij {}: geen profiel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/programme.py" line="67"/>
        <source>programme row {} ({}): the demand &apos;{}&apos; is not a number of hectares</source>
        <translation>programmarij {} ({}): de vraag '{}' is geen aantal hectares</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/programme.py" line="76"/>
        <source>programme row {} ({}): the tier &apos;{}&apos; must be a whole number, 1 or more (1 first)</source>
        <translation>programmarij {} ({}): de prioriteit (tier) '{}' moet een geheel getal van 1 of hoger zijn (1 eerst)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/programme.py" line="83"/>
        <source>the programme has no rows; give at least one profile with a demand in ha</source>
        <translation>het programma heeft geen rijen; geef ten minste één profiel op met een vraag in ha</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/allocate.py" line="187"/>
        <source>not scored for {}</source>
        <translation>niet gescoord voor {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/allocate.py" line="189"/>
        <source>outside region {}</source>
        <translation>buiten regio {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/allocate.py" line="194"/>
        <source>excluded by a hard rule</source>
        <translation>uitgesloten door een harde regel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/allocate.py" line="198"/>
        <source>suitability 0</source>
        <translation>geschiktheid 0</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/allocate.py" line="200"/>
        <source>usable area {:.1f} ha &lt; one plot of {:g} ha</source>
        <translation>bruikbare oppervlakte {:.1f} ha &lt; één kavel van {:g} ha</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/programme.py" line="92"/>
        <source>programme row {} ({}): the demand must be a number of hectares above 0, not {}</source>
        <translation>programmarij {} ({}): de vraag moet een aantal hectares boven 0 zijn, niet {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/allocate.py" line="252"/>
        <source>greedy (tiers, then suitability)</source>
        <translation>greedy (prioriteiten, daarna geschiktheid)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/allocate.py" line="318"/>
        <source>optimal</source>
        <translation>optimaal</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/allocate.py" line="306"/>
        <source>the solver found no allocation for tier {}: {}; try METHOD greedy or a longer TIME_LIMIT</source>
        <translation>de solver vond geen toewijzing voor prioriteit {}: {}; probeer METHOD greedy of een langere TIME_LIMIT</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/allocate.py" line="335"/>
        <source>unknown method &apos;{}&apos;; use one of: {}</source>
        <translation>onbekende methode '{}'; gebruik een van: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/shortfall.py" line="44"/>
        <source>excluded by hard rules</source>
        <translation>uitgesloten door harde regels</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/shortfall.py" line="44"/>
        <source>too small for one plot</source>
        <translation>te klein voor één kavel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/shortfall.py" line="44"/>
        <source>kept for firms that need them (HMC / water-bound)</source>
        <translation>gereserveerd voor bedrijven die ze nodig hebben (HMC / watergebonden)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/shortfall.py" line="44"/>
        <source>outside the region</source>
        <translation>buiten de regio</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/shortfall.py" line="44"/>
        <source>not scored for this profile</source>
        <translation>niet gescoord voor dit profiel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/shortfall.py" line="55"/>
        <source>{} {}</source>
        <translation>{} {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/shortfall.py" line="57"/>
        <source> (most often: {}, {} times)</source>
        <translation> (meestal: {}, {} keer)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/shortfall.py" line="57"/>
        <source> (e.g. {})</source>
        <translation> (bijv. {})</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/shortfall.py" line="72"/>
        <source>no site qualifies ({} sites): {}</source>
        <translation>geen locatie komt in aanmerking ({} locaties): {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/shortfall.py" line="72"/>
        <source>no sites</source>
        <translation>geen locaties</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/shortfall.py" line="83"/>
        <source>supply: the {} qualifying sites hold {:.1f} ha, the demand is {:g} ha</source>
        <translation>aanbod: de {} locaties die in aanmerking komen, bieden {:.1f} ha, de vraag is {:g} ha</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/shortfall.py" line="87"/>
        <source>; the other sites: {}</source>
        <translation>; de overige locaties: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/shortfall.py" line="80"/>
        <source>{} {:.1f} ha</source>
        <translation>{} {:.1f} ha</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/shortfall.py" line="93"/>
        <source>competition: qualifying sites went to {}</source>
        <translation>concurrentie: locaties die in aanmerking kwamen, gingen naar {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/shortfall.py" line="94"/>
        <source>plot size: the remaining {:.1f} ha cannot be placed as plots of at least {:g} ha on the qualifying sites</source>
        <translation>kavelgrootte: de resterende {:.1f} ha kan niet als kavels van ten minste {:g} ha worden geplaatst op de locaties die in aanmerking komen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="49"/>
        <source>&lt;p&gt;Combines criterion scores z&lt;sub&gt;j&lt;/sub&gt; (0-1 rasters, e.g. from &lt;i&gt;Standardize to score&lt;/i&gt;) with weights w&lt;sub&gt;j&lt;/sub&gt; (normalised to sum 1):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;wlc&lt;/b&gt;: &amp;Sigma; w&lt;sub&gt;j&lt;/sub&gt; z&lt;sub&gt;j&lt;/sub&gt; (weighted linear combination)&lt;/li&gt;&lt;li&gt;&lt;b&gt;wpm&lt;/b&gt;: &amp;Pi; z&lt;sub&gt;j&lt;/sub&gt;&lt;sup&gt;w&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt; (weighted product; one zero gives 0)&lt;/li&gt;&lt;li&gt;&lt;b&gt;and&lt;/b&gt; (minimum), &lt;b&gt;or&lt;/b&gt; (maximum), &lt;b&gt;product&lt;/b&gt;, &lt;b&gt;sum&lt;/b&gt; (1 &amp;minus; &amp;Pi;(1 &amp;minus; z&lt;sub&gt;j&lt;/sub&gt;)) and &lt;b&gt;gamma&lt;/b&gt; (SUM&lt;sup&gt;&amp;gamma;&lt;/sup&gt;&amp;middot;PRODUCT&lt;sup&gt;1&amp;minus;&amp;gamma;&lt;/sup&gt;): the fuzzy operators of Esri&apos;s Fuzzy Overlay; they ignore the weights.&lt;/li&gt;&lt;li&gt;&lt;b&gt;owa&lt;/b&gt;: ordered weighted averaging in the Eastman/IDRISI convention. At each cell the criteria are ranked by score, rank 1 = lowest; ORDER_WEIGHTS v&lt;sub&gt;r&lt;/sub&gt; (one per rank, first for the lowest score) re-weight the criterion weights: u&lt;sub&gt;j&lt;/sub&gt; = w&lt;sub&gt;j&lt;/sub&gt; v&lt;sub&gt;r(j)&lt;/sub&gt; / &amp;Sigma; w v; score = &amp;Sigma; u&lt;sub&gt;j&lt;/sub&gt; z&lt;sub&gt;j&lt;/sub&gt;. 1,0,0 = AND (no trade-off), equal order weights = WLC, 0,0,1 = OR. The log reports ANDness, ORness and trade-off.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;STANDARDIZE&lt;/b&gt; (optional) turns value rasters into scores on the fly, as &lt;i&gt;Standardize to score&lt;/i&gt; would, without writing them first: one entry per criterion, separated by &apos;;&apos;; an entry is empty (the raster is a score already), FUNCTION,DIRECTION,A,B,C,D for linear, sigmoid or jshaped (e.g. &lt;i&gt;linear,decreasing,,,500,5000&lt;/i&gt;: 1 up to 500 m, 0 from 5000 m) or FUNCTION,MIDPOINT,SPREAD for large, small, gaussian or near.&lt;/p&gt;&lt;p&gt;WEIGHTS_MODE &lt;i&gt;ranks&lt;/i&gt; reads WEIGHTS as ranks (1 = most important) and uses rank-order centroid weights (Barron &amp;amp; Barrett 1996). Empty WEIGHTS = equal weights.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Constraints&lt;/b&gt; force a score of 0: a raster excludes where its value is 0 (even when 0 is its NoData value; another NoData value does not exclude); a polygon layer excludes cells whose centre lies inside a polygon. A cell where any criterion is NoData is NoData, unless a constraint excludes it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Grid&lt;/b&gt;: by default the first criterion&apos;s grid. All criteria must be on the same grid unless RESAMPLING is set, which warps the others onto it on the fly (constraint rasters always with nearest neighbour). EXTENT, PIXEL_SIZE, TARGET_CRS or REFERENCE_LAYER define another grid (then set RESAMPLING).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Combineert criteriumscores z&lt;sub&gt;j&lt;/sub&gt; (rasters 0-1, bijv. uit &lt;i&gt;Standaardiseren naar score&lt;/i&gt;) met gewichten w&lt;sub&gt;j&lt;/sub&gt; (genormaliseerd tot som 1):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;wlc&lt;/b&gt;: &amp;Sigma; w&lt;sub&gt;j&lt;/sub&gt; z&lt;sub&gt;j&lt;/sub&gt; (gewogen lineaire combinatie)&lt;/li&gt;&lt;li&gt;&lt;b&gt;wpm&lt;/b&gt;: &amp;Pi; z&lt;sub&gt;j&lt;/sub&gt;&lt;sup&gt;w&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt; (gewogen product; één nul geeft 0)&lt;/li&gt;&lt;li&gt;&lt;b&gt;and&lt;/b&gt; (minimum), &lt;b&gt;or&lt;/b&gt; (maximum), &lt;b&gt;product&lt;/b&gt;, &lt;b&gt;sum&lt;/b&gt; (1 &amp;minus; &amp;Pi;(1 &amp;minus; z&lt;sub&gt;j&lt;/sub&gt;)) en &lt;b&gt;gamma&lt;/b&gt; (SUM&lt;sup&gt;&amp;gamma;&lt;/sup&gt;&amp;middot;PRODUCT&lt;sup&gt;1&amp;minus;&amp;gamma;&lt;/sup&gt;): de fuzzy operatoren van Fuzzy Overlay van Esri; deze negeren de gewichten.&lt;/li&gt;&lt;li&gt;&lt;b&gt;owa&lt;/b&gt;: ordered weighted averaging volgens de conventie van Eastman/IDRISI. Per cel worden de criteria naar score gerangschikt, rang 1 = laagste; ORDER_WEIGHTS v&lt;sub&gt;r&lt;/sub&gt; (één per rang, de eerste voor de laagste score) herwegen de criteriumgewichten: u&lt;sub&gt;j&lt;/sub&gt; = w&lt;sub&gt;j&lt;/sub&gt; v&lt;sub&gt;r(j)&lt;/sub&gt; / &amp;Sigma; w v; score = &amp;Sigma; u&lt;sub&gt;j&lt;/sub&gt; z&lt;sub&gt;j&lt;/sub&gt;. 1,0,0 = AND (geen compensatie), gelijke volgordegewichten = WLC, 0,0,1 = OR. Het log vermeldt ANDness, ORness en compensatie (trade-off).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;STANDARDIZE&lt;/b&gt; (optioneel) zet waarderasters direct om in scores, zoals &lt;i&gt;Standaardiseren naar score&lt;/i&gt; dat zou doen, zonder ze eerst weg te schrijven: één specificatie per criterium, gescheiden door ';'; een specificatie is leeg (het raster is al een score), FUNCTION,DIRECTION,A,B,C,D voor linear, sigmoid of jshaped (bijv. &lt;i&gt;linear,decreasing,,,500,5000&lt;/i&gt;: 1 tot 500 m, 0 vanaf 5000 m) of FUNCTION,MIDPOINT,SPREAD voor large, small, gaussian of near.&lt;/p&gt;&lt;p&gt;WEIGHTS_MODE &lt;i&gt;ranks&lt;/i&gt; leest WEIGHTS als rangen (1 = belangrijkste) en gebruikt rank-order-centroid-gewichten (Barron &amp;amp; Barrett 1996). Lege WEIGHTS = gelijke gewichten.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Beperkingen&lt;/b&gt; dwingen een score van 0 af: een raster sluit uit waar de waarde 0 is (ook als 0 de NoData-waarde is; een andere NoData-waarde sluit niet uit); een polygoonlaag sluit cellen uit waarvan het middelpunt binnen een polygoon ligt. Een cel waar een criterium NoData is, wordt NoData, tenzij een beperking de cel uitsluit.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Analyserooster&lt;/b&gt;: standaard het raster van het eerste criterium. Alle criteria moeten op hetzelfde raster liggen, tenzij RESAMPLING is ingesteld; dan worden de overige criteria direct naar dat raster omgezet (beperkingsrasters altijd met dichtstbijzijnde buur). EXTENT, PIXEL_SIZE, TARGET_CRS of REFERENCE_LAYER bepalen een ander raster (stel dan RESAMPLING in).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="110"/>
        <source>Standardize on the fly</source>
        <translation>Direct standaardiseren</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/standardize.py" line="275"/>
        <source>{} standardisations for {} criteria; give at most one per criterion, separated by &apos;;&apos;</source>
        <translation>{} standaardisaties voor {} criteria; geef hoogstens één per criterium op, gescheiden door ';'</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/standardize.py" line="309"/>
        <source>criterion {} (&apos;{}&apos;): {}</source>
        <translation>criterium {} ('{}'): {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_inputs.py" line="70"/>
        <source>Field that names a site in every scored layer; empty: sites are matched by location and named by a field site_id, naam, name, bedrijvent or id if there is one.</source>
        <translation>Veld dat een locatie in elke gescoorde laag benoemt; leeg: locaties worden op ligging gekoppeld en benoemd met een veld site_id, naam, name, bedrijvent of id als dat er is.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_inputs.py" line="78"/>
        <source>greedy (tiers, then suitability) or optimal (MILP).</source>
        <translation>greedy (prioriteiten, daarna geschiktheid) of optimal (MILP).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/allocate.py" line="318"/>
        <source>best found within TIME_LIMIT ({:g} s) for tier(s) {}; not proven optimal</source>
        <translation>beste gevonden binnen TIME_LIMIT ({:g} s) voor prioriteit(en) {}; niet bewezen optimaal</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/shortfall.py" line="44"/>
        <source>with suitability 0</source>
        <translation>met geschiktheid 0</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/packages.py" line="22"/>
        <source>This algorithm needs the Python package(s) {}, which are not installed. Debian/Ubuntu: sudo apt install {}. Windows (OSGeo4W Shell): python -m pip install {}. Then restart QGIS.</source>
        <translation>Dit algoritme heeft de Python-pakket(ten) {} nodig, die niet zijn geïnstalleerd. Debian/Ubuntu: sudo apt install {}. Windows (OSGeo4W Shell): python -m pip install {}. Start QGIS daarna opnieuw.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/evidence.py" line="43"/>
        <source>nitrogen</source>
        <translation>stikstof</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/evidence.py" line="43"/>
        <source>grid congestion</source>
        <translation>netcongestie</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/evidence.py" line="44"/>
        <source>environmental zoning</source>
        <translation>milieuzonering</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/evidence.py" line="44"/>
        <source>landscape</source>
        <translation>landschap</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/evidence.py" line="45"/>
        <source>accessibility</source>
        <translation>bereikbaarheid</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/distance.py" line="114"/>
        <source>the distance transform needs about {} of temporary disk space in {}, but only {} is free; free some space, or use a larger pixel size or a smaller extent</source>
        <translation>de afstandstransformatie heeft ongeveer {} tijdelijke schijfruimte nodig in {}, maar er is maar {} vrij; maak ruimte vrij, of gebruik een grotere pixelgrootte of een kleiner gebied</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/shortfall.py" line="90"/>
        <source>plot size: the remaining {:.1f} ha is less than one plot ({:g} ha)</source>
        <translation>kavelgrootte: de resterende {:.1f} ha is minder dan één kavel ({:g} ha)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/park_fit.py" line="103"/>
        <source>water-bound park: keep for firms that need a quay; this profile cannot use water</source>
        <translation>watergebonden terrein: gereserveerd voor bedrijven die een kade nodig hebben; dit profiel kan geen water gebruiken</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/postprocess.py" line="193"/>
        <source>not used</source>
        <translation>niet gebruikt</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_inputs.py" line="83"/>
        <source>Stops the optimal method&apos;s solver; the best allocation found is used and the log says so. Default 60 s (assumption: a provincial programme of tens of claims over hundreds of sites solves in seconds).</source>
        <translation>Stopt de solver van de methode optimal; de beste gevonden toewijzing wordt gebruikt en het log vermeldt dat. Standaard 60 s (aanname: een provinciaal programma van tientallen claims over honderden locaties is in seconden opgelost).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report.py" line="162"/>
        <source>Excluded sites are not shown ({}): they rank last in every sample.</source>
        <translation>Uitgesloten locaties staan er niet in ({}): die eindigen in elke trekking als laatste.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="45"/>
        <source>ahp,saaty,pairwise,weights,consistency,mcda,gewichten,paarsgewijze vergelijking,groep,belanghebbenden,stakeholders</source>
        <translation>ahp,saaty,pairwise,weights,consistency,mcda,gewichten,paarsgewijze vergelijking,groep,belanghebbenden,stakeholders,consistentie,consistentieratio,mca,multicriteria-analyse,groepsbeslissing</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="49"/>
        <source>&lt;p&gt;Analytic Hierarchy Process (Saaty 1980). Cell (i, j) of the matrix says how much more important criterion i is than criterion j on Saaty&apos;s 1-9 scale (1 = equal, 3 = moderately, 5 = strongly, 7 = very strongly, 9 = extremely more important); cell (j, i) holds the reciprocal. Write rows separated by &apos;;&apos; and cells by &apos;,&apos;, fractions allowed: &lt;code&gt;1,3,5;1/3,1,3;1/5,1/3,1&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;eigenvector&lt;/b&gt;: the weights are the principal eigenvector, normalised to sum 1; &amp;lambda;max is its eigenvalue. &lt;b&gt;geometric_mean&lt;/b&gt;: normalised row geometric means; &amp;lambda;max is estimated as the mean of (A&amp;middot;w)&lt;sub&gt;i&lt;/sub&gt;/w&lt;sub&gt;i&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;CI = (&amp;lambda;max &amp;minus; n)/(n &amp;minus; 1); CR = CI/RI(n), with the Random Index table of your choice: saaty1980 (the classic table), saaty2005 (Theory and Applications of the ANP, p. 31) or donegan_dodd (1991). A CR above 0.1 means the judgements contradict each other more than Saaty accepts: revise the matrix. The weights are still returned, with a warning.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Several stakeholders&lt;/b&gt; (province, municipalities, water board): give one matrix each in MATRIX, separated by &apos;|&apos; or an empty line, and optionally STAKEHOLDER_WEIGHTS and STAKEHOLDER_NAMES. GROUP_METHOD &lt;b&gt;aij&lt;/b&gt; (aggregate individual judgements, for a group that decides as one) takes the cell-by-cell weighted geometric mean of the matrices, the only mean that keeps them reciprocal (Acz&amp;eacute;l &amp;amp; Saaty 1983), and weighs that; &lt;b&gt;aip&lt;/b&gt; (aggregate individual priorities, for stakeholders who act as separate organisations) takes the weighted geometric mean of each stakeholder&apos;s weights (Forman &amp;amp; Peniwati 1998). CR, CI and &amp;lambda;max are those of the geometric-mean matrix; each stakeholder&apos;s weights and CR are logged and written to the weights table, with the spread (largest minus smallest stakeholder weight) per criterion.&lt;/p&gt;&lt;p&gt;The WEIGHTS output is a comma-separated string that ruimte:combine accepts, so the two can be chained in a model.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Analytic Hierarchy Process (Saaty 1980). Cel (i, j) van de matrix geeft aan hoeveel belangrijker criterium i is dan criterium j, op de schaal 1-9 van Saaty (1 = even belangrijk, 3 = iets belangrijker, 5 = duidelijk belangrijker, 7 = veel belangrijker, 9 = extreem veel belangrijker); cel (j, i) bevat het omgekeerde. Scheid rijen met ';' en cellen met ','; breuken zijn toegestaan: &lt;code&gt;1,3,5;1/3,1,3;1/5,1/3,1&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;eigenvector&lt;/b&gt;: de gewichten zijn de hoofdeigenvector, genormaliseerd tot som 1; &amp;lambda;max is de bijbehorende eigenwaarde. &lt;b&gt;geometric_mean&lt;/b&gt;: genormaliseerde meetkundige gemiddelden per rij; &amp;lambda;max wordt geschat als het gemiddelde van (A&amp;middot;w)&lt;sub&gt;i&lt;/sub&gt;/w&lt;sub&gt;i&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;CI = (&amp;lambda;max &amp;minus; n)/(n &amp;minus; 1); CR = CI/RI(n), met de Random Index-tabel naar keuze: saaty1980 (de klassieke tabel), saaty2005 (Theory and Applications of the ANP, p. 31) of donegan_dodd (1991). Een CR boven 0.1 betekent dat de oordelen elkaar meer tegenspreken dan Saaty aanvaardbaar acht: herzie de matrix. De gewichten worden toch teruggegeven, met een waarschuwing.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Meerdere belanghebbenden&lt;/b&gt; (provincie, gemeenten, waterschap): geef in MATRIX voor ieder een eigen matrix, gescheiden door '|' of een lege regel, en eventueel STAKEHOLDER_WEIGHTS en STAKEHOLDER_NAMES. GROUP_METHOD &lt;b&gt;aij&lt;/b&gt; (oordelen samenvoegen, voor een groep die als één geheel beslist) neemt per cel het gewogen meetkundig gemiddelde van de matrices, het enige gemiddelde dat ze reciprook houdt (Acz&amp;eacute;l &amp;amp; Saaty 1983), en berekent daarvan de gewichten; &lt;b&gt;aip&lt;/b&gt; (prioriteiten samenvoegen, voor belanghebbenden die als afzonderlijke organisaties optreden) neemt het gewogen meetkundig gemiddelde van de gewichten van iedere belanghebbende (Forman &amp;amp; Peniwati 1998). CR, CI en &amp;lambda;max horen bij de matrix van meetkundige gemiddelden; de gewichten en de CR van iedere belanghebbende komen in het logboek en in de gewichtentabel, met per criterium de spreiding (grootste min kleinste gewicht van een belanghebbende).&lt;/p&gt;&lt;p&gt;De uitvoer WEIGHTS is een kommagescheiden tekenreeks die ruimte:combine accepteert, zodat beide in een model aan elkaar gekoppeld kunnen worden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="95"/>
        <source>Group method (several matrices)</source>
        <translation>Groepsmethode (meerdere matrices)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="95"/>
        <source>aij: weighted geometric mean of the judgements, then the weights (a group that decides as one); aip: each stakeholder&apos;s weights, then their weighted geometric mean (separate organisations). Forman &amp; Peniwati 1998.</source>
        <translation>aij: gewogen meetkundig gemiddelde van de oordelen, daarna de gewichten (een groep die als één geheel beslist); aip: eerst de gewichten per belanghebbende, daarna hun gewogen meetkundig gemiddelde (afzonderlijke organisaties). Forman &amp; Peniwati 1998.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="101"/>
        <source>Stakeholder weights</source>
        <translation>Gewichten van de belanghebbenden</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="106"/>
        <source>Stakeholder names</source>
        <translation>Namen van de belanghebbenden</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="106"/>
        <source>Comma-separated, one per matrix, for the log and the weights table.</source>
        <translation>Kommagescheiden, één per matrix, voor het logboek en de gewichtentabel.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="110"/>
        <source>Table with one row per criterion: name, weight and rank; with several stakeholders also each one&apos;s weight (w_&lt;name&gt;) and the spread.</source>
        <translation>Tabel met één rij per criterium: naam, gewicht en rang; bij meerdere belanghebbenden ook het gewicht van ieder (w_&lt;naam&gt;) en de spreiding.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="142"/>
        <source>stakeholder {}</source>
        <translation>belanghebbende {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="142"/>
        <source>{} stakeholder names for {} matrices; give one name per matrix</source>
        <translation>{} namen van belanghebbenden voor {} matrices; geef één naam per matrix</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="175"/>
        <source>{} stakeholders, group method {}, stakeholder weights {}</source>
        <translation>{} belanghebbenden, groepsmethode {}, gewichten van de belanghebbenden {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="179"/>
        <source>{}: {}; CR = {:.4f}</source>
        <translation>{}: {}; CR = {:.4f}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="182"/>
        <source>{}: CR = {:.3f} is above {}: ask this stakeholder to revise the comparisons.</source>
        <translation>{}: CR = {:.3f} ligt boven {}: vraag deze belanghebbende de vergelijkingen te herzien.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/weights.py" line="232"/>
        <source>matrix {}: {}</source>
        <translation>matrix {}: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/weights.py" line="225"/>
        <source>unknown group method &apos;{}&apos;; use one of {}</source>
        <translation>onbekende groepsmethode '{}'; gebruik een van {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/weights.py" line="235"/>
        <source>the matrices compare different numbers of criteria ({}); every stakeholder must compare the same criteria in the same order</source>
        <translation>de matrices vergelijken verschillende aantallen criteria ({}); iedere belanghebbende moet dezelfde criteria in dezelfde volgorde vergelijken</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/weights.py" line="243"/>
        <source>{} stakeholder weights for {} matrices; give one weight per matrix</source>
        <translation>{} gewichten van belanghebbenden voor {} matrices; geef één gewicht per matrix</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/weights.py" line="247"/>
        <source>stakeholder weights must be zero or positive and not all 0</source>
        <translation>gewichten van belanghebbenden moeten nul of positief zijn en niet allemaal 0</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="187"/>
        <source>The stakeholders disagree most on {}: weights from {:.3f} to {:.3f}.</source>
        <translation>De belanghebbenden verschillen het meest over {}: gewichten van {:.3f} tot {:.3f}.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report.py" line="179"/>
        <source>Each criterion has a slot as wide as its weight, filled to the weight times the criterion&apos;s mean score on the site; the filled parts add up to the score. The pale rest of a slot is what the site misses on that criterion: the longest pale part is what holds it back most.</source>
        <translation>Elk criterium heeft een vak zo breed als zijn gewicht, gevuld tot het gewicht maal de gemiddelde score van het criterium op de locatie; de gevulde delen tellen op tot de score. Het lichte restant van een vak is wat de locatie op dat criterium misloopt: het langste lichte deel houdt de locatie het meest tegen.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report.py" line="193"/>
        <source>The score itself was combined with {}, so the parts do not add up to it exactly.</source>
        <translation>De score zelf is gecombineerd met {}, dus de delen tellen er niet precies toe op.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report.py" line="195"/>
        <source>Why the sites rank as they do</source>
        <translation>Waarom de locaties zo gerangschikt zijn</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report.py" line="108"/>
        <source>score: per criterion weight x mean score on the site (pale: missed)</source>
        <translation>score: per criterium gewicht x gemiddelde score op de locatie (licht: misgelopen)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_sites.py" line="105"/>
        <source>{} and {} ({:.1f} ha)</source>
        <translation>{} en {} ({:.1f} ha)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_sites.py" line="107"/>
        <source>Sites overlap: {} pair(s), {:.1f} ha in all (largest: {}); land they share can be allocated to two claims. Give sites that do not overlap (remove duplicates, or keep one of two variants of a plan).</source>
        <translation>Locaties overlappen: {} paar/paren, samen {:.1f} ha (grootste: {}); grond die ze delen kan aan twee claims worden toegewezen. Geef locaties die elkaar niet overlappen (verwijder dubbele, of houd één van twee varianten van een plan).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate.py" line="85"/>
        <source>&lt;p&gt;Sites that overlap are reported in the log (pairs and hectares): the land they share could be allocated to two claims, so give sites that do not overlap.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Locaties die elkaar overlappen, worden in het logboek gemeld (paren en hectares): de grond die ze delen kan aan twee claims worden toegewezen; geef daarom locaties die elkaar niet overlappen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/shortfall.py" line="86"/>
        <source>; of that, {} went to other claims</source>
        <translation>; daarvan ging {} naar andere claims</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report.py" line="168"/>
        <source>Every site is excluded for this profile (see the reasons above): there is no ranking to test.</source>
        <translation>Voor dit profiel is elke locatie uitgesloten (zie de redenen hierboven): er is geen rangorde om te toetsen.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="63"/>
        <source>&lt;p&gt;EXISTING (optional polygon layers: business parks, issued plots, sites chosen earlier or for another profile): their land is not buildable (cells whose centre lies inside), and new sites keep MIN_SPACING from them, so a second run does not offer the same land again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;EXISTING (optionele polygoonlagen: bedrijventerreinen, uitgegeven kavels, locaties die eerder of voor een ander profiel zijn gekozen): hun grond is niet bebouwbaar (cellen waarvan het middelpunt erin ligt), en nieuwe locaties houden MIN_SPACING afstand tot ze, zodat een tweede berekening niet opnieuw dezelfde grond aanbiedt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="94"/>
        <source>Existing sites</source>
        <translation>Bestaande locaties</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="94"/>
        <source>Polygons whose land is already taken (parks, issued plots, sites chosen earlier): not buildable, and new sites keep MIN_SPACING from them.</source>
        <translation>Polygonen waarvan de grond al bezet is (bedrijventerreinen, uitgegeven kavels, eerder gekozen locaties): niet bebouwbaar, en nieuwe locaties houden MIN_SPACING afstand tot ze.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="186"/>
        <source>Existing sites: {} polygons take {:.1f} ha of the raster.</source>
        <translation>Bestaande locaties: {} polygonen nemen {:.1f} ha van het raster in.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="154"/>
        <source>Conventions: {}</source>
        <translation>Conventies: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="78"/>
        <source>&lt;p&gt;WEIGHT_SETS ranks the sites again under other weight sets, e.g. one per stakeholder from &apos;AHP weights&apos; with several matrices: a rank_&amp;lt;name&amp;gt; field per set and in_top_k_sets, the number of sets under which a site is in the top K. &apos;Site A is in the top 3 for the province and for both municipalities&apos; is the sentence it supports.&lt;/p&gt;</source>
        <translation>&lt;p&gt;WEIGHT_SETS rangschikt de locaties opnieuw met andere gewichtensets, bijv. één per belanghebbende uit 'AHP-gewichten' met meerdere matrices: een veld rank_&amp;lt;naam&amp;gt; per set en in_top_k_sets, het aantal sets waarbij een locatie in de top K staat. 'Locatie A staat in de top 3 voor de provincie en voor beide gemeenten' is de zin die dit onderbouwt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="117"/>
        <source>Other weight sets</source>
        <translation>Andere gewichtensets</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="124"/>
        <source>Weight set names</source>
        <translation>Namen van de gewichtensets</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="124"/>
        <source>Comma-separated, one per weight set (empty: set 1, set 2, ...).</source>
        <translation>Kommagescheiden, één per gewichtenset (leeg: set 1, set 2, ...).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="278"/>
        <source>{} names for {} weight sets; give one name per set</source>
        <translation>{} namen voor {} gewichtensets; geef één naam per set</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="278"/>
        <source>set {}</source>
        <translation>set {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="283"/>
        <source>{}: weights {}; in the top {}: {} sites</source>
        <translation>{}: gewichten {}; in de top {}: {} locaties</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/sensitivity.py" line="95"/>
        <source>weight set {}: {}</source>
        <translation>gewichtenset {}: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report.py" line="187"/>
        <source>Best site, {}: {}; it loses most on {} ({:.3f}).</source>
        <translation>Beste locatie, {}: {}; ze verliest het meest op {} ({:.3f}).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report.py" line="187"/>
        <source>{} {:.3f} of {:.3f}</source>
        <translation>{} {:.3f} van {:.3f}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate.py" line="35"/>
        <source>&lt;p&gt;A &lt;b&gt;programme&lt;/b&gt; (PROGRAMME: a table, e.g. a CSV; or PROGRAMME_TABLE) has one row per claim: &lt;i&gt;profile&lt;/i&gt; (a built-in profile id or the path of a profile file), &lt;i&gt;demand_ha&lt;/i&gt;, &lt;i&gt;tier&lt;/i&gt; (1 first, e.g. autonomous growth; 2 the additional demand of the transitions; default 1) and optionally &lt;i&gt;region&lt;/i&gt;. Dutch column names work too: profiel, vraag_ha, prioriteit, regio.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sites&lt;/b&gt; come scored per profile: SCORED = outputs of &apos;Score and rank candidate sites&apos; with a profile (one layer per profile; the same site is found in every layer by SITE_ID_FIELD, or else by its location), or SITES with SUITABILITY rasters from &apos;Suitability for a company profile&apos;, from which the sites are scored here (mean suitability; cells at 0 are excluded).&lt;/p&gt;&lt;p&gt;A site &lt;b&gt;qualifies&lt;/b&gt; for a claim when every criterion the profile marks essential was assessed there (field essential_missing of the scored sites, or the suitability raster&apos;s evidence: missing evidence is never suitability), it is not excluded for the profile, scores above 0, holds at least one plot of the profile (its minimum area), lies in the claim&apos;s region (REGION_FIELD of the sites) and, with RESERVE, is not kept for other firms: a site whose maximum category (CATEGORY_FIELD) is HMC_FROM or more (default 4.1, an assumption: HMC has no national definition) is kept for profiles of category HMC_FROM and up; a site with water access (WATER_FIELD) is kept for profiles that can use water (the provinces&apos; &apos;right company in the right place&apos;). Each piece a claim takes is at least one plot.&lt;/p&gt;&lt;p&gt;&lt;b&gt;METHOD&lt;/b&gt;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;greedy&lt;/b&gt; (as the Land Use Scanner: claims by tier, then by suitability): per tier every qualifying site-claim pair in descending score takes what the claim still needs and the site still has. Fast and easy to follow, not optimal.&lt;/li&gt;&lt;li&gt;&lt;b&gt;optimal&lt;/b&gt;: a mixed-integer linear program (MILP; SciPy&apos;s milp with HiGHS) that maximises suitability &amp;times; hectares, tier by tier: the best for tier 1, then the best for tier 2 while tier 1 keeps its optimum, and so on. TIME_LIMIT (s, per tier) bounds the solver; the log says when a result is not proven optimal.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;SHARE_SITES: several claims may share a site (each hectare to at most one claim; together at most the site&apos;s largest usable area); off: each site to at most one claim.&lt;/p&gt;&lt;p&gt;Outputs: OUTPUT (one feature per allocated piece: site, profile, tier, region, alloc_ha, score, site_ha (the site&apos;s area), free_ha (left on the site); sites without a piece have an empty profile; &lt;i&gt;note&lt;/i&gt; says for which other claims a site qualifies and why it does not qualify for the rest), BALANCE (per claim: demand_ha, alloc_ha, short_ha, mean_score of what was allocated, sites, and &lt;i&gt;binding&lt;/i&gt;: the constraint that keeps the claim from its demand - no qualifying site and why, too little supply, competition with other claims, or plot size), and the totals DEMAND_HA, ALLOCATED_HA, SHORTFALL_HA.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Een &lt;b&gt;programma&lt;/b&gt; (PROGRAMME: een tabel, bijv. een CSV; of PROGRAMME_TABLE) heeft één rij per claim: &lt;i&gt;profile&lt;/i&gt; (de id van een ingebouwd profiel of het pad van een profielbestand), &lt;i&gt;demand_ha&lt;/i&gt;, &lt;i&gt;tier&lt;/i&gt; (de prioriteit: 1 eerst, bijv. autonome groei; 2 de extra vraag van de transities; standaard 1) en optioneel &lt;i&gt;region&lt;/i&gt;. Nederlandse kolomnamen werken ook: profiel, vraag_ha, prioriteit, regio.&lt;/p&gt;&lt;p&gt;De &lt;b&gt;locaties&lt;/b&gt; komen per profiel gescoord binnen: SCORED = uitvoer van 'Kandidaatlocaties scoren en rangschikken' met een profiel (één laag per profiel; dezelfde locatie wordt in elke laag teruggevonden via SITE_ID_FIELD, of anders via haar ligging), of SITES met SUITABILITY-rasters uit 'Geschiktheid voor een bedrijfsprofiel', waarmee de locaties hier worden gescoord (gemiddelde geschiktheid; cellen met 0 zijn uitgesloten).&lt;/p&gt;&lt;p&gt;Een locatie &lt;b&gt;komt in aanmerking&lt;/b&gt; voor een claim als elk criterium dat het profiel essentieel noemt er is beoordeeld (veld essential_missing van de gescoorde locaties, of de evidence van het geschiktheidsraster: ontbrekend bewijs is nooit geschiktheid), als ze niet is uitgesloten voor het profiel, een score boven 0 heeft, ruimte biedt voor ten minste één kavel van het profiel (de minimale oppervlakte ervan), in de regio van de claim ligt (REGION_FIELD van de locaties) en, met RESERVE, niet is gereserveerd voor andere bedrijven: een locatie waarvan de maximale categorie (CATEGORY_FIELD) HMC_FROM of hoger is (standaard 4.1, een aanname: HMC heeft geen landelijke definitie), is gereserveerd voor profielen van categorie HMC_FROM en hoger; een locatie met waterontsluiting (WATER_FIELD) is gereserveerd voor profielen die water kunnen gebruiken (het 'juiste bedrijf op de juiste plek' van de provincies). Elk deel dat een claim neemt, is ten minste één kavel.&lt;/p&gt;&lt;p&gt;&lt;b&gt;METHOD&lt;/b&gt;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;greedy&lt;/b&gt; (zoals de Land Use Scanner: claims op prioriteit, daarna op geschiktheid): per prioriteit neemt elk paar van locatie en claim dat in aanmerking komt, in aflopende volgorde van score, wat de claim nog nodig heeft en de locatie nog biedt. Snel en goed te volgen, niet optimaal.&lt;/li&gt;&lt;li&gt;&lt;b&gt;optimal&lt;/b&gt;: een gemengd geheeltallig lineair programma (MILP; milp van SciPy met HiGHS) dat geschiktheid &amp;times; hectares maximaliseert, prioriteit voor prioriteit: het beste voor prioriteit 1, daarna het beste voor prioriteit 2 terwijl prioriteit 1 haar optimum behoudt, enzovoort. TIME_LIMIT (s, per prioriteit) begrenst de solver; het log vermeldt wanneer een resultaat niet bewezen optimaal is.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;SHARE_SITES: meerdere claims mogen een locatie delen (elke hectare naar hoogstens één claim; samen hoogstens de grootste bruikbare oppervlakte van de locatie); uit: elke locatie naar hoogstens één claim.&lt;/p&gt;&lt;p&gt;Uitvoer: OUTPUT (één object per toegewezen deel: site, profile, tier, region, alloc_ha, score, site_ha (de oppervlakte van de locatie), free_ha (wat op de locatie overblijft); locaties zonder deel hebben een leeg profile; &lt;i&gt;note&lt;/i&gt; zegt voor welke andere claims een locatie in aanmerking komt en waarom niet voor de rest), BALANCE (per claim: demand_ha, alloc_ha, short_ha, mean_score van wat is toegewezen, sites, en &lt;i&gt;binding&lt;/i&gt;: de beperking waardoor de vraag van de claim niet wordt gehaald - geen locatie die in aanmerking komt en waarom, te weinig aanbod, concurrentie met andere claims, of de kavelgrootte), en de totalen DEMAND_HA, ALLOCATED_HA, SHORTFALL_HA.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="120"/>
        <source>Study area mask</source>
        <translation>Masker van het studiegebied</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="120"/>
        <source>A raster on the analysis grid: where it is 0 or NoData the output is NoData (outside the study area), not 0 (excluded).</source>
        <translation>Een raster op het analyserooster: waar het 0 of NoData is, is de uitvoer NoData (buiten het studiegebied), niet 0 (uitgesloten).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="58"/>
        <source>Run without essential criteria</source>
        <translation>Uitvoeren zonder essentiële criteria</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="132"/>
        <source>A criterion the profile marks essential (its &apos;evidence&apos; block, with the reason) stops the run when its data are missing. Tick this to run anyway: the criterion is then NOT ASSESSED, and the layer names, metadata (RUIMTE_EVIDENCE), reports and site tables say so; &apos;Allocate a programme to sites&apos; never gives such a site to that profile. Optional criteria without data are always reported as not assessed.</source>
        <translation>Een criterium dat het profiel essentieel noemt (het blok 'evidence', met de reden) stopt de run als de gegevens ontbreken. Vink dit aan om toch te rekenen: het criterium is dan NIET BEOORDEELD, en de laagnamen, de metadata (RUIMTE_EVIDENCE), rapporten en locatietabellen zeggen dat; 'Programma aan locaties toewijzen' geeft zo'n locatie nooit aan dat profiel. Optionele criteria zonder gegevens worden altijd als niet beoordeeld gemeld.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="172"/>
        <source>{}: the layer has no features; it counts as no data.</source>
        <translation>{}: de laag heeft geen objecten; dat telt als geen gegevens.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="180"/>
        <source>{}: {} layer(s) without features count as no data.</source>
        <translation>{}: {} laag/lagen zonder objecten tellen als geen gegevens.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="95"/>
        <source>Only land inside these polygons is analysed (e.g. the province); outside is NoData.</source>
        <translation>Alleen land binnen deze polygonen wordt geanalyseerd (bijv. de provincie); daarbuiten is het NoData.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="106"/>
        <source>Criteria assessed per cell</source>
        <translation>Beoordeelde criteria per cel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="106"/>
        <source>Per cell the number of the profile&apos;s weighted criteria that have data there (all = complete evidence); the band description names them.</source>
        <translation>Per cel het aantal gewogen criteria van het profiel dat daar gegevens heeft (alle = volledig onderbouwd); de bandbeschrijving noemt ze.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="216"/>
        <source>NOT ASSESSED: {} has no input data ({}); why it matters: {}. The other weights are renormalised.</source>
        <translation>NIET BEOORDEELD: {} heeft geen invoergegevens ({}); waarom het ertoe doet: {}. De overige gewichten worden opnieuw genormaliseerd.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="319"/>
        <source>Excluded by hard rules: {}</source>
        <translation>Uitgesloten door harde regels: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="320"/>
        <source>Criteria assessed: {}</source>
        <translation>Beoordeelde criteria: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="285"/>
        <source>criteria assessed per cell, of {}</source>
        <translation>beoordeelde criteria per cel, van {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="227"/>
        <source>Not assessed for lack of data (the other weights renormalised): {}</source>
        <translation>Niet beoordeeld bij gebrek aan gegevens (de overige gewichten opnieuw genormaliseerd): {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="234"/>
        <source>assessed</source>
        <translation>beoordeeld</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="252"/>
        <source>NOT ASSESSED</source>
        <translation>NIET BEOORDEELD</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/evidence.py" line="75"/>
        <source>essential</source>
        <translation>essentieel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/evidence.py" line="75"/>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="248"/>
        <source>Not assessed for lack of data (optional criteria; the other weights renormalised): {}</source>
        <translation>Niet beoordeeld bij gebrek aan gegevens (optionele criteria; de overige gewichten opnieuw genormaliseerd): {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="252"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="252"/>
        <source>need</source>
        <translation>belang</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report_sources.py" line="116"/>
        <source>input</source>
        <translation>invoer</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="252"/>
        <source>why it matters</source>
        <translation>waarom het ertoe doet</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="206"/>
        <source>{} of {} sites were scored without some criteria (e.g. not assessed: {}); their ranks only reflect what was assessed (field not_assessed).</source>
        <translation>{} van {} locaties zijn gescoord zonder enkele criteria (bijv. niet beoordeeld: {}); hun rangen weerspiegelen alleen wat is beoordeeld (veld not_assessed).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/allocate.py" line="191"/>
        <source>essential criteria not assessed: {}</source>
        <translation>essentiële criteria niet beoordeeld: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/shortfall.py" line="44"/>
        <source>with essential criteria not assessed (no data)</source>
        <translation>met essentiële criteria niet beoordeeld (geen gegevens)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/evidence.py" line="30"/>
        <source>Natura 2000 areas or a nitrogen-sensitive habitat map</source>
        <translation>Natura 2000-gebieden of een kaart van stikstofgevoelige habitats</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/evidence.py" line="31"/>
        <source>the grid operators&apos; capacity map (capaciteitskaart)</source>
        <translation>de capaciteitskaart van de netbeheerders</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/evidence.py" line="32"/>
        <source>houses and other sensitive objects, e.g. BAG verblijfsobjecten</source>
        <translation>woningen en andere gevoelige objecten, bijv. BAG-verblijfsobjecten</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/evidence.py" line="33"/>
        <source>protected areas (Natura 2000, NNN) and/or valued landscape</source>
        <translation>beschermde gebieden (Natura 2000, NNN) en/of gewaardeerd landschap</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/evidence.py" line="34"/>
        <source>motorway ramps or motorways, waterways, rail terminals</source>
        <translation>op- en afritten of snelwegen, vaarwegen, spoorterminals</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/evidence.py" line="35"/>
        <source>motorway ramps (or MOTORWAYS)</source>
        <translation>op- en afritten (of MOTORWAYS)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/evidence.py" line="36"/>
        <source>fairways with a CEMT class</source>
        <translation>vaarwegen met een CEMT-klasse</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/evidence.py" line="37"/>
        <source>rail freight terminals</source>
        <translation>spoorgoederenterminals</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/curve_widget.py" line="23"/>
        <source>accessibility by road</source>
        <translation>bereikbaarheid over de weg</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/curve_widget.py" line="23"/>
        <source>accessibility by water</source>
        <translation>bereikbaarheid over water</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/curve_widget.py" line="24"/>
        <source>accessibility by rail</source>
        <translation>bereikbaarheid per spoor</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/evidence.py" line="76"/>
        <source>{} ({}; {})</source>
        <translation>{} ({}; {})</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/evidence.py" line="102"/>
        <source>not assessed: {}</source>
        <translation>niet beoordeeld: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/evidence.py" line="137"/>
        <source>{} is essential for this profile and has no data: give {} ({}). Why: {}</source>
        <translation>{} is essentieel voor dit profiel en heeft geen gegevens: geef {} ({}). Waarom: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/evidence.py" line="138"/>
        <source>not stated</source>
        <translation>niet vermeld</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/evidence.py" line="157"/>
        <source>the profile does not say; essential by default</source>
        <translation>het profiel zegt het niet; standaard essentieel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/evidence.py" line="159"/>
        <source>evidence: must be an object {criterion: {essential, reason}}</source>
        <translation>evidence: moet een object {criterium: {essential, reason}} zijn</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/evidence.py" line="164"/>
        <source>evidence.{}: not a weighted criterion or a transport mode of this profile; use {}</source>
        <translation>evidence.{}: geen gewogen criterium of vervoerswijze van dit profiel; gebruik {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/evidence.py" line="172"/>
        <source>as accessibility</source>
        <translation>zoals bereikbaarheid</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/evidence.py" line="177"/>
        <source>evidence.{}: missing; say whether it is essential</source>
        <translation>evidence.{}: ontbreekt; zeg of het essentieel is</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/evidence.py" line="180"/>
        <source>evidence.{}: needs &quot;essential&quot;: true or false</source>
        <translation>evidence.{}: heeft &quot;essential&quot;: true of false nodig</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/evidence.py" line="184"/>
        <source>evidence.{}: needs a &quot;reason&quot;</source>
        <translation>evidence.{}: heeft een &quot;reason&quot; nodig</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report.py" line="137"/>
        <source>not assessed</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/postprocess.py" line="145"/>
        <source>{} of {} criteria assessed</source>
        <translation>{} van {} criteria beoordeeld</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="78"/>
        <source>Rows separated by &apos;;&apos; (or new lines), values by &apos;,&apos;; fractions such as 1/3 are allowed. Example for three criteria: 1,3,5;1/3,1,3;1/5,1/3,1. With decimal commas separate the values by spaces or tabs (1 0,5;2 1, as a spreadsheet pastes them). Several stakeholders: one matrix each, separated by &apos;|&apos; or an empty line.</source>
        <translation>Rijen gescheiden door ';' (of nieuwe regels), waarden door ','; breuken zoals 1/3 zijn toegestaan. Voorbeeld voor drie criteria: 1,3,5;1/3,1,3;1/5,1/3,1. Scheid de waarden bij decimale komma's door spaties of tabs (1 0,5;2 1, zoals een spreadsheet ze plakt). Meerdere belanghebbenden: elk een matrix, gescheiden door '|' of een lege regel.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/ahp_weights.py" line="101"/>
        <source>One per matrix, e.g. 2,1,1, or with decimal commas separated by &apos;;&apos; (0,5;0,25;0,25); divided by their sum. Empty: every stakeholder counts equally.</source>
        <translation>Eén per matrix, bijv. 2,1,1, of met decimale komma's gescheiden door ';' (0,5;0,25;0,25); gedeeld door hun som. Leeg: elke belanghebbende telt even zwaar.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="159"/>
        <source>{} failed: {}: {} (the details are in the Log Messages panel, tab Ruimte)</source>
        <translation>{} mislukt: {}: {} (de details staan in het paneel Logberichten, tab Ruimte)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="89"/>
        <source>One weight per criterion, separated by &apos;,&apos; (0.5,0.3,0.2) or, with decimal commas, by &apos;;&apos; (0,5;0,3;0,2), or the WEIGHTS output of &apos;AHP weights&apos;. They are normalised to sum 1, with a warning when they did not. Empty = equal weights.</source>
        <translation>Eén gewicht per criterium, gescheiden door ',' (0.5,0.3,0.2) of, met decimale komma's, door ';' (0,5;0,3;0,2), of de uitvoer WEIGHTS van 'AHP-gewichten'. Ze worden genormaliseerd tot som 1, met een waarschuwing als dat nodig was. Leeg = gelijke gewichten.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="105"/>
        <source>For method owa: one weight per rank, the first for the lowest score at a cell; they must sum to 1. 1,0,0 = AND, equal = WLC, 0,0,1 = OR. Separated by &apos;,&apos; or, with decimal commas, by &apos;;&apos; (0,5;0,3;0,2).</source>
        <translation>Voor methode owa: één gewicht per rang, het eerste voor de laagste score in een cel; de som moet 1 zijn. 1,0,0 = AND, gelijk = WLC, 0,0,1 = OR. Gescheiden door ',' of, met decimale komma's, door ';' (0,5;0,3;0,2).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/combine.py" line="110"/>
        <source>Per criterion (separated by &apos;;&apos;): empty = a score already, or FUNCTION,DIRECTION,A,B,C,D / FUNCTION,MIDPOINT,SPREAD as in &apos;Standardize to score&apos;. Decimals with a point (0.5): &apos;,&apos; and &apos;;&apos; already separate, so a decimal comma cannot be read here.</source>
        <translation>Per criterium (gescheiden door ';'): leeg = al een score, of FUNCTION,DIRECTION,A,B,C,D / FUNCTION,MIDPOINT,SPREAD zoals in 'Standaardiseren naar score'. Decimalen met een punt (0.5): ',' en ';' scheiden al, dus een decimale komma kan hier niet gelezen worden.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/compare_scenarios.py" line="66"/>
        <source>One weight per criterion, e.g. 0.5,0.3,0.2, or with decimal commas separated by &apos;;&apos;: 0,5;0,3;0,2.</source>
        <translation>Eén gewicht per criterium, bijv. 0.5,0.3,0.2, of met decimale komma's gescheiden door ';': 0,5;0,3;0,2.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/grid_capacity.py" line="95"/>
        <source>Four scores 0-1 for status 0, 1, 2 and 3 (default 1,0.7,0.3,0: assumption), separated by &apos;,&apos; or, with decimal commas, by &apos;;&apos; (1;0,7;0,3;0). Status 3 always excludes.</source>
        <translation>Vier scores 0-1 voor status 0, 1, 2 en 3 (standaard 1,0.7,0.3,0: aanname), gescheiden door ',' of, met decimale komma's, door ';' (1;0,7;0,3;0). Status 3 sluit altijd uit.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="104"/>
        <source>Maps classes to 0-1, e.g. hoog:1,midden:0.6,laag:0.3, or with decimal commas separated by &apos;;&apos;: hoog:1;midden:0,6;laag:0,3.</source>
        <translation>Zet klassen om naar 0-1, bijv. hoog:1,midden:0.6,laag:0.3, of met decimale komma's gescheiden door ';': hoog:1;midden:0,6;laag:0,3.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/landscape.py" line="117"/>
        <source>Weights of the 10°, 2°, 0.8° and 0.4° rings (assumption: 1,0.5,0.2,0.1), separated by ',' or, with decimal commas, by ';' (1;0,5;0,2;0,1).</source>
        <translation>Gewichten van de ringen van 10°, 2°, 0,8° en 0,4° (aanname: 1,0.5,0.2,0.1), gescheiden door ',' of, met decimale komma's, door ';' (1;0,5;0,2;0,1).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="139"/>
        <source>Without a profile: one weight per criterion (empty: equal), separated by &apos;,&apos; (0.5,0.3,0.2) or, with decimal commas, by &apos;;&apos; (0,5;0,3;0,2).</source>
        <translation>Zonder profiel: één gewicht per criterium (leeg: gelijk), gescheiden door ',' (0.5,0.3,0.2) of, met decimale komma's, door ';' (0,5;0,3;0,2).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="96"/>
        <source>One weight per criterion (empty: equal); normalised to sum 1. Separated by &apos;,&apos; (0.5,0.3,0.2) or, with decimal commas, by &apos;;&apos; (0,5;0,3;0,2).</source>
        <translation>Eén gewicht per criterium (leeg: gelijk); genormaliseerd tot som 1. Gescheiden door ',' (0.5,0.3,0.2) of, met decimale komma's, door ';' (0,5;0,3;0,2).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="117"/>
        <source>Weight sets to rank the sites by as well, e.g. one per stakeholder (the w_ columns of &apos;AHP weights&apos; with several matrices): sets separated by &apos;|&apos;, weights by &apos;,&apos; or, with decimal commas, by &apos;;&apos; (0,6;0,4 | 0,3;0,7). Each adds a rank_&lt;name&gt; field; in_top_k_sets counts the sets under which a site is in the top K.</source>
        <translation>Gewichtensets om de locaties ook naar te rangschikken, bijv. één per belanghebbende (de w_-kolommen van 'AHP-gewichten' met meerdere matrices): sets gescheiden door '|', gewichten door ',' of, met decimale komma's, door ';' (0,6;0,4 | 0,3;0,7). Elke set voegt een veld rank_&lt;naam&gt; toe; in_top_k_sets telt de sets waarin een locatie in de top K staat.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/standardize.py" line="94"/>
        <source>For FUNCTION=table: pairs of value and score (0-1); a cell may hold a decimal comma (0,8). On the command line: TABLE=0,1,500,0.8,1000,0 or, with decimal commas, separated by &apos;;&apos;: TABLE=0;1;500;0,8;1000;0.</source>
        <translation>Voor FUNCTION=table: paren van waarde en score (0-1); een cel mag een decimale komma bevatten (0,8). Op de opdrachtregel: TABLE=0,1,500,0.8,1000,0 of, met decimale komma's, gescheiden door ';': TABLE=0;1;500;0,8;1000;0.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/numbers.py" line="40"/>
        <source>separate the numbers with &apos;,&apos; (0.7,0.3) or, with decimal commas, with &apos;;&apos; (0,7;0,3)</source>
        <translation>scheid de getallen met ',' (0.7,0.3) of, met decimale komma's, met ';' (0,7;0,3)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/numbers.py" line="48"/>
        <source>&apos;{}&apos; is not a number: use one decimal separator (a point or a comma) and no thousands separator</source>
        <translation>'{}' is geen getal: gebruik één decimaalteken (een punt of een komma) en geen scheidingsteken voor duizendtallen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/numbers.py" line="79"/>
        <source>&apos;{}&apos; is not a number; write e.g. 3, 0.5, 0,5 (decimal comma) or a fraction such as 1/3</source>
        <translation>'{}' is geen getal; schrijf bijv. 3, 0.5, 0,5 (decimale komma) of een breuk zoals 1/3</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/numbers.py" line="74"/>
        <source>an empty value where a number was expected</source>
        <translation>een lege waarde waar een getal werd verwacht</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/numbers.py" line="83"/>
        <source>&apos;{}&apos; divides by zero</source>
        <translation>'{}' deelt door nul</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/standardize.py" line="288"/>
        <source>criterion {} (&apos;{}&apos;): {} parts where {} has at most {}; &apos;,&apos; separates the parts, so decimals need a point here (0.5, not 0,5)</source>
        <translation>criterium {} ('{}'): {} delen waar {} er hoogstens {} heeft; ',' scheidt de delen, dus decimalen hebben hier een punt nodig (0.5, niet 0,5)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/weights.py" line="72"/>
        <source>the matrix has {} rows but row(s) {} do not have {} values; a pairwise comparison matrix must be square (cells are separated by &apos;,&apos;; with decimal commas separate them by spaces, 1 0,5;2 1, or write fractions, 1,1/2;2,1)</source>
        <translation>de matrix heeft {} rijen maar rij(en) {} hebben geen {} waarden; een paarsgewijze vergelijkingsmatrix moet vierkant zijn (cellen worden gescheiden door ','; scheid ze bij decimale komma's door spaties, 1 0,5;2 1, of schrijf breuken, 1,1/2;2,1)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/weights.py" line="317"/>
        <source>unknown weights mode &apos;{}&apos;; use one of {}</source>
        <translation>onbekende gewichtenmodus '{}'; gebruik een van {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/weights.py" line="324"/>
        <source>{} weights for {} criteria; give one weight per criterion, in the order of the criteria ({})</source>
        <translation>{} gewichten voor {} criteria; geef één gewicht per criterium, in de volgorde van de criteria ({})</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/weights.py" line="330"/>
        <source>&apos;,&apos; separates the weights here; for decimal commas separate them with &apos;;&apos; (0,7;0,3)</source>
        <translation>',' scheidt hier de gewichten; scheid ze bij decimale komma's met ';' (0,7;0,3)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate.py" line="78"/>
        <source>&lt;p&gt;&lt;b&gt;ACCEPT_NOT_ASSESSED&lt;/b&gt; (e.g. zoning): a site where an essential criterion of the profile has no data is refused, unless that criterion is listed here; then the site qualifies PROVISIONALLY. This exists so that a province without e.g. a houses layer can still see a programme, clearly labelled: every such piece has the field &lt;i&gt;provisional&lt;/i&gt; (&apos;provisional: zoning not assessed&apos;), the balance counts its hectares (provisional_ha) and the log warns. Criteria not listed still refuse.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ACCEPT_NOT_ASSESSED&lt;/b&gt; (bijv. zoning): een locatie waar voor een essentieel criterium van het profiel geen gegevens zijn, wordt geweigerd, tenzij dat criterium hier staat; dan komt de locatie VOORLOPIG in aanmerking. Dit bestaat zodat een provincie zonder bijvoorbeeld een woningenlaag toch een programma kan zien, duidelijk gelabeld: elk zo toegewezen deel heeft het veld &lt;i&gt;provisional&lt;/i&gt; ('voorlopig: zoning niet beoordeeld'), de balans telt de hectares ervan (provisional_ha) en het logboek waarschuwt. Criteria die hier niet staan, weigeren nog steeds.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate.py" line="123"/>
        <source>PROVISIONAL: {:.1f} of the {:.1f} ha allocated lie on sites where {} was not assessed.</source>
        <translation>VOORLOPIG: {:.1f} van de {:.1f} toegewezen ha liggen op locaties waar {} niet is beoordeeld.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_inputs.py" line="103"/>
        <source>Accept as not assessed (provisional)</source>
        <translation>Accepteren als niet beoordeeld (voorlopig)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_inputs.py" line="103"/>
        <source>Criterion keys (e.g. zoning; grid) whose essential data may be missing: sites without them then qualify PROVISIONALLY instead of being refused, so that a province without e.g. a houses layer can still see a programme. Every such piece is labelled provisional and the balance counts its hectares. Empty (default): every site with an essential criterion not assessed is refused. Keys: nitrogen, grid, zoning, landscape, accessibility (or accessibility.road / .water / .rail).</source>
        <translation>Criteriumsleutels (bijv. zoning; grid) waarvan essentiële gegevens mogen ontbreken: locaties zonder die gegevens komen dan VOORLOPIG in aanmerking in plaats van te worden geweigerd, zodat een provincie zonder bijvoorbeeld een woningenlaag toch een programma kan zien. Elk zo toegewezen deel heet voorlopig en de balans telt de hectares ervan. Leeg (standaard): elke locatie met een niet beoordeeld essentieel criterium wordt geweigerd. Sleutels: nitrogen, grid, zoning, landscape, accessibility (of accessibility.road / .water / .rail).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_inputs.py" line="238"/>
        <source>PROVISIONAL PROGRAMME: {} accepted as not assessed. Sites where these essential criteria have no data may be allocated; every such piece says &apos;provisional&apos; and the balance counts its hectares (provisional_ha). Assess them before any decision.</source>
        <translation>VOORLOPIG PROGRAMMA: {} geaccepteerd als niet beoordeeld. Locaties waar voor deze essentiële criteria geen gegevens zijn, kunnen worden toegewezen; elk zo toegewezen deel vermeldt 'voorlopig' en de balans telt de hectares ervan (provisional_ha). Beoordeel ze vóór elk besluit.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_scenarios.py" line="29"/>
        <source>Programme under uncertain demand: no-regret and option sites</source>
        <translation>Programma bij onzekere vraag: no-regret- en optielocaties</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_scenarios.py" line="32"/>
        <source>Which sites are needed whatever the demand turns out to be, and which only when demand is high? The programme allocated under several demand scenarios.</source>
        <translation>Welke locaties zijn nodig hoe de vraag ook uitvalt, en welke alleen bij een hoge vraag? Het programma toegewezen onder meerdere vraagscenario's.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_scenarios.py" line="36"/>
        <source>programmering,scenario,onzekerheid,adaptief,no-regret,optie,vraag,bedrijventerreinen,programme,uncertainty,adaptive,option,demand</source>
        <translation>programmering,scenario,onzekerheid,adaptief,no-regret,optie,vraag,bedrijventerreinen,programme,uncertainty,adaptive,option,demand</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_scenarios.py" line="40"/>
        <source>&lt;p&gt;The additional demand for business land cannot be forecast: the IPO position paper Ruimte voor economie (theme 2) cites Stec Groep&apos;s range of 500 to 2,500 ha of additional national demand and the PBL&apos;s estimate of up to 40 % more business-park area from the circular transition, and asks for adaptive programming with an eye on the risk that demand does not land where it was programmed. This algorithm allocates the programme as &apos;Allocate a programme to sites&apos; does (same inputs, METHOD, SHARE_SITES, RESERVE, ACCEPT_NOT_ASSESSED), once per demand scenario on the same sites, and classifies each site:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;no-regret&lt;/b&gt;: used (any piece allocated) in every scenario;&lt;/li&gt;&lt;li&gt;&lt;b&gt;option&lt;/b&gt;: used in some scenarios only, typically at high demand (not always: the optimal method may move a claim when demand grows);&lt;/li&gt;&lt;li&gt;&lt;b&gt;unused&lt;/b&gt;: used in no scenario.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Scenarios&lt;/b&gt;: SCENARIOS names factors, e.g. &apos;low=0,5; central=1; high=1,5&apos; (illustrative factors, an assumption; the paper&apos;s 500-2,500 ha range spans a factor 5). A factor multiplies the demand of the claims of tier SCALE_FROM_TIER and up (default 2): as we read the paper, the additional demand of the transitions is uncertain, the autonomous demand (tier 1), programmed on forecasts, is not. SCALE_FROM_TIER 1 scales every claim. Or give the programme one demand column per scenario, demand_&amp;lt;name&amp;gt; or vraag_&amp;lt;name&amp;gt; (demand_low, vraag_hoog ...): the columns are then used and SCENARIOS and SCALE_FROM_TIER are not. A demand of 0 leaves the claim out of that scenario.&lt;/p&gt;&lt;p&gt;Outputs: OUTPUT (one feature per site: class (in words), class_code (no_regret, option, unused), n_used, used_in (scenario names), site_ha, per scenario alloc_&amp;lt;name&amp;gt; (ha) and prof_&amp;lt;name&amp;gt; (profile ids), and provisional), BALANCE (per scenario and claim: scenario, factor (empty for columns), profile, tier, region, demand_ha, alloc_ha, short_ha, provisional_ha, binding), and NO_REGRET_HA and OPTION_HA: the hectares allocated on the no-regret and the option sites in the scenario with the highest total demand. The log gives each scenario&apos;s totals.&lt;/p&gt;</source>
        <translation>&lt;p&gt;De additionele vraag naar bedrijventerrein is niet te voorspellen: de IPO position paper Ruimte voor economie (thema 2) noemt de bandbreedte van Stec Groep van 500 tot 2.500 ha additionele landelijke vraag en de raming van het PBL van tot 40 % meer areaal bedrijventerrein door de circulaire transitie, en vraagt om adaptief programmeren met oog voor het risico dat de vraag niet landt waar geprogrammeerd is. Dit algoritme wijst het programma toe zoals 'Programma aan locaties toewijzen' dat doet (dezelfde invoer, METHOD, SHARE_SITES, RESERVE, ACCEPT_NOT_ASSESSED), eenmaal per vraagscenario op dezelfde locaties, en deelt elke locatie in:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;no-regret&lt;/b&gt;: gebruikt (enig deel toegewezen) in elk scenario;&lt;/li&gt;&lt;li&gt;&lt;b&gt;optie&lt;/b&gt;: alleen in sommige scenario's gebruikt, meestal bij hoge vraag (niet altijd: de optimale methode kan een claim verplaatsen als de vraag groeit);&lt;/li&gt;&lt;li&gt;&lt;b&gt;ongebruikt&lt;/b&gt;: in geen scenario gebruikt.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Scenario's&lt;/b&gt;: SCENARIOS noemt factoren, bijv. 'low=0,5; central=1; high=1,5' (illustratieve factoren, een aanname; de bandbreedte van 500-2.500 ha uit de paper beslaat een factor 5). Een factor vermenigvuldigt de vraag van de claims met prioriteit SCALE_FROM_TIER en hoger (standaard 2): zoals wij de paper lezen is de additionele vraag van de transities onzeker, de autonome vraag (prioriteit 1), geprogrammeerd op prognoses, niet. SCALE_FROM_TIER 1 schaalt elke claim. Of geef het programma één vraagkolom per scenario, demand_&amp;lt;naam&amp;gt; of vraag_&amp;lt;naam&amp;gt; (demand_low, vraag_hoog ...): dan worden de kolommen gebruikt en SCENARIOS en SCALE_FROM_TIER niet. Een vraag van 0 laat de claim buiten dat scenario.&lt;/p&gt;&lt;p&gt;Uitvoer: OUTPUT (één object per locatie: class (in woorden), class_code (no_regret, option, unused), n_used, used_in (namen van scenario's), site_ha, per scenario alloc_&amp;lt;naam&amp;gt; (ha) en prof_&amp;lt;naam&amp;gt; (profiel-id's), en provisional), BALANCE (per scenario en claim: scenario, factor (leeg bij kolommen), profile, tier, region, demand_ha, alloc_ha, short_ha, provisional_ha, binding), en NO_REGRET_HA en OPTION_HA: de hectares toegewezen op de no-regret- en de optielocaties in het scenario met de hoogste totale vraag. Het logboek geeft de totalen per scenario.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_scenarios.py" line="73"/>
        <source>Demand scenarios</source>
        <translation>Vraagscenario's</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_scenarios.py" line="73"/>
        <source>name=factor per scenario, separated by &apos;;&apos; (a decimal comma is fine). Default low=0,5; central=1; high=1,5: illustrative factors, an assumption (the range of 500-2,500 ha additional demand cited in the IPO position paper Ruimte voor economie spans a factor 5). Not used when the programme has one demand column per scenario (demand_low, vraag_hoog ...).</source>
        <translation>naam=factor per scenario, gescheiden door ';' (een decimale komma mag). Standaard low=0,5; central=1; high=1,5: illustratieve factoren, een aanname (de bandbreedte van 500-2.500 ha additionele vraag die de IPO position paper Ruimte voor economie noemt, beslaat een factor 5). Niet gebruikt als het programma één vraagkolom per scenario heeft (demand_low, vraag_hoog ...).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_scenarios.py" line="80"/>
        <source>Scale claims from tier</source>
        <translation>Claims schalen vanaf prioriteit</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_scenarios.py" line="80"/>
        <source>The factors scale the claims of this tier and up. Default 2 (our reading of the IPO position paper Ruimte voor economie: the additional demand of the transitions is uncertain, the autonomous tier-1 demand is not); 1 scales every claim.</source>
        <translation>De factoren schalen de claims met deze prioriteit en hoger. Standaard 2 (onze lezing van de IPO position paper Ruimte voor economie: de additionele vraag van de transities is onzeker, de autonome vraag met prioriteit 1 niet); 1 schaalt elke claim.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_scenarios.py" line="86"/>
        <source>Sites by scenario</source>
        <translation>Locaties per scenario</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_scenarios.py" line="86"/>
        <source>One feature per site: no-regret, option or unused, with its hectares and profiles per scenario.</source>
        <translation>Eén object per locatie: no-regret, optie of ongebruikt, met de hectares en profielen per scenario.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_scenarios.py" line="90"/>
        <source>Balance per scenario</source>
        <translation>Balans per scenario</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_scenarios.py" line="90"/>
        <source>Demand, allocated, shortfall and the binding constraint per scenario and programme row.</source>
        <translation>Vraag, toegewezen, tekort en de bindende beperking per scenario en programmarij.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_scenarios.py" line="94"/>
        <source>No-regret sites (ha, highest demand)</source>
        <translation>No-regretlocaties (ha, hoogste vraag)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_scenarios.py" line="94"/>
        <source>Option sites (ha, highest demand)</source>
        <translation>Optielocaties (ha, hoogste vraag)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_scenarios.py" line="106"/>
        <source>Scenarios from the programme&apos;s columns: {}; SCENARIOS and SCALE_FROM_TIER are not used.</source>
        <translation>Scenario's uit de kolommen van het programma: {}; SCENARIOS en SCALE_FROM_TIER worden niet gebruikt.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_scenarios.py" line="113"/>
        <source>{} claims, {} sites, {} scenarios, method {}.</source>
        <translation>{} claims, {} locaties, {} scenario's, methode {}.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_scenarios.py" line="122"/>
        <source>Scenario {}{}: demand {:.1f} ha, allocated {:.1f} ha, short {:.1f} ha, on {} sites ({}).</source>
        <translation>Scenario {}{}: vraag {:.1f} ha, toegewezen {:.1f} ha, tekort {:.1f} ha, op {} locaties ({}).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_scenarios.py" line="122"/>
        <source> (x {:g})</source>
        <translation> (x {:g})</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_scenarios.py" line="129"/>
        <source>PROVISIONAL: in scenario {}, {:.1f} ha lie on sites where {} was not assessed.</source>
        <translation>VOORLOPIG: in scenario {} liggen {:.1f} ha op locaties waar {} niet is beoordeeld.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/allocate_scenarios.py" line="136"/>
        <source>No-regret: {} sites, {:.1f} ha; option: {} sites, {:.1f} ha (in scenario {}); unused: {} sites.</source>
        <translation>No-regret: {} locaties, {:.1f} ha; optie: {} locaties, {:.1f} ha (in scenario {}); ongebruikt: {} locaties.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="67"/>
        <source>&lt;p&gt;New business parks are in principle for category 3.1 and up (IPO position paper Ruimte voor economie): when SUITABILITY was made for a profile of category 1 or 2 (its metadata say which), no sites are located; the run warns and ADVICE says that such firms belong in a mixed urban area.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nieuwe bedrijventerreinen zijn in principe voor categorie 3.1 en hoger (IPO-positionpaper Ruimte voor economie): is SUITABILITY gemaakt voor een profiel van categorie 1 of 2 (de metadata zeggen welk), dan worden geen locaties gezocht; de run waarschuwt en ADVICE zegt dat zulke bedrijven in een gemengd stedelijk gebied thuishoren.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="102"/>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="175"/>
        <source>No sites located for {}: {}.</source>
        <translation>Geen locaties gezocht voor {}: {}.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="51"/>
        <source>Existing parks: densify, relocate, mixed edge</source>
        <translation>Bestaande terreinen: verdichten, uitplaatsen, gemengde rand</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="54"/>
        <source>What existing business parks would free if built denser, which firms could leave HMC and water-bound parks and where to, and the park edges where mixing with housing is possible.</source>
        <translation>Wat bestaande bedrijventerreinen zouden vrijmaken bij dichtere bebouwing, welke bedrijven HMC- en watergebonden terreinen kunnen verlaten en waarheen, en de terreinranden waar menging met wonen mogelijk is.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="59"/>
        <source>bestaande bedrijventerreinen,verdichting,herstructurering,uitplaatsing,functiemenging,IBIS,HMC,watergebonden,densification,relocation,mixed use</source>
        <translation>bestaande bedrijventerreinen,verdichting,herstructurering,uitplaatsing,functiemenging,IBIS,HMC,watergebonden,densification,relocation,mixed use</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="72"/>
        <source>Business-park polygons, e.g. IBIS Werklocaties, in a projected CRS (the other layers are reprojected to it).</source>
        <translation>Polygonen van bedrijventerreinen, bijv. IBIS Werklocaties, in een geprojecteerd CRS (de andere lagen worden ernaar geprojecteerd).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="75"/>
        <source>Park name (IBIS: BEDRIJVENT).</source>
        <translation>Naam van het terrein (IBIS: BEDRIJVENT).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="75"/>
        <source>Net area field</source>
        <translation>Veld netto oppervlakte</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="75"/>
        <source>Net (issued and issuable) area (IBIS: OPPNETTO, in m2). Without it the polygon area is used, and the output says so.</source>
        <translation>Netto (uitgegeven en uitgeefbare) oppervlakte (IBIS: OPPNETTO, in m2). Zonder dit veld wordt de polygoonoppervlakte gebruikt, en de uitvoer vermeldt dat.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="75"/>
        <source>Free area field</source>
        <translation>Veld vrije oppervlakte</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="75"/>
        <source>Area still to be issued, for relocated firms (IBIS: Grootst_uitgeefbaar_deel_ha, in ha).</source>
        <translation>Nog uit te geven oppervlakte, voor verplaatste bedrijven (IBIS: Grootst_uitgeefbaar_deel_ha, in ha).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="89"/>
        <source>Unit of the net area field</source>
        <translation>Eenheid van het veld netto oppervlakte</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="89"/>
        <source>ha or m2 (IBIS OPPNETTO: m2).</source>
        <translation>ha of m2 (IBIS OPPNETTO: m2).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="91"/>
        <source>Unit of the free area field</source>
        <translation>Eenheid van het veld vrije oppervlakte</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="96"/>
        <source>Building footprints</source>
        <translation>Gebouwcontouren</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="96"/>
        <source>Building polygons, e.g. BAG panden: the footprint inside each park.</source>
        <translation>Gebouwpolygonen, bijv. BAG-panden: de bebouwde oppervlakte binnen elk terrein.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="99"/>
        <source>Floor-area points</source>
        <translation>Vloeroppervlaktepunten</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="99"/>
        <source>Instead of footprints: points with a floor area, e.g. BAG verblijfsobjecten; the intensity is then floor area per net area.</source>
        <translation>In plaats van footprints: punten met een vloeroppervlakte, bijv. BAG-verblijfsobjecten; de intensiteit is dan vloeroppervlakte per netto oppervlakte.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="103"/>
        <source>Floor area field (m2)</source>
        <translation>Veld vloeroppervlakte (m2)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="103"/>
        <source>Floor area in m2 (BAG: oppervlakte).</source>
        <translation>Vloeroppervlakte in m2 (BAG: oppervlakte).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="105"/>
        <source>Target intensity</source>
        <translation>Doelintensiteit</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="105"/>
        <source>Footprint share (or floor area per net area) a park could reach. Default 0.6 (assumption: a common maximum building coverage, bebouwingspercentage, in Dutch zoning plans for business parks is 60-80 %; no national norm).</source>
        <translation>Bebouwd aandeel (of vloeroppervlakte per netto oppervlakte) dat een terrein zou kunnen halen. Standaard 0,6 (aanname: een gangbaar maximaal bebouwingspercentage in bestemmingsplannen voor bedrijventerreinen is 60-80 %; er is geen landelijke norm).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="143"/>
        <source>Firms</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="111"/>
        <source>Firms (points or plots) with their VNG category.</source>
        <translation>Bedrijven (punten of kavels) met hun VNG-categorie.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="114"/>
        <source>Firm name field</source>
        <translation>Veld bedrijfsnaam</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="114"/>
        <source>Name or id of the firm.</source>
        <translation>Naam of id van het bedrijf.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="114"/>
        <source>Firm category field</source>
        <translation>Veld categorie van het bedrijf</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="114"/>
        <source>VNG category of the firm, e.g. 3.1.</source>
        <translation>VNG-categorie van het bedrijf, bijv. 3.1.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="114"/>
        <source>Firm needs water field</source>
        <translation>Veld bedrijf heeft water nodig</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="114"/>
        <source>Yes/no: the firm needs a quay. Without it, firms on water-bound parks are not assessed.</source>
        <translation>Ja/nee: het bedrijf heeft een kade nodig. Zonder dit veld worden bedrijven op watergebonden terreinen niet beoordeeld.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="114"/>
        <source>Firm plot area field</source>
        <translation>Veld kaveloppervlakte van het bedrijf</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="114"/>
        <source>Plot area; without it the area of a firm polygon (a point: not assessed).</source>
        <translation>Kaveloppervlakte; zonder dit veld de oppervlakte van de bedrijfspolygoon (een punt: niet beoordeeld).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="126"/>
        <source>Unit of the firm plot field</source>
        <translation>Eenheid van het veld kaveloppervlakte</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="128"/>
        <source>Maximum relocation distance (m)</source>
        <translation>Maximale verplaatsingsafstand (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="128"/>
        <source>Parks farther away are not named (default 15 km, assumption: a relocation within the region).</source>
        <translation>Verder weg gelegen terreinen worden niet genoemd (standaard 15 km, aanname: een verplaatsing binnen de regio).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="132"/>
        <source>Houses, e.g. BAG verblijfsobjecten with woonfunctie.</source>
        <translation>Woningen, bijv. BAG-verblijfsobjecten met woonfunctie.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="135"/>
        <source>Edge distance (m)</source>
        <translation>Randafstand (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="135"/>
        <source>Default 50 m: the guide distance of category 3.1 to a quiet residential area (VNG, Bedrijven en milieuzonering, 2009): closer to houses only categories 1-2 fit.</source>
        <translation>Standaard 50 m: de richtafstand van categorie 3.1 tot een rustige woonwijk (VNG, Bedrijven en milieuzonering, 2009): dichter bij woningen passen alleen categorie 1-2.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="140"/>
        <source>Parks and potential</source>
        <translation>Terreinen en potentieel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="140"/>
        <source>The parks with net_ha, built_ha, intensity, target, freed_ha, hmc_park, water_park, relocate_n, relocate_ha, edge_ha and not_assessed.</source>
        <translation>De terreinen met net_ha, built_ha, intensity, target, freed_ha, hmc_park, water_park, relocate_n, relocate_ha, edge_ha en not_assessed.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="144"/>
        <source>Relocation candidates</source>
        <translation>Kandidaten voor uitplaatsing</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="144"/>
        <source>Firms that could leave an HMC or water-bound park, with destinations.</source>
        <translation>Bedrijven die een HMC- of watergebonden terrein zouden kunnen verlaten, met bestemmingen.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="148"/>
        <source>Mixed edge zones</source>
        <translation>Gemengde randzones</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="148"/>
        <source>The parts of the parks within EDGE_DISTANCE of houses.</source>
        <translation>De delen van de terreinen binnen EDGE_DISTANCE van woningen.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="152"/>
        <source>Hectares freed by densification</source>
        <translation>Hectares vrijgemaakt door verdichting</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="152"/>
        <source>Hectares of relocation candidates</source>
        <translation>Hectares van kandidaten voor uitplaatsing</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="152"/>
        <source>Hectares of mixed edge</source>
        <translation>Hectares gemengde rand</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="165"/>
        <source>{} have no field &apos;{}&apos; ({}): NOT ASSESSED.</source>
        <translation>{} hebben geen veld '{}' ({}): NIET BEOORDEELD.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="229"/>
        <source>Layer &apos;{}&apos; ({}): {} features without a geometry skipped.</source>
        <translation>Laag '{}' ({}): {} objecten zonder geometrie overgeslagen.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="204"/>
        <source>The parks</source>
        <translation>De terreinen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="232"/>
        <source>no park has a geometry</source>
        <translation>geen enkel terrein heeft een geometrie</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="240"/>
        <source>BUILDINGS given: FLOOR_AREA is not used.</source>
        <translation>BUILDINGS opgegeven: FLOOR_AREA wordt niet gebruikt.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="242"/>
        <source>footprint</source>
        <translation>bebouwd oppervlak</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="244"/>
        <source>The floor-area points</source>
        <translation>De vloeroppervlaktepunten</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="251"/>
        <source>floor area</source>
        <translation>vloeroppervlakte</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="257"/>
        <source>The firms</source>
        <translation>De bedrijven</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential.py" line="274"/>
        <source>firm {}</source>
        <translation>bedrijf {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential_output.py" line="21"/>
        <source>&lt;p&gt;For existing business parks (e.g. IBIS Werklocaties), three ways to use the existing stock better first (IPO position paper Ruimte voor economie: densify and redevelop existing parks; keep HMC and water-bound plots for the firms that need them and move out firms that could be elsewhere; mixing with housing at park edges that border residential areas):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Densify&lt;/b&gt; (BUILDINGS or FLOOR_AREA): intensity = building footprint (or floor area) / net area (NET_AREA_FIELD, IBIS OPPNETTO in m2; without it the polygon area). freed_ha = max(0, net_ha - built_ha / TARGET_INTENSITY): what the park would free if built at the target intensity (default 0.6, assumption: a common maximum building coverage in Dutch zoning plans for business parks is 60-80 %; no national norm). With FLOOR_AREA the intensity is floor area per net area: set a target of that kind.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Relocate&lt;/b&gt; (FIRMS with a VNG category): a firm below HMC_FROM (default 4.1, assumption) on an HMC park, or a firm that does not need water on a water-bound park, is a candidate. Destinations: up to 3 parks, nearest first, within MAX_DISTANCE (default 15 km, assumption), known not HMC and not water-bound, whose maximum category admits the firm and whose free area holds its plot: the larger of FREE_AREA_FIELD and freed_ha (not their sum: the net area includes the issuable land, so freed_ha already counts it). Each firm is checked alone: several firms may name the same park.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Mixed edge&lt;/b&gt; (SENSITIVE houses): the part of each park within EDGE_DISTANCE of houses (default 50 m, the VNG 2009 guide distance of category 3.1 to a quiet residential area: there only categories 1-2 fit).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;What cannot be assessed for lack of data is left empty (NULL) and named in not_assessed and in the log, never counted as 0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Voor bestaande bedrijventerreinen (bijv. IBIS Werklocaties) drie manieren om eerst de bestaande voorraad beter te benutten (IPO-positionpaper Ruimte voor economie: bestaande terreinen verdichten en herontwikkelen; HMC- en watergebonden kavels behouden voor de bedrijven die ze nodig hebben en bedrijven die ook elders kunnen zitten uitplaatsen; functiemenging met wonen aan terreinranden die aan woongebieden grenzen):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Verdichten&lt;/b&gt; (BUILDINGS of FLOOR_AREA): intensiteit = bebouwd oppervlak (of vloeroppervlakte) / netto oppervlakte (NET_AREA_FIELD, IBIS OPPNETTO in m2; zonder dit veld de polygoonoppervlakte). freed_ha = max(0, net_ha - built_ha / TARGET_INTENSITY): wat het terrein zou vrijmaken bij bebouwing op de doelintensiteit (standaard 0,6, aanname: een gangbaar maximaal bebouwingspercentage in bestemmingsplannen voor bedrijventerreinen is 60-80 %; er is geen landelijke norm). Met FLOOR_AREA is de intensiteit vloeroppervlakte per netto oppervlakte: kies dan een doel van die soort.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Uitplaatsen&lt;/b&gt; (FIRMS met een VNG-categorie): een bedrijf onder HMC_FROM (standaard 4.1, aanname) op een HMC-terrein, of een bedrijf zonder waterbehoefte op een watergebonden terrein, is een kandidaat. Bestemmingen: maximaal 3 terreinen, dichtstbijzijnde eerst, binnen MAX_DISTANCE (standaard 15 km, aanname), bekend niet-HMC en niet-watergebonden, waarvan de maximale categorie het bedrijf toelaat en waarvan de vrije ruimte de kavel bevat: de grootste van FREE_AREA_FIELD en freed_ha (niet de som: de netto oppervlakte omvat de uitgeefbare grond, dus freed_ha telt die al mee). Elk bedrijf wordt afzonderlijk getoetst: meerdere bedrijven kunnen hetzelfde terrein noemen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Gemengde rand&lt;/b&gt; (SENSITIVE woningen): het deel van elk terrein binnen EDGE_DISTANCE van woningen (standaard 50 m, de VNG 2009-richtafstand van categorie 3.1 tot een rustige woonwijk: daar passen alleen categorie 1-2).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Wat bij gebrek aan gegevens niet beoordeeld kan worden, blijft leeg (NULL) en wordt genoemd in not_assessed en in het logboek, nooit als 0 geteld.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential_output.py" line="55"/>
        <source>net area: polygon area used (no value in &apos;{}&apos;)</source>
        <translation>netto oppervlakte: polygoonoppervlakte gebruikt (geen waarde in '{}')</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential_output.py" line="58"/>
        <source>intensity: no buildings</source>
        <translation>intensiteit: geen gebouwen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential_output.py" line="62"/>
        <source>intensity: {} points without floor area</source>
        <translation>intensiteit: {} punten zonder vloeroppervlakte</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential_output.py" line="64"/>
        <source>HMC: no maximum category</source>
        <translation>HMC: geen maximale categorie</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential_output.py" line="66"/>
        <source>water-bound: no water access</source>
        <translation>watergebonden: geen waterontsluiting</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential_output.py" line="68"/>
        <source>relocation: no firms</source>
        <translation>uitplaatsing: geen bedrijven</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential_output.py" line="72"/>
        <source>relocation: {} firms not assessed ({})</source>
        <translation>uitplaatsing: {} bedrijven niet beoordeeld ({})</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential_output.py" line="74"/>
        <source>relocation: plot of {} firms unknown</source>
        <translation>uitplaatsing: kavel van {} bedrijven onbekend</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential_output.py" line="77"/>
        <source>edge: no houses</source>
        <translation>rand: geen woningen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential_output.py" line="146"/>
        <source>{} ({:.1f} km)</source>
        <translation>{} ({:.1f} km)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential_output.py" line="183"/>
        <source>{} parks, {:.1f} ha net ({} with the polygon area).</source>
        <translation>{} terreinen, {:.1f} ha netto ({} met de polygoonoppervlakte).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential_output.py" line="186"/>
        <source>Densification NOT ASSESSED: no BUILDINGS or FLOOR_AREA.</source>
        <translation>Verdichting NIET BEOORDEELD: geen BUILDINGS of FLOOR_AREA.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential_output.py" line="191"/>
        <source>Densification ({}): {:.1f} ha built, intensity {:.2f}; at {:g} the parks would free {:.1f} ha.</source>
        <translation>Verdichting ({}): {:.1f} ha bebouwd, intensiteit {:.2f}; bij {:g} zouden de terreinen {:.1f} ha vrijmaken.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential_output.py" line="200"/>
        <source>Relocation NOT ASSESSED: no FIRMS.</source>
        <translation>Uitplaatsing NIET BEOORDEELD: geen FIRMS.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential_output.py" line="204"/>
        <source>Relocation: {} candidates ({:.1f} ha, {} with an unknown plot), {} with a destination; {} firms on no park; {} firms NOT ASSESSED for missing data.</source>
        <translation>Uitplaatsing: {} kandidaten ({:.1f} ha, {} met een onbekende kavel), {} met een bestemming; {} bedrijven op geen enkel terrein; {} bedrijven NIET BEOORDEELD door ontbrekende gegevens.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential_output.py" line="210"/>
        <source>Mixed edge NOT ASSESSED: no SENSITIVE houses.</source>
        <translation>Gemengde rand NIET BEOORDEELD: geen SENSITIVE woningen.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential_output.py" line="212"/>
        <source>Mixed edge: {:.1f} ha on {} parks within {:g} m of houses.</source>
        <translation>Gemengde rand: {:.1f} ha op {} terreinen binnen {:g} m van woningen.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/evidence.py" line="49"/>
        <source>regional added value</source>
        <translation>regionale meerwaarde</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/inputs_widget.py" line="36"/>
        <source>Railway stations</source>
        <translation>Treinstations</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="97"/>
        <source>Regional added value (only for a profile that weights regional_value).</source>
        <translation>Regionale meerwaarde (alleen voor een profiel dat regional_value weegt).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/inputs_widget.py" line="36"/>
        <source>Knowledge institutions</source>
        <translation>Kennisinstellingen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="97"/>
        <source>Universities, universities of applied sciences, MBO schools, research institutes: regional added value (only for a profile that weights regional_value).</source>
        <translation>Universiteiten, hogescholen, mbo-scholen, onderzoeksinstituten: regionale meerwaarde (alleen voor een profiel dat regional_value weegt).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="55"/>
        <source>&lt;p&gt;Choose a built-in PROFILE or your own PROFILE_FILE (JSON, schema ruimte-profile/1; see resources/profiles). The profile sets the building height, VNG category, grid need, emissions, transport needs, the criterion weights (or an AHP matrix), the aggregation and which hard rules exclude. Every number in a profile says its source or that it is an assumption.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Missing evidence is never suitability.&lt;/b&gt; The profile marks each criterion (and each transport mode) essential or optional, with the reason (its 'evidence' block). A missing essential input stops the run with a message that names it, unless ACCEPT_MISSING is ticked. A criterion without data is NOT ASSESSED: it is left out, the other weights are renormalised to sum 1, and this is said in the layer names, the band description, the metadata (RUIMTE_PROFILE, RUIMTE_EVIDENCE), and by the site tables and reports built on the result. A layer without features counts as no data. EVIDENCE shows per cell how many of the profile's criteria have data there (e.g. outside the capacity map the grid criterion has none).&lt;/p&gt;&lt;ul&gt;&lt;li&gt;nitrogen: HABITATS (ruimte:nitrogen with the profile's emissions)&lt;/li&gt;&lt;li&gt;grid: CAPACITY_AREAS, optional SUBSTATIONS (ruimte:gridcapacity; the status field is the profile's direction, afname or opwek)&lt;/li&gt;&lt;li&gt;zoning: SENSITIVE houses (ruimte:zoning with the profile's category)&lt;/li&gt;&lt;li&gt;landscape: PROTECTED and/or VALUED (ruimte:landscape with the profile's building height)&lt;/li&gt;&lt;li&gt;accessibility: RAMPS or MOTORWAYS, WATERWAYS, RAIL_TERMINALS as the profile needs (ruimte:accessibility)&lt;/li&gt;&lt;li&gt;regional_value, only for a profile that weights it (no built-in profile does): STATIONS and/or KNOWLEDGE (ruimte:regionalvalue with its default distances); optional unless the profile's evidence block says otherwise&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Hard rules (protected land, inside the VNG guide distance, grid status 3) exclude: score 0. EXCLUDED shows them (0 = excluded). Outside the STUDY_AREA every output is NoData. All criteria run on one grid: EXTENT (default: all inputs together), PIXEL_SIZE, TARGET_CRS. Loaded outputs land in the layer group 'Ruimte — &amp;lt;profile&amp;gt;'.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kies een ingebouwd PROFILE of een eigen PROFILE_FILE (JSON, schema ruimte-profile/1; zie resources/profiles). Het profiel bepaalt de bouwhoogte, de VNG-categorie, de netbehoefte, de emissies, de vervoersbehoeften, de criteriumgewichten (of een AHP-matrix), de aggregatie en welke harde regels uitsluiten. Bij elk getal in een profiel staat de bron, of dat het een aanname is.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ontbrekend bewijs is nooit geschiktheid.&lt;/b&gt; Het profiel markeert elk criterium (en elke vervoerswijze) als essentieel of optioneel, met de reden (het blok 'evidence'). Een ontbrekende essentiële invoer stopt de run met een melding die haar noemt, tenzij ACCEPT_MISSING is aangevinkt. Een criterium zonder gegevens is NIET BEOORDEELD: het valt weg, de overige gewichten worden opnieuw genormaliseerd tot som 1, en dat staat in de laagnamen, de bandbeschrijving, de metadata (RUIMTE_PROFILE, RUIMTE_EVIDENCE), en in de locatietabellen en rapporten die op de uitkomst voortbouwen. Een laag zonder objecten telt als geen gegevens. EVIDENCE toont per cel hoeveel criteria van het profiel daar gegevens hebben (bijv. buiten de capaciteitskaart heeft het netcriterium er geen).&lt;/p&gt;&lt;ul&gt;&lt;li&gt;stikstof (nitrogen): HABITATS (ruimte:nitrogen met de emissies van het profiel)&lt;/li&gt;&lt;li&gt;elektriciteitsnet (grid): CAPACITY_AREAS, optioneel SUBSTATIONS (ruimte:gridcapacity; het statusveld is de richting van het profiel, afname of opwek)&lt;/li&gt;&lt;li&gt;milieuzonering (zoning): woningen in SENSITIVE (ruimte:zoning met de categorie van het profiel)&lt;/li&gt;&lt;li&gt;landschap (landscape): PROTECTED en/of VALUED (ruimte:landscape met de bouwhoogte van het profiel)&lt;/li&gt;&lt;li&gt;bereikbaarheid (accessibility): RAMPS of MOTORWAYS, WATERWAYS, RAIL_TERMINALS, voor zover het profiel die nodig heeft (ruimte:accessibility)&lt;/li&gt;&lt;li&gt;regional_value, alleen voor een profiel dat het weegt (geen ingebouwd profiel doet dat): STATIONS en/of KNOWLEDGE (ruimte:regionalvalue met de standaardafstanden); optioneel tenzij het evidence-blok van het profiel anders zegt&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Harde regels (beschermd gebied, binnen de VNG-richtafstand, netstatus 3) sluiten uit: score 0. EXCLUDED toont ze (0 = uitgesloten). Buiten de STUDY_AREA is elke uitvoer NoData. Alle criteria worden op één analyserooster berekend: EXTENT (standaard: alle invoer samen), PIXEL_SIZE, TARGET_CRS. Geladen uitvoer komt in de lagengroep 'Ruimte — &amp;lt;profiel&amp;gt;'.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="59"/>
        <source>Regional added value and clusters</source>
        <translation>Regionale meerwaarde en clusters</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="62"/>
        <source>Scores locations for workers&apos; access by train, bus and bicycle, the labour pool within commuting reach, related firms nearby and knowledge institutions nearby.</source>
        <translation>Scoort locaties op de bereikbaarheid voor werknemers per trein, bus en fiets, het arbeidspotentieel binnen forensafstand, verwante bedrijven in de buurt en kennisinstellingen in de buurt.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="67"/>
        <source>regionale meerwaarde,cluster,arbeidsmarkt,station,fiets,kennisinstelling,SBI,regional added value,labour market,commuting,knowledge,innovation</source>
        <translation>regionale meerwaarde,cluster,arbeidsmarkt,station,fiets,kennisinstelling,SBI,regional added value,labour market,commuting,knowledge,innovation</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="72"/>
        <source>&lt;p&gt;The IPO position paper Ruimte voor economie asks provinces to steer on regional added value and clusters: jobs that fit the region&apos;s workforce, knowledge and innovation, and work locations that are green, healthy and well reachable for workers. Four components, each a score 0-1 per cell:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Public transport and bicycle&lt;/b&gt;: distance to railway STATIONS, 1 up to 1200 m (assumption: walking distance), falling linearly to 0 at 7500 m (KiM, Mobiliteitsbeeld 2016: 90 % of trips by an ordinary bicycle are shorter than 7.5 km). BUS_STOPS likewise, 400 m / 1000 m (assumptions); with both, the better score counts.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Labour pool&lt;/b&gt;: POPULATION (people or jobs per cell, any resolution) summed over the cells whose centre lies within COMMUTE_M of the cell&apos;s centre; 0 at 0, 1 at POOL_FULL (empty: the largest pool in the analysis extent, so the score is &lt;i&gt;relative&lt;/i&gt; to the area analysed). Default 15 km: CBS StatLine table 85481NED (Werknemersbanen en reisafstand; woon- en werkregio): mean home-work distance over the road 19.8 km in 2022, divided by a detour factor 1.3 (assumption). A raster on another grid is resampled by averaging and rescaled by the cell areas, so the number of people is kept. People outside the raster count as none: give a raster that reaches COMMUTE_M beyond the extent.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Cluster synergy&lt;/b&gt;: FIRMS (points) whose SECTOR_FIELD holds an SBI code (CBS Standaard Bedrijfsindeling 2008, e.g. 52.10 or 52) starting with a sector of the PROFILE&apos;s rows in RELATIONS count with the row&apos;s weight (the largest when several match); their weighted number within CLUSTER_M (5 km, assumption) scores 0 at 0 and 1 at CLUSTER_FULL (10, assumption). The default RELATIONS link each built-in profile to related SBI divisions (assumption: edit the table).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Knowledge institutions&lt;/b&gt;: distance to KNOWLEDGE (universities, universities of applied sciences, MBO schools, research institutes), 1 up to 5 km, 0 from 25 km (assumptions).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Every input is optional. A component without input is NOT ASSESSED&lt;/b&gt;: it is left out of the score (never counted as 0 or 1), named in the log, the band description and the metadata (RUIMTE_EVIDENCE, RUIMTE_REGIONAL), and in the outputs ASSESSED (how many components) and NOT_ASSESSED. A layer without features counts as no input. Cluster synergy needs FIRMS and a PROFILE.&lt;/p&gt;&lt;p&gt;Score = the weighted mean of the assessed components (WEIGHTS: four numbers in the order transit, labour, cluster, knowledge; empty: equal, an assumption), renormalised over the assessed ones. Distances are straight lines from cell centre to cell centre (as gdal:proximity); features and people just outside the extent count.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Het IPO-positionpaper Ruimte voor economie vraagt provincies te sturen op regionale meerwaarde en clusters: banen die passen bij de beroepsbevolking van de regio, kennis en innovatie, en werklocaties die groen, gezond en goed bereikbaar zijn voor werknemers. Vier componenten, elk een score 0-1 per cel:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Openbaar vervoer en fiets&lt;/b&gt;: afstand tot treinstations (STATIONS), 1 tot 1200 m (aanname: loopafstand), lineair dalend tot 0 bij 7500 m (KiM, Mobiliteitsbeeld 2016: 90 % van de ritten met een gewone fiets is korter dan 7,5 km). Bushaltes (BUS_STOPS) evenzo, 400 m / 1000 m (aannames); met beide telt de beste score.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Arbeidspotentieel&lt;/b&gt;: POPULATION (inwoners of banen per cel, elke resolutie) opgeteld over de cellen waarvan het middelpunt binnen COMMUTE_M van het middelpunt van de cel ligt; 0 bij 0, 1 bij POOL_FULL (leeg: het grootste potentieel in het analysegebied, dus een score &lt;i&gt;relatief&lt;/i&gt; aan het geanalyseerde gebied). Standaard 15 km: CBS StatLine-tabel 85481NED (Werknemersbanen en reisafstand; woon- en werkregio): gemiddelde woon-werkafstand over de weg 19,8 km in 2022, gedeeld door een omrijfactor 1,3 (aanname). Een raster op een ander grid wordt gemiddeld en met de celoppervlakken herschaald, zodat het aantal mensen gelijk blijft. Mensen buiten het raster tellen als niemand: geef een raster dat COMMUTE_M voorbij het gebied reikt.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Clustersynergie&lt;/b&gt;: bedrijven (FIRMS, punten) waarvan SECTOR_FIELD een SBI-code bevat (CBS Standaard Bedrijfsindeling 2008, bijv. 52.10 of 52) die begint met een sector uit de rijen van PROFILE in RELATIONS, tellen met het gewicht van die rij (het grootste als er meer passen); hun gewogen aantal binnen CLUSTER_M (5 km, aanname) scoort 0 bij 0 en 1 bij CLUSTER_FULL (10, aanname). De standaardtabel RELATIONS koppelt elk ingebouwd profiel aan verwante SBI-afdelingen (aanname: pas de tabel aan).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Kennisinstellingen&lt;/b&gt;: afstand tot KNOWLEDGE (universiteiten, hogescholen, mbo-scholen, onderzoeksinstituten), 1 tot 5 km, 0 vanaf 25 km (aannames).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Elke invoer is optioneel. Een component zonder invoer is NIET BEOORDEELD&lt;/b&gt;: hij telt niet mee in de score (nooit als 0 of 1), en wordt genoemd in het logboek, de bandbeschrijving en de metadata (RUIMTE_EVIDENCE, RUIMTE_REGIONAL), en in de uitvoer ASSESSED (hoeveel componenten) en NOT_ASSESSED. Een laag zonder objecten telt als geen invoer. Clustersynergie vraagt FIRMS en een PROFILE.&lt;/p&gt;&lt;p&gt;Score = het gewogen gemiddelde van de beoordeelde componenten (WEIGHTS: vier getallen in de volgorde transit, labour, cluster, knowledge; leeg: gelijk, een aanname), herschaald over de beoordeelde. Afstanden zijn rechte lijnen van celmiddelpunt tot celmiddelpunt (zoals gdal:proximity); objecten en mensen net buiten het gebied tellen mee.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="113"/>
        <source>Train stations as points (e.g. TOP10NL &apos;treinstation&apos;).</source>
        <translation>Treinstations als punten (bijv. TOP10NL 'treinstation').</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="116"/>
        <source>Station: full score within (m)</source>
        <translation>Station: volle score binnen (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="116"/>
        <source>Default 1200 m (assumption: within walking distance).</source>
        <translation>Standaard 1200 m (aanname: binnen loopafstand).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="119"/>
        <source>Station: zero score from (m)</source>
        <translation>Station: score nul vanaf (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="119"/>
        <source>Default 7500 m: 90 % of trips by an ordinary bicycle are shorter (KiM, Mobiliteitsbeeld 2016).</source>
        <translation>Standaard 7500 m: 90 % van de ritten met een gewone fiets is korter (KiM, Mobiliteitsbeeld 2016).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="123"/>
        <source>Bus stops</source>
        <translation>Bushaltes</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="123"/>
        <source>Bus stops as points; with STATIONS the better of the two scores counts.</source>
        <translation>Bushaltes als punten; met STATIONS telt de beste van de twee scores.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="126"/>
        <source>Bus stop: full score within (m)</source>
        <translation>Bushalte: volle score binnen (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="126"/>
        <source>Default 400 m (assumption).</source>
        <translation>Standaard 400 m (aanname).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="129"/>
        <source>Bus stop: zero score from (m)</source>
        <translation>Bushalte: score nul vanaf (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="129"/>
        <source>Default 1000 m (assumption).</source>
        <translation>Standaard 1000 m (aanname).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="132"/>
        <source>Population or jobs</source>
        <translation>Inwoners of banen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="132"/>
        <source>People (or jobs) per cell, e.g. the CBS 100 m grid; any resolution in a projected CRS.</source>
        <translation>Inwoners (of banen) per cel, bijv. het CBS-vierkant van 100 m; elke resolutie in een geprojecteerd CRS.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="136"/>
        <source>Commuting reach (m)</source>
        <translation>Forensafstand (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="136"/>
        <source>Default 15000 m: CBS StatLine 85481NED, mean home-work distance over the road 19.8 km (2022), divided by a detour factor 1.3 (assumption).</source>
        <translation>Standaard 15000 m: CBS StatLine 85481NED, gemiddelde woon-werkafstand over de weg 19,8 km (2022), gedeeld door een omrijfactor 1,3 (aanname).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="140"/>
        <source>Labour pool for full score</source>
        <translation>Arbeidspotentieel voor volle score</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="140"/>
        <source>People within reach that score 1. Empty: the largest pool in the analysis extent (a relative score).</source>
        <translation>Aantal mensen binnen bereik dat 1 scoort. Leeg: het grootste potentieel in het analysegebied (een relatieve score).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="143"/>
        <source>Establishments as points with an SBI code, e.g. from the LISA or KvK register.</source>
        <translation>Vestigingen als punten met een SBI-code, bijv. uit LISA of het KvK-register.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="147"/>
        <source>SBI code field</source>
        <translation>Veld met SBI-code</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="147"/>
        <source>Field of FIRMS with the SBI code (52.10, 5210 or 52).</source>
        <translation>Veld van FIRMS met de SBI-code (52.10, 5210 of 52).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="150"/>
        <source>Company profile id</source>
        <translation>Id van het bedrijfsprofiel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="150"/>
        <source>The profile whose related sectors count (e.g. xxl_logistics); its rows in RELATIONS. Empty: cluster synergy is not assessed.</source>
        <translation>Het profiel waarvan de verwante sectoren tellen (bijv. xxl_logistics); zijn rijen in RELATIONS. Leeg: clustersynergie wordt niet beoordeeld.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="155"/>
        <source>Related sectors per profile</source>
        <translation>Verwante sectoren per profiel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="155"/>
        <source>Rows of profile, SBI sector code, weight. The defaults link each built-in profile to related SBI divisions (assumption; edit them).</source>
        <translation>Rijen met profiel, SBI-sectorcode, gewicht. De standaardrijen koppelen elk ingebouwd profiel aan verwante SBI-afdelingen (aanname; pas ze aan).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="161"/>
        <source>Cluster radius (m)</source>
        <translation>Clusterstraal (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="163"/>
        <source>Related firms for full score</source>
        <translation>Verwante bedrijven voor volle score</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="163"/>
        <source>Default 10 (assumption).</source>
        <translation>Standaard 10 (aanname).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="166"/>
        <source>Universities, universities of applied sciences, MBO schools, research institutes as points.</source>
        <translation>Universiteiten, hogescholen, mbo-scholen, onderzoeksinstituten als punten.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="171"/>
        <source>Knowledge: full score within (m)</source>
        <translation>Kennis: volle score binnen (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="174"/>
        <source>Knowledge: zero score from (m)</source>
        <translation>Kennis: score nul vanaf (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="174"/>
        <source>Default 25000 m (assumption).</source>
        <translation>Standaard 25000 m (aanname).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="177"/>
        <source>Component weights</source>
        <translation>Gewichten van de componenten</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="177"/>
        <source>Four weights: transit, labour, cluster, knowledge (e.g. 2,1,1,1; with decimal commas separate by &apos;;&apos;). Empty: equal (assumption).</source>
        <translation>Vier gewichten: transit, labour, cluster, knowledge (bijv. 2,1,1,1; met decimale komma's scheiden met ';'). Leeg: gelijk (aanname).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="181"/>
        <source>Empty: the extent of the first input given.</source>
        <translation>Leeg: het gebied van de eerste opgegeven invoer.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="150"/>
        <source>Regional added value</source>
        <translation>Regionale meerwaarde</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="182"/>
        <source>Score 0-1: the weighted mean of the assessed components.</source>
        <translation>Score 0-1: het gewogen gemiddelde van de beoordeelde componenten.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="186"/>
        <source>Component score: {}</source>
        <translation>Componentscore: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="186"/>
        <source>Score 0-1 of this component (only when assessed).</source>
        <translation>Score 0-1 van deze component (alleen als hij beoordeeld is).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="189"/>
        <source>Components assessed</source>
        <translation>Beoordeelde componenten</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="190"/>
        <source>Components not assessed</source>
        <translation>Niet beoordeelde componenten</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="198"/>
        <source>{}: the layer has no features; it counts as no input.</source>
        <translation>{}: de laag heeft geen objecten; dat telt als geen invoer.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="220"/>
        <source>the population raster is in degrees; give it in a projected CRS (e.g. EPSG:28992)</source>
        <translation>het bevolkingsraster is in graden; geef het in een geprojecteerd CRS (bijv. EPSG:28992)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="241"/>
        <source>Labour pool computed on cells {} times larger and interpolated back.</source>
        <translation>Arbeidspotentieel berekend op cellen die {} keer groter zijn en terug geïnterpoleerd.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="247"/>
        <source>Labour pool: the largest pool in the extent, {:,.0f}, scores 1 (relative score).</source>
        <translation>Arbeidspotentieel: het grootste potentieel in het gebied, {:,.0f}, scoort 1 (relatieve score).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="250"/>
        <source>The population raster holds nobody within reach of the extent: the labour pool scores 0 everywhere.</source>
        <translation>Het bevolkingsraster bevat niemand binnen bereik van het gebied: het arbeidspotentieel scoort overal 0.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="259"/>
        <source>no PROFILE was given</source>
        <translation>er is geen PROFILE opgegeven</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="262"/>
        <source>choose the field of FIRMS that holds the SBI code</source>
        <translation>kies het veld van FIRMS met de SBI-code</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="273"/>
        <source>Cluster synergy: {} of {} firms are related to {} (sectors {})</source>
        <translation>Clustersynergie: {} van {} bedrijven zijn verwant aan {} (sectoren {})</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="294"/>
        <source>give at least one of STATIONS, BUS_STOPS, POPULATION, FIRMS (with a PROFILE) or KNOWLEDGE</source>
        <translation>geef minstens één van STATIONS, BUS_STOPS, POPULATION, FIRMS (met een PROFILE) of KNOWLEDGE</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="316"/>
        <source>no STATIONS or BUS_STOPS</source>
        <translation>geen STATIONS of BUS_STOPS</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="323"/>
        <source>no POPULATION</source>
        <translation>geen POPULATION</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="331"/>
        <source>no FIRMS</source>
        <translation>geen FIRMS</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="338"/>
        <source>no KNOWLEDGE</source>
        <translation>geen KNOWLEDGE</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="342"/>
        <source>no component can be assessed ({}); give at least one of STATIONS, BUS_STOPS, POPULATION, FIRMS (with a PROFILE) or KNOWLEDGE</source>
        <translation>geen enkele component kan worden beoordeeld ({}); geef minstens één van STATIONS, BUS_STOPS, POPULATION, FIRMS (met een PROFILE) of KNOWLEDGE</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="348"/>
        <source>NOT ASSESSED: {} ({}); it is left out of the score, not counted as 0.</source>
        <translation>NIET BEOORDEELD: {} ({}); telt niet mee in de score, niet als 0.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="350"/>
        <source>Regional added value: weights {}.</source>
        <translation>Regionale meerwaarde: gewichten {}.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="359"/>
        <source>regional added value 0-1</source>
        <translation>regionale meerwaarde 0-1</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="365"/>
        <source>{} score 0-1</source>
        <translation>{} score 0-1</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/regional_value.py" line="370"/>
        <source>{} is not written: the component is not assessed.</source>
        <translation>{} wordt niet geschreven: de component is niet beoordeeld.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="57"/>
        <source>&lt;p&gt;Writes one HTML file with everything embedded (no side files): the suitability map rendered by QGIS (with the BOUNDARY and the SITES numbered by rank), the company profile with its weights (and the AHP consistency when the weights come from a pairwise matrix) and what was left out, the conventions and parameters stored in the raster&apos;s metadata, the ranked sites with the reasons for every exclusion, a rank-range chart per site when the sites carry the output of &apos;Weight sensitivity of a site ranking&apos;, and the data sources.&lt;/p&gt;&lt;p&gt;SUITABILITY should come from a Ruimte algorithm (its RUIMTE_* metadata fill the report); SITES from &apos;Score and rank candidate sites&apos;, optionally passed through &apos;Weight sensitivity&apos;.&lt;/p&gt;&lt;p&gt;BALANCE and ALLOCATION (outputs of &apos;Allocate a programme to sites&apos;) add the programme: demand, allocation, shortfall and the binding constraint per claim, and the allocated pieces.&lt;/p&gt;&lt;p&gt;SCENARIO_SITES and SCENARIO_BALANCE (outputs of &apos;Programme under uncertain demand&apos;) add the programme per demand scenario: totals per scenario and the no-regret and option sites. Sites that carry regional_value (from &apos;Score and rank candidate sites&apos; with REGIONAL_VALUE) add a section on regional added value, beside suitability.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Schrijft één HTML-bestand met alles ingebed (geen losse bijbehorende bestanden): de geschiktheidskaart zoals QGIS die weergeeft (met de BOUNDARY en de SITES genummerd op rang), het bedrijfsprofiel met de gewichten (en de AHP-consistentie als de gewichten uit een paarsgewijze vergelijkingsmatrix komen) en wat is weggelaten, de conventies en parameters die in de metadata van het raster zijn opgeslagen, de gerangschikte locaties met de redenen voor elke uitsluiting, een grafiek met het rangbereik per locatie als de locaties de uitvoer van 'Gewichtsgevoeligheid van een locatierangorde' bevatten, en de gegevensbronnen.&lt;/p&gt;&lt;p&gt;SUITABILITY moet afkomstig zijn van een Ruimte-algoritme (de RUIMTE_*-metadata vullen het rapport); SITES van 'Kandidaatlocaties scoren en rangschikken', eventueel daarna door 'Gewichtsgevoeligheid' gehaald.&lt;/p&gt;&lt;p&gt;BALANCE en ALLOCATION (uitvoer van 'Programma aan locaties toewijzen') voegen het programma toe: vraag, toewijzing, tekort en de bindende beperking per claim, en de toegewezen delen.&lt;/p&gt;&lt;p&gt;SCENARIO_SITES en SCENARIO_BALANCE (uitvoer van 'Programma bij onzekere vraag') voegen het programma per vraagscenario toe: totalen per scenario en de no-regret- en optielocaties. Locaties met regional_value (uit 'Kandidaatlocaties scoren en rangschikken' met REGIONAL_VALUE) voegen een hoofdstuk over regionale meerwaarde toe, naast de geschiktheid.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="95"/>
        <source>Sites by demand scenario</source>
        <translation>Locaties per vraagscenario</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="95"/>
        <source>OUTPUT of &apos;Programme under uncertain demand&apos;.</source>
        <translation>OUTPUT van 'Programma bij onzekere vraag'.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="100"/>
        <source>Balance per demand scenario</source>
        <translation>Balans per vraagscenario</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="100"/>
        <source>BALANCE output of &apos;Programme under uncertain demand&apos;.</source>
        <translation>BALANCE-uitvoer van 'Programma bij onzekere vraag'.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="154"/>
        <source>Programme under uncertain demand</source>
        <translation>Programma bij onzekere vraag</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="96"/>
        <source>&lt;p&gt;Scores SITES (plots or business parks, e.g. IBIS) in one of two ways:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;With a company PROFILE&lt;/b&gt; (or PROFILE_FILE) and its data inputs: the profile&apos;s criteria are computed over the sites (as in &apos;Suitability for a company profile&apos;, PIXEL_SIZE default 25 m) and its hard rules are checked on each site polygon in vector space, with the measured value, the threshold and the source: e.g. &lt;i&gt;distance to houses 180 m &amp;lt; 300 m (VNG, &quot;Bedrijven en milieuzonering&quot; (2009), Tabel 1, category 4.2, rustige woonwijk)&lt;/i&gt;; overlap with protected land; grid status 3; and a site (or its usable area) smaller than the profile needs.&lt;/li&gt;&lt;li&gt;&lt;b&gt;With CRITERIA&lt;/b&gt; (score rasters on one grid), WEIGHTS, METHOD and CONSTRAINTS (rasters with 0 = excluded, or polygons): the reasons name the constraint and the hectares it excludes; MIN_AREA_HA is the area needed.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Per site: area_ha, usable_ha (outside every exclusion), excl_pct, per criterion &amp;lt;name&amp;gt;_mean and &amp;lt;name&amp;gt;_min, &lt;b&gt;score&lt;/b&gt; = the criteria&apos;s means combined with the weights and method (0 when excluded), &lt;b&gt;rank&lt;/b&gt; (1 = best; excluded sites last), &lt;b&gt;excluded&lt;/b&gt; (usable area below what is needed), &lt;b&gt;reasons&lt;/b&gt;, &lt;b&gt;weakest&lt;/b&gt; (the criterion that costs the site most: the largest weight &amp;times; (1 &amp;minus; mean score); &lt;b&gt;weakest_loss&lt;/b&gt; is that loss, and for wlc the losses of all criteria add up to 1 &amp;minus; score), &lt;b&gt;not_assessed&lt;/b&gt; (criteria without data: missing from the profile run, or with no data inside the site; the score leaves them out, it does not count them as suitable), &lt;b&gt;essential_missing&lt;/b&gt; (those the profile marks essential; &apos;Allocate a programme to sites&apos; never gives such a site to the profile), &lt;b&gt;evidence_pct&lt;/b&gt; (with a profile: the share of the site where every criterion has data) and &lt;b&gt;profile&lt;/b&gt; (the profile&apos;s id; empty without a profile; &apos;Allocate a programme to sites&apos; reads it). ACCEPT_MISSING is passed on to the profile run.&lt;/p&gt;&lt;p&gt;With REGIONAL_VALUE (an output of &apos;Regional added value and clusters&apos;): per site &lt;b&gt;regional_value&lt;/b&gt;, its mean, and &lt;b&gt;rv_not_assessed&lt;/b&gt;, the components that run did not assess (from the raster&apos;s metadata). They are reported beside the score, not in it.&lt;/p&gt;&lt;p&gt;Which cells count (as QGIS&apos;s zonal statistics): cells whose centre lies inside the site; NoData cells are skipped; a site with at most one such cell uses every cell it touches, weighted by the share it covers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Scoort SITES (kavels of bedrijventerreinen, bijv. IBIS) op een van twee manieren:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Met een bedrijfsprofiel (PROFILE)&lt;/b&gt; (of PROFILE_FILE) en de bijbehorende gegevensinvoer: de criteria van het profiel worden over de locaties berekend (zoals in 'Geschiktheid voor een bedrijfsprofiel', PIXEL_SIZE standaard 25 m) en de harde regels worden per locatiepolygoon in vectorvorm gecontroleerd, met de gemeten waarde, de drempel en de bron: bijv. &lt;i&gt;afstand tot woningen 180 m &amp;lt; 300 m (VNG, &quot;Bedrijven en milieuzonering&quot; (2009), Tabel 1, categorie 4.2, rustige woonwijk)&lt;/i&gt;; overlap met beschermd gebied; netstatus 3; en een locatie (of het bruikbare oppervlak ervan) die kleiner is dan het profiel vereist.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Met CRITERIA&lt;/b&gt; (scorerasters op één raster), WEIGHTS, METHOD en CONSTRAINTS (rasters met 0 = uitgesloten, of polygonen): de redenen noemen de beperking en het aantal hectares dat die uitsluit; MIN_AREA_HA is de benodigde oppervlakte.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Per locatie: area_ha, usable_ha (buiten elke uitsluiting), excl_pct, per criterium &amp;lt;naam&amp;gt;_mean en &amp;lt;naam&amp;gt;_min, &lt;b&gt;score&lt;/b&gt; = de criteriumgemiddelden gecombineerd met de gewichten en de methode (0 bij uitsluiting), &lt;b&gt;rank&lt;/b&gt; (1 = beste; uitgesloten locaties als laatste), &lt;b&gt;excluded&lt;/b&gt; (bruikbaar oppervlak kleiner dan nodig), &lt;b&gt;reasons&lt;/b&gt;, &lt;b&gt;weakest&lt;/b&gt; (het criterium dat de locatie het meest kost: het grootste gewicht &amp;times; (1 &amp;minus; gemiddelde score); &lt;b&gt;weakest_loss&lt;/b&gt; is dat verlies, en bij wlc tellen de verliezen van alle criteria op tot 1 &amp;minus; score) &lt;b&gt;not_assessed&lt;/b&gt; (criteria zonder gegevens: ontbrekend in de profielrun, of zonder gegevens binnen de locatie; de score laat ze weg, ze tellen niet als geschikt), &lt;b&gt;essential_missing&lt;/b&gt; (de criteria die het profiel essentieel noemt; 'Programma aan locaties toewijzen' geeft zo'n locatie nooit aan het profiel), &lt;b&gt;evidence_pct&lt;/b&gt; (met een profiel: het aandeel van de locatie waar elk criterium gegevens heeft) en &lt;b&gt;profile&lt;/b&gt; (de id van het profiel; leeg zonder profiel; 'Programma aan locaties toewijzen' leest dit veld). ACCEPT_MISSING gaat mee naar de profielrun.&lt;/p&gt;&lt;p&gt;Met REGIONAL_VALUE (een uitvoer van 'Regionale meerwaarde en clusters'): per locatie &lt;b&gt;regional_value&lt;/b&gt;, het gemiddelde, en &lt;b&gt;rv_not_assessed&lt;/b&gt;, de componenten die die run niet beoordeelde (uit de metadata van het raster). Ze staan naast de score, niet erin.&lt;/p&gt;&lt;p&gt;Welke cellen meetellen (zoals bij de zonale statistiek van QGIS): cellen waarvan het middelpunt binnen de locatie ligt; NoData-cellen worden overgeslagen; een locatie met hoogstens één zo'n cel gebruikt elke cel die ze raakt, gewogen naar het aandeel dat ze bedekt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="150"/>
        <source>An output of &apos;Regional added value and clusters&apos;: its mean per site is reported as regional_value, beside the score (not in it).</source>
        <translation>Een uitvoer van 'Regionale meerwaarde en clusters': het gemiddelde per locatie komt in regional_value, naast de score (niet erin).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/score_sites.py" line="194"/>
        <source>layer &apos;{}&apos; is not an output of &apos;Regional added value and clusters&apos; (it has no RUIMTE_REGIONAL metadata)</source>
        <translation>laag '{}' is geen uitvoer van 'Regionale meerwaarde en clusters' (ze heeft geen RUIMTE_REGIONAL-metadata)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/allocate.py" line="163"/>
        <source>unknown criterion key(s): {}; use one or more of: {}</source>
        <translation>onbekende criteriumsleutel(s): {}; gebruik een of meer van: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/allocate.py" line="179"/>
        <source>provisional: {} not assessed</source>
        <translation>voorlopig: {} niet beoordeeld</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/regional_value.py" line="67"/>
        <source>public transport and bicycle access</source>
        <translation>bereikbaarheid per openbaar vervoer en fiets</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/regional_value.py" line="68"/>
        <source>labour pool within commuting reach</source>
        <translation>arbeidspotentieel binnen forensafstand</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/regional_value.py" line="69"/>
        <source>cluster synergy</source>
        <translation>clustersynergie</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/regional_value.py" line="70"/>
        <source>knowledge institutions nearby</source>
        <translation>kennisinstellingen in de buurt</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/regional_value.py" line="146"/>
        <source>the relations table needs three columns (profile, sector, weight); it has {} values</source>
        <translation>de relatietabel heeft drie kolommen nodig (profiel, sector, gewicht); hij heeft {} waarden</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/regional_value.py" line="152"/>
        <source>relations row {}: give profile, sector and weight</source>
        <translation>relatietabel rij {}: geef profiel, sector en gewicht</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/regional_value.py" line="156"/>
        <source>relations row {}: the profile is empty</source>
        <translation>relatietabel rij {}: het profiel is leeg</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/regional_value.py" line="158"/>
        <source>relations row {}: &apos;{}&apos; is not an SBI code of at least two digits (e.g. 52 or 52.10)</source>
        <translation>relatietabel rij {}: '{}' is geen SBI-code van minstens twee cijfers (bijv. 52 of 52.10)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/regional_value.py" line="163"/>
        <source>relations row {}: the weight &apos;{}&apos; is not a number</source>
        <translation>relatietabel rij {}: het gewicht '{}' is geen getal</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/regional_value.py" line="166"/>
        <source>relations row {}: the weight must be 0 or more</source>
        <translation>relatietabel rij {}: het gewicht moet 0 of meer zijn</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/regional_value.py" line="180"/>
        <source>the relations table has no rows for profile &apos;{}&apos;; add rows for it or use one of: {}</source>
        <translation>de relatietabel heeft geen rijen voor profiel '{}'; voeg ze toe of gebruik een van: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/regional_value.py" line="224"/>
        <source>give {} weights, one per component ({}); got {}</source>
        <translation>geef {} gewichten, één per component ({}); gekregen: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/regional_value.py" line="227"/>
        <source>the weights must be 0 or more</source>
        <translation>de gewichten moeten 0 of meer zijn</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/criteria/regional_value.py" line="231"/>
        <source>every component with data has weight 0; give a weight above 0 to at least one of: {}</source>
        <translation>elke component met gegevens heeft gewicht 0; geef minstens één van deze een gewicht boven 0: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/evidence.py" line="38"/>
        <source>railway stations and/or knowledge institutions</source>
        <translation>treinstations en/of kennisinstellingen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/evidence.py" line="154"/>
        <source>the profile does not say; optional by default</source>
        <translation>het profiel zegt het niet; standaard optioneel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/files.py" line="39"/>
        <source>{} could not be written ({}); check the free disk space and the folder&apos;s permissions</source>
        <translation>{} kon niet worden geschreven ({}); controleer de vrije schijfruimte en de rechten van de map</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/park_potential.py" line="69"/>
        <source>category {} belongs in a mixed urban area (IPO position paper: business parks in principle for category 3.1 and up), not on a new business park</source>
        <translation>categorie {} hoort in een gemengd stedelijk gebied (IPO-positionpaper: bedrijventerreinen in principe voor categorie 3.1 en hoger), niet op een nieuw bedrijventerrein</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/park_potential.py" line="88"/>
        <source>the target intensity must be above 0</source>
        <translation>de doelintensiteit moet boven 0 liggen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/park_potential.py" line="272"/>
        <source>park category unknown</source>
        <translation>categorie van het terrein onbekend</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/park_potential.py" line="275"/>
        <source>firm category unknown</source>
        <translation>categorie van het bedrijf onbekend</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/park_potential.py" line="277"/>
        <source>category {} on an HMC park (maximum category {}; HMC from {})</source>
        <translation>categorie {} op een HMC-terrein (maximale categorie {}; HMC vanaf {})</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/park_potential.py" line="281"/>
        <source>park water access unknown</source>
        <translation>waterontsluiting van het terrein onbekend</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/park_potential.py" line="284"/>
        <source>firm&apos;s water need unknown</source>
        <translation>waterbehoefte van het bedrijf onbekend</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/park_potential.py" line="286"/>
        <source>does not need water, on a water-bound park</source>
        <translation>heeft geen water nodig, op een watergebonden terrein</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/park_potential.py" line="296"/>
        <source>destinations: firm category unknown</source>
        <translation>bestemmingen: categorie van het bedrijf onbekend</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/park_potential.py" line="299"/>
        <source>plot size unknown: free area not checked</source>
        <translation>kavelgrootte onbekend: vrije ruimte niet getoetst</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/park_potential.py" line="325"/>
        <source>{} parks within reach not assessed (category, water access or free area unknown)</source>
        <translation>{} terreinen binnen bereik niet beoordeeld (categorie, waterontsluiting of vrije ruimte onbekend)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/park_potential.py" line="336"/>
        <source>the distance must be 0 or more</source>
        <translation>de afstand moet 0 of meer zijn</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/rasterio_io.py" line="364"/>
        <source>{} could not be written completely ({}); check the free disk space and write it again</source>
        <translation>{} kon niet volledig worden geschreven ({}); controleer de vrije schijfruimte en schrijf het opnieuw</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report_sections.py" line="39"/>
        <source>Regional added value (IPO position paper Ruimte voor economie, themes 4 and 5: work locations well reachable for workers, labour pool, clusters, knowledge) is reported beside suitability, not in the score: the mean of &apos;Regional added value and clusters&apos; over each site, 0-1.</source>
        <translation>Regionale meerwaarde (IPO-positionpaper Ruimte voor economie, thema's 4 en 5: werklocaties goed bereikbaar voor werknemers, arbeidspotentieel, clusters, kennis) staat naast de geschiktheid, niet in de score: het gemiddelde van 'Regionale meerwaarde en clusters' over elke locatie, 0-1.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report_sections.py" line="45"/>
        <source>NOT ASSESSED for lack of data: {}. The regional value shows the other components only.</source>
        <translation>NIET BEOORDEELD bij gebrek aan gegevens: {}. De regionale meerwaarde toont alleen de andere componenten.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report_sections.py" line="52"/>
        <source>suitability</source>
        <translation>geschiktheid</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report_sections.py" line="52"/>
        <source>regional value</source>
        <translation>regionale meerwaarde</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report_sections.py" line="66"/>
        <source>The additional demand for business land cannot be forecast (IPO position paper Ruimte voor economie, theme 2). The programme was allocated once per demand scenario on the same sites. No-regret sites are used in every scenario: they can be programmed now. Option sites are used in some scenarios only (usually at high demand): keep them available, decide later.</source>
        <translation>De additionele vraag naar bedrijventerrein is niet te voorspellen (IPO-positionpaper Ruimte voor economie, thema 2). Het programma is eenmaal per vraagscenario op dezelfde locaties toegewezen. No-regretlocaties worden in elk scenario gebruikt: die kunnen nu geprogrammeerd worden. Optielocaties worden alleen in sommige scenario's gebruikt (meestal bij hoge vraag): houd ze beschikbaar, beslis later.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report_sections.py" line="83"/>
        <source>PROVISIONAL: sites were allocated although essential criteria were not assessed there ({}). Add the missing data before programming them.</source>
        <translation>VOORLOPIG: er zijn locaties toegewezen hoewel essentiële criteria daar niet beoordeeld zijn ({}). Vul de ontbrekende gegevens aan voordat u ze programmeert.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report_sections.py" line="91"/>
        <source>scenario</source>
        <translation>scenario</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report_sections.py" line="91"/>
        <source>factor</source>
        <translation>factor</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report_sections.py" line="91"/>
        <source>provisional ha</source>
        <translation>voorlopig ha</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report_sections.py" line="109"/>
        <source>class</source>
        <translation>klasse</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report_sections.py" line="109"/>
        <source>{} (ha, profile)</source>
        <translation>{} (ha, profiel)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report_sections.py" line="112"/>
        <source>No site is used in any scenario.</source>
        <translation>Geen enkele locatie wordt in een scenario gebruikt.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report_sections.py" line="114"/>
        <source>{} other sites are used in no scenario.</source>
        <translation>{} andere locaties worden in geen enkel scenario gebruikt.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/scenarios.py" line="52"/>
        <source>no-regret</source>
        <translation>no-regret</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/scenarios.py" line="52"/>
        <source>option</source>
        <translation>optie</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/scenarios.py" line="53"/>
        <source>unused</source>
        <translation>ongebruikt</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/scenarios.py" line="96"/>
        <source>scenario name &apos;{}&apos;: use letters, digits and _ only (it becomes part of field names)</source>
        <translation>scenarionaam '{}': gebruik alleen letters, cijfers en _ (de naam wordt deel van veldnamen)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/scenarios.py" line="101"/>
        <source>scenario name(s) given twice: {}</source>
        <translation>scenarionaam/-namen dubbel gegeven: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/scenarios.py" line="103"/>
        <source>give at least two scenarios (e.g. low=0,5; central=1; high=1,5): one scenario has no alternative to compare with</source>
        <translation>geef minstens twee scenario's (bijv. low=0,5; central=1; high=1,5): één scenario heeft geen alternatief om mee te vergelijken</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/scenarios.py" line="116"/>
        <source>&apos;{}&apos; is not a scenario: write name=factor, e.g. low=0,5; central=1; high=1,5</source>
        <translation>'{}' is geen scenario: schrijf naam=factor, bijv. low=0,5; central=1; high=1,5</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/scenarios.py" line="121"/>
        <source>scenario {}: {}</source>
        <translation>scenario {}: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/scenarios.py" line="123"/>
        <source>scenario {}: the factor {:g} is below 0</source>
        <translation>scenario {}: de factor {:g} is kleiner dan 0</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/scenarios.py" line="170"/>
        <source>programme row {} ({}): the demand of scenario {} (&apos;{}&apos; in column {}) is not a number of hectares, 0 or more</source>
        <translation>programmarij {} ({}): de vraag van scenario {} ('{}' in kolom {}) is geen aantal hectares van 0 of meer</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/scenarios.py" line="198"/>
        <source>No claim has tier {} or higher: the factors scale nothing and every scenario has the same demand. Give the additional demand tier 2, or set SCALE_FROM_TIER to 1.</source>
        <translation>Geen claim heeft prioriteit {} of hoger: de factoren schalen niets en elk scenario heeft dezelfde vraag. Geef de additionele vraag prioriteit 2, of zet SCALE_FROM_TIER op 1.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/scenarios.py" line="214"/>
        <source>no demand</source>
        <translation>geen vraag</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="204"/>
        <source>{}: {}. The suitability map is made, but &apos;Locate new sites&apos; will locate no new business park for it.</source>
        <translation>{}: {}. De geschiktheidskaart wordt gemaakt, maar 'Nieuwe locaties zoeken' zoekt er geen nieuw bedrijventerrein voor.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/base.py" line="35"/>
        <source>Data preparation</source>
        <translation>Data voorbereiden</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential_output.py" line="60"/>
        <source>intensity: the park lies beyond the extent of the buildings</source>
        <translation>intensiteit: het terrein ligt buiten het gebied van de gebouwen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_potential_output.py" line="196"/>
        <source>Densification NOT ASSESSED on {} parks: they lie beyond the extent of the buildings.</source>
        <translation>Verdichting NIET BEOORDEELD op {} terreinen: ze liggen buiten het gebied van de gebouwen.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_aerius.py" line="36"/>
        <source>AERIUS result (IMAER GML) -&gt; deposition raster (nitrogen)</source>
        <translation>AERIUS-resultaat (IMAER GML) -&gt; depositieraster (stikstof)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_aerius.py" line="39"/>
        <source>Rasterises the receptor deposition of an AERIUS calculation: each cell takes the value of the receptor hexagon that contains its centre.</source>
        <translation>Zet de receptordepositie van een AERIUS-berekening op een raster: elke cel krijgt de waarde van de receptorhexagoon waarin haar middelpunt ligt.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_aerius.py" line="43"/>
        <source>AERIUS,IMAER,GML,depositie,receptor,hexagon,stikstof,nitrogen,deposition,data preparation</source>
        <translation>AERIUS,IMAER,GML,depositie,receptor,hexagoon,stikstof,nitrogen,deposition,data voorbereiden</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_aerius.py" line="47"/>
        <source>&lt;p&gt;Input: a result file of AERIUS Calculator or AERIUS Connect (IMAER GML, any IMAER version; made at https://calculator.aerius.nl: export the calculation as GML). The file's receptors (ReceptorPoint / CalculationPoint: hexagons of 1 ha over Natura 2000 habitat, EPSG:28992) and their DEPOSITION results are read.&lt;/p&gt;&lt;p&gt;SUBSTANCE: total (NH3 + NOx, or the file's NOXNH3 sum), NH3 or NOX. Values in mol N/ha/yr. Each cell whose centre lies in a receptor's hexagon (HEX_AREA, default 10,000 m² = 1 ha as in AERIUS: circumradius 62 m) takes that receptor's value; other cells are NoData. The pixel size should be well below the hexagon (default 25 m).&lt;/p&gt;&lt;p&gt;&lt;b&gt;What the raster means.&lt;/b&gt; It is the deposition of the calculated situation on the habitat receptors. 'Nitrogen deposition screening' reads its DEPOSITION_RASTER as the deposition a company at each cell would cause; an AERIUS file gives that only where it holds such a value per location (e.g. results assembled per candidate site). Otherwise use the raster to map and check the calculation, e.g. against the screening's DEPOSITION.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Invoer: een resultaatbestand van AERIUS Calculator of AERIUS Connect (IMAER GML, elke IMAER-versie; gemaakt op https://calculator.aerius.nl: exporteer de berekening als GML). De receptoren van het bestand (ReceptorPoint / CalculationPoint: hexagonen van 1 ha over Natura 2000-habitat, EPSG:28992) en hun DEPOSITION-resultaten worden gelezen.&lt;/p&gt;&lt;p&gt;SUBSTANCE: total (NH3 + NOx, of de NOXNH3-som van het bestand), NH3 of NOX. Waarden in mol N/ha/jr. Elke cel waarvan het middelpunt in de hexagoon van een receptor ligt (HEX_AREA, standaard 10.000 m² = 1 ha zoals in AERIUS: omgeschreven straal 62 m) krijgt de waarde van die receptor; andere cellen zijn NoData. De pixelgrootte moet ruim onder de hexagoon liggen (standaard 25 m).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Wat het raster betekent.&lt;/b&gt; Het is de depositie van de berekende situatie op de habitatreceptoren. 'Screening stikstofdepositie' leest haar DEPOSITION_RASTER als de depositie die een bedrijf op elke cel zou veroorzaken; een AERIUS-bestand geeft dat alleen als het zo'n waarde per locatie bevat (bijv. resultaten per kandidaatlocatie samengevoegd). Gebruik het raster anders om de berekening in kaart te brengen en te controleren, bijv. tegen de DEPOSITION van de screening.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_aerius.py" line="65"/>
        <source>AERIUS result (IMAER GML)</source>
        <translation>AERIUS-resultaat (IMAER GML)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_aerius.py" line="65"/>
        <source>GML exported from AERIUS Calculator or Connect.</source>
        <translation>GML geëxporteerd uit AERIUS Calculator of Connect.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_aerius.py" line="68"/>
        <source>Substance</source>
        <translation>Stof</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_aerius.py" line="68"/>
        <source>total = NH3 + NOx deposition (mol N/ha/yr).</source>
        <translation>total = depositie van NH3 + NOx (mol N/ha/jr).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_aerius.py" line="70"/>
        <source>Receptor hexagon area (m²)</source>
        <translation>Oppervlakte receptorhexagoon (m²)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_aerius.py" line="70"/>
        <source>Default 10000 m²: AERIUS receptors are hexagons of 1 ha.</source>
        <translation>Standaard 10000 m²: AERIUS-receptoren zijn hexagonen van 1 ha.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_aerius.py" line="73"/>
        <source>Empty: the receptors&apos; hexagons.</source>
        <translation>Leeg: de hexagonen van de receptoren.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_aerius.py" line="74"/>
        <source>Deposition (mol N/ha/yr)</source>
        <translation>Depositie (mol N/ha/jr)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_aerius.py" line="74"/>
        <source>Receptor deposition on its hexagon&apos;s cells; NoData elsewhere.</source>
        <translation>Receptordepositie op de cellen van haar hexagoon; elders NoData.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_aerius.py" line="85"/>
        <source>cannot read &apos;{}&apos; as IMAER GML ({}); expected {}</source>
        <translation>kan '{}' niet lezen als IMAER GML ({}); verwacht: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_aerius.py" line="88"/>
        <source>the file has no receptors with results (ReceptorPoint); expected {}</source>
        <translation>het bestand heeft geen receptoren met resultaten (ReceptorPoint); verwacht: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_aerius.py" line="103"/>
        <source>the receptors are in {}; use that CRS as TARGET_CRS (the hexagons are not reprojected)</source>
        <translation>de receptoren liggen in {}; gebruik dat CRS als TARGET_CRS (de hexagonen worden niet geherprojecteerd)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_aerius.py" line="109"/>
        <source>AERIUS {} (IMAER {}): {} receptors, {} with a {} value ({:.4g} to {:.4g} mol N/ha/yr); {} cells of {} m filled on grid {}.</source>
        <translation>AERIUS {} (IMAER {}): {} receptoren, {} met een waarde voor {} ({:.4g} tot {:.4g} mol N/ha/jr); {} cellen van {} m gevuld op raster {}.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_aerius.py" line="118"/>
        <source>AERIUS deposition {} (mol N/ha/yr)</source>
        <translation>AERIUS-depositie {} (mol N/ha/jr)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_bag.py" line="29"/>
        <source>BAG -&gt; sensitive objects (zoning)</source>
        <translation>BAG -&gt; gevoelige objecten (milieuzonering)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_bag.py" line="32"/>
        <source>Selects the BAG verblijfsobjecten in use with a sensitive gebruiksdoel, for the SENSITIVE input of the zoning criterion.</source>
        <translation>Selecteert de BAG-verblijfsobjecten in gebruik met een gevoelig gebruiksdoel, voor de invoer SENSITIVE van het criterium milieuzonering.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_bag.py" line="36"/>
        <source>BAG,verblijfsobject,gebruiksdoel,woonfunctie,PDOK,milieuzonering,houses,sensitive,data preparation</source>
        <translation>BAG,verblijfsobject,gebruiksdoel,woonfunctie,PDOK,milieuzonering,woningen,gevoelig,data voorbereiden</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_bag.py" line="40"/>
        <source>&lt;p&gt;Input: the &lt;b&gt;verblijfsobject&lt;/b&gt; layer of the BAG GeoPackage of PDOK (BAG 2.0; download: https://service.pdok.nl/lv/bag/atom/bag.xml, or per area through https://www.pdok.nl), with the fields &lt;code&gt;gebruiksdoel&lt;/code&gt; and &lt;code&gt;status&lt;/code&gt; (found in any letter case; choose other fields with USE_FIELD and STATUS_FIELD).&lt;/p&gt;&lt;p&gt;OUTPUT keeps the objects whose status is one of STATUSES (default: in use, in use (not measured), being rebuilt) and with at least one gebruiksdoel of USES; all fields are kept. Feed it to &apos;Environmental zoning&apos; (SENSITIVE).&lt;/p&gt;&lt;p&gt;USES default: woonfunctie. The VNG guide (VNG 2009, &lt;i&gt;Bedrijven en milieuzonering&lt;/i&gt;) measures from houses and other sensitive functions without a list in BAG terms; adding onderwijsfunctie, gezondheidszorgfunctie or logiesfunctie is our reading, not the guide&apos;s.&lt;/p&gt;&lt;p&gt;INDUSTRY (optional): the objects in use with an industriefunctie, e.g. for existing business parks.&lt;/p&gt;&lt;p&gt;Values: BAG 2.0 catalogue (Kadaster, https://imbag.github.io/catalogus/). An address extract (nummeraanduidingen, status &apos;Naamgeving uitgegeven&apos;) or a layer without gebruiksdoel is refused, with the fields it has.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Invoer: de laag &lt;b&gt;verblijfsobject&lt;/b&gt; van de BAG-GeoPackage van PDOK (BAG 2.0; download: https://service.pdok.nl/lv/bag/atom/bag.xml, of per gebied via https://www.pdok.nl), met de velden &lt;code&gt;gebruiksdoel&lt;/code&gt; en &lt;code&gt;status&lt;/code&gt; (in elke schrijfwijze gevonden; kies andere velden met USE_FIELD en STATUS_FIELD).&lt;/p&gt;&lt;p&gt;OUTPUT houdt de objecten waarvan de status een van STATUSES is (standaard: in gebruik, in gebruik (niet ingemeten), verbouwing) en met minstens één gebruiksdoel uit USES; alle velden blijven behouden. Geef het aan 'Milieuzonering' (SENSITIVE).&lt;/p&gt;&lt;p&gt;USES standaard: woonfunctie. De VNG-brochure (VNG 2009, &lt;i&gt;Bedrijven en milieuzonering&lt;/i&gt;) meet vanaf woningen en andere gevoelige functies zonder lijst in BAG-termen; onderwijsfunctie, gezondheidszorgfunctie of logiesfunctie toevoegen is onze lezing, niet die van de brochure.&lt;/p&gt;&lt;p&gt;INDUSTRY (optioneel): de objecten in gebruik met een industriefunctie, bijv. voor bestaande bedrijventerreinen.&lt;/p&gt;&lt;p&gt;Waarden: BAG 2.0-catalogus (Kadaster, https://imbag.github.io/catalogus/). Een adressenextract (nummeraanduidingen, status 'Naamgeving uitgegeven') of een laag zonder gebruiksdoel wordt geweigerd, met de velden die hij heeft.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_bag.py" line="60"/>
        <source>BAG verblijfsobjecten</source>
        <translation>BAG-verblijfsobjecten</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_bag.py" line="60"/>
        <source>Layer verblijfsobject of the PDOK BAG GeoPackage (BAG 2.0).</source>
        <translation>Laag verblijfsobject van de PDOK BAG-GeoPackage (BAG 2.0).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_bag.py" line="64"/>
        <source>Gebruiksdoel field</source>
        <translation>Veld gebruiksdoel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_bag.py" line="64"/>
        <source>Empty: gebruiksdoel (or gebruiksdoelen).</source>
        <translation>Leeg: gebruiksdoel (of gebruiksdoelen).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_bag.py" line="67"/>
        <source>Empty: status (or verblijfsobjectstatus).</source>
        <translation>Leeg: status (of verblijfsobjectstatus).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_bag.py" line="70"/>
        <source>Sensitive uses (gebruiksdoel)</source>
        <translation>Gevoelige gebruiksdoelen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_bag.py" line="70"/>
        <source>Default woonfunctie. Others are our reading of the VNG guide&apos;s &apos;other sensitive functions&apos;.</source>
        <translation>Standaard woonfunctie. Andere zijn onze lezing van de 'andere gevoelige functies' van de VNG-brochure.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_bag.py" line="74"/>
        <source>Statuses that count</source>
        <translation>Statussen die meetellen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_bag.py" line="74"/>
        <source>Default: in use, in use (not measured), being rebuilt. Add &apos;Verblijfsobject gevormd&apos; to count planned objects.</source>
        <translation>Standaard: in gebruik, in gebruik (niet ingemeten), verbouwing. Voeg 'Verblijfsobject gevormd' toe om geplande objecten mee te tellen.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_bag.py" line="78"/>
        <source>Sensitive objects</source>
        <translation>Gevoelige objecten</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_bag.py" line="78"/>
        <source>For the SENSITIVE input of &apos;Environmental zoning&apos;.</source>
        <translation>Voor de invoer SENSITIVE van 'Milieuzonering'.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_bag.py" line="80"/>
        <source>Industrial objects</source>
        <translation>Industriële objecten</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_bag.py" line="80"/>
        <source>Objects in use with an industriefunctie.</source>
        <translation>Objecten in gebruik met een industriefunctie.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_natura2000.py" line="116"/>
        <source>field &apos;{}&apos;: {}</source>
        <translation>veld '{}': {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_bag.py" line="121"/>
        <source>BAG: {} verblijfsobjecten, {} with a status that counts, {} sensitive ({}), {} industrial.</source>
        <translation>BAG: {} verblijfsobjecten, {} met een status die meetelt, {} gevoelig ({}), {} industrieel.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_bag.py" line="125"/>
        <source>Statuses: {}.</source>
        <translation>Statussen: {}.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_bag.py" line="128"/>
        <source>No verblijfsobject is sensitive: check USES and STATUSES.</source>
        <translation>Geen enkel verblijfsobject is gevoelig: controleer USES en STATUSES.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_capacity.py" line="30"/>
        <source>Capacity map -&gt; grid capacity areas (grid congestion)</source>
        <translation>Capaciteitskaart -&gt; gebieden met netcapaciteit (netcongestie)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_capacity.py" line="33"/>
        <source>Joins the capaciteitskaart status per area or postcode to polygons, as the grid-congestion criterion reads it.</source>
        <translation>Koppelt de status van de capaciteitskaart per gebied of postcode aan polygonen, zoals het criterium netcongestie die leest.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_capacity.py" line="37"/>
        <source>capaciteitskaart,netcongestie,Netbeheer Nederland,postcode,afname,invoeding,grid,congestion,data preparation</source>
        <translation>capaciteitskaart,netcongestie,Netbeheer Nederland,postcode,afname,invoeding,grid,congestion,data voorbereiden</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_capacity.py" line="41"/>
        <source>&lt;p&gt;Input: the capaciteitskaart of the grid operators (Netbeheer Nederland, https://capaciteitskaart.netbeheernederland.nl; information model https://github.com/Netbeheer-Nederland/im-capaciteitskaart), as a table per postcode or area (CAPACITY, e.g. a CSV export) joined to polygons you give (AREAS, e.g. the CBS/PDOK postcode areas: https://service.pdok.nl/cbs/postcode4/), or as polygons itself (AREAS only).&lt;/p&gt;&lt;p&gt;DIRECTION afname (offtake) or invoeding (feed-in). The status (STATUS_FIELD; empty: afname / invoeding, opwek, teruglevering) may be 0-3, -1 or groen, geel, oranje, rood. Keys are compared without spaces and case (&apos;1234 AB&apos; = &apos;1234ab&apos;); where several records share a key the worst status counts.&lt;/p&gt;&lt;p&gt;OUTPUT: AREAS with all fields plus &lt;code&gt;afname&lt;/code&gt; (or &lt;code&gt;opwek&lt;/code&gt; for feed-in) as a number 0-3, -1 where no record matches: give it as AREAS to &apos;Grid congestion&apos; with STATUS_FIELD afname (or opwek).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Invoer: de capaciteitskaart van de netbeheerders (Netbeheer Nederland, https://capaciteitskaart.netbeheernederland.nl; informatiemodel https://github.com/Netbeheer-Nederland/im-capaciteitskaart), als tabel per postcode of gebied (CAPACITY, bijv. een CSV-export) gekoppeld aan polygonen die u geeft (AREAS, bijv. de postcodegebieden van CBS/PDOK: https://service.pdok.nl/cbs/postcode4/), of zelf als polygonen (alleen AREAS).&lt;/p&gt;&lt;p&gt;DIRECTION afname of invoeding. De status (STATUS_FIELD; leeg: afname / invoeding, opwek, teruglevering) mag 0-3, -1 of groen, geel, oranje, rood zijn. Sleutels worden vergeleken zonder spaties en hoofdletters ('1234 AB' = '1234ab'); delen meerdere records een sleutel, dan telt de slechtste status.&lt;/p&gt;&lt;p&gt;OUTPUT: AREAS met alle velden plus &lt;code&gt;afname&lt;/code&gt; (of &lt;code&gt;opwek&lt;/code&gt; voor invoeding) als getal 0-3, -1 waar geen record past: geef het als AREAS aan 'Netcongestie' met STATUS_FIELD afname (of opwek).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_capacity.py" line="57"/>
        <source>Areas</source>
        <translation>Gebieden</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_capacity.py" line="57"/>
        <source>Postcode or supply-area polygons (or the capacity map&apos;s own polygons).</source>
        <translation>Postcode- of voedingsgebiedpolygonen (of de eigen polygonen van de capaciteitskaart).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_capacity.py" line="60"/>
        <source>Area key field</source>
        <translation>Sleutelveld gebieden</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_capacity.py" line="66"/>
        <source>Empty: postcode, pc4, pc6, ... by name.</source>
        <translation>Leeg: postcode, pc4, pc6, ... op naam.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_capacity.py" line="63"/>
        <source>Capacity map table</source>
        <translation>Tabel capaciteitskaart</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_capacity.py" line="63"/>
        <source>Status per postcode or area. Empty: AREAS hold the status.</source>
        <translation>Status per postcode of gebied. Leeg: AREAS bevatten de status.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_capacity.py" line="66"/>
        <source>Capacity key field</source>
        <translation>Sleutelveld capaciteitskaart</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_capacity.py" line="69"/>
        <source>Empty: by DIRECTION (afname; invoeding, opwek, teruglevering).</source>
        <translation>Leeg: volgens DIRECTION (afname; invoeding, opwek, teruglevering).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_capacity.py" line="72"/>
        <source>afname (offtake) or invoeding (feed-in).</source>
        <translation>afname of invoeding.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_capacity.py" line="74"/>
        <source>Grid capacity areas</source>
        <translation>Gebieden met netcapaciteit</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_capacity.py" line="74"/>
        <source>For AREAS of &apos;Grid congestion&apos;.</source>
        <translation>Voor AREAS van 'Netcongestie'.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_capacity.py" line="88"/>
        <source>areas with a postcode or area code field</source>
        <translation>gebieden met een veld voor postcode of gebiedscode</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_capacity.py" line="125"/>
        <source>Capacity map ({}, field &apos;{}&apos;): {} of {} areas with a status; per status: {}.</source>
        <translation>Capaciteitskaart ({}, veld '{}'): {} van {} gebieden met een status; per status: {}.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_capacity.py" line="129"/>
        <source>{} of {} capacity records&apos; keys matched an area.</source>
        <translation>{} van {} sleutels van de capaciteitskaart pasten bij een gebied.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_capacity.py" line="132"/>
        <source>No area got a status: check the key fields.</source>
        <translation>Geen gebied kreeg een status: controleer de sleutelvelden.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_fairways.py" line="26"/>
        <source>Fairways (CEMT class) -&gt; waterways (accessibility)</source>
        <translation>Vaarwegen (CEMT-klasse) -&gt; vaarwegen (bereikbaarheid)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_fairways.py" line="29"/>
        <source>Writes the CEMT class of each fairway section in the form the accessibility criterion reads.</source>
        <translation>Schrijft de CEMT-klasse van elk vaarwegvak in de vorm die het criterium bereikbaarheid leest.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_fairways.py" line="33"/>
        <source>vaarweg,CEMT,scheepvaartklasse,FIS,VNDS,Rijkswaterstaat,waterway,fairway,data preparation</source>
        <translation>vaarweg,CEMT,scheepvaartklasse,FIS,VNDS,Rijkswaterstaat,waterway,fairway,data voorbereiden</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_fairways.py" line="37"/>
        <source>&lt;p&gt;Input: fairway sections with a CEMT class, e.g. Rijkswaterstaat&apos;s Fairway Information Services (FIS/VNDS, layer scheepvaartklasse; https://geo.rijkswaterstaat.nl/arcgis/rest/services/GDR/fis_vnds/MapServer, open data, also listed on https://data.overheid.nl) or a province&apos;s own fairway map. CLASS_FIELD: the field with the class (empty: the first of cemt_klasse, cemtklasse, cemt, cemt_class, scheepvaartklasse, klasse).&lt;/p&gt;&lt;p&gt;OUTPUT: every section with all its fields plus &lt;code&gt;cemt&lt;/code&gt;: the CEMT 1992 class name (0, I, II, III, IV, Va, Vb, VIa, VIb, VIc, VII). Accepted spellings: Va, V_A, 5a, 4, and &apos;IVa - M6&apos; (IVa and IVb count as IV). Recreational classes (RA-RD) and empty values give an empty class (not counted by the criterion&apos;s minimum class). Give WATERWAYS = this output and CEMT_FIELD = cemt to &apos;Accessibility&apos;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Invoer: vaarwegvakken met een CEMT-klasse, bijv. de Fairway Information Services van Rijkswaterstaat (FIS/VNDS, laag scheepvaartklasse; https://geo.rijkswaterstaat.nl/arcgis/rest/services/GDR/fis_vnds/MapServer, open data, ook vermeld op https://data.overheid.nl) of een eigen vaarwegenkaart van de provincie. CLASS_FIELD: het veld met de klasse (leeg: de eerste van cemt_klasse, cemtklasse, cemt, cemt_class, scheepvaartklasse, klasse).&lt;/p&gt;&lt;p&gt;OUTPUT: elk vak met al zijn velden plus &lt;code&gt;cemt&lt;/code&gt;: de naam van de CEMT-klasse (1992) (0, I, II, III, IV, Va, Vb, VIa, VIb, VIc, VII). Geaccepteerde schrijfwijzen: Va, V_A, 5a, 4, en 'IVa - M6' (IVa en IVb tellen als IV). Recreatieklassen (RA-RD) en lege waarden geven een lege klasse (niet meegeteld bij de minimumklasse van het criterium). Geef WATERWAYS = deze uitvoer en CEMT_FIELD = cemt aan 'Bereikbaarheid'.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_fairways.py" line="52"/>
        <source>Fairway sections</source>
        <translation>Vaarwegvakken</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_fairways.py" line="52"/>
        <source>Lines with a CEMT class field.</source>
        <translation>Lijnen met een veld voor de CEMT-klasse.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_fairways.py" line="55"/>
        <source>Empty: found by name (cemt_klasse, cemt, scheepvaartklasse, ...).</source>
        <translation>Leeg: op naam gevonden (cemt_klasse, cemt, scheepvaartklasse, ...).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_fairways.py" line="58"/>
        <source>For WATERWAYS of &apos;Accessibility&apos;, with CEMT_FIELD = cemt.</source>
        <translation>Voor WATERWAYS van 'Bereikbaarheid', met CEMT_FIELD = cemt.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_fairways.py" line="78"/>
        <source>field &apos;{}&apos;: {}; expected {}</source>
        <translation>veld '{}': {}; verwacht: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_fairways.py" line="82"/>
        <source>Fairways: {} sections from field &apos;{}&apos;; per CEMT class: {}.</source>
        <translation>Vaarwegen: {} vakken uit veld '{}'; per CEMT-klasse: {}.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_fairways.py" line="86"/>
        <source>No section has a CEMT class.</source>
        <translation>Geen enkel vak heeft een CEMT-klasse.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_natura2000.py" line="29"/>
        <source>Natura 2000 -&gt; nitrogen-sensitive habitat (nitrogen)</source>
        <translation>Natura 2000 -&gt; stikstofgevoelige habitat (stikstof)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_natura2000.py" line="32"/>
        <source>Keeps the nitrogen-sensitive Natura 2000 areas or habitats, for the HABITATS input of the nitrogen criterion.</source>
        <translation>Houdt de stikstofgevoelige Natura 2000-gebieden of habitats, voor de invoer HABITATS van het criterium stikstof.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_natura2000.py" line="36"/>
        <source>Natura 2000,stikstofgevoelig,KDW,habitattype,PDOK,RVO,nitrogen,habitat,data preparation</source>
        <translation>Natura 2000,stikstofgevoelig,KDW,habitattype,PDOK,RVO,nitrogen,habitat,data voorbereiden</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_natura2000.py" line="40"/>
        <source>&lt;p&gt;Input: the Natura 2000 areas of RVO/LNV (download from PDOK: https://service.pdok.nl/rvo/natura2000/atom/v1_0/natura2000.xml, or the WFS https://service.pdok.nl/rvo/natura2000/wfs/v1_0), or a habitat-type map with a KDW per polygon.&lt;/p&gt;&lt;p&gt;What counts as nitrogen-sensitive, in this order: (1) a yes/no field FLAG_FIELD (default &lt;code&gt;stikstofgevoelig&lt;/code&gt;, as in the PDOK dataset); (2) a KDW field (critical deposition value, mol N/ha/yr): sensitive below KDW_LIMIT (default {:g}, the AERIUS factsheets&apos; limit for nitrogen-sensitive habitat); (3) the protection regime (&lt;code&gt;beschermin&lt;/code&gt; or &lt;code&gt;richtlijn&lt;/code&gt;: VR, HR, VR+HR): areas under the Habitats Directive (HR) count, bird-only areas (VR) do not. (3) is our reading, a coarse one: use (1) or (2) where you can. A polygon with an unknown value counts as sensitive (as &apos;Nitrogen deposition screening&apos; counts an unknown KDW) and is counted in the log.&lt;/p&gt;&lt;p&gt;OUTPUT: the sensitive polygons with all their fields; with a KDW field also &lt;code&gt;kdw&lt;/code&gt; (a number): give it as KDW_FIELD of &apos;Nitrogen deposition screening&apos;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Invoer: de Natura 2000-gebieden van RVO/LNV (download via PDOK: https://service.pdok.nl/rvo/natura2000/atom/v1_0/natura2000.xml, of de WFS https://service.pdok.nl/rvo/natura2000/wfs/v1_0), of een habitattypenkaart met een KDW per polygoon.&lt;/p&gt;&lt;p&gt;Wat als stikstofgevoelig telt, in deze volgorde: (1) een ja/nee-veld FLAG_FIELD (standaard &lt;code&gt;stikstofgevoelig&lt;/code&gt;, zoals in de PDOK-dataset); (2) een KDW-veld (kritische depositiewaarde, mol N/ha/jr): gevoelig onder KDW_LIMIT (standaard {:g}, de grens voor stikstofgevoelige habitat in de AERIUS-factsheets); (3) het beschermingsregime (&lt;code&gt;beschermin&lt;/code&gt; of &lt;code&gt;richtlijn&lt;/code&gt;: VR, HR, VR+HR): gebieden onder de Habitatrichtlijn (HR) tellen, alleen-Vogelrichtlijngebieden (VR) niet. (3) is onze lezing, en een grove: gebruik (1) of (2) waar dat kan. Een polygoon met een onbekende waarde telt als gevoelig (zoals 'Screening stikstofdepositie' een onbekende KDW telt) en wordt in het log geteld.&lt;/p&gt;&lt;p&gt;OUTPUT: de gevoelige polygonen met al hun velden; met een KDW-veld ook &lt;code&gt;kdw&lt;/code&gt; (een getal): geef het als KDW_FIELD aan 'Screening stikstofdepositie'.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_natura2000.py" line="60"/>
        <source>Natura 2000 areas or habitats</source>
        <translation>Natura 2000-gebieden of habitats</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_natura2000.py" line="60"/>
        <source>PDOK Natura 2000 (RVO) or a habitat map with KDW.</source>
        <translation>PDOK Natura 2000 (RVO) of een habitatkaart met KDW.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_natura2000.py" line="64"/>
        <source>Nitrogen-sensitive flag field</source>
        <translation>Veld stikstofgevoelig</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_natura2000.py" line="64"/>
        <source>Protection regime field</source>
        <translation>Veld beschermingsregime</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_natura2000.py" line="68"/>
        <source>Empty: {} when the layer has it.</source>
        <translation>Leeg: {} als de laag het heeft.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_natura2000.py" line="70"/>
        <source>Sensitive below KDW (mol N/ha/yr)</source>
        <translation>Gevoelig onder KDW (mol N/ha/jr)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_natura2000.py" line="70"/>
        <source>Default {:g}: AERIUS factsheets (KDW below 2400 = nitrogen-sensitive).</source>
        <translation>Standaard {:g}: AERIUS-factsheets (KDW onder 2400 = stikstofgevoelig).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_natura2000.py" line="74"/>
        <source>Nitrogen-sensitive habitat</source>
        <translation>Stikstofgevoelige habitat</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_natura2000.py" line="74"/>
        <source>For the HABITATS input of &apos;Nitrogen deposition screening&apos;.</source>
        <translation>Voor de invoer HABITATS van 'Screening stikstofdepositie'.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_natura2000.py" line="124"/>
        <source>flag field &apos;{}&apos;</source>
        <translation>vlagveld '{}'</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_natura2000.py" line="124"/>
        <source>KDW field &apos;{}&apos; below {:g}</source>
        <translation>KDW-veld '{}' onder {:g}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_natura2000.py" line="125"/>
        <source>protection regime field &apos;{}&apos; (HR counts; our reading)</source>
        <translation>veld beschermingsregime '{}' (HR telt; onze lezing)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_natura2000.py" line="126"/>
        <source>Natura 2000: {} of {} polygons nitrogen-sensitive by {}; {} with an unknown value counted as sensitive.</source>
        <translation>Natura 2000: {} van {} polygonen stikstofgevoelig volgens {}; {} met een onbekende waarde als gevoelig geteld.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_natura2000.py" line="130"/>
        <source>Give KDW_FIELD = kdw to &apos;Nitrogen deposition screening&apos;.</source>
        <translation>Geef KDW_FIELD = kdw aan 'Screening stikstofdepositie'.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_natura2000.py" line="132"/>
        <source>No nitrogen-sensitive flag or KDW: sensitivity follows the protection regime (our reading).</source>
        <translation>Geen vlag stikstofgevoelig of KDW: de gevoeligheid volgt het beschermingsregime (onze lezing).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_nwb.py" line="37"/>
        <source>NWB wegvakken -&gt; motorways and ramps (accessibility)</source>
        <translation>NWB-wegvakken -&gt; snelwegen en op- en afritten (bereikbaarheid)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_nwb.py" line="40"/>
        <source>Selects the national motorway carriageways and the access points of their on and off ramps from the Nationaal Wegenbestand.</source>
        <translation>Selecteert de rijbanen van de rijkssnelwegen en de aansluitpunten van hun op- en afritten uit het Nationaal Wegenbestand.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_nwb.py" line="44"/>
        <source>NWB,Nationaal Wegenbestand,wegvakken,BST_CODE,oprit,afrit,snelweg,Rijkswaterstaat,motorway,ramp,data preparation</source>
        <translation>NWB,Nationaal Wegenbestand,wegvakken,BST_CODE,oprit,afrit,snelweg,Rijkswaterstaat,motorway,ramp,data voorbereiden</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_nwb.py" line="48"/>
        <source>&lt;p&gt;Input: NWB wegvakken (Nationaal Wegenbestand, Rijkswaterstaat, monthly; download: https://downloads.rijkswaterstaat.nl/wsrl/nwbwegen/ or the PDOK OGC API https://api.pdok.nl/rws/nationaal-wegenbestand-wegen/ogc/v1) with the fields WEGBEHSRT (road authority: R = Rijk) and BST_CODE (baansubsoort), as in the NWB product description (NDW, docs.ndw.nu, NWB-wegen). BST_CODE is filled on every wegvak since June 2023; an older NWB has empty codes.&lt;/p&gt;&lt;p&gt;MOTORWAYS: wegvakken of AUTHORITIES (default R) with a BST_CODE in CARRIAGEWAY_CODES (default HR, hoofdrijbaan). Rijkswegen include some N-roads managed by Rijkswaterstaat; filter WEGNUMMER afterwards if you need A-roads only.&lt;/p&gt;&lt;p&gt;RAMPS: wegvakken of AUTHORITIES with a BST_CODE in RAMP_CODES (default OPR toerit/oprit and AFR afrit). Wegvakken that share an end form one ramp; its access point is the free end farthest from the motorway carriageways, i.e. where the ramp meets the secondary road. One point per ramp: a junction gives up to four points close together.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Invoer: NWB-wegvakken (Nationaal Wegenbestand, Rijkswaterstaat, maandelijks; download: https://downloads.rijkswaterstaat.nl/wsrl/nwbwegen/ of de PDOK OGC API https://api.pdok.nl/rws/nationaal-wegenbestand-wegen/ogc/v1) met de velden WEGBEHSRT (wegbeheerdersoort: R = Rijk) en BST_CODE (baansubsoort), zoals in de productbeschrijving van het NWB (NDW, docs.ndw.nu, NWB-wegen). BST_CODE is sinds juni 2023 op elk wegvak gevuld; een ouder NWB heeft lege codes.&lt;/p&gt;&lt;p&gt;MOTORWAYS: wegvakken van AUTHORITIES (standaard R) met een BST_CODE uit CARRIAGEWAY_CODES (standaard HR, hoofdrijbaan). Rijkswegen omvatten ook enkele N-wegen in beheer bij Rijkswaterstaat; filter daarna op WEGNUMMER als u alleen A-wegen wilt.&lt;/p&gt;&lt;p&gt;RAMPS: wegvakken van AUTHORITIES met een BST_CODE uit RAMP_CODES (standaard OPR toerit/oprit en AFR afrit). Wegvakken die een eindpunt delen vormen één toe- of afrit; het aansluitpunt is het vrije eindpunt dat het verst van de rijbanen ligt, dus waar de rit op de onderliggende weg aansluit. Eén punt per rit: een aansluiting geeft tot vier punten dicht bij elkaar.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_nwb.py" line="65"/>
        <source>NWB wegvakken</source>
        <translation>NWB-wegvakken</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_nwb.py" line="65"/>
        <source>Wegvakken of the NWB (shapefile or GeoPackage, EPSG:28992).</source>
        <translation>Wegvakken van het NWB (shapefile of GeoPackage, EPSG:28992).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_nwb.py" line="68"/>
        <source>Road authorities (WEGBEHSRT)</source>
        <translation>Wegbeheerders (WEGBEHSRT)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_nwb.py" line="68"/>
        <source>Comma-separated; default R (Rijk).</source>
        <translation>Gescheiden door komma's; standaard R (Rijk).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_nwb.py" line="68"/>
        <source>Carriageway codes (BST_CODE)</source>
        <translation>Rijbaancodes (BST_CODE)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_nwb.py" line="68"/>
        <source>Default HR (hoofdrijbaan).</source>
        <translation>Standaard HR (hoofdrijbaan).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_nwb.py" line="68"/>
        <source>Ramp codes (BST_CODE)</source>
        <translation>Op- en afritcodes (BST_CODE)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_nwb.py" line="68"/>
        <source>Default OPR (toerit) and AFR (afrit).</source>
        <translation>Standaard OPR (toerit) en AFR (afrit).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_nwb.py" line="77"/>
        <source>For MOTORWAYS of &apos;Accessibility&apos;.</source>
        <translation>Voor MOTORWAYS van 'Bereikbaarheid'.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_nwb.py" line="79"/>
        <source>For RAMPS of &apos;Accessibility&apos;.</source>
        <translation>Voor RAMPS van 'Bereikbaarheid'.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_nwb.py" line="86"/>
        <source>give at least one code</source>
        <translation>geef minstens één code</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_nwb.py" line="92"/>
        <source>the layer is in degrees ({}); the NWB comes in EPSG:28992: reproject it first</source>
        <translation>de laag is in graden ({}); het NWB komt in EPSG:28992: herprojecteer het eerst</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_nwb.py" line="124"/>
        <source>every BST_CODE is empty: an NWB from before June 2023? This reader expects {}</source>
        <translation>elke BST_CODE is leeg: een NWB van vóór juni 2023? Deze lezer verwacht {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_nwb.py" line="139"/>
        <source>NWB: {} wegvakken; {} motorway carriageway wegvakken ({} of {}); {} ramp wegvakken ({}) -&gt; {} ramp access points.</source>
        <translation>NWB: {} wegvakken; {} rijbaanwegvakken van snelwegen ({} van {}); {} op- en afritwegvakken ({}) -&gt; {} aansluitpunten.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_nwb.py" line="144"/>
        <source>No motorway wegvak was selected: check AUTHORITIES and CARRIAGEWAY_CODES.</source>
        <translation>Er is geen snelwegvak geselecteerd: controleer AUTHORITIES en CARRIAGEWAY_CODES.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="61"/>
        <source>{} ({}): essential: {}; optional: {}</source>
        <translation>{} ({}): essentieel: {}; optioneel: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_inputs.py" line="73"/>
        <source>Built-in profile (resources/profiles); the dialog shows its name, scripts and models give its id (e.g. PROFILE=xxl_logistics). Per profile the inputs it needs (without an essential one the run stops unless ACCEPT_MISSING):</source>
        <translation>Ingebouwd profiel (resources/profiles); het dialoogvenster toont de naam, scripts en modellen geven de id (bijv. PROFILE=xxl_logistics). Per profiel de invoer die het nodig heeft (zonder een essentiële invoer stopt de run, tenzij ACCEPT_MISSING):</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_widget.py" line="44"/>
        <source>[not set]</source>
        <translation>[niet ingesteld]</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="106"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="106"/>
        <source>Language of the report: auto = the language of QGIS, nl = Dutch, en = English.</source>
        <translation>Taal van het rapport: auto = de taal van QGIS, nl = Nederlands, en = Engels.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="131"/>
        <source>Suitability raster: {}</source>
        <translation>Geschiktheidsraster: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report_sources.py" line="166"/>
        <source>(temporary output)</source>
        <translation>(tijdelijke uitvoer)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="182"/>
        <source>share</source>
        <translation>aandeel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report_map.py" line="39"/>
        <source>Candidate sites (number = rank)</source>
        <translation>Kandidaatlocaties (nummer = rang)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report_map.py" line="51"/>
        <source>Suitability 0-1</source>
        <translation>Geschiktheid 0-1</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report_map.py" line="95"/>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report_provenance.py" line="62"/>
        <source>dataset</source>
        <translation>dataset</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report_provenance.py" line="78"/>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report_provenance.py" line="62"/>
        <source>filter</source>
        <translation>filter</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report_provenance.py" line="68"/>
        <source>output</source>
        <translation>uitvoer</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report_provenance.py" line="78"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report_provenance.py" line="79"/>
        <source>The raster records no parameters (not written by a Ruimte algorithm).</source>
        <translation>Het raster bevat geen parameters (niet geschreven door een Ruimte-algoritme).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sinks.py" line="67"/>
        <source>no reason given</source>
        <translation>geen reden opgegeven</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sinks.py" line="90"/>
        <source>{} of {} features in the file</source>
        <translation>{} van {} objecten in het bestand</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/evidence.py" line="140"/>
        <source>Or set {} to run without it: the result then says everywhere that it was not assessed, and &apos;Allocate a programme to sites&apos; gives such sites to no claim (unless its ACCEPT_NOT_ASSESSED names the criterion: then only provisionally).</source>
        <translation>Of zet {} aan om zonder te rekenen: de uitkomst zegt dan overal dat het niet is beoordeeld, en 'Programma aan locaties toewijzen' geeft zulke locaties aan geen enkele claim (tenzij zijn ACCEPT_NOT_ASSESSED het criterium noemt: dan alleen voorlopig).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/prepare/bag.py" line="53"/>
        <source>choose at least one gebruiksdoel</source>
        <translation>kies minstens één gebruiksdoel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/prepare/bag.py" line="55"/>
        <source>choose at least one status</source>
        <translation>kies minstens één status</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/prepare/bag.py" line="70"/>
        <source>unknown gebruiksdoel &apos;{}&apos;; BAG 2.0 knows: {}</source>
        <translation>onbekend gebruiksdoel '{}'; BAG 2.0 kent: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/prepare/bag.py" line="82"/>
        <source>the status field holds {} but no verblijfsobject status (e.g. &apos;Verblijfsobject in gebruik&apos;): this reader expects {}</source>
        <translation>het statusveld bevat {} maar geen status van een verblijfsobject (bijv. 'Verblijfsobject in gebruik'): deze lezer verwacht {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/prepare/fairways.py" line="46"/>
        <source>unknown CEMT class &apos;{}&apos;; expected one of {} (or 5a, V_A, &apos;IVa - M6&apos;)</source>
        <translation>onbekende CEMT-klasse '{}'; verwacht een van {} (of 5a, V_A, 'IVa - M6')</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/prepare/natura.py" line="47"/>
        <source>&apos;{}&apos; is not a yes/no value (expected True/False, 1/0 or ja/nee)</source>
        <translation>'{}' is geen ja/nee-waarde (verwacht True/False, 1/0 of ja/nee)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/prepare/natura.py" line="58"/>
        <source>unknown protection regime &apos;{}&apos;; expected VR, HR or VR+HR</source>
        <translation>onbekend beschermingsregime '{}'; verwacht VR, HR of VR+HR</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/prepare/natura.py" line="70"/>
        <source>KDW &apos;{}&apos; is not a number (mol N/ha/yr)</source>
        <translation>KDW '{}' is geen getal (mol N/ha/jr)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/prepare/receptors.py" line="44"/>
        <source>the file has no {} results for NH3 or NOX (it has: {})</source>
        <translation>het bestand heeft geen {}-resultaten voor NH3 of NOX (het heeft: {})</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/prepare/receptors.py" line="52"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/prepare/receptors.py" line="52"/>
        <source>the file has no {} results for {} (it has: {})</source>
        <translation>het bestand heeft geen {}-resultaten voor {} (het heeft: {})</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/prepare/schema.py" line="27"/>
        <source>layer &apos;{}&apos; has no field &apos;{}&apos;; its fields are: {}</source>
        <translation>laag '{}' heeft geen veld '{}'; zijn velden zijn: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/prepare/schema.py" line="32"/>
        <source>layer &apos;{}&apos; has no field &apos;{}&apos; (nor {}): this reader expects {}. Its fields are: {}</source>
        <translation>laag '{}' heeft geen veld '{}' (noch {}): deze lezer verwacht {}. Zijn velden zijn: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report_sources.py" line="39"/>
        <source>{} {:.3f} ({:.1f} %)</source>
        <translation>{} {:.3f} ({:.1f} %)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report_sources.py" line="173"/>
        <source>Run this command (QGIS&apos;s qgis_process, with the Ruimte plugin installed) to make the result again; change the output paths to keep the original. The checksums below show whether the input files are still the same.</source>
        <translation>Voer deze opdracht uit (qgis_process van QGIS, met de Ruimte-plugin geïnstalleerd) om het resultaat opnieuw te maken; wijzig de uitvoerpaden om het origineel te behouden. De controlegetallen hieronder laten zien of de invoerbestanden nog dezelfde zijn.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/report_sources.py" line="179"/>
        <source>Some inputs were temporary files ({}): save them as files and run the steps before this one again to reproduce the result.</source>
        <translation>Sommige invoer bestond uit tijdelijke bestanden ({}): sla ze op als bestand en voer de stappen hiervoor opnieuw uit om het resultaat te reproduceren.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/curve_widget.py" line="16"/>
        <source>Full score within (m)</source>
        <translation>Volle score binnen (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/curve_widget.py" line="16"/>
        <source>Zero score from (m)</source>
        <translation>Score nul vanaf (m)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/curve_widget.py" line="66"/>
        <source>Without preview data the histogram is empty; compute the preview first.</source>
        <translation>Zonder voorbeeldgegevens is het histogram leeg; bereken eerst het voorbeeld.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/curve_widget.py" line="76"/>
        <source>This profile has no editable curve.</source>
        <translation>Dit profiel heeft geen bewerkbare curve.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/curve_widget.py" line="110"/>
        <source>cells</source>
        <translation>cellen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/inputs_widget.py" line="74"/>
        <source>(needed)</source>
        <translation>(nodig)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/model.py" line="280"/>
        <source>no cells with a score</source>
        <translation>geen cellen met een score</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/model.py" line="281"/>
        <source>mean {:.2f}, {:.0%} of the cells above 0.7</source>
        <translation>gemiddeld {:.2f}, {:.0%} van de cellen boven 0,7</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="41"/>
        <source>Ruimte — suitability modeler</source>
        <translation>Ruimte — geschiktheidsmodelleur</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="59"/>
        <source>A criterion without data is then NOT ASSESSED and every output says so.</source>
        <translation>Een criterium zonder gegevens is dan NIET BEOORDEELD en elke uitvoer vermeldt dat.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="61"/>
        <source>Input layers</source>
        <translation>Invoerlagen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="81"/>
        <source>Transformation curves</source>
        <translation>Transformatiecurves</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="110"/>
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="111"/>
        <source>Open a profile file (JSON, ruimte-profile/1)</source>
        <translation>Een profielbestand openen (JSON, ruimte-profile/1)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="113"/>
        <source>Save…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="114"/>
        <source>Save the profile with the edited weights and curves</source>
        <translation>Het profiel opslaan met de bewerkte gewichten en curves</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="117"/>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="128"/>
        <source>Current map extent (else all inputs)</source>
        <translation>Huidige kaartuitsnede (anders alle invoer)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="130"/>
        <source>Compute preview data</source>
        <translation>Voorbeeldgegevens berekenen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="131"/>
        <source>Runs the criterion algorithms once at the preview cell size; afterwards every edit recomputes the preview at once.</source>
        <translation>Draait de criteriumalgoritmen één keer op de celgrootte van het voorbeeld; daarna berekent elke wijziging het voorbeeld direct opnieuw.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="139"/>
        <source>Live preview</source>
        <translation>Direct voorbeeld</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="142"/>
        <source>Preview cell size</source>
        <translation>Celgrootte voorbeeld</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="156"/>
        <source>Run</source>
        <translation>Uitvoeren</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="158"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="165"/>
        <source>Run at full resolution</source>
        <translation>Uitvoeren op volle resolutie</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="168"/>
        <source>Cell size</source>
        <translation>Celgrootte</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="175"/>
        <source>The same run from a terminal (qgis_process):</source>
        <translation>Dezelfde berekening vanuit een terminal (qgis_process):</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="186"/>
        <source>Open a profile</source>
        <translation>Een profiel openen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="220"/>
        <source>Profiles (*.json)</source>
        <translation>Profielen (*.json)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="196"/>
        <source>Cannot open {}: {}</source>
        <translation>Kan {} niet openen: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="200"/>
        <source>Opened {}</source>
        <translation>{} geopend</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="216"/>
        <source>Choose the input layers, then compute the preview data.</source>
        <translation>Kies de invoerlagen en bereken dan de voorbeeldgegevens.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="220"/>
        <source>Save the profile</source>
        <translation>Het profiel opslaan</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="236"/>
        <source>Saved {}. Weights and the accessibility and nitrogen curves are in the file.</source>
        <translation>{} opgeslagen. De gewichten en de curves van bereikbaarheid en stikstof staan in het bestand.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="293"/>
        <source>The preview data could not be computed: {}</source>
        <translation>De voorbeeldgegevens konden niet worden berekend: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="297"/>
        <source>Preview data computed in {:.1f} s.</source>
        <translation>Voorbeeldgegevens berekend in {:.1f} s.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="316"/>
        <source>Suitability at {:g} m cells: {} ({:.0f} ms)</source>
        <translation>Geschiktheid op cellen van {:g} m: {} ({:.0f} ms)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="320"/>
        <source>NOT ASSESSED (no data): {}; the other weights are renormalised.</source>
        <translation>NIET BEOORDEELD (geen gegevens): {}; de andere gewichten zijn opnieuw genormaliseerd.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="344"/>
        <source>Ruimte: {}</source>
        <translation>Ruimte: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="350"/>
        <source>Running…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="361"/>
        <source>Run finished; the results are loaded.</source>
        <translation>Berekening klaar; de resultaten zijn geladen.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="361"/>
        <source>The run failed or was cancelled; see the Processing log.</source>
        <translation>De berekening is mislukt of geannuleerd; zie het Processing-logboek.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/weights_widget.py" line="26"/>
        <source>Direct weights</source>
        <translation>Directe gewichten</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/weights_widget.py" line="27"/>
        <source>AHP pairwise comparison</source>
        <translation>AHP-paarsgewijze vergelijking</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/weights_widget.py" line="36"/>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/weights_widget.py" line="36"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/weights_widget.py" line="36"/>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/weights_widget.py" line="160"/>
        <source>a judgement must be a number above 0, e.g. 3 or 1/3</source>
        <translation>een oordeel moet een getal boven 0 zijn, bijv. 3 of 1/3</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/weights_widget.py" line="183"/>
        <source>consistent</source>
        <translation>consistent</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/weights_widget.py" line="183"/>
        <source>inconsistent: revise the judgements (Saaty: CR above 0.1)</source>
        <translation>inconsistent: herzie de oordelen (Saaty: CR boven 0,1)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/weights_widget.py" line="185"/>
        <source>Consistency ratio {:.3f} ({}). Weights: {}</source>
        <translation>Consistentieratio {:.3f} ({}). Gewichten: {}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/plugin.py" line="51"/>
        <source>Ruimte panel (suitability modeler)</source>
        <translation>Ruimte-paneel (geschiktheidsmodelleur)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/plugin.py" line="81"/>
        <source>&amp;Ruimte</source>
        <translation>&amp;Ruimte</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/profile_suitability.py" line="87"/>
        <source>EXCLUDED, EVIDENCE and the criterion scores are intermediate results: they are written only when you give them a file (or tick them in the dialog).</source>
        <translation>EXCLUDED, EVIDENCE en de criteriumscores zijn tussenresultaten: ze worden alleen geschreven als u er een bestand voor opgeeft (of ze aanvinkt in het dialoogvenster).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report_provenance.py" line="61"/>
        <source>Input data</source>
        <translation>Invoergegevens</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report_provenance.py" line="64"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report_provenance.py" line="67"/>
        <source>Outputs</source>
        <translation>Uitvoer</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report_provenance.py" line="70"/>
        <source>Reproduce this result</source>
        <translation>Dit resultaat reproduceren</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report_provenance.py" line="77"/>
        <source>Checksums of the input files</source>
        <translation>Controlegetallen (SHA-256) van de invoerbestanden</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/analysis_grid.py" line="99"/>
        <source>the pixel size of {:g} m gives a grid of {} x {} cells over {:,.0f} x {:,.0f} km: a cell is larger than any business site, so the scores say little about sites; use a pixel size of 25-100 m</source>
        <translation>een celgrootte van {:g} m geeft een grid van {} x {} cellen over {:,.0f} x {:,.0f} km: een cel is groter dan elke bedrijfskavel, dus de scores zeggen weinig over locaties; gebruik een celgrootte van 25-100 m</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/analysis_grid.py" line="164"/>
        <source>the pixel size ({:g} m) is larger than the extent ({:,.0f} x {:,.0f} m): the grid would be one cell far larger than the area; use a pixel size well below the extent&apos;s width and height</source>
        <translation>de celgrootte ({:g} m) is groter dan het gebied ({:,.0f} x {:,.0f} m): het grid zou één cel zijn die veel groter is dan het gebied; gebruik een celgrootte ruim onder de breedte en hoogte van het gebied</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/analysis_grid.py" line="169"/>
        <source>a pixel size of {:g} m over {:,.0f} x {:,.0f} m gives more cells than any computer can hold; use a pixel size of 1 m or more</source>
        <translation>een celgrootte van {:g} m over {:,.0f} x {:,.0f} m geeft meer cellen dan een computer kan bevatten; gebruik een celgrootte van 1 m of meer</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/layers.py" line="102"/>
        <source>layer &apos;{}&apos; has {} features but none has a geometry (all NULL or empty); give a layer with geometries</source>
        <translation>laag '{}' heeft {} objecten maar geen enkele heeft een geometrie (alle NULL of leeg); geef een laag met geometrieën</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/layers.py" line="126"/>
        <source>{} ({}) has {} bands; only band 1 is used</source>
        <translation>{} ({}) heeft {} banden; alleen band 1 wordt gebruikt</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/layers.py" line="138"/>
        <source>{} ({}) holds {} cells with infinite values; they were read as NoData</source>
        <translation>{} ({}) bevat {} cellen met oneindige waarden; die zijn als NoData gelezen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/layers.py" line="143"/>
        <source>{} ({}) holds values from {:.3g} to {:.3g}, outside the score range 0-1: the result is no suitability 0-1; standardize it first (&apos;Standardize to score&apos;)</source>
        <translation>{} ({}) bevat waarden van {:.3g} tot {:.3g}, buiten het scorebereik 0-1: het resultaat is geen geschiktheid 0-1; standaardiseer eerst ('Standaardiseren naar score')</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/layers.py" line="221"/>
        <source>layer &apos;{}&apos; ({}): all {} features have no geometry (NULL or empty), so it adds nothing; check the layer</source>
        <translation>laag '{}' ({}): geen van de {} objecten heeft een geometrie (NULL of leeg), dus de laag telt niet mee; controleer de laag</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/layers.py" line="224"/>
        <source>layer &apos;{}&apos; ({}): {} of {} features have no geometry (NULL or empty) and are left out</source>
        <translation>laag '{}' ({}): {} van {} objecten hebben geen geometrie (NULL of leeg) en worden overgeslagen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/locate_sites.py" line="150"/>
        <source>No sites located: {}.</source>
        <translation>Geen locaties gevonden: {}.</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/outputs.py" line="83"/>
        <source>{} is a folder; give a file name for the output</source>
        <translation>{} is een map; geef een bestandsnaam voor de uitvoer</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/outputs.py" line="86"/>
        <source>{} exists and is read-only, so it is not replaced; choose another file name, or make the file writable first</source>
        <translation>{} bestaat en is alleen-lezen, dus het wordt niet vervangen; kies een andere bestandsnaam of maak het bestand eerst schrijfbaar</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/park_fit.py" line="122"/>
        <source>layer &apos;{}&apos; ({}): {} of {} parks have no geometry (NULL or empty); they are assessed on their fields but cannot be shown on a map</source>
        <translation>laag '{}' ({}): {} van {} terreinen hebben geen geometrie (NULL of leeg); ze worden op hun velden beoordeeld maar kunnen niet op een kaart worden getoond</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/prepare_aerius.py" line="21"/>
        <source>an AERIUS Calculator or Connect result file (IMAER GML, e.g. AERIUS_..._Situatie1.gml, exported from https://calculator.aerius.nl) with ReceptorPoint results</source>
        <translation>een resultaatbestand van AERIUS Calculator of Connect (IMAER GML, bijv. AERIUS_..._Situatie1.gml, geëxporteerd uit https://calculator.aerius.nl) met ReceptorPoint-resultaten</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="189"/>
        <source>{} ({}): the mean of &apos;{}&apos; is unknown (NULL) for {} of {} sites (e.g. site {}); it counts as 0 there, so those sites rank lower than their known criteria warrant</source>
        <translation>{} ({}): het gemiddelde van '{}' is onbekend (NULL) voor {} van {} locaties (bijv. locatie {}); het telt daar als 0, dus die locaties scoren lager dan hun bekende criteria rechtvaardigen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="235"/>
        <source>{:,} Monte Carlo runs</source>
        <translation>{:,} Monte Carlo-runs</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/sensitivity.py" line="235"/>
        <source>use fewer runs</source>
        <translation>gebruik minder runs</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/locate.py" line="100"/>
        <source>a site of {:,.6g} ha is larger than the whole raster ({:,.6g} ha)</source>
        <translation>een locatie van {:,.6g} ha is groter dan het hele raster ({:,.6g} ha)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/locate.py" line="117"/>
        <source>only {:,.6g} ha of the raster is buildable (score above 0, not taken, at least {:,.4g} m wide), less than one site of {:,.6g} ha</source>
        <translation>slechts {:,.6g} ha van het raster is bebouwbaar (score boven 0, niet bezet, minstens {:,.4g} m breed), minder dan één locatie van {:,.6g} ha</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/locate.py" line="171"/>
        <source>nowhere is {:.0f} % of a disk of {:,.6g} ha buildable (score above 0, not taken)</source>
        <translation>nergens is {:.0f} % van een schijf van {:,.6g} ha bebouwbaar (score boven 0, niet bezet)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/locate.py" line="173"/>
        <source>the best mean score over a disk of {:,.6g} ha is {:.3g}, below the minimum mean score {:g}</source>
        <translation>de beste gemiddelde score over een schijf van {:,.6g} ha is {:.3g}, onder de minimale gemiddelde score {:g}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/prepare/bag.py" line="22"/>
        <source>the verblijfsobject layer of the PDOK BAG GeoPackage (BAG 2.0, https://service.pdok.nl/lv/bag/atom/bag.xml) with the fields gebruiksdoel and status</source>
        <translation>de laag verblijfsobject van de PDOK BAG-GeoPackage (BAG 2.0, https://service.pdok.nl/lv/bag/atom/bag.xml) met de velden gebruiksdoel en status</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/prepare/capacity.py" line="16"/>
        <source>the capaciteitskaart of Netbeheer Nederland (https://capaciteitskaart.netbeheernederland.nl, information model https://github.com/Netbeheer-Nederland/im-capaciteitskaart) per area or postcode, with a key field and a status per direction (afname, invoeding)</source>
        <translation>de capaciteitskaart van Netbeheer Nederland (https://capaciteitskaart.netbeheernederland.nl, informatiemodel https://github.com/Netbeheer-Nederland/im-capaciteitskaart) per gebied of postcode, met een sleutelveld en een status per richting (afname, invoeding)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/prepare/fairways.py" line="19"/>
        <source>fairway sections of Rijkswaterstaat&apos;s Fairway Information Services (FIS/VNDS, layer scheepvaartklasse / CEMT class per fairway section, https://geo.rijkswaterstaat.nl/arcgis/rest/services/GDR/fis_vnds/MapServer) with a CEMT class field</source>
        <translation>vaarwegvakken uit de Fairway Information Services van Rijkswaterstaat (FIS/VNDS, laag scheepvaartklasse / CEMT-klasse per vaarwegvak, https://geo.rijkswaterstaat.nl/arcgis/rest/services/GDR/fis_vnds/MapServer) met een veld voor de CEMT-klasse</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/prepare/natura.py" line="22"/>
        <source>the Natura 2000 areas of RVO/LNV on PDOK (https://service.pdok.nl/rvo/natura2000/atom/v1_0/natura2000.xml; field stikstofgevoelig), or a habitat map with a KDW field (mol N/ha/yr)</source>
        <translation>de Natura 2000-gebieden van RVO/LNV op PDOK (https://service.pdok.nl/rvo/natura2000/atom/v1_0/natura2000.xml; veld stikstofgevoelig), of een habitatkaart met een KDW-veld (mol N/ha/jr)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/prepare/nwb.py" line="21"/>
        <source>NWB wegvakken of Rijkswaterstaat (Nationaal Wegenbestand, monthly, https://downloads.rijkswaterstaat.nl/wsrl/nwbwegen/ or PDOK https://api.pdok.nl/rws/nationaal-wegenbestand-wegen/ogc/v1) with the fields WEGBEHSRT and BST_CODE (BST_CODE filled on every wegvak since June 2023)</source>
        <translation>NWB-wegvakken van Rijkswaterstaat (Nationaal Wegenbestand, maandelijks, https://downloads.rijkswaterstaat.nl/wsrl/nwbwegen/ of PDOK https://api.pdok.nl/rws/nationaal-wegenbestand-wegen/ogc/v1) met de velden WEGBEHSRT en BST_CODE (BST_CODE sinds juni 2023 op elk wegvak gevuld)</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/rasterio_io.py" line="135"/>
        <source>{} cannot be opened as a raster ({}); check that the file exists and is a raster GDAL can read</source>
        <translation>{} kan niet als raster worden geopend ({}); controleer of het bestand bestaat en een raster is dat GDAL kan lezen</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/core/rasterio_io.py" line="217"/>
        <source>{} cannot be read ({}): the file is damaged or incomplete; make it again or copy it anew</source>
        <translation>{} kan niet worden gelezen ({}): het bestand is beschadigd of onvolledig; maak het opnieuw of kopieer het opnieuw</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/postprocess.py" line="86"/>
        <source>excluded</source>
        <translation>uitgesloten</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/postprocess.py" line="97"/>
        <source>score {:.1f}-{:.1f}</source>
        <translation>score {:.1f}-{:.1f}</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/algorithms/report.py" line="241"/>
        <source>Essential criteria were NOT ASSESSED for lack of data: {}. The map and the scores leave them out; they do not show suitability on these criteria, and &apos;Allocate a programme to sites&apos; gives no site to this profile (only a provisional one when its ACCEPT_NOT_ASSESSED names the criterion).</source>
        <translation>Essentiële criteria zijn NIET BEOORDEELD bij gebrek aan gegevens: {}. De kaart en de scores laten ze weg; ze tonen geen geschiktheid op deze criteria, en 'Programma aan locaties toewijzen' geeft dit profiel geen locatie (alleen een voorlopige als zijn ACCEPT_NOT_ASSESSED het criterium noemt).</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="235"/>
        <source>not written ({})</source>
        <translation>niet geschreven ({})</translation>
    </message>
    <message>
        <location filename="../ruimte_plugin/gui/panel.py" line="236"/>
        <source>Model: {}</source>
        <translation>Model: {}</translation>
    </message>
</context>
</TS>
