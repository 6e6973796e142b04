package org.ministerial.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad organisation data is refused by name, with the file and line, never silently generated around. */
class NgoBadDataTest {
    @TempDir
    Path dir;

    private String problems(String yaml, String regions) throws Exception {
        Files.writeString(dir.resolve("countries.csv"), NgoHomesTest.COUNTRIES);
        Files.writeString(dir.resolve("regions.csv"), regions);
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, yaml);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file, Map.of()));
        return e.getMessage();
    }

    private void refused(String yaml, String regions, String... expected) throws Exception {
        String message = problems(yaml, regions);
        for (String x : expected) assertTrue(message.contains(x), "expected '" + x + "' in:\n" + message);
    }

    private static String withEntry(String entry) {
        return NgoHomesTest.YAML.replace("  regions: regions.csv", "  regions: regions.csv\n  entries:\n    - " + entry);
    }

    @Test
    void anUnknownHomeCountry() throws Exception {
        refused(withEntry("{id: FOO, name: Foo, home: XYZ, region: north, activity: inside, sector: peasant}"),
                NgoHomesTest.REGIONS, "NGO FOO: unknown home country 'XYZ'", "bad.yaml:");
    }

    @Test
    void aHomeInAnotherRegion() throws Exception {
        refused(withEntry("{id: FOO, name: Foo, home: KEN, region: south, activity: inside, sector: peasant}"),
                NgoHomesTest.REGIONS, "NGO FOO: home KEN is in region 'north', not 'south'");
    }

    @Test
    void aNamedOrganisationInARegionTheCountsDoNotHave() throws Exception {
        refused(withEntry("{id: FOO, name: Foo, region: oceania, activity: inside, sector: peasant}"),
                NgoHomesTest.REGIONS, "NGO FOO: region 'oceania' is not a region of regions.csv");
    }

    @Test
    void anUnknownRegionInTheCounts() throws Exception {
        refused(NgoHomesTest.YAML, NgoHomesTest.REGIONS + "atlantis,,3,test\n",
                "regions.csv:5: unknown region 'atlantis'");
    }

    @Test
    void anUnknownCountryInTheCounts() throws Exception {
        refused(NgoHomesTest.YAML, NgoHomesTest.REGIONS + "north,XYZ,3,test\n",
                "regions.csv:5: unknown country 'XYZ'");
    }

    @Test
    void aCountryCountedInAnotherRegion() throws Exception {
        refused(NgoHomesTest.YAML, NgoHomesTest.REGIONS.replace("south,BRA", "north,BRA"),
                "country BRA is in region 'south', not 'north'");
    }

    @Test
    void anUnknownRegionColumnOrTestInAStanceCondition() throws Exception {
        refused(NgoHomesTest.YAML.replace("{when: {region: south}", "{when: {region: atlantis}"), NgoHomesTest.REGIONS,
                "unknown region 'atlantis'");
        refused(NgoHomesTest.YAML.replace("{when: {pse_pct: {above: 31}}", "{when: {pse: {above: 31}}"),
                NgoHomesTest.REGIONS, "unknown column 'pse'");
        refused(NgoHomesTest.YAML.replace("{when: {pse_pct: {above: 31}}", "{when: {pse_pct: {over: 31}}"),
                NgoHomesTest.REGIONS, "unknown test 'over'");
    }

    @Test
    void anOverrideWithoutASource() throws Exception {
        refused(NgoHomesTest.YAML.replace("stance: {rules: 0}, source: test}", "stance: {rules: 0}}"),
                NgoHomesTest.REGIONS, "a stance_by_home entry needs 'source'");
    }

    @Test
    void typosInTheTemplate() throws Exception {
        refused(NgoHomesTest.YAML.replace("share: 0.6", "shares: 0.6"), NgoHomesTest.REGIONS,
                "unknown key 'shares' in sector 'peasant'");
        refused(NgoHomesTest.YAML.replace("stance: {farm: 1, rules: -1}", "stance: {farms: 1, rules: -1}"),
                NgoHomesTest.REGIONS, "stance names unknown issue 'farms'");
        refused(NgoHomesTest.YAML.replace("home_weight: {population_m: 0.5", "home_weight: {people: 0.5"),
                NgoHomesTest.REGIONS, "home_weight: unknown column 'people'");
        refused(NgoHomesTest.YAML.replace("share_by_region: {north: 0.2}", "share_by_region: {nord: 0.2}"),
                NgoHomesTest.REGIONS, "sector 'farm_lobby': unknown region 'nord'");
        refused(NgoHomesTest.YAML.replace("  home_weight:", "  home_wieght:"), NgoHomesTest.REGIONS,
                "unknown key 'home_wieght' in 'ngos'");
    }

    @Test
    void anUnknownActorInRegionHomes() throws Exception {
        refused(NgoHomesTest.YAML.replace("  home_weight:", "  region_homes: {north: EU}\n  home_weight:"),
                NgoHomesTest.REGIONS, "region_homes: north names unknown actor 'EU'");
    }
}
