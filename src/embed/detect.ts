/** Whether an address asks for the embed, read without the rest of the options (the app's start needs only this). */

/** The longest query read: the model travels in the fragment, so options are short. */
export const maxSearchLength = 2048;

/** The parameters of an address's query ("?embed&from=3…", with or without "?"). */
export const queryParams = (search: string): URLSearchParams =>
  new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);

/** True for a value of the `embed` option that asks for the embed: given, and neither "0" nor "false". */
export const asksForEmbed = (value: string | null): boolean =>
  value !== null && value !== '0' && value !== 'false';

/** True when a query asks for the embed, as `parseEmbedOptions(search).options.embed` says; never throws. */
export function isEmbedQuery(search: string): boolean {
  try {
    return (
      typeof search === 'string' &&
      search.length <= maxSearchLength &&
      asksForEmbed(queryParams(search).get('embed'))
    );
  } catch {
    return false;
  }
}
