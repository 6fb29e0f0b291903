/** What the router gives every page: the parameters its path pattern matched. */
export interface PageProps {
  params: Record<string, string>;
}
