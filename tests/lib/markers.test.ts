import { describe, expect, it } from 'vitest';
import { headingMarker, markerInside } from '../../src/lib/markers.ts';

describe('headingMarker', () => {
  it.each([
    ['一、总体要求', 1, 1],
    ['三十、加强组织领导。', 1, 30],
    ['二十一．促进公平就业', 1, 21],
    ['四. 工作要求', 1, 4],
    ['（一）指导思想', 2, 1],
    ['(十二) 加强督查', 2, 12],
    ['（ 三 ）推进改革', 2, 3],
    ['1. 深化青年大学习', 3, 1],
    ['2．推进讲师团建设', 3, 2],
    ['３、加强少先队教育', 3, 3],
    ['12 开展志愿服务', 3, 12],
    ['⒋完善制度', 3, 4],
    ['（1）建设工作室', 4, 1],
    ['(2)开展竞赛', 4, 2],
    ['（１０）强化保障', 4, 10],
    ['⑶推进校企合作', 4, 3],
    ['2）开展志愿服务', 4, 2],
    ['3)加强宣传', 4, 3],
    ['①新建人才公寓', 5, 1],
    ['⑳盘活存量住房', 5, 20],
  ])('reads %s as rank %i, number %i', (text, rank, value) => {
    expect(headingMarker(text)).toMatchObject({ rank, value });
  });

  it.each(['2019年底前完成', '2.5亿元资金', '——开展活动', '第三、完善制度', '推进步骤：2019年'])('finds no marker at the start of %s', (text) => {
    expect(headingMarker(text)).toBeNull();
  });
});

describe('markerInside', () => {
  const at = (text: string, piece: string) => markerInside(text, text.indexOf(piece));

  it('reads a marker inside a line, written tightly as items are', () => {
    expect(at('开展培训。2．推进讲师团建设', '2．')).toMatchObject({ rank: 3, value: 2, text: '2．' });
    expect(at('强化督查；（三）加强宣传', '（三）')).toMatchObject({ rank: 2, value: 3 });
    expect(at('具体包括：②盘活存量住房', '②')).toMatchObject({ rank: 5, value: 2 });
    expect(at('现通知如下：十一、加强孵化', '十一、')).toMatchObject({ rank: 1, value: 11 });
  });

  it.each([
    ['安排2.5亿元', '2.'],
    ['在三、四季度集中开展', '三、'],
    ['大学一、二年级学生', '一、'],
    ['第三、四批试点', '三、'],
    ['一、二、三等奖', '二、'],
    ['积极开发H5、短视频', '5、'],
    ['邮箱：twzzbsx@163.com', '63.'],
    ['达到60．5%', '60．'],
    ['1、2年级', '1、'],
    ['第十二、十三条', '十二、'],
  ])('finds no item in “%s” at %s', (text, piece) => {
    expect(at(text, piece)).toBeNull();
  });
});
