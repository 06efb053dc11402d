/**
 * The teacher's side of a class (docs/classroom.md): the scenarios a class
 * may play, opening a class (its tables, the seats students play, the turn's
 * time), and the class's live view — every table's week, signed packages,
 * world meters and who has ended their turn — read from the server every few
 * seconds while the view is open. The teacher's token stays behind the
 * store, kept on this device so that a reload finds the class again; it never
 * enters the state.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { ClassNet } from '../net/classNet';
import type { ClassOverview, OpenClass } from '../net/classProtocol';
import type { AppState, TeacherState } from './AppState';
import type { KeyValueStorage } from './SavedGames';

/** Where this device keeps the class it hosts: its code and the teacher's token. */
export const HOSTED_CLASS_KEY = 'parley.hosted-class';
/** How often the class's view is read again, in milliseconds. */
const EVERY_MS = 2000;
const JOIN = '/?join=';

export interface ClassTeacher {
  showHosting(): void;
  host(request: OpenClass): void;
  /** The class this device hosts, if any (its code): the title screen offers to go back to it. */
  hostedCode(): string | null;
  watch(): void;
  /** A finished table's game file (the app opens it to its debrief), or null with the problem in the state. */
  gameFile(table: number): Promise<string | null>;
  /**
   * Frees a seat taken by mistake, from the student the teacher saw there: its student's connection is closed, and
   * the next student to join takes it.
   */
  freeSeat(table: number, seat: number, student: string): void;
}

export function classTeacher(
  store: StoreApi<AppState>,
  net: () => Promise<ClassNet>,
  storage: KeyValueStorage,
  origin: string,
): ClassTeacher {
  const setTeacher = (patch: Partial<TeacherState>) =>
    store.setState({ teacher: { ...store.getState().teacher, ...patch } });
  let timer: ReturnType<typeof setTimeout> | null = null;

  const kept = (): { code: string; token: string } | null => {
    try {
      const data = JSON.parse(storage.getItem(HOSTED_CLASS_KEY) ?? 'null') as {
        code?: unknown;
        token?: unknown;
      } | null;
      return typeof data?.code === 'string' && typeof data.token === 'string'
        ? { code: data.code, token: data.token }
        : null;
    } catch {
      return null;
    }
  };

  /**
   * The links students open. A page opened on the server's own machine (localhost) cannot be reached by students:
   * the server's addresses on the local network are given instead.
   */
  const linksOf = (overview: ClassOverview): string[] => {
    const here = new URL(origin || 'http://localhost').hostname;
    const local = here === 'localhost' || here.startsWith('127.') || here === '[::1]';
    return local && overview.addresses.length > 0
      ? overview.addresses.map((a) => `${a.replace(/\/$/, '')}${JOIN}${overview.code}`)
      : [origin + JOIN + overview.code];
  };

  const forget = () => {
    try {
      storage.removeItem(HOSTED_CLASS_KEY);
    } catch {
      // Nothing kept, nothing to forget.
    }
  };

  // Each read takes a ticket: an answer older than the last one shown is dropped.
  let reads = 0;
  let shown = 0;
  /** Reads the class again, and again every few seconds while its view is open. */
  const read = () => {
    timer = null;
    const hosted = kept();
    if (!hosted || store.getState().screen !== 'class') return;
    const ticket = ++reads;
    void net()
      .then((classes) => classes.overview(hosted.code, hosted.token))
      .then(
        (answer) => {
          if (ticket < shown) return;
          shown = ticket;
          const state = store.getState().teacher;
          if (answer.ok && state.hosted?.code === answer.value.code)
            setTeacher({
              hosted: { ...state.hosted, links: linksOf(answer.value), overview: answer.value },
              problem: null,
            });
          else if (!answer.ok && (answer.status === 403 || answer.status === 404)) {
            // The server no longer knows this class or its token: the device forgets it, and stops asking.
            forget();
            setTeacher({
              hosted: null,
              problem: `${answer.problem} This device no longer hosts class ${hosted.code}.`,
            });
          } else if (!answer.ok) setTeacher({ problem: answer.problem });
        },
        () => setTeacher({ problem: 'The class server could not be reached; trying again.' }),
      )
      .finally(() => {
        // Every table ended: nothing more changes, and the view is read again only when opened again.
        const over = store.getState().teacher.hosted?.overview?.tables.every((t) => t.ending !== null) ?? false;
        if (store.getState().screen === 'class' && kept() && !over && timer === null)
          timer = setTimeout(read, EVERY_MS);
      });
  };

  const watch = () => {
    const hosted = kept();
    if (!hosted) return;
    const same = store.getState().teacher.hosted?.code === hosted.code;
    store.setState({ screen: 'class', notice: null });
    setTeacher({
      hosted: same
        ? store.getState().teacher.hosted
        : { code: hosted.code, links: [origin + JOIN + hosted.code], overview: null },
    });
    if (timer === null) read();
  };

  return {
    showHosting() {
      store.setState({ screen: 'host', notice: null });
      setTeacher({ busy: true, problem: null });
      void net()
        .then((classes) => classes.scenarios())
        .then(
          (answer) =>
            answer.ok
              ? setTeacher({ offers: answer.value, busy: false })
              : setTeacher({ offers: null, busy: false, problem: answer.problem }),
          () => setTeacher({ busy: false, problem: 'The class server could not be reached. Try again.' }),
        );
    },
    host(request) {
      setTeacher({ busy: true, problem: null });
      void net()
        .then((classes) => classes.open(request))
        .then(
          (answer) => {
            if (!answer.ok) return setTeacher({ busy: false, problem: answer.problem });
            try {
              storage.setItem(
                HOSTED_CLASS_KEY,
                JSON.stringify({ code: answer.value.code, token: answer.value.teacherToken }),
              );
            } catch {
              return setTeacher({
                busy: false,
                problem: `Class ${answer.value.code} is open, but this browser keeps nothing, so its view cannot be shown.`,
              });
            }
            setTeacher({ busy: false, hosted: null });
            watch();
          },
          () => setTeacher({ busy: false, problem: 'The class server could not be reached. Try again.' }),
        );
    },
    hostedCode: () => kept()?.code ?? null,
    freeSeat(table, seat, student) {
      const hosted = kept();
      // The class shown must be the one this device hosts now (another tab may have opened a new one).
      if (!hosted || hosted.code !== store.getState().teacher.hosted?.code) return;
      void net()
        .then((classes) => classes.free(hosted.code, table, seat, student, hosted.token))
        .then(
          (answer) => {
            if (!answer.ok) return setTeacher({ problem: answer.problem });
            if (timer !== null) clearTimeout(timer);
            read();
          },
          () => setTeacher({ problem: 'The class server could not be reached. Try again.' }),
        );
    },
    watch,
    async gameFile(table) {
      const hosted = kept();
      if (!hosted) return null;
      try {
        const answer = await (await net()).record(hosted.code, table, hosted.token);
        if (answer.ok) return answer.value;
        setTeacher({ problem: answer.problem });
      } catch {
        setTeacher({ problem: 'The game file could not be fetched just now. Try again.' });
      }
      return null;
    },
  };
}
