// kehoach pages: drag-and-drop upload, the optional API token, task status changed in place.
"use strict";
document.documentElement.classList.add("js");

const TOKEN_KEY = "kehoach-token";
const token = () => localStorage.getItem(TOKEN_KEY) || "";

function setUpToken() {
  const input = document.getElementById("api-token");
  if (input) {
    input.value = token();
    input.addEventListener("change", () => localStorage.setItem(TOKEN_KEY, input.value.trim()));
  }
  document.querySelectorAll("form").forEach((form) => {
    form.addEventListener("submit", () => {
      const field = form.querySelector("input[name=token]");
      if (field) field.value = token();
    });
  });
}

function showChosen(input, list) {
  list.replaceChildren(...Array.from(input.files).map((f) => {
    const li = document.createElement("li");
    li.textContent = `${f.name} (${Math.max(1, Math.round(f.size / 1024))} KB)`;
    return li;
  }));
}

function setUpDropzone() {
  const zone = document.getElementById("dropzone");
  const input = document.getElementById("file-input");
  const list = document.getElementById("chosen");
  if (!zone || !input) return;
  input.addEventListener("change", () => showChosen(input, list));
  ["dragenter", "dragover"].forEach((type) => zone.addEventListener(type, (e) => {
    e.preventDefault();
    zone.classList.add("dragging");
  }));
  ["dragleave", "drop"].forEach((type) => zone.addEventListener(type, () => zone.classList.remove("dragging")));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files.length) {
      input.files = e.dataTransfer.files;
      showChosen(input, list);
    }
  });
}

async function changeStatus(form, select) {
  const message = form.querySelector(".status-msg");
  const previous = select.dataset.current;
  const headers = { "Content-Type": "application/json", Accept: "application/json" };
  if (token()) headers.Authorization = `Bearer ${token()}`;
  message.textContent = "Đang lưu…";
  message.className = "status-msg";
  try {
    const response = await fetch(`/api/tasks/${form.dataset.taskId}`, {
      method: "PATCH", headers, body: JSON.stringify({ status: select.value }),
    });
    const data = await response.json();
    if (!response.ok) throw new Error(data.message ? data.message.vi : response.statusText);
    select.dataset.current = data.status;
    const row = form.closest("tr");
    if (row) {
      row.dataset.status = data.status;
      row.classList.toggle("overdue", Boolean(data.overdue));
      const badge = row.querySelector(".overdue-badge");
      if (badge) badge.hidden = !data.overdue;
    }
    message.textContent = "Đã lưu";
    message.className = "status-msg ok";
  } catch (err) {
    select.value = previous;
    message.textContent = `Không lưu được: ${err.message}`;
    message.className = "status-msg error";
  }
}

function setUpStatusForms() {
  document.querySelectorAll("form.status-form").forEach((form) => {
    const select = form.querySelector("select[name=status]");
    select.addEventListener("change", () => changeStatus(form, select));
  });
}

document.addEventListener("DOMContentLoaded", () => {
  setUpToken();
  setUpDropzone();
  setUpStatusForms();
});
