<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<!-- Ruimte difference style: B - A from -1 (worse, red) through 0 (white) to +1 (better, blue), ColorBrewer RdBu -->
<qgis version="3.22.16-Białowieża" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0" minScale="1e+08" maxScale="0">
  <pipe>
    <provider>
      <resampling enabled="false" zoomedOutResamplingMethod="nearestNeighbour" zoomedInResamplingMethod="nearestNeighbour" maxOversampling="2"/>
    </provider>
    <rasterrenderer type="singlebandpseudocolor" band="1" opacity="1" alphaBand="-1" classificationMin="-1" classificationMax="1" nodataColor="">
      <rasterTransparency/>
      <minMaxOrigin>
        <limits>None</limits>
        <extent>WholeRaster</extent>
        <statAccuracy>Estimated</statAccuracy>
        <cumulativeCutLower>0.02</cumulativeCutLower>
        <cumulativeCutUpper>0.98</cumulativeCutUpper>
        <stdDevFactor>2</stdDevFactor>
      </minMaxOrigin>
      <rastershader>
        <colorrampshader colorRampType="INTERPOLATED" classificationMode="2" clip="0" minimumValue="-1" maximumValue="1" labelPrecision="2">
          <colorramp type="gradient" name="[source]">
            <Option type="Map">
              <Option type="QString" name="color1" value="202,0,32,255"/>
              <Option type="QString" name="color2" value="5,113,176,255"/>
              <Option type="QString" name="discrete" value="0"/>
              <Option type="QString" name="rampType" value="gradient"/>
              <Option type="QString" name="stops" value="0.25;244,165,130,255:0.5;247,247,247,255:0.75;146,197,222,255"/>
            </Option>
          </colorramp>
          <item alpha="255" value="-1" label="-1 worse in B" color="#ca0020"/>
          <item alpha="255" value="-0.5" label="-0.5" color="#f4a582"/>
          <item alpha="255" value="0" label="0 no change" color="#f7f7f7"/>
          <item alpha="255" value="0.5" label="+0.5" color="#92c5de"/>
          <item alpha="255" value="1" label="+1 better in B" color="#0571b0"/>
          <rampLegendSettings minimumLabel="" maximumLabel="" prefix="" suffix="" direction="0" useContinuousLegend="1" orientation="2"/>
        </colorrampshader>
      </rastershader>
    </rasterrenderer>
    <brightnesscontrast brightness="0" contrast="0" gamma="1"/>
    <huesaturation saturation="0" grayscaleMode="0" colorizeOn="0" colorizeRed="255" colorizeGreen="128" colorizeBlue="128" colorizeStrength="100" invertColors="0"/>
    <rasterresampler maxOversampling="2"/>
    <resamplingStage>resamplingFilter</resamplingStage>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
