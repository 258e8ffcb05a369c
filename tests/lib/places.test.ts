import { describe, expect, it } from 'vitest';
import { CITIES, cityByName, placesIn, regionOfIssuer, shortCityName } from '../../src/lib/places.ts';
import { NATIONAL, PROVINCES, provinceByDocNumber, provinceByName } from '../../src/lib/provinces.ts';

describe('the prefecture-level divisions', () => {
  it('lists every one of the 333 under its province, and the two former cities', () => {
    const kinds = (suffix: string) => CITIES.filter((c) => c.name.endsWith(suffix)).length;
    expect(kinds('自治州')).toBe(30);
    expect(kinds('地区')).toBe(7);
    expect(kinds('盟')).toBe(3);
    // 293 市, 莱芜 and 巢湖 for older texts, 济源 仙桃 潜江 天门 governed directly by their province.
    expect(CITIES.filter((c) => c.name.endsWith('市')).length).toBe(293 + 2 + 4);
    expect(new Set(CITIES.map((c) => c.name)).size).toBe(CITIES.length);
    for (const city of CITIES) expect(provinceByName(city.province)?.name).toBe(city.province);
  });

  it('places the cities a reader knows in the right province', () => {
    expect(cityByName('广州市')).toMatchObject({ province: '广东', short: '广州' });
    expect(cityByName('延边')).toMatchObject({ name: '延边朝鲜族自治州', province: '吉林' });
    expect(cityByName('海西州')).toMatchObject({ name: '海西蒙古族藏族自治州', province: '青海' });
    expect(cityByName('锡林郭勒盟')).toMatchObject({ province: '内蒙古' });
    expect(cityByName('大兴安岭地区')).toMatchObject({ province: '黑龙江' });
    expect(cityByName('吉林市')).toMatchObject({ province: '吉林' });
    expect(cityByName('毕节地区')).toMatchObject({ name: '毕节市', province: '贵州' });
    expect(cityByName('北京市')).toBeUndefined();
  });

  it('shortens the names of autonomous prefectures to the place', () => {
    expect(shortCityName('黔东南苗族侗族自治州')).toBe('黔东南');
    expect(shortCityName('克孜勒苏柯尔克孜自治州')).toBe('克孜勒苏');
    expect(shortCityName('德宏傣族景颇族自治州')).toBe('德宏');
    expect(shortCityName('西双版纳傣族自治州')).toBe('西双版纳');
    expect(shortCityName('大理白族自治州')).toBe('大理');
    expect(shortCityName('阿拉善盟')).toBe('阿拉善');
  });
});

describe('provinces and 全国', () => {
  it('knows 全国 and the official names', () => {
    expect(provinceByName('全国')).toBe(NATIONAL);
    expect(NATIONAL.slug).toBe('quanguo');
    expect(provinceByName('广西壮族自治区')?.name).toBe('广西');
    expect(provinceByName('河南省')?.name).toBe('河南');
    expect(provinceByName('广洲')).toBeUndefined();
    expect(new Set([NATIONAL, ...PROVINCES].map((p) => p.slug)).size).toBe(PROVINCES.length + 1);
  });

  it('reads a province from a League 文号 only', () => {
    expect(provinceByDocNumber('豫青字〔2019〕6号')?.name).toBe('河南');
    expect(provinceByDocNumber('晋团办发〔2019〕15号')?.name).toBe('山西');
    expect(provinceByDocNumber('穗团字〔2018〕12号')).toBeUndefined();
    expect(provinceByDocNumber('国办发〔2016〕72号')).toBeUndefined();
  });
});

describe('places in a text', () => {
  it('finds cities and provinces in reading order, cities before a province of the same name', () => {
    expect(placesIn('共青团吉林市委与吉林省教育厅、延边州团委').map((m) => [m.text, m.region.province, m.region.level, m.region.city])).toEqual([
      ['吉林市', '吉林', '市', '吉林市'],
      ['吉林省', '吉林', '省', null],
      ['延边州', '吉林', '市', '延边朝鲜族自治州'],
    ]);
    expect(placesIn('河北共青团和海南省').map((m) => m.region.province)).toEqual(['河北', '海南']);
    expect(placesIn('城市青年和农村青年')).toEqual([]);
  });

  it('tells the region of an issuing body', () => {
    const region = (issuer: string) => regionOfIssuer(issuer);
    expect(region('共青团广州市委员会')).toEqual({ province: '广东', level: '市', city: '广州市' });
    expect(region('团广州市委')).toEqual({ province: '广东', level: '市', city: '广州市' });
    expect(region('共青团河南省委')).toEqual({ province: '河南', level: '省', city: null });
    expect(region('共青团北京市委')).toEqual({ province: '北京', level: '省', city: null });
    expect(region('中共广州市委、广州市人民政府')).toEqual({ province: '广东', level: '市', city: '广州市' });
    expect(region('广东省人民政府办公厅')).toEqual({ province: '广东', level: '省', city: null });
    for (const central of ['国务院办公厅', '国务院', '共青团中央', '中共中央办公厅、国务院办公厅', '教育部等十三部门', '人力资源社会保障部', '国家发展改革委']) {
      expect(region(central)).toEqual({ province: '全国', level: '全国', city: null });
    }
    expect(region('某某协会')).toBeUndefined();
  });
});
