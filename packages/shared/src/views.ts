// Saved views (issue 16, ADR 0031): a named documents.list input. Browser-safe.
import { z } from "zod";
import { idSchema, listDocumentsInputSchema, textSchema, type ListDocumentsInput } from "./index.ts";

export const VIEW_LIMITS = {
  nameMax: 80,
  /** Views one user may own. */
  perOwnerMax: 100,
  /** Pinned views the dashboard counts (each count is capped and cost-gated, ADR 0009). */
  countedMax: 12,
} as const;

export const viewNameSchema = textSchema(VIEW_LIMITS.nameMax, "name the view").refine((v) => !/[\r\n]/.test(v), "the name must be one line");

/**
 * What a view keeps: exactly a documents.list input (the same schema, so a view can never hold a filter
 * the list would refuse), without the position in it (`cursor`, `page`).
 */
export const viewFiltersSchema = listDocumentsInputSchema.transform(({ cursor: _cursor, page: _page, ...filters }) => filters);
export type ViewFilters = Omit<ListDocumentsInput, "cursor" | "page">;

export const createViewInputSchema = z.object({
  name: viewNameSchema,
  filters: viewFiltersSchema,
  /** Shown on the dashboard and in the Views menu (default). */
  pinned: z.boolean().default(true),
});

export const renameViewInputSchema = z.object({ id: idSchema, name: viewNameSchema });

/** Only the fields sent change. */
export const updateViewInputSchema = z.object({
  id: idSchema,
  filters: viewFiltersSchema.optional(),
  pinned: z.boolean().optional(),
  /** Order among pinned views, smallest first. */
  position: z.number().int().min(0).max(10_000).optional(),
});

/** Admins only: a shared view is listed for every user (read-only for all but its owner). */
export const shareViewInputSchema = z.object({ id: idSchema, shared: z.boolean() });
