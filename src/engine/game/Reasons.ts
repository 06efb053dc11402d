/**
 * Why an actor answered or acted as it did, in two parts (docs/model.md §5): the
 * exact numbers for the debrief and the balance lab, and what the receiver
 * may be told.
 */
export interface Reasons {
  readonly public: string;
  readonly private: string;
  /**
   * A lever named to the receiver as the sticking point: only the receiver
   * (who has learnt it matters) is shown it; eventsFor removes it for others.
   */
  readonly sticking?: number;
}
