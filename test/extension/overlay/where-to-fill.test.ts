import { describe, expect, it } from 'vitest';
import { fillOnTabs } from '../../../extension/components/where-to-fill';
import { adapterTabs } from '../../../extension/models/overlay';
import { trainingSystemAdapter } from '../../../shared/adapters/training-system';

describe('where a grey finding’s missing fields are filled in', () => {
  const tabs = adapterTabs(trainingSystemAdapter.fields);

  it('reads the tabs the adapter names, and only those', () => {
    expect(tabs.pleaAgreementSignedOn).toBe('认罪认罚');
    expect(tabs.suspectCounselNoticeOn).toBe('权利告知');
    expect(tabs.acceptedOn).toBeUndefined();
  });

  it('groups missing fields not shown here by tab, in order of first mention', () => {
    expect(fillOnTabs(['pleaAgreementSignedOn', 'acceptedOn', 'hasCounsel', 'counselPresentAtSigning'], tabs, ['acceptedOn'])).toEqual([
      { tab: '认罪认罚', fields: ['pleaAgreementSignedOn', 'counselPresentAtSigning'] },
      { tab: '权利告知', fields: ['hasCounsel'] },
    ]);
  });

  it('says nothing for fields this frame shows, without missing fields or without tabs', () => {
    expect(fillOnTabs(['pleaAgreementSignedOn'], tabs, ['pleaAgreementSignedOn'])).toEqual([]);
    expect(fillOnTabs(undefined, tabs, [])).toEqual([]);
    expect(fillOnTabs(['pleaAgreementSignedOn'], undefined, [])).toEqual([]);
    expect(fillOnTabs(['pleaAgreementSignedOn'], {}, [])).toEqual([]);
  });
});
