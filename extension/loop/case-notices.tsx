// On the case page, beside the lights: the open notices of this case, with the reply due date and a
// reply box. Loaded when the case number changes; a reply removes the notice from the list.
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Notice } from '../../shared/api/index';
import { NoticeList, type NoticePort } from './notice-list';

export function CaseNotices({ port, caseNumber }: { port: NoticePort; caseNumber: string }) {
  const notices = useSignal<Notice[]>([]);
  useEffect(() => {
    let live = true;
    port.list(caseNumber).then((n) => { if (live) notices.value = n; }, () => undefined);
    return () => { live = false; };
  }, [caseNumber]);
  return <NoticeList port={port} caseNumber={caseNumber} notices={notices.value} onChange={(n) => (notices.value = n)} />;
}
