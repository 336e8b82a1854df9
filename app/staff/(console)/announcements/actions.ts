"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { readForm, type ActionState } from "@/lib/platform/forms/action-state";
import { announcementFields, type AnnouncementField } from "@/lib/staff/announcements/announcement-form";
import { createAnnouncement, removeAnnouncement, updateAnnouncement } from "@/lib/staff/announcements/manage-announcements";

/** Announcements (role admin, checked in lib): saved ones go back to the list, which says what happened. */
type Saved = ActionState<AnnouncementField, "saved">;

export async function createAnnouncementAction(_previous: Saved, formData: FormData): Promise<Saved> {
  const state = await createAnnouncement(readForm(formData, announcementFields));
  if (state.status !== "ok") return state;
  revalidatePath("/", "layout");
  redirect("/staff/announcements?notice=created");
}

export async function updateAnnouncementAction(_previous: Saved, formData: FormData): Promise<Saved> {
  const state = await updateAnnouncement(readForm(formData, announcementFields));
  if (state.status !== "ok") return state;
  revalidatePath("/", "layout");
  redirect("/staff/announcements?notice=updated");
}

export async function removeAnnouncementAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await removeAnnouncement(readForm(formData, ["announcementId"]));
  if (state.status !== "ok") return state;
  revalidatePath("/", "layout");
  redirect("/staff/announcements?notice=removed");
}
