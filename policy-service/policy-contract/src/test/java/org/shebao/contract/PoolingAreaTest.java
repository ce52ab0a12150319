package org.shebao.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** 统筹区 and care scope from district codes, on a slice of the region tree. */
class PoolingAreaTest {

    private static final Map<String, Region> REGIONS = Stream.of(
            new Region("100000", "全国", RegionLevel.NATIONAL, null, 1),
            new Region("110000", "北京市", RegionLevel.PROVINCE, "100000", 7),
            new Region("110100", "北京市市辖区", RegionLevel.CITY, "110000", 7),
            new Region("110101", "东城区", RegionLevel.COUNTY, "110100", 7),
            new Region("110108", "海淀区", RegionLevel.COUNTY, "110100", 7),
            new Region("310000", "上海市", RegionLevel.PROVINCE, "100000", 7),
            new Region("310100", "上海市市辖区", RegionLevel.CITY, "310000", 7),
            new Region("310104", "徐汇区", RegionLevel.COUNTY, "310100", 7),
            new Region("500000", "重庆市", RegionLevel.PROVINCE, "100000", 1),
            new Region("500100", "重庆市市辖区", RegionLevel.CITY, "500000", 1),
            new Region("500200", "重庆市县", RegionLevel.CITY, "500000", 1),
            new Region("500101", "万州区", RegionLevel.COUNTY, "500100", 1),
            new Region("500229", "城口县", RegionLevel.COUNTY, "500200", 1),
            new Region("440000", "广东省", RegionLevel.PROVINCE, "100000", 1),
            new Region("440100", "广州市", RegionLevel.CITY, "440000", 1),
            new Region("440106", "天河区", RegionLevel.COUNTY, "440100", 1),
            new Region("440300", "深圳市", RegionLevel.CITY, "440000", 1),
            new Region("440304", "福田区", RegionLevel.COUNTY, "440300", 1),
            new Region("460000", "海南省", RegionLevel.PROVINCE, "100000", 1),
            new Region("460100", "海口市", RegionLevel.CITY, "460000", 1),
            new Region("460200", "三亚市", RegionLevel.CITY, "460000", 1))
            .collect(Collectors.toMap(Region::code, r -> r));

    private static final Predicate<String> NONE_POOLED = code -> false;

    private static List<Region> chain(String code) {
        return RegionResolution.chain(code, c -> Optional.ofNullable(REGIONS.get(c)), Region::parentCode);
    }

    private static CareScope scope(String insured, String treatment, Predicate<String> pooled) {
        return PoolingArea.scope(chain(insured), chain(treatment), pooled);
    }

    @Test
    void aDistrictBelongsToItsCityAndADirectMunicipalityIsOneArea() {
        assertThat(PoolingArea.of(chain("440106"), NONE_POOLED).code()).isEqualTo("440100");
        assertThat(PoolingArea.of(chain("110108"), NONE_POOLED).code()).isEqualTo("110000");
        assertThat(PoolingArea.of(chain("500229"), NONE_POOLED).code()).isEqualTo("500000");
        assertThat(PoolingArea.of(chain("440000"), NONE_POOLED).code()).isEqualTo("440000");
    }

    @Test
    void scopesFromDistrictCodes() {
        assertThat(scope("110108", "310104", NONE_POOLED)).isEqualTo(CareScope.CROSS_PROVINCE);
        assertThat(scope("440106", "440304", NONE_POOLED)).isEqualTo(CareScope.WITHIN_PROVINCE);
        assertThat(scope("110101", "110108", NONE_POOLED)).isEqualTo(CareScope.LOCAL);
        assertThat(scope("500101", "500229", NONE_POOLED)).isEqualTo(CareScope.LOCAL);
        assertThat(scope("440100", "440106", NONE_POOLED)).isEqualTo(CareScope.LOCAL);
    }

    @Test
    void aProvinciallyPooledProvinceIsOneArea() {
        assertThat(scope("460100", "460200", NONE_POOLED)).isEqualTo(CareScope.WITHIN_PROVINCE);
        assertThat(scope("460100", "460200", "460000"::equals)).isEqualTo(CareScope.LOCAL);
    }

    @Test
    void theNationIsNobodysArea() {
        assertThatThrownBy(() -> PoolingArea.of(chain("100000"), NONE_POOLED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
