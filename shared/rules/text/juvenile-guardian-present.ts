// R52 juvenile-guardian-present: its wording (the rule's logic, ids and lights: shared/rules/juvenile-guardian-present.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '讯问未成年犯罪嫌疑人应有法定代理人或合适成年人到场', en: 'A legal representative or appropriate adult at a minor’s interrogation' },
  description: {
    zh: '讯问未成年犯罪嫌疑人，应当通知其法定代理人到场；无法通知、不能到场或系共犯的，通知其他成年亲属或学校、单位、基层组织、未成年人保护组织的代表到场，并记录在案；到场人应在笔录上签名。年龄按讯问日计算，18周岁生日当天仍为未成年人。',
    en: 'A minor suspect is interrogated with a legal representative present, or with reasons on file another appropriate adult, who signs the record. Age is taken on the interrogation day; on the 18th birthday the suspect is still a minor.',
  },
  basis: [
    { law: '刑事诉讼法', article: 281 },
    { law: '人民检察院刑事诉讼规则', article: 465, clause: 2 },
    { law: '人民检察院刑事诉讼规则', article: 465, clause: 3 },
    { law: '人民检察院刑事诉讼规则', article: 465, clause: 4 },
  ],
  messages: {
    'adult-present': { zh: '{{interrogatedOn}}讯问未成年犯罪嫌疑人时法定代理人或合适成年人在场', en: 'A legal representative or appropriate adult was present at the interrogation on {{interrogatedOn}}' },
    'no-adult': { zh: '{{interrogatedOn}}讯问未成年犯罪嫌疑人时无法定代理人或合适成年人在场签名', en: 'No legal representative or appropriate adult present and signing at the minor’s interrogation on {{interrogatedOn}}' },
  },
} satisfies RuleText;
