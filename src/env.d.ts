declare namespace App {
  interface Locals {
    /** Set by a report page: its plan parts' headings link to next year's plan review. */
    planReview?: { href: string; year: number; partIds: string[] } | undefined;
  }
}
