/** Who is signed in, whichever kind (an insured resident or a relative outside Shandong): what links and logs refer to. */
export type Account =
  | { kind: 'resident'; id: string; name: string; phone: string; gender: 'male' | 'female' }
  | { kind: 'family'; id: string; name: string; phone: string; gender: null };
